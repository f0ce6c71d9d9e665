"""The generated lemma and script tables are current, and matching reads them."""

import pytest

from replylint.lexicon import load_builtin
from replylint.morphology import (
    LEMMA_LANGUAGES,
    TRADITIONAL_TABLE,
    build_lemma_table,
    build_traditional_table,
    lemma_table,
    tables_dir,
)


@pytest.mark.parametrize("lang", LEMMA_LANGUAGES)
def test_lemma_table_is_current(lang):
    pytest.importorskip("simplemma")
    shipped = (tables_dir() / f"{lang}.tsv").read_text(encoding="utf-8")
    assert shipped == build_lemma_table(lang), "run: python -m replylint.morphology"


def test_traditional_table_is_current():
    pytest.importorskip("opencc")
    shipped = (tables_dir() / TRADITIONAL_TABLE).read_text(encoding="utf-8")
    assert shipped == build_traditional_table(), "run: python -m replylint.morphology"


def test_english_forms_lead_to_their_lemma():
    table = lemma_table("en")
    assert table["told"] == "tell" and table["wrote"] == "write"


def test_traditional_chinese_folds_with_the_opencc_table():
    # Characters the old hand-made list did not have.
    fold = load_builtin("zh").fold
    assert fold("歉疚") == "歉疚" and fold("讓您久等，實在抱歉") == "让您久等，实在抱歉"
    assert fold("遺憾") == "遗憾" and fold("櫃檯") == "柜台"


# The second person's subject and object forms stay apart: a row "du <- dig" would let
# "hos dig" fill a slot that wants the customer as the subject ("du burde have …"). A
# plain pronoun in a concept term makes the generator add such a row; terms write /du/.
_SECOND_PERSON = {"da": {"du", "dig", "jer", "dem"}, "sv": {"du", "dig", "ni", "er"}}


@pytest.mark.parametrize("lang", sorted(_SECOND_PERSON))
def test_second_person_forms_are_not_folded_together(lang):
    pytest.importorskip("simplemma")
    rows = [line.split("\t") for line in build_lemma_table(lang).splitlines()[1:]]
    table = {form: lemma for lemma, forms in rows for form in forms.split()}
    folded = {f: lemma for f, lemma in table.items() if f in _SECOND_PERSON[lang] and lemma != f}
    assert not folded, f"{lang}: second-person forms folded to another word: {folded}"
