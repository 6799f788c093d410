"""Scale-out on Dask: check a bag of JSONL partitions and write JSONL results.

Same record format as the batch engine (`claimcheck --input-format jsonl`): one report a line with
the record's `id` first, or `{"id": ..., "line": N, "error": "..."}` for a line that cannot be
checked. Each input file is one partition, so line numbers are the file's, and the output part
files, concatenated in order, equal the batch engine's output over the same files in sorted order.

    python -m claimcheck.dask_bag 'corpus/*.jsonl' results/ --scheduler tcp://scheduler:8786

Needs the `dask` extra: pip install 'claimcheck[dask]'.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .batch import BAD, check_record, exit_code
from .errors import ClaimcheckError
from .inputs import DEFAULT_MAX_BYTES
from .reference import load_trial

if TYPE_CHECKING:
    import dask.bag


def check_partition(
    lines: Iterable[str],
    facts: str | None = None,
    include_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[tuple[str, int | None]]:
    """(output line, status) for every non-blank line of one partition (one file), in order."""
    trial = load_trial(facts)  # cached per worker process
    out = []
    for lineno, line in enumerate(lines, 1):
        if lineno == 1:
            line = line.removeprefix("\ufeff")
        line = line.rstrip("\r\n")
        if line.strip():
            outcome = check_record(line, lineno, trial, include_text=include_text, max_bytes=max_bytes)
            out.append((outcome.line, outcome.status))
    return out


def check_bag(
    lines: dask.bag.Bag,
    facts: str | None = None,
    include_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> dask.bag.Bag:
    """A bag of JSONL lines (one partition a file) to a bag of (output line, status) pairs."""
    return lines.map_partitions(check_partition, facts, include_text, max_bytes)


def check_files(
    in_glob: str,
    out_dir: str,
    *,
    scheduler: str | None = None,
    facts: str | None = None,
    include_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fail_severity: int | None = None,
) -> tuple[int, dict[int | None, int]]:
    """Check every JSONL file matching `in_glob`, writing `out_dir/part-NNNNN.jsonl`, one per file.

    `scheduler` is a Dask scheduler address (tcp://host:8786); without one, Dask's default
    scheduler for bags (local processes) is used. Returns the exit code (as the batch engine's)
    and how many records had each status.
    """
    import dask
    import dask.bag as db

    load_trial(facts)  # a bad facts file is one error here, not one per partition
    results = check_bag(db.read_text(in_glob, blocksize=None), facts, include_text, max_bytes)
    writes = results.pluck(0).to_textfiles(
        f"{out_dir.rstrip('/')}/part-*.jsonl", name_function=lambda i: f"{i:05d}",
        last_endline=True, compute=False,
    )
    statuses = results.pluck(1).frequencies()
    if scheduler:
        from distributed import Client

        with Client(scheduler):  # dask.compute runs on the client made current here
            _, counts = dask.compute(writes, statuses)
    else:  # the configured scheduler (a current distributed client sets it), else local processes
        _, counts = dask.compute(writes, statuses, scheduler=dask.config.get("scheduler", "processes"))
    tally = dict(counts)
    return exit_code(tally.keys(), fail_severity), tally


def main(argv: list[str] | None = None) -> int:
    """python -m claimcheck.dask_bag IN_GLOB OUT_DIR [--scheduler ADDRESS] [--facts PATH]."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m claimcheck.dask_bag",
        description="Check JSONL articles on a Dask cluster; write JSONL reports, one part per input file.",
    )
    parser.add_argument("in_glob", metavar="IN_GLOB", help="JSONL inputs: a path, glob or URL (s3://...).")
    parser.add_argument("out_dir", metavar="OUT_DIR", help="Folder or URL for part-NNNNN.jsonl results.")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://10.0.0.5:8786.")
    parser.add_argument("--facts", metavar="PATH", help="Check against another trial's facts file.")
    parser.add_argument("--include-text", action="store_true", help="Include each article's text.")
    parser.add_argument("--fail-on", choices=["contradicted", "overstated", "unverifiable", "never"],
                        default="contradicted", help="Exit 1 when a finding is at least this severe.")
    args = parser.parse_args(argv)
    from .report import Verdict

    level = None if args.fail_on == "never" else Verdict(args.fail_on).severity
    try:
        code, tally = check_files(args.in_glob, args.out_dir, scheduler=args.scheduler, facts=args.facts,
                                  include_text=args.include_text, fail_severity=level)
    except ImportError:
        print("Error: the dask extra is not installed: pip install 'claimcheck[dask]'", file=sys.stderr)
        return 2
    except (ClaimcheckError, OSError, ValueError) as exc:
        no_files = exc.args[:1] == ("No files found",)  # dask's words when the glob matches nothing
        print(f"Error: {f'no files match {args.in_glob}' if no_files else exc}", file=sys.stderr)
        return 2
    total = sum(tally.values())
    print(f"{total} records checked, {tally.get(BAD, 0)} bad; results in {args.out_dir}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
