"""The CLI's edge: a closed pipe or Ctrl-C ends the program quietly, never with a traceback.

`claimcheck big.txt | head -1` closes standard output early: writing raises BrokenPipeError, and
Python would print "Exception ignored … BrokenPipeError" when it flushes at exit. We point the
dead stream at /dev/null instead and exit with the code the check would have had. Ctrl-C exits
with 130 (128 + SIGINT), after the CLI has flushed the reports it finished.
"""

from __future__ import annotations

import os
import sys
from typing import Any, TextIO

import click

from .render.safe import clean

EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


def silence(stream: TextIO | None) -> None:
    """Point a stream whose reader went away at /dev/null, so later flushes cannot fail."""
    if stream is None:
        return
    try:
        fd = stream.fileno()
    except (OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def write(stream: TextIO, text: str) -> bool:
    """Write and flush; False (and the stream silenced) if its reader has gone away."""
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        silence(stream)
        return False
    return True


def echo_err(line: str) -> None:
    """One line on standard error, cleaned of control characters (it may quote a file name)."""
    try:
        click.echo(clean(line), err=True)
    except BrokenPipeError:
        silence(sys.stderr)


class GuardedCommand(click.Command):
    """A click command that turns Ctrl-C and closed pipes into quiet, documented exits."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            echo_err("Error: interrupted")
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            silence(sys.stdout)
            silence(sys.stderr)
            sys.exit(EXIT_ERROR)
