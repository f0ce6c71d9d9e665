"""Which apologies are sincere: read by missing-apology, breezy-opener and failure context."""

from __future__ import annotations

from replylint.analysis import Analysis, Match

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
        others = analysis.in_sentence(category, apology.sentence, spread=1)
        if any(_cancels(apology, other) for other in others):
            return False
    if analysis.near(apology, "negation", before=_NEGATION_WINDOW):
        return False
    if analysis.near(apology, "conditional", after=_CONDITIONAL_WINDOW):
        return False
    return not any(
        c.end <= apology.start for c in analysis.in_sentence("conditional", apology.sentence)
    )


def sincere_apologies(analysis: Analysis) -> list[Match]:
    return [m for m in analysis.of("apology") if is_sincere(analysis, m)]
