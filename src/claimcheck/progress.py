"""A progress bar on standard error while several files are checked (only on a terminal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from .render.safe import clean


def wanted(count: int, stream: TextIO) -> bool:
    """Show progress only for several inputs, and only when `stream` is a terminal."""
    return count > 1 and bool(getattr(stream, "isatty", lambda: False)())


@contextmanager
def progress(total: int, stream: TextIO, enabled: bool) -> Iterator[Callable[[str], None]]:
    """Yield `advance(name)`; draws a transient bar on `stream` when `enabled`, else does nothing."""
    if not enabled:
        yield lambda name: None
        return
    # rich is imported only when a bar is drawn: JSON and other reports start faster without it.
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(file=stream, highlight=False, markup=False, emoji=False)
    columns = (
        TextColumn("checking", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        # File names come from the user's disk: no markup, no control characters.
        TextColumn("{task.description}", markup=False),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("", total=total)

        def advance(name: str) -> None:
            bar.update(task, advance=1, description=clean(name))

        yield advance
