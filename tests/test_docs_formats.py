"""The README documents every output format, note id, ClaimReview rating and output option."""

from __future__ import annotations

from pathlib import Path

from claimcheck.render import Format
from claimcheck.render.claimreview import RATING

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Output formats"):]


def test_every_format_is_documented() -> None:
    for fmt in Format:
        assert f"| `{fmt.value}`" in SECTION, fmt.value


def test_every_note_id_is_documented() -> None:
    for note in ("no-comparator", "no-harms", "no-citation", "no-population-restriction"):
        assert f"| `{note}` |" in SECTION, note


def test_the_claimreview_scale_is_documented() -> None:
    for verdict, value in RATING.items():
        assert f"| {verdict.value} | {value} |" in SECTION


def test_output_options_are_documented() -> None:
    for option in ("--color", "--only-problems", "--output", "--include-text", "--reviewer", "--url",
                   "--date-published", "--fail-on", "NO_COLOR"):
        assert option in SECTION, option
