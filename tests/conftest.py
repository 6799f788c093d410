"""Shared helpers: run the CLI in-process (CliRunner) or as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimcheck.cli import main

ARTICLE = (
    "The MASH trial (NCT04009837) compared hip-focused and spine-focused physical therapy.\n"
    "It enrolled 184 adults aged 60 to 85 with chronic low back pain.\n"
)


def run_cli(*args: str, input: bytes | str | None = None) -> Result:
    """Invoke the CLI in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(main, list(args), input=input, prog_name="claimcheck")


def run_proc(*args: str, input: bytes | None = None, env: dict[str, str] | None = None,
             timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m claimcheck` as a subprocess, as a user would."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("NO_COLOR", None)
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], input=input,
                          capture_output=True, env=full_env, timeout=timeout, check=False)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path
