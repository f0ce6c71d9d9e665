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
                total += c
        assert total.f1 is not None and total.f1 >= 0.90, (rule.id, total)


def test_every_format_scores_on_the_corpus():
    ev = evaluate_corpus(CORPUS)
    for (rule_id, fmt), counts in ev.by_format.items():
        if counts.tp + counts.fn:
            assert counts.f1 is not None and counts.f1 >= 0.90, (rule_id, fmt, counts)
