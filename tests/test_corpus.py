"""Regression guard on the labelled development corpus (tests/corpus, see CORPUS.md)."""

from pathlib import Path

from replylint.evaluate import Counts, evaluate_corpus
from replylint.rules import ALL_RULES

CORPUS = Path(__file__).parent / "corpus"


def test_corpus_figures_do_not_regress():
    ev = evaluate_corpus(CORPUS)
    assert not ev.errors
    assert sum(ev.files.values()) >= 150
    for lang, n in ev.files.items():
        assert n >= 30, lang
    correct = sum(ev.lang_correct.values())
    assert correct / sum(ev.files.values()) >= 0.98
    for rule in ALL_RULES:
        total = Counts()
        for (rule_id, _lang), c in ev.counts.items():
            if rule_id == rule.id:
                total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        assert total.f1 is not None and total.f1 >= 0.90, (rule.id, total)
