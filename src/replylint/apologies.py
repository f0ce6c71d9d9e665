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
    """Not a non-apology, not trivial, not negated, not made conditional (a
    qualifier_exception, "can't apologise enough", keeps it sincere)."""
    exceptions = analysis.in_sentence("qualifier_exception", apology.sentence)
    for category in ("non_apology", "trivial_apology"):
        others = analysis.in_sentence(category, apology.sentence, spread=1)
        if any(
            _cancels(apology, other) and not any(_overlap(other, e) for e in exceptions)
            for other in others
        ):
            return False
    if _qualified(analysis, apology, "negation", before=_NEGATION_WINDOW):
        return False
    if _qualified(analysis, apology, "conditional", after=_CONDITIONAL_WINDOW):
        return False
    return not _qualified(analysis, apology, "conditional", before=apology.start, after=-1)


def _overlap(a: Match, b: Match) -> bool:
    return a.start < b.end and b.start < a.end


def _qualified(
    analysis: Analysis, apology: Match, category: str, before: int = 0, after: int = 0
) -> bool:
    """A `category` match (negation, conditional) in the apology's sentence within the
    token window around it (after=-1: wholly before it), unless a qualifier_exception
    covers it ("kui kaua": how long, not if)."""
    exceptions = analysis.in_sentence("qualifier_exception", apology.sentence)
    for m in analysis.in_sentence(category, apology.sentence):
        if after < 0:
            inside = m.end <= apology.start
        else:
            near = m.start < apology.end + after and apology.start - before < m.end
            inside = near and not _overlap(m, apology)
        if inside and not any(_overlap(m, e) for e in exceptions):
            return True
    return False


def sincere_apologies(analysis: Analysis) -> list[Match]:
    return [m for m in analysis.of("apology") if is_sincere(analysis, m)]
