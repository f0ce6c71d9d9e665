"""missing-apology: a failure reply with no sincere apology from the sender."""

from __future__ import annotations

from collections.abc import Iterator

from replylint.analysis import Analysis, Match
from replylint.findings import Severity
from replylint.rules.base import RawFinding, Rule, RuleInput

_NEGATION_WINDOW = 3
_CONDITIONAL_WINDOW = 2


def _cancels(apology: Match, other: Match) -> bool:
    """A non-apology overlapping the apology, unless a longer apology contains it."""
    if not (other.start < apology.end and apology.start < other.end):
        return False
    contained = apology.start <= other.start and other.end <= apology.end
    return not (contained and apology.end - apology.start > other.end - other.start)


def is_sincere(analysis: Analysis, apology: Match) -> bool:
    """Not a non-apology, not trivial, not negated, not made conditional."""
    for category in ("non_apology", "trivial_apology"):
        if any(_cancels(apology, other) for other in analysis.of(category)):
            return False
    if analysis.near(apology, "negation", before=_NEGATION_WINDOW):
        return False
    if analysis.near(apology, "conditional", after=_CONDITIONAL_WINDOW):
        return False
    return not any(
        c.sentence == apology.sentence and c.end <= apology.start
        for c in analysis.of("conditional")
    )


def sincere_apologies(analysis: Analysis) -> list[Match]:
    return [m for m in analysis.of("apology") if is_sincere(analysis, m)]


class MissingApology(Rule):
    id = "missing-apology"
    severity = Severity.ERROR
    failure_only = True
    summary = "A reply to a problem that never apologises."
    rationale = (
        "When something went wrong for the customer, a reply that explains, fixes or "
        "compensates without a sincere, first-person apology reads as cold. Conditional "
        "apologies ('sorry if you feel'), negated ones, apologies for trivia and any "
        "apology in quoted text or the signature do not count."
    )

    def check(self, data: RuleInput) -> Iterator[RawFinding]:
        if sincere_apologies(data.analysis):
            return
        anchor = data.context.anchor
        if anchor is not None:
            start, end = anchor.start_char, anchor.end_char
            message = "The draft acknowledges a problem but never apologises for it."
        elif data.analysis.sentences:
            first = data.analysis.sentences[0]
            start, end = first.start_char, first.end_char
            message = "This is a reply to a problem, but the draft never apologises."
        else:
            return
        yield RawFinding(start, end, message, self.suggestion(data.lexicon))
