"""The anchored matcher finds exactly what spaCy's Matcher finds, including for
patterns whose first word is optional (split into two anchored patterns)."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc

from replylint.matching import AnchoredMatcher, _split_optional_first

WORDS = ["还", "没", "有", "收", "到", "a", "b"]
OPS = [None, "?", "*", "+", "{0,2}", "{0,1}"]


@st.composite
def patterns(draw):
    length = draw(st.integers(1, 4))
    pattern = []
    for position in range(length):
        spec: dict = {"NORM": draw(st.sampled_from(WORDS))}
        if position == 0 or draw(st.booleans()):
            op = draw(st.sampled_from(OPS))
            if op:
                spec["OP"] = op
        pattern.append(spec)
    return pattern


NLP = spacy.blank("xx")


@settings(max_examples=150, deadline=None)
@given(st.lists(patterns(), min_size=1, max_size=3), st.lists(st.sampled_from(WORDS), max_size=9))
def test_anchored_matches_equal_spacys(pattern_list, words):
    doc = Doc(NLP.vocab, words=words)
    reference = Matcher(NLP.vocab)
    ours = AnchoredMatcher(NLP.vocab)
    reference.add("k", pattern_list)
    ours.add("k", pattern_list)
    expected = sorted({(s, e) for _, s, e in reference(doc)})
    found = sorted(
        {(s, e) for _, s, e in ours(doc, list(words), [i == 0 for i in range(len(words))])}
    )
    assert found == expected


def test_an_optional_first_word_is_two_anchored_patterns():
    first, rest = _split_optional_first([{"NORM": "还", "OP": "?"}, {"NORM": "没"}])
    assert first == [{"NORM": "还"}, {"NORM": "没"}] and rest == [{"NORM": "没"}]
    # A gap first names no word: it stays with spaCy's Matcher.
    assert _split_optional_first([{"OP": "{0,2}"}, {"NORM": "没"}]) is None
