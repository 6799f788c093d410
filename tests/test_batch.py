"""The batch engine: JSONL in, JSONL out, in order, bounded, with error records and worker processes."""

from __future__ import annotations

import io
import json
import multiprocessing
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck import batch
from claimcheck.batch import BAD, check_record, exit_code, imap_bounded, run_batch
from claimcheck.cli import main
from claimcheck.render import Format, render
from claimcheck.render.jsonl import report_line
from claimcheck.report import (
    Finding,
    Report,
    TrialInfo,
    Verdict,
    count_verdicts,
    worst_verdict,
)

ABOUT = "The MASH trial compared hip-focused and spine-focused physical therapy in 184 adults."
OFF = "A knee study enrolled 200 adults over 65 for 12 weeks."
TRIAL = claimcheck.load_trial()


def expected(text: str, record_id: str | int, url: str | None = None) -> str:
    """The output line for a good record, whatever the engine's verdicts are today."""
    return report_line(claimcheck.check_text(text, TRIAL, source=url), record_id)


def finding(verdict: Verdict) -> Finding:
    return Finding(start=0, end=3, line=1, column=1, text="184", sentence="It enrolled 184.",
                   verdict=verdict, rule="count-randomised", fact_id="enrolment.randomised",
                   fact="184 participants were randomised.", source="Trial report",
                   reason="The article says 184; the trial randomised 184.")


def report(*verdicts: Verdict) -> Report:
    claims = [finding(v) for v in verdicts]
    return Report(trial=TrialInfo(id="mash", name="MASH", registry_id="NCT04009837", title="T"),
                  input="a.txt", about_trial=True, claims=claims, counts=count_verdicts(claims),
                  worst=worst_verdict(claims))


# --- the JSONL renderer ----------------------------------------------------------------------------


def test_report_line_is_compact_json_with_the_id_first() -> None:
    assert report_line(report(), "r1") == (
        '{"id":"r1","schema_version":"1.0","trial":{"id":"mash","name":"MASH","registry_id":'
        '"NCT04009837","title":"T"},"input":"a.txt","about_trial":true,"claims":[],"notes":[],'
        '"counts":{"supported":0,"unverifiable":0,"overstated":0,"contradicted":0},"worst":null}'
    )


def test_format_jsonl_renders_one_line_per_report() -> None:
    out = render(Format.JSONL, [report(), report(Verdict.SUPPORTED)])
    lines = out.splitlines()
    assert out.endswith("\n") and len(lines) == 2
    assert [json.loads(line)["counts"]["supported"] for line in lines] == [0, 1]
    assert "id" not in json.loads(lines[0])


