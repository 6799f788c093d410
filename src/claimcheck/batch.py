"""The batch engine: JSONL articles in, JSONL reports out, in input order and in bounded memory.

Each input line is one object, `{"id": ..., "text": ..., "url": ...}` (`url` optional). Each output
line is the JSON report with the record's `id` first, or, for a line that cannot be checked, an
error record `{"id": ..., "line": N, "error": "..."}`; the batch goes on either way. With several
jobs, lines go to worker processes through a bounded window, so memory does not grow with the
number of records, and results come back in input order.
"""

from __future__ import annotations

import json
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, TypeVar

from .check import check_text
from .errors import ClaimcheckError
from .inputs import DEFAULT_MAX_BYTES
from .reference import Trial, load_trial
from .render.jsonl import compact, report_line
from .render.safe import clean

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

T = TypeVar("T")
R = TypeVar("R")

BAD = -1  # the status of a line that could not be checked
CHUNKSIZE = 8  # lines per task: amortises the round trip (~0.2 ms) yet balances 20-60 ms articles
WINDOW_PER_JOB = 8 * CHUNKSIZE  # lines in flight per worker: keeps each busy, bounds memory
WINDOW_BYTES = 64_000_000  # and at most this much input text in flight (past one chunk)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One output line and what it means for the exit code."""

    line: str  # one JSON object, no newline
    status: int | None  # BAD, the worst verdict's severity, or None when the article has no claims
    error: str | None = None  # for BAD lines, the message (without the line number)


def _error_line(record_id: object, lineno: int, message: str) -> Outcome:
    data = {"id": record_id, "line": lineno, "error": message}
    return Outcome(compact(data), BAD, message)


def _too_long(line: str, max_bytes: int) -> bool:
    # UTF-8 takes at most 4 bytes a code point, so most lines need no encoding to decide.
    return len(line) * 4 > max_bytes and len(line.encode("utf-8", "surrogatepass")) > max_bytes


