"""The command line: inputs, options, exit codes and error messages. Nothing else."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from datetime import date

import click

from .check import check_text
from .errors import ClaimcheckError, InputError
from .guard import EXIT_INTERRUPTED, GuardedCommand, echo_err, write
from .inputs import DEFAULT_MAX_BYTES, expand, iter_articles, read_stdin
from .progress import progress, wanted
from .reference import load_trial
from .render import Format, render
from .report import Report, Verdict

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_LEVELS = {
    "contradicted": Verdict.CONTRADICTED,
    "overstated": Verdict.OVERSTATED,
    "unverifiable": Verdict.UNVERIFIABLE,
    "never": None,
}


def _use_color(choice: str, stream: object) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _fails(reports: list[Report], level: Verdict | None) -> bool:
    if level is None:
        return False
    return any(r.worst is not None and r.worst.severity >= level.severity for r in reports)


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")


def _check_claimreview(fmt: Format, names: list[str], url: str | None) -> None:
    """ClaimReview needs an address for each article: a file path, or --url for one input."""
    if url and len(names) != 1:
        raise ClaimcheckError("--url names one article's address; give exactly one input with it")
    if fmt is Format.CLAIMREVIEW and not url and "-" in names:
        raise ClaimcheckError("ClaimReview output for standard input needs the article's address (--url)")


def _error(message: str) -> None:
    echo_err(f"Error: {message}")


def _batch(inputs: tuple[str, ...], fmt: str, facts_path: str | None, fail_on: str,
           include_text: bool, max_bytes: int, output: str | None, jobs: int) -> None:
    """--input-format jsonl: stream records through the batch engine and exit with its code."""
    from .batch import run_batch

    source = click.get_current_context().get_parameter_source("fmt")
    if fmt != "jsonl" and source is not click.core.ParameterSource.DEFAULT:
        _error("--input-format jsonl writes --format jsonl")
        sys.exit(EXIT_ERROR)
    level = FAIL_LEVELS[fail_on]
    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        _error(f"{output}: cannot write ({exc.strerror or exc})")
        sys.exit(EXIT_ERROR)
    try:
        try:
            code = run_batch(list(inputs) or ["-"], out, sys.stderr, sys.stdin.buffer, facts=facts_path,
                             include_text=include_text, max_bytes=max_bytes, jobs=jobs or os.cpu_count() or 1,
                             fail_severity=level.severity if level else None)
        finally:
            if output:
                out.close()
    except ClaimcheckError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    sys.exit(code)  # a closed pipe or Ctrl-C is GuardedCommand's to report


@click.command(cls=GuardedCommand, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="[FILE|FOLDER|-]...")
@click.option("--format", "fmt", type=click.Choice([f.value for f in Format]), default="text",
              show_default=True, help="Output format.")
@click.option("--facts", "facts_path", metavar="PATH", help="Check against another trial's facts file.")
@click.option("--fail-on", type=click.Choice(list(FAIL_LEVELS)), default="contradicted",
              show_default=True, help="Exit 1 when a finding is at least this severe.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Colour the text report (NO_COLOR is honoured).")
@click.option("--only-problems", is_flag=True, help="Text, line and Markdown: hide supported and unverifiable claims.")
@click.option("--include-text", is_flag=True,
              help="JSON and JSONL: include the text that was checked (HTML always does).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
# --- batch (JSONL in, JSONL out, worker processes): logic in batch.py ---
@click.option("--input-format", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help='jsonl: one {"id", "text", "url"} object a line; writes --format jsonl.')
@click.option("--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes for --input-format jsonl (0: one per core).")
# --- end batch ---
# --- output formats (issue 5): ClaimReview fields ---
@click.option("--reviewer", default="claimcheck", show_default=True, metavar="NAME",
              help="ClaimReview: the reviewing organisation (author.name).")
@click.option("--url", "article_url", metavar="URL",
              help="ClaimReview: the article's address (default: the input's path); one input only.")
@click.option("--date-published", metavar="YYYY-MM-DD", callback=lambda _c, _p, v: _iso_date(v),
              help="ClaimReview: datePublished (omitted unless given, so output is reproducible).")
# --- end output formats ---
@click.version_option(package_name="claimcheck")
def main(
    inputs: tuple[str, ...],
    fmt: str,
    facts_path: str | None,
    fail_on: str,
    color: str,
    only_problems: bool,
    include_text: bool,
    max_bytes: int,
    output: str | None,
    input_format: str,
    jobs: int,
    reviewer: str,
    article_url: str | None,
    date_published: str | None,
) -> None:
    """Check what articles say about a clinical trial, claim by claim.

    Reads FILEs (.txt, .md, .html), the articles in FOLDERs, http(s) URLs, or standard input
    (no argument, or -). Exit codes: 0 no finding at or above --fail-on, 1 some finding is,
    2 usage or input error, 130 interrupted.
    """
    if input_format == "jsonl":
        _batch(inputs, fmt, facts_path, fail_on, include_text, max_bytes, output, jobs)
    try:
        trial = load_trial(facts_path)
        if not inputs and (sys.stdin is None or sys.stdin.isatty()):
            raise InputError("no input: name a FILE, FOLDER or URL, or pipe text in (see --help)")
        names = expand(list(inputs) or ["-"])
        stdin = read_stdin(sys.stdin.buffer if sys.stdin else None, max_bytes) if "-" in names else None
        _check_claimreview(Format(fmt), names, article_url)
    except ClaimcheckError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)

    reports: list[Report] = []
    failed = interrupted = False
    done = 0
    include_text = include_text or Format(fmt).needs_text
    try:
        with progress(len(names), sys.stderr, wanted(len(names), sys.stderr)) as advance:
            for item in iter_articles(names, stdin, max_bytes):
                if isinstance(item, InputError):
                    _error(str(item))
                    failed = True
                    advance(str(item))
                else:
                    for warning in item.warnings:
                        echo_err(f"Warning: {warning}")
                    reports.append(check_text(item.text, trial, source=item.name, include_text=include_text))
                    advance(item.name)
                done += 1
    except KeyboardInterrupt:  # Ctrl-C in a batch: report what was finished, then exit 130
        interrupted = True

    if reports:
        try:
            stream = open(output, "w", encoding="utf-8") if output else sys.stdout
        except OSError as exc:
            _error(f"{output}: cannot write ({exc.strerror or exc})")
            sys.exit(EXIT_ERROR)
        width = min(shutil.get_terminal_size((80, 24)).columns, 120) if not output else 80
        text = render(Format(fmt), reports, color=_use_color(color, stream) and not output,
                      width=width, only_problems=only_problems, reviewer=reviewer, url=article_url,
                      date_published=date_published)
        try:
            write(stream, text)  # a reader that went away (| head) is not an error
            if output:
                stream.close()
        except OSError as exc:  # a full disk, a closed terminal
            if output:
                with contextlib.suppress(OSError):
                    stream.close()
            _error(f"{output or '<stdout>'}: cannot write ({exc.strerror or exc})")
            sys.exit(EXIT_ERROR)
    if interrupted:
        _error(f"interrupted after {done} of {len(names)} inputs")
        sys.exit(EXIT_INTERRUPTED)
    if failed:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if _fails(reports, FAIL_LEVELS[fail_on]) else EXIT_OK)
