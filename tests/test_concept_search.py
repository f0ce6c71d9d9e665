"""Concept search tries a term only where its second word follows its first, and finds
exactly what trying every term at every word finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from replylint import frames
from replylint.analysis import CLAUSE_PUNCTUATION, clause_indices, pipeline_for

CORPUS = Path(__file__).parent / "corpus"


def _every_term_at_every_word(index, norms, lemmas, spaces, clause_of):
    found, previous_clause, word_seen = [], -1, False
    for i in range(len(norms)):
        if spaces[i]:
            continue
        if clause_of[i] != previous_clause:
            previous_clause, word_seen = clause_of[i], False
        opens = not word_seen
        word_seen = word_seen or any(ch.isalnum() for ch in norms[i])
        for concept, rest, at_start in index.starting(norms[i], lemmas[i]):
            if at_start and not opens:
                continue
            end = frames._extend(rest, i + 1, norms, lemmas, spaces, len(norms))
            if end is not None:
                found.append(frames.Occurrence(concept, i, end))
    return found


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh", "en"])
def test_concepts_found_are_those_of_trying_every_term(lang: str) -> None:
    pipeline = pipeline_for(lang)
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((CORPUS / lang).glob("*.txt")))
    _, view = pipeline._parse(text)
    lemmas = [pipeline.lemmas.get(n, n) for n in view.norms]
    clause_of = clause_indices(
        view.norms, view.starts, view.spaces, CLAUSE_PUNCTUATION, pipeline.lexicon.clause_openers
    )
    fast = frames.find_concepts(pipeline.concepts, view.norms, lemmas, view.spaces, clause_of)
    slow = _every_term_at_every_word(pipeline.concepts, view.norms, lemmas, view.spaces, clause_of)
    # Occurrences come in token order; the order of those at one token means nothing
    # (frames read their positions), so the search may sort them by how it finds them.
    assert [o.start for o in fast] == sorted(o.start for o in fast)
    assert sorted(fast) == sorted(slow) and fast


def test_terms_whose_second_word_does_not_follow_are_not_tried() -> None:
    index = pipeline_for("en").concepts
    every = index.starting("as", "as")
    multiword = [t for t in every if t[1]]
    assert multiword  # "as I said", "as you know", ...
    before_you = index.starting_before("as", "as", "you", "you")
    assert before_you and all(not t[1] or t[1][0].accepts("you", "you") for t in before_you)
    assert len(before_you) < len(every)
    at_the_end = index.starting_before("as", "as", None, None)
    assert all(not rest for _, rest, _ in at_the_end)


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh", "en"])
def test_the_wildcard_prefilter_never_hides_a_term(lang: str) -> None:
    """`starting` tries one alternation of every wildcard first; what it returns must be
    what checking each wildcard term on its own returns, for every word of the corpus."""
    pipeline = pipeline_for(lang)
    index = pipeline.concepts
    for path in sorted((CORPUS / lang).glob("*.txt"))[:15]:
        for norm in pipeline.analyse(path.read_text(encoding="utf-8")).token_norms:
            lemma = pipeline.lemmas.get(norm, norm)
            alone = [
                t
                for first, terms in index.wild.items()
                if first.accepts(norm, lemma)
                for t in terms
            ]
            got = index.starting(norm, lemma)
            assert all(term in got for term in alone), (norm, lemma)


@pytest.mark.parametrize(
    ("word", "pattern"), [("beklag*", r"beklag.*"), ("*ksite", r".*ksite"), ("*fejl*", r".*fejl.*")]
)
def test_a_wildcard_accepts_what_its_regex_would(word: str, pattern: str) -> None:
    """Wildcards are tested with string methods; they must mean what `.*` means (one line
    of any characters), on the surface form or the lemma."""
    (element,) = frames._elements(word, str.lower, lambda w: [w], lambda r: re.compile(r))
    regex = re.compile(pattern)
    forms = [
        "beklager",
        "beklag",
        "kunneksite",
        "ksite",
        "fejlen",
        "systemfejl",
        "fejl",
        "klage",
        "beklag\nx",
        "x\nfejl",
        "teksite",
        "",
    ]
    for form in forms:
        assert element.accepts(form, form) == bool(regex.fullmatch(form)), form
    assert element.accepts("ok", "beklage") == bool(regex.fullmatch("beklage"))
    (surface_only,) = frames._elements("=beklag*", str.lower, lambda w: [w], re.compile)
    assert not surface_only.accepts("ok", "beklage") and surface_only.accepts("beklages", "x")


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh", "en"])
def test_element_table_accepts_exactly_what_each_element_accepts(lang: str) -> None:
    """The table looks elements up by form, prefix and suffix; it must return every
    element that accepts a word, and only those, in the elements' order."""
    pipeline = pipeline_for(lang)
    index = pipeline.concepts
    elements = list(index.wild) + [
        term[1][0] for terms in list(index.exact.values())[:300] for term in terms if term[1]
    ]
    table = frames.ElementTable(elements)
    words = set()
    for path in sorted((CORPUS / lang).glob("*.txt"))[:10]:
        words.update(pipeline.analyse(path.read_text(encoding="utf-8")).token_norms)
    for norm in sorted(words):
        for lemma in {norm, pipeline.lemmas.get(norm, norm), "x" + norm}:
            expected = [e for e in elements if e.accepts(norm, lemma)]
            assert table.accepting(norm, lemma) == expected, (norm, lemma)
