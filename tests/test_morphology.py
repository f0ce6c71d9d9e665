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
