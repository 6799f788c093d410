"""Scale-out: a local two-worker Dask cluster gives exactly the single-process batch output.

Needs the `dask` extra (CI installs it: .ci/run installs '.[test,dask]').
"""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="needs the dask extra: pip install -e '.[dask]'")
distributed = pytest.importorskip("distributed", reason="needs the dask extra: pip install -e '.[dask]'")

from claimcheck.batch import BAD, run_batch
from claimcheck.dask_bag import check_files, main

# Two templates about the trial (their numbers decide the verdicts); the rest are other health
# news, which the checker passes over quickly, so that 10,000 articles stay cheap to check twice.
TEMPLATES = [
    "The MASH trial randomised {n} adults aged {lo} to 85 with back and hip pain, twice a week for {w} weeks.",
    "A knee study enrolled {n} adults over {lo} for {w} weeks.",
    "Walking {k} times a week for {w} weeks helped {p}% of {n} office workers sleep better.",
    "A yoga class for adults over {lo} met {k} times a week; {p}% stayed for {w} weeks.",
    (
        "Hip-focused physical therapy beat spine-focused therapy in a study of {n} people, with sessions "
        "{k} times a week for {w} weeks."
    ),
    "A diet study of {n} volunteers aged {lo} and over lasted {w} weeks; {p}% lost weight.",
    "Balance classes {k} times a week cut falls by {p}% among {n} care-home residents.",
    "A {w}-week stretching programme for {n} runners under {lo} eased knee pain in {p}% of them.",
]


def articles(count: int) -> list[dict[str, object]]:
    """`count` records from a few short templates, varied by their numbers."""
    values = itertools.product([150, 184, 200, 500], [55, 60, 65], [2, 3], [8, 12], [33, 46, 90])
    records = []
    for i, ((n, lo, k, w, p), template) in enumerate(
        zip(itertools.cycle(values), itertools.cycle(TEMPLATES))
    ):
        if i == count:
            break
        record: dict[str, object] = {"id": f"a{i:05d}", "text": template.format(n=n, lo=lo, k=k, w=w, p=p)}
        if i % 7 == 0:
            record["url"] = f"https://news.test/{i}"
        records.append(record)
    return records


def test_a_two_worker_cluster_matches_the_batch_engine(tmp_path: Path) -> None:
    records = articles(10_000)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for part in range(4):  # four files, so four partitions, with two bad lines among them
        lines = [json.dumps(r) for r in records[part * 2500 : (part + 1) * 2500]]
        if part == 1:
            lines[10] = "{not json"
            lines[20] = json.dumps({"id": "no-text"})
        (inputs / f"news-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    expected = io.StringIO()
    names = sorted(str(p) for p in inputs.glob("*.jsonl"))
    assert run_batch(names, expected, io.StringIO(), io.BytesIO()) == 2

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        code, tally = check_files(str(inputs / "*.jsonl"), str(tmp_path / "out"),
                                  scheduler=cluster.scheduler_address)

    parts = sorted((tmp_path / "out").glob("part-*.jsonl"))
    assert [p.name for p in parts] == [f"part-0000{i}.jsonl" for i in range(4)]
    got = "".join(p.read_text(encoding="utf-8") for p in parts)
    assert got == expected.getvalue()
    assert len(got.splitlines()) == 10_000
    assert code == 2
    assert sum(tally.values()) == 10_000 and tally[BAD] == 2


def test_the_module_cli_on_the_default_scheduler(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps(r) for r in articles(50)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = io.StringIO()
    assert run_batch([str(tmp_path / "a.jsonl")], expected, io.StringIO(), io.BytesIO()) == 0

    assert main([str(tmp_path / "*.jsonl"), str(tmp_path / "out"), "--fail-on", "never"]) == 0
    assert (tmp_path / "out" / "part-00000.jsonl").read_text(encoding="utf-8") == expected.getvalue()
    assert capsys.readouterr().err == f"50 records checked, 0 bad; results in {tmp_path / 'out'}\n"


def test_the_module_cli_reports_a_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "none-*.jsonl"), str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == f"Error: no files match {tmp_path / 'none-*.jsonl'}\n"