def test_cli_format_jsonl_for_normal_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ABOUT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OFF, encoding="utf-8")
    result = CliRunner().invoke(main, ["--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 0, result.output
    reports = [claimcheck.check_text(t, TRIAL, source=str(tmp_path / n))
               for n, t in (("a.txt", ABOUT), ("b.txt", OFF))]
    assert result.stdout == "".join(report_line(r) + "\n" for r in reports)


# --- one record --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "record"),
    [
        ("oops", {"id": None, "line": 7, "error": "invalid JSON (Expecting value at column 1)"}),
        ('{"id": 1, "text": "x"', {"id": None, "line": 7,
                                   "error": "invalid JSON (Expecting ',' delimiter at column 22)"}),
        ("[1, 2]", {"id": None, "line": 7, "error": "not a JSON object"}),
        ('{"text": "MASH"}', {"id": None, "line": 7, "error": 'missing "id"'}),
        ('{"id": true, "text": "MASH"}', {"id": None, "line": 7, "error": '"id" is not a string or an integer'}),
        ('{"id": "a"}', {"id": "a", "line": 7, "error": 'missing "text"'}),
        ('{"id": "a", "text": 3}', {"id": "a", "line": 7, "error": '"text" is not a string'}),
        ('{"id": 4, "text": " \\n "}', {"id": 4, "line": 7, "error": '"text" is empty'}),
        ('{"id": 4, "text": "MASH", "url": 5}', {"id": 4, "line": 7, "error": '"url" is not a string'}),
    ],
)
def test_a_bad_line_becomes_an_error_record(line: str, record: dict[str, object]) -> None:
    outcome = check_record(line, 7, TRIAL)
    assert json.loads(outcome.line) == record
    assert outcome.status == BAD
    assert outcome.error == record["error"]


def test_a_line_over_max_bytes_is_refused_before_parsing() -> None:
    line = json.dumps({"id": "big", "text": "é" * 30})
    assert json.loads(check_record(line, 1, TRIAL, max_bytes=60).line) == {
        "id": None, "line": 1, "error": "line is larger than 60 bytes (see --max-bytes)"}
    assert check_record(line, 1, TRIAL, max_bytes=len(line.encode())).status != BAD


def test_a_good_line_is_the_report_with_id_and_url() -> None:
    outcome = check_record(json.dumps({"id": "a", "text": ABOUT, "url": "https://x.test/a"}), 1, TRIAL)
    assert outcome.line == expected(ABOUT, "a", "https://x.test/a")
    assert json.loads(outcome.line)["input"] == "https://x.test/a"


def test_exit_code_follows_fail_on_and_bad_lines() -> None:
    contradicted, overstated = Verdict.CONTRADICTED.severity, Verdict.OVERSTATED.severity
    assert exit_code([None, overstated], contradicted) == 0
    assert exit_code([None, contradicted], contradicted) == 1
    assert exit_code([overstated], Verdict.UNVERIFIABLE.severity) == 1
    assert exit_code([contradicted], None) == 0
    assert exit_code([None, BAD], None) == 2


# --- whole batches -----------------------------------------------------------------------------------

RECORDS = [
    json.dumps({"id": "a", "text": ABOUT}),
    "",  # blank lines are skipped but counted
    "not json",
    json.dumps({"id": 2, "text": OFF, "url": "https://x.test/2"}),
    json.dumps({"id": "c", "text": None}),
    json.dumps({"id": "d", "text": ABOUT + " It ran twice a week for 8 weeks."}),
]
BATCH = "\n".join(RECORDS) + "\n"
WANT = [
    expected(ABOUT, "a"),
    '{"id":null,"line":3,"error":"invalid JSON (Expecting value at column 1)"}',
    expected(OFF, 2, "https://x.test/2"),
    '{"id":"c","line":5,"error":"\\"text\\" is not a string"}',
    expected(ABOUT + " It ran twice a week for 8 weeks.", "d"),
]


def test_cli_streams_records_in_order_with_error_records() -> None:
    result = CliRunner().invoke(main, ["--input-format", "jsonl"], input=BATCH)
    assert result.stdout.splitlines() == WANT
    assert result.stderr == (
        "Error: <stdin>:3: invalid JSON (Expecting value at column 1)\n"
        'Error: <stdin>:5: "text" is not a string\n'
    )
    assert result.exit_code == 2


def test_cli_reads_several_files_and_reports_missing_ones(tmp_path: Path) -> None:
    (tmp_path / "one.jsonl").write_text(RECORDS[0] + "\n", encoding="utf-8")
    (tmp_path / "two.jsonl").write_text("\ufeff" + RECORDS[3] + "\r\n", encoding="utf-8")
    names = [str(tmp_path / n) for n in ("one.jsonl", "missing.jsonl", "two.jsonl")]
    result = CliRunner().invoke(main, ["--input-format", "jsonl", *names])
    assert result.stdout.splitlines() == [WANT[0], WANT[2]]
    assert result.stderr == f"Error: {names[1]}: no such file\n"
    assert result.exit_code == 2


def test_cli_exit_code_0_for_a_clean_batch(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--input-format", "jsonl", "--format", "jsonl", "-o",
                                       str(tmp_path / "out.jsonl")], input=RECORDS[3] + "\n")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == WANT[2] + "\n"


def test_cli_refuses_another_output_format_for_jsonl_input() -> None:
    result = CliRunner().invoke(main, ["--input-format", "jsonl", "--format", "json"], input=BATCH)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "Error: --input-format jsonl writes --format jsonl\n"


def test_batch_exit_code_1_when_a_record_reaches_fail_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "check_text", lambda *a, **k: report(Verdict.OVERSTATED))
    out, err = io.StringIO(), io.StringIO()
    line = io.BytesIO(RECORDS[0].encode() + b"\n")
    assert run_batch(["-"], out, err, line, fail_severity=Verdict.OVERSTATED.severity) == 1
    line.seek(0)
    assert run_batch(["-"], out, err, line, fail_severity=Verdict.CONTRADICTED.severity) == 0
    assert err.getvalue() == ""


