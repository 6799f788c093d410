"""The benchmark runs, and the JSON path stays light."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_quick_runs_and_writes_all_four_sections(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "bench.py"), "--quick", "--output", str(out)],
                          capture_output=True, text=True, check=False, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].split() == ["measure", "value", "target", "met"]
    assert proc.stdout.endswith(f"wrote {out}\n")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"meta", "startup", "throughput", "scaling", "batch", "targets"}
    assert data["meta"]["quick"] is True
    assert data["startup"]["floor_ms"] > 0 and data["startup"]["json_ratio"] > 0
    assert data["throughput"]["articles_per_second"] > 0
    assert [row["bytes"] for row in data["scaling"]["sizes"]] == [1_000, 10_000, 100_000]
    assert data["scaling"]["growth"] == "100 KB vs 1 KB"
    assert data["batch"]["records"] == 40 and data["batch"]["speedup"] > 0
    assert [t["measure"][:3] for t in data["targets"]] == ["(a)", "(a)", "(b)", "(c)", "(c)", "(d)"]


def test_the_json_report_does_not_import_rich() -> None:
    code = (
        "import sys\n"
        "from claimcheck.cli import main\n"
        "try:\n"
        f"    main(['--format', 'json', {str(ROOT / 'bench' / 'article.txt')!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write(' '.join(sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'multiprocessing'})))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.stdout.startswith("{")
    assert proc.stderr == ""
