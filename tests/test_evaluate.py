"""claimcheck-eval: the matching rule, the figures, the CLI's output and exit codes.

The checker is faked: each test article maps to hand-built findings, so every number is exact.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck import eval_cli
from claimcheck.evaluate import GoldError, evaluate
from claimcheck.report import Finding, Report, TrialInfo, Verdict, count_verdicts, worst_verdict
from claimcheck.text import LineIndex

ALPHA = (
    "The trial enrolled adults aged 65 and above.\n"
    "It lasted 12 weeks.\n"
    "Hip therapy cured back pain for good.\n"
    "A different study of runners used 40 people.\n"
)
BETA = "Walking daily helps the heart, a 2019 survey of office workers said.\n"
GAMMA = "Patients improved hip strength, which explained less pain.\n"

# What the fake checker reports for each text: about_trial and (words, verdict, rule) in order.
FAKE: dict[str, tuple[bool, list[tuple[str, str, str]]]] = {
    ALPHA: (True, [
        ("adults aged", "supported", "age-range"),            # overlaps two gold claims, 4 and 6 chars
        ("aged 65 and above.", "contradicted", "age-range"),  # overlaps the age claim by 17: it wins
        ("12 weeks", "overstated", "duration"),
        ("A different study", "overstated", "hype"),          # no gold problem here: a false alarm
    ]),
    BETA: (True, [("Walking daily", "contradicted", "other-study")]),
    GAMMA: (True, [
        ("Patients improved hip", "supported", "first"),      # 12 chars of overlap
        ("hip strength", "unverifiable", "second"),           # also 12: the tie keeps the first
    ]),
}


def finding(text: str, words: str, verdict: str, rule: str) -> Finding:
    start = text.index(words)
    line, col = LineIndex(text).line_col(start)
    return Finding(start=start, end=start + len(words), line=line, column=col, text=words,
                   sentence=words, verdict=Verdict(verdict), rule=rule, fact_id="f", fact="fact",
                   source="source", reason="reason")


def report(about: bool, findings: list[Finding], source: str | None = None) -> Report:
    return Report(trial=TrialInfo(id="t", name="T", registry_id="NCT0", title="Title"), input=source,
                  about_trial=about, claims=findings, counts=count_verdicts(findings),
                  worst=worst_verdict(findings))


def fake_checker(text: str, trial: object = None, *, source: str | None = None) -> Report:
    about, items = FAKE[text]
    return report(about, [finding(text, w, v, r) for w, v, r in items], source)


def write_gold(folder: Path, gid: str, text: str, claims: list[tuple[str, str]],
               about: bool | None = True) -> Path:
    (folder / "texts").mkdir(parents=True, exist_ok=True)
    (folder / "texts" / f"{gid}.txt").write_text(text, encoding="utf-8")
    gold: dict[str, object] = {"id": gid, "text_file": f"texts/{gid}.txt", "genre": "test",
                               "claims": [{"quote": q, "verdict": v, "topic": "x"} for q, v in claims]}
    if about is not None:
        gold["about_trial"] = about
    path = folder / f"{gid}.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    dev, heldout = tmp_path / "dev", tmp_path / "heldout"
    write_gold(dev, "alpha", ALPHA, [
        ("The trial enrolled adults", "supported"),
        ("aged 65 and above", "contradicted"),
        ("It lasted 12 weeks", "contradicted"),
        ("Hip therapy cured back pain", "overstated"),
    ])
    write_gold(heldout, "beta", BETA, [], about=False)
    write_gold(heldout / "more", "gamma", GAMMA,
               [("improved hip strength, which explained less pain", "unverifiable")])
    return tmp_path


# --- the library ----------------------------------------------------------------------------------


def test_largest_overlap_answers_and_misses_and_false_alarms(corpus: Path) -> None:
    m = evaluate([corpus / "dev"], fake_checker).overall
    assert [(x.quote, x.gold, x.got, x.rule) for x in m.misjudged] == [
        ("It lasted 12 weeks", "contradicted", "overstated", "duration"),
        ("Hip therapy cured back pain", "overstated", "missed", None),
    ]
    assert m.confusion["contradicted"] == {"supported": 0, "overstated": 1, "contradicted": 1,
                                           "unverifiable": 0, "missed": 0}
    assert m.confusion["overstated"]["missed"] == 1
    assert [(fa.article, fa.text, fa.line, fa.column, fa.verdict, fa.rule) for fa in m.false_alarms] == [
        ("alpha", "A different study", 4, 1, "overstated", "hype"),
    ]
    assert (m.articles, m.claims, m.reported_claims, m.problem_flags) == (1, 4, 4, 3)
    assert m.misjudged[1].line == 3 and m.misjudged[1].column == 1


def test_macro_f1_is_over_the_verdicts_present_in_gold(corpus: Path) -> None:
    m = evaluate([corpus / "dev"], fake_checker).overall
    # supported 1.0, contradicted P 1 R 1/2 -> 2/3, overstated 0; unverifiable absent from gold
    assert m.per_verdict["unverifiable"].support == 0
    assert m.macro_f1 == pytest.approx((1 + 2 / 3 + 0) / 3)
    assert m.accuracy == pytest.approx(2 / 4)


def test_overall_figures_are_exact(corpus: Path) -> None:
    m = evaluate([corpus / "dev", corpus / "heldout"], fake_checker).overall
    expected = {
        "supported": (0.5, 1.0, 2 / 3, 1),
        "overstated": (0.0, 0.0, 0.0, 1),
        "contradicted": (1.0, 0.5, 2 / 3, 2),
        "unverifiable": (0.0, 0.0, 0.0, 1),
    }
    for verdict, (precision, recall, f1, support) in expected.items():
        got = m.per_verdict[verdict]
        assert (got.precision, got.recall, got.f1) == pytest.approx((precision, recall, f1)), verdict
        assert got.support == support
    assert m.macro_f1 == pytest.approx(1 / 3)
    assert (m.correct, m.claims, m.articles) == (2, 5, 3)
    assert (m.found_problems, m.gold_problems) == (2, 3)
    assert m.problem_recall == pytest.approx(2 / 3)
    assert (m.problem_flags, len(m.false_alarms)) == (4, 2)
    assert m.problem_precision == pytest.approx(0.5)
    assert [(r.article, r.gold, r.got) for r in m.relevance_errors] == [("beta", False, True)]
    # the tie in gamma keeps the first reported claim
    assert [(x.article, x.got, x.rule) for x in m.misjudged if x.article == "gamma"] == [
        ("gamma", "supported", "first"),
    ]


def test_each_argument_is_a_group(corpus: Path) -> None:
    ev = evaluate([corpus / "dev", corpus / "heldout"], fake_checker)
    assert [(g.name, g.articles, g.claims) for g in ev.groups] == [
        (str(corpus / "dev"), 1, 4),
        (str(corpus / "heldout"), 2, 1),  # folders are walked recursively
    ]
    assert [fa.article for fa in ev.groups[1].false_alarms] == ["beta"]


def test_no_problem_flags_gives_zero_precision(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, "gamma", GAMMA, [("explained less pain", "overstated")])
    m = evaluate([gold], lambda text, source=None: report(True, [])).overall
    assert (m.problem_flags, m.problem_precision, m.problem_recall) == (0, 0.0, 0.0)


def test_a_span_out_of_range_falls_back_to_the_words(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, "gamma", GAMMA, [("hip strength", "supported")])
    bad = finding(GAMMA, "hip strength", "supported", "r").model_copy(update={"start": 500, "end": 512})
    m = evaluate([gold], lambda text, source=None: report(True, [bad])).overall
    assert m.correct == 1


def test_a_crashing_checker_counts_as_missed(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, "gamma", GAMMA, [("hip strength", "supported")])

    def crash(text: str, source: str | None = None) -> Report:
        raise RuntimeError("boom")

    m = evaluate([gold], crash).overall
    assert m.confusion["supported"]["missed"] == 1
    assert [(f.article, f.message) for f in m.failures] == [("gamma", "RuntimeError: boom")]


@pytest.mark.parametrize(("content", "message"), [
    ("{", "not valid JSON"),
    ('{"id": "x", "text_file": "texts/x.txt", "claims": [{"quote": "a", "verdict": "wrong"}]}',
     "invalid gold file: claims.0.verdict: Input should be 'supported', 'overstated', 'contradicted' "
     "or 'unverifiable'"),
    ('{"id": "x", "claims": []}', "invalid gold file: text_file: Field required"),
    ('{"id": "x", "text_file": "texts/none.txt", "claims": []}', "text_file: "),
])
def test_bad_gold_raises(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match="^" + str(path).replace("\\", "\\\\") + ": ") as err:
        evaluate([path], fake_checker)
    assert message in str(err.value)


def test_quote_not_found_raises(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, "gamma", GAMMA, [("not in the text", "supported")])
    with pytest.raises(GoldError) as err:
        evaluate([gold], fake_checker)
    assert str(err.value) == f"{gold}: quote not found in texts/gamma.txt: 'not in the text'"


def test_real_check_text_runs_in_process(tmp_path: Path) -> None:
    text = "The MASH trial (NCT04009837) enrolled 184 adults aged 60 to 85.\n"
    gold = write_gold(tmp_path, "real", text, [("enrolled 184 adults", "supported"),
                                               ("aged 60 to 85", "supported")])
    ev = evaluate([gold])
    m = ev.overall
    assert (m.articles, m.claims) == (1, 2)
    assert sum(m.confusion["supported"].values()) == 2
    assert m.relevance_errors == []  # the text names the trial's registry id
    assert 0.0 <= m.macro_f1 <= 1.0


# --- the command ----------------------------------------------------------------------------------


@pytest.fixture()
def run(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(eval_cli, "check_text", fake_checker)

    def invoke(*args: str):
        return CliRunner().invoke(eval_cli.main, list(args))

    return invoke


DEV_TEXT = """\
== {dev} ==
articles 1, gold claims 4, reported claims 4, problem flags 3

  verdict             P      R     F1     n
  supported       1.000  1.000  1.000     1
  overstated      0.000  0.000  0.000     1
  contradicted    1.000  0.500  0.667     2
  unverifiable    0.000  0.000  0.000     0
  macro-F1                      0.556   (over the 3 verdicts in gold)
  accuracy                      0.500   (2/4)

  confusion (rows: gold, columns: reported)
                     supported    overstated  contradicted  unverifiable        missed
  supported                  1             0             0             0             0
  overstated                 0             0             0             0             1
  contradicted               0             1             1             0             0
  unverifiable               0             0             0             0             0

  problem recall     0.667   (2/3 gold problems flagged)
  problem precision  0.667   (2/3 flags overlap a gold problem)

  false alarms: 1
    alpha:4:1  overstated  [hype]  'A different study'
  relevance errors: none