def test_jobs_2_writes_exactly_what_jobs_1_writes() -> None:
    lines = [json.dumps({"id": i, "text": (ABOUT, OFF)[i % 2] + f" Reader {i}."}) for i in range(400)]
    lines[123] = "{broken"
    data = ("\n".join(lines) + "\n").encode()
    outputs = []
    for jobs in (1, 2):
        out, err = io.StringIO(), io.StringIO()
        assert run_batch(["-"], out, err, io.BytesIO(data), jobs=jobs) == 2
        assert err.getvalue() == "Error: <stdin>:124: invalid JSON (Expecting property name enclosed in double quotes at column 2)\n"
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert [json.loads(x)["id"] for x in outputs[0].splitlines()] == [*range(123), None, *range(124, 400)]


def test_the_console_script_with_jobs_2(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(BATCH, encoding="utf-8")
    script = Path(sys.executable).with_name("claimcheck")
    proc = subprocess.run([str(script), "--input-format", "jsonl", "--jobs", "2", str(tmp_path / "in.jsonl")],
                          capture_output=True, text=True, check=False)
    assert proc.stdout.splitlines() == WANT
    assert proc.returncode == 2


# --- bounded memory ------------------------------------------------------------------------------------


def _double(x: int) -> int:
    return 2 * x


class Counted:
    """An input that records how far ahead of the consumer it has been read."""

    def __init__(self, n: int) -> None:
        self.n, self.taken = n, 0

    def __iter__(self) -> Iterator[int]:
        for i in range(self.n):
            self.taken += 1
            yield i


@pytest.mark.parametrize(("max_items", "max_bytes"), [(32, 10**9), (10**9, 40)])
def test_imap_bounded_never_reads_far_ahead(max_items: int, max_bytes: int) -> None:
    items, ahead = Counted(2000), []
    with multiprocessing.Pool(2) as pool:
        results = imap_bounded(pool, _double, items, chunksize=8, max_items=max_items,
                               max_bytes=max_bytes, size=lambda _: 2)
        for consumed, value in enumerate(results, 1):
            assert value == 2 * (consumed - 1)
            ahead.append(items.taken - consumed)
    assert items.taken == 2000
    # Items in flight never pass the window (32 items, or 40 bytes = 20 items), give or take one
    # item the feeder holds while it waits.
    assert max(ahead) <= min(max_items, max_bytes // 2) + 1


def test_plain_pool_imap_would_read_everything_ahead() -> None:
    # Why imap_bounded exists: Pool.imap's feeder reads its input as fast as it can.
    items = Counted(20000)
    with multiprocessing.Pool(2) as pool:
        results = pool.imap(_double, items, 8)
        next(results)
        for _ in range(100):
            if items.taken == 20000:
                break
            time.sleep(0.01)
        assert items.taken > 5000


def test_a_consumer_that_stops_early_does_not_hang() -> None:
    with multiprocessing.Pool(2) as pool:
        results = imap_bounded(pool, _double, iter(range(10**6)), chunksize=4, max_items=16,
                               max_bytes=10**9, size=lambda _: 1)
        assert [next(results) for _ in range(5)] == [0, 2, 4, 6, 8]
        results.close()


def test_an_overlong_line_is_refused_without_reading_it_whole() -> None:
    big = json.dumps({"id": "big", "text": "x" * 500})
    data = f"{big}\n{RECORDS[3]}\n{big}".encode()
    items = list(batch.read_items(["-"], io.BytesIO(data), max_bytes=200))
    assert [(n, len(raw)) for _, n, raw in items] == [(1, 202), (2, len(RECORDS[3]) + 1), (3, 202)]
    out, err = io.StringIO(), io.StringIO()
    assert run_batch(["-"], out, err, io.BytesIO(data), max_bytes=200) == 2
    too_big = '{"id":null,"line":%d,"error":"line is larger than 200 bytes (see --max-bytes)"}'
    assert out.getvalue().splitlines() == [too_big % 1, WANT[2], too_big % 3]