def check_record(
    line: str,
    lineno: int,
    trial: Trial,
    *,
    include_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Outcome:
    """Check one JSONL line (already decoded, newline stripped) and build its output line."""
    if _too_long(line, max_bytes):
        return _error_line(None, lineno, f"line is larger than {max_bytes} bytes (see --max-bytes)")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error_line(None, lineno, f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return _error_line(None, lineno, "not a JSON object")
    record_id = obj.get("id")
    if "id" not in obj:
        return _error_line(None, lineno, 'missing "id"')
    if isinstance(record_id, bool) or not isinstance(record_id, (str, int)):
        return _error_line(None, lineno, '"id" is not a string or an integer')
    text, url = obj.get("text"), obj.get("url")
    if "text" not in obj:
        return _error_line(record_id, lineno, 'missing "text"')
    if not isinstance(text, str):
        return _error_line(record_id, lineno, '"text" is not a string')
    if not text.strip():
        return _error_line(record_id, lineno, '"text" is empty')
    if url is not None and not isinstance(url, str):
        return _error_line(record_id, lineno, '"url" is not a string')
    try:
        report = check_text(text, trial, source=url, include_text=include_text)
    except ClaimcheckError as exc:
        return _error_line(record_id, lineno, str(exc))
    except Exception as exc:  # noqa: BLE001 - one odd article must not stop a million-article batch
        return _error_line(record_id, lineno, f"internal error ({type(exc).__name__}: {exc})")
    status = report.worst.severity if report.worst is not None else None
    return Outcome(report_line(report, record_id), status)


def decode_line(raw: bytes, lineno: int) -> str | None:
    """A raw line as text without its line ending, or None when it is not UTF-8."""
    if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        return None


# --- worker processes --------------------------------------------------------------------------

_worker: dict[str, Any] = {}


def _init_worker(facts: str | None, include_text: bool, max_bytes: int, pool: bool = False) -> None:
    if pool:  # Ctrl-C is the parent's to handle; workers would each print a traceback
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker.update(trial=load_trial(facts), include_text=include_text, max_bytes=max_bytes)


Item = tuple[str, int, bytes]  # input name, 1-based line number, the raw line


def _check_item(item: Item) -> tuple[str, int, Outcome]:
    name, lineno, raw = item
    if len(raw.rstrip(b"\r\n")) > _worker["max_bytes"]:
        message = f"line is larger than {_worker['max_bytes']} bytes (see --max-bytes)"
        return name, lineno, _error_line(None, lineno, message)
    line = decode_line(raw, lineno)
    if line is None:
        return name, lineno, _error_line(None, lineno, "not valid UTF-8")
    outcome = check_record(
        line, lineno, _worker["trial"],
        include_text=_worker["include_text"], max_bytes=_worker["max_bytes"],
    )
    return name, lineno, outcome


def read_items(names: list[str], stdin: IO[bytes], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every non-blank line of the inputs, in order, read lazily ('-' is standard input).

    A line longer than `max_bytes` is not held in memory: its first bytes stand for it (and are
    refused by the worker), the rest is skipped.
    """
    limit = max_bytes + 2  # room for the line ending
    for name in names:
        stream = stdin if name == "-" else open(name, "rb")  # noqa: SIM115 - closed below
        label = "<stdin>" if name == "-" else name
        try:
            lineno = 0
            while raw := stream.readline(limit):
                lineno += 1
                if len(raw) == limit and not raw.endswith(b"\n"):
                    while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass
                if raw.strip():
                    yield label, lineno, raw
        finally:
            if stream is not stdin:
                stream.close()


def imap_bounded(
    pool: Pool,
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    chunksize: int,
    max_items: int,
    max_bytes: int,
    size: Callable[[T], int],
) -> Iterator[R]:
    """`pool.imap`, with at most `max_items` items (and `max_bytes`) taken and not yet returned.

    `Pool.imap` alone reads its whole input ahead into the task queue; here its feeder thread waits
    until results have been consumed, so memory stays bounded. Fewer than `chunksize` items in
    flight are always let through: they may all sit in the chunk being filled, and waiting then
    would wait for ever.
    """
    cond = threading.Condition()
    sizes: deque[int] = deque()  # of the items in flight, oldest first (results come in order)
    state = {"bytes": 0, "stop": False}

    def gated() -> Iterator[T]:
        for item in items:
            n = size(item)
            with cond:
                while not state["stop"] and len(sizes) >= chunksize and (
                    len(sizes) >= max_items or state["bytes"] + n > max_bytes
                ):
                    cond.wait(0.1)
                if state["stop"]:
                    return
                sizes.append(n)
                state["bytes"] += n
            yield item

    try:
        for result in pool.imap(func, gated(), chunksize):
            with cond:
                state["bytes"] -= sizes.popleft()
                cond.notify()
            yield result
    finally:
        with cond:
            state["stop"] = True
            cond.notify()


def iter_outcomes(
    items: Iterable[Item],
    *,
    facts: str | None = None,
    include_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
) -> Iterator[tuple[str, int, Outcome]]:
    """Check every item, in input order, in this process (jobs=1) or in `jobs` worker processes."""
    if jobs <= 1:
        _init_worker(facts, include_text, max_bytes)
        yield from map(_check_item, items)
        return
    import multiprocessing

    with multiprocessing.Pool(jobs, _init_worker, (facts, include_text, max_bytes, True)) as pool:
        yield from imap_bounded(pool, _check_item, items, chunksize=CHUNKSIZE, max_items=WINDOW_PER_JOB * jobs,
                                max_bytes=WINDOW_BYTES, size=lambda item: len(item[2]))


def exit_code(statuses: Iterable[int | None], fail_severity: int | None) -> int:
    """2 if any line was bad, else 1 if a report reaches `fail_severity`, else 0."""
    code = 0
    for status in statuses:
        if status == BAD:
            return 2
        if fail_severity is not None and status is not None and status >= fail_severity:
            code = 1
    return code


def run_batch(
    names: list[str],
    out: IO[str],
    err: IO[str],
    stdin: IO[bytes],
    *,
    facts: str | None = None,
    include_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    fail_severity: int | None = None,
) -> int:
    """Check JSONL inputs, write one line per record to `out`, and return the exit code."""
    load_trial(facts)  # a bad facts file is one error up front, not one per record
    missing = False
    readable = []
    for name in names:
        if name != "-":
            try:
                open(name, "rb").close()
            except OSError as exc:
                err.write(clean(f"Error: {name}: {_why(exc)}") + "\n")
                missing = True
                continue
        readable.append(name)
    worst: int | None = None
    bad = False
    try:
        for name, lineno, outcome in iter_outcomes(
            read_items(readable, stdin, max_bytes), facts=facts, include_text=include_text,
            max_bytes=max_bytes, jobs=jobs,
        ):
            out.write(outcome.line + "\n")
            if outcome.status == BAD:
                bad = True
                err.write(clean(f"Error: {name}:{lineno}: {outcome.error}") + "\n")
            elif outcome.status is not None and (worst is None or outcome.status > worst):
                worst = outcome.status
        out.flush()
    except BrokenPipeError:
        raise  # the reader went away: the CLI ends quietly
    except OSError as exc:
        err.write(clean(f"Error: {_why(exc)}") + "\n")
        return 2
    return exit_code([BAD] if bad or missing else [worst], fail_severity)


def _why(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read ({exc.strerror or exc})"
