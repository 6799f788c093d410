"""claimcheck: check what an article says about a clinical trial, claim by claim.

    >>> import claimcheck
    >>> report = claimcheck.check_text("The trial enrolled 184 adults aged 60 to 85.")
    >>> [f.verdict.value for f in report.claims]
    ['supported', 'supported']
"""

from .check import check_text
from .errors import ClaimcheckError, FactsError, InputError
from .reference import Trial, load_trial
from .report import Finding, Note, Report, Verdict

__version__ = "0.1.0"

__all__ = [
    "ClaimcheckError",
    "FactsError",
    "Finding",
    "InputError",
    "Note",
    "Report",
    "Trial",
    "Verdict",
    "__version__",
    "check_text",
    "load_trial",
]
