"""`claimcheck-eval`: measure claimcheck against gold-labelled articles. Wiring only."""

from __future__ import annotations

import functools
import sys

import click

from .check import check_text
from .errors import ClaimcheckError
from .evaluate import below_thresholds, evaluate
from .reference import load_trial
from .render.evaluation import render_evaluation_json, render_evaluation_text

EXIT_OK, EXIT_BELOW, EXIT_ERROR = 0, 1, 2
_UNIT = click.FloatRange(0.0, 1.0)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("gold", nargs=-1, required=True, metavar="GOLD_FILE_OR_FOLDER...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("--facts", "facts_path", metavar="PATH", help="Check against another trial's facts file.")
@click.option("--min-macro-f1", type=_UNIT, metavar="X", help="Exit 1 if overall macro-F1 is below X.")
@click.option("--min-problem-precision", type=_UNIT, metavar="X",
              help="Exit 1 if overall problem precision is below X.")
@click.option("--min-problem-recall", type=_UNIT, metavar="X",
              help="Exit 1 if overall problem recall is below X.")
@click.option("-v", "--verbose", is_flag=True, help="Text: also list every misjudged gold claim.")
@click.version_option(package_name="claimcheck")
def main(
    gold: tuple[str, ...],
    fmt: str,
    facts_path: str | None,
    min_macro_f1: float | None,
    min_problem_precision: float | None,
    min_problem_recall: float | None,
    verbose: bool,
) -> None:
    """Measure claimcheck's accuracy on gold-labelled articles.

    Each argument is a gold JSON file or a folder of them (searched recursively) and is reported
    as its own group, then overall. Exit codes: 0 ok, 1 below a threshold (or the checker crashed
    on an article), 2 bad input.
    """
    try:
        checker = functools.partial(check_text, trial=load_trial(facts_path))
        evaluation = evaluate(gold, checker)
    except ClaimcheckError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_ERROR)

    thresholds = {
        "min_macro_f1": min_macro_f1,
        "min_problem_precision": min_problem_precision,
        "min_problem_recall": min_problem_recall,
    }
    failed = below_thresholds(evaluation.overall, thresholds)
    if evaluation.overall.failures:
        failed.append(f"the checker failed on {len(evaluation.overall.failures)} article(s)")
    if fmt == "json":
        click.echo(render_evaluation_json(evaluation, thresholds=thresholds, failed=failed), nl=False)
    else:
        click.echo(render_evaluation_text(evaluation, verbose=verbose), nl=False)
    for message in failed:
        click.echo(f"FAIL: {message}", err=True)
    sys.exit(EXIT_BELOW if failed else EXIT_OK)