"""


def test_text_output_is_exact(corpus: Path, run) -> None:
    result = run(str(corpus / "dev"))
    assert result.exit_code == 0, result.output
    assert result.stdout == DEV_TEXT.format(dev=corpus / "dev")
    assert result.stderr == ""


def test_verbose_lists_misjudged_claims(corpus: Path, run) -> None:
    result = run(str(corpus / "dev"), "--verbose")
    assert result.stdout.endswith(
        "  misjudged gold claims: 2\n"
        "    alpha:2:1  gold contradicted, got overstated  [duration]  'It lasted 12 weeks'\n"
        "    alpha:3:1  gold overstated, got missed  'Hip therapy cured back pain'\n"
    )


def test_several_groups_then_overall(corpus: Path, run) -> None:
    result = run(str(corpus / "dev"), str(corpus / "heldout"))
    assert result.exit_code == 0
    headings = [line for line in result.stdout.splitlines() if line.startswith("==")]
    assert headings == [f"== {corpus / 'dev'} ==", f"== {corpus / 'heldout'} ==", "== overall (2 groups) =="]
    assert "    beta: gold about_trial false, got true\n" in result.stdout
    assert "    beta:1:1  contradicted  [other-study]  'Walking daily'\n" in result.stdout
    overall = result.stdout.split("== overall (2 groups) ==\n")[1]
    assert overall.startswith("articles 3, gold claims 5, reported claims 7, problem flags 4\n")
    assert "  macro-F1                      0.333   (over the 4 verdicts in gold)\n" in overall


def test_json_output(corpus: Path, run) -> None:
    result = run(str(corpus / "dev"), str(corpus / "heldout"), "--format", "json", "--min-macro-f1", "0.3")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["thresholds"] == {"min_macro_f1": 0.3, "min_problem_precision": None,
                                  "min_problem_recall": None}
    assert data["failed"] == []
    assert [g["name"] for g in data["groups"]] == [str(corpus / "dev"), str(corpus / "heldout")]
    overall = data["overall"]
    assert overall["macro_f1"] == pytest.approx(1 / 3)
    assert overall["problem_precision"] == 0.5
    assert overall["confusion"]["contradicted"] == {"supported": 0, "overstated": 1, "contradicted": 1,
                                                    "unverifiable": 0, "missed": 0}
    assert overall["false_alarms"][1] == {"article": "beta", "text": "Walking daily", "line": 1,
                                          "column": 1, "verdict": "contradicted", "rule": "other-study"}
    assert overall["relevance_errors"] == [{"article": "beta", "gold": False, "got": True}]
    assert overall["per_verdict"]["supported"] == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3),
                                                   "support": 1}


@pytest.mark.parametrize(("options", "messages"), [
    (["--min-macro-f1", "0.95"], ["FAIL: macro-F1 0.333 is below --min-macro-f1 0.95"]),
    (["--min-problem-precision", "0.97", "--min-problem-recall", "0.5"],
     ["FAIL: problem precision 0.500 is below --min-problem-precision 0.97"]),
    (["--min-problem-recall", "0.7", "--min-macro-f1", "0.3"],
     ["FAIL: problem recall 0.667 is below --min-problem-recall 0.7"]),
])
def test_thresholds_exit_1_and_say_which(corpus: Path, run, options: list[str], messages: list[str]) -> None:
    result = run(str(corpus / "dev"), str(corpus / "heldout"), *options)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == messages
    assert result.stdout.startswith("== ")


def test_thresholds_met_exit_0(corpus: Path, run) -> None:
    result = run(str(corpus / "dev"), "--min-macro-f1", "0.5", "--min-problem-precision", "0.6",
                 "--min-problem-recall", "0.6")
    assert (result.exit_code, result.stderr) == (0, "")


def test_bad_input_exits_2_with_one_line(tmp_path: Path, run) -> None:
    missing = run(str(tmp_path / "nope.json"))
    assert (missing.exit_code, missing.stdout) == (2, "")
    assert missing.stderr == f"Error: {tmp_path / 'nope.json'}: no such file or folder\n"

    (tmp_path / "empty").mkdir()
    empty = run(str(tmp_path / "empty"))
    assert (empty.exit_code, empty.stderr) == (2, f"Error: {tmp_path / 'empty'}: folder has no .json gold files\n")

    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    invalid = run(str(bad))
    assert invalid.exit_code == 2
    assert invalid.stderr.startswith(f"Error: {bad}: not valid JSON (") and invalid.stderr.count("\n") == 1

    gold = write_gold(tmp_path / "g", "gamma", GAMMA, [("absent words", "supported")])
    quote = run(str(gold))
    assert quote.exit_code == 2
    assert quote.stderr == f"Error: {gold}: quote not found in texts/gamma.txt: 'absent words'\n"


def test_bad_facts_exit_2(corpus: Path, run) -> None:
    result = run(str(corpus / "dev"), "--facts", str(corpus / "none.json"))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


def test_checker_crash_exits_1(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(text: str, trial: object = None, *, source: str | None = None) -> Report:
        raise ValueError("engine bug")

    monkeypatch.setattr(eval_cli, "check_text", crash)
    result = CliRunner().invoke(eval_cli.main, [str(corpus / "dev")])
    assert result.exit_code == 1
    assert "    alpha: ValueError: engine bug\n" in result.stdout
    assert result.stderr == "FAIL: the checker failed on 1 article(s)\n"


def test_public_check_text_is_the_default_checker() -> None:
    assert evaluate.__defaults__ == (claimcheck.check_text,)
