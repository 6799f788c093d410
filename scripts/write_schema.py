"""Regenerate data/trial_facts.schema.json from the pydantic models: python scripts/write_schema.py"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from claimcheck.reference import json_schema

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "data" / "trial_facts.schema.json"


def schema_text() -> str:
    """The committed form of the schema: indented JSON with a final newline."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
