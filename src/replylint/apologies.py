"""Which apologies are sincere: read by missing-apology, breezy-opener and failure context."""

from __future__ import annotations

from replylint.analysis import Analysis, Match

_NEGATION_WINDOW = 3
_CONDITIONAL_WINDOW = 2


def _overlap(a: Match, b: Match) -> bool:
    return a.start < b.end and b.start < a.end


def _cancels(apology: Match, other: Match) -> bool:
    """A non-apology overlapping the apology, unless a longer apology contains it."""
    if not _overlap(apology, other):
        return False
    contained = apology.start <= other.start and other.end <= apology.end
    return not (contained and apology.end - apology.start > other.end - other.start)


def is_sincere(analysis: Analysis, apology: Match) -> bool:
    """Not a non-apology, not trivial, not a "no need to apologise", not negated, not
    made conditional (a qualifier_exception, "can't apologise enough", keeps it sincere)."""
    exceptions = analysis.in_sentence("qualifier_exception", apology.sentence)

    def stands(m: Match) -> bool:
        """A qualifying match no qualifier_exception covers ("kui kaua": how long)."""
        return not any(_overlap(m, e) for e in exceptions)

    def near(category: str, before: int = 0, after: int = 0) -> bool:
        """A `category` match beside the apology, within the token window around it."""
        lo, hi = apology.start - before, apology.end + after
        return any(
            m.start < hi and lo < m.end and not _overlap(m, apology) and stands(m)
            for m in analysis.in_sentence(category, apology.sentence)
        )

    for category in ("non_apology", "trivial_apology", "courtesy_apology"):
        others = analysis.in_sentence(category, apology.sentence, spread=1)
        if any(_cancels(apology, other) and stands(other) for other in others):
            return False
    if near("negation", before=_NEGATION_WINDOW) or near("conditional", after=_CONDITIONAL_WINDOW):
        return False
    return not any(
        c.end <= apology.start and stands(c)
        for c in analysis.in_sentence("conditional", apology.sentence)
    )


def sincere_apologies(analysis: Analysis) -> list[Match]:
    return [m for m in analysis.of("apology") if is_sincere(analysis, m)]
