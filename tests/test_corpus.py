"""Regression guard on the labelled development corpus (tests/corpus, see CORPUS.md)."""

from pathlib import Path

import pytest

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


def test_evaluate_prints_a_table_set_per_corpus_and_the_macro_f1():
    from click.testing import CliRunner

    from replylint.cli import main

    round1 = str(Path(__file__).parent / "heldout-round1")
    result = CliRunner().invoke(main, ["evaluate", str(CORPUS), round1])
    assert result.exit_code == 0, result.output
    assert result.output.count("== ") == 2 and result.output.count("macro-F1 ") == 2


GUARDS = [
    ("heldout-round1", 0.90),
    ("heldout-round2", 0.95),
    ("heldout-round3", 0.88),
    ("heldout-round4", 0.90),
    ("heldout-round5", 0.88),
    ("heldout-round6", 0.88),
    ("heldout-round7", 0.88),
    ("heldout-round9", 0.88),
    ("heldout-round10", 0.88),
    ("heldout-round13", 0.90),
]


@pytest.mark.parametrize(("name", "floor"), GUARDS)
def test_the_tuned_held_out_sets_do_not_regress(name: str, floor: float):
    """heldout-round1, -round3 and -round5 (tuned on aggregates) and heldout-round2,
    -round4, -round6, -round7, -round9, -round10 and -round13 (development sets) were tuned
    against, so they guard regressions; tests/heldout, written by new writers, is for
    honest measurement and has no guard."""
    ev = evaluate_corpus(Path(__file__).parent / name)
    f1s = []
    for rule in ALL_RULES:
        total = Counts()
        for (rule_id, _lang), c in ev.counts.items():
            if rule_id == rule.id:
                total += c
        f1s.append(total.f1 or 0.0)
    assert sum(f1s) / len(f1s) >= floor, f1s


def test_evaluate_frames_counts_hits_per_frame_without_file_names():
    from click.testing import CliRunner

    from replylint.cli import main

    output = CliRunner().invoke(main, ["evaluate", "--frames", str(CORPUS)]).output
    table = output[output.index("lang   line  held  agree  frame") :].splitlines()[1:]
    assert table and all(row.split()[0] in ("da", "sv", "et", "zh", "en") for row in table)
    assert ".txt" not in output[output.index("lang   line") :]
    held, agree = (int(x) for x in table[-1].split()[2:4])
    assert 0 <= agree <= held


def test_evaluate_counts_context_errors_by_direction(tmp_path):
    """A failure reply read as neutral and a neutral one read as failure are counted
    apart (a held-out set's aggregates say which way context detection fails)."""
    from replylint.evaluate import format_evaluation

    lang = tmp_path / "en"
    lang.mkdir()
    (lang / "a.txt").write_text("Hi Ann,\nYour order shipped today and arrives on Friday.\n")
    (lang / "b.txt").write_text("Hi Ann,\nYour parcel is broken and we are so sorry.\n")
    (lang / "labels.toml").write_text(
        '["a.txt"]\nlang = "en"\ncontext = "failure"\nexpect = []\nwhy = "x"\n'
        '["b.txt"]\nlang = "en"\ncontext = "neutral"\nexpect = []\nwhy = "x"\n'
    )
    ev = evaluate_corpus(tmp_path)
    assert (ev.context_missed["en"], ev.context_invented["en"]) == (1, 1)
    assert "failure missed" in format_evaluation(ev)


def test_evaluate_frames_does_not_count_a_hit_an_exception_silences(tmp_path):
    """'As I said on the phone, I am so sorry' holds a blame frame that a blame exception
    silences: no blame is reported, so the blame frame must not look like a false alarm."""
    from replylint.analysis import FRAME_ENTRY_BASE, pipeline_for
    from replylint.evaluate import evaluate_corpus

    text = "Hi Jo,\n\nAs I said on the phone, I am so sorry about the delay.\n\nBest,\nAl\n"
    lang_dir = tmp_path / "en"
    lang_dir.mkdir()
    (lang_dir / "a.txt").write_text(text, encoding="utf-8")
    (lang_dir / "labels.toml").write_text(
        '["a.txt"]\nlang = "en"\ncontext = "failure"\nexpect = []\nwhy = "sincere"\n',
        encoding="utf-8",
    )
    pipeline = pipeline_for("en")
    analysis = pipeline.analyse(text)
    silenced = {
        m.entry - FRAME_ENTRY_BASE
        for m in analysis.of("blame")
        if m.entry >= FRAME_ENTRY_BASE and analysis.overlaps(m, "blame_exception")
    }
    assert silenced  # the case this test is about
    counted = {index for (_, index) in evaluate_corpus(tmp_path, frames=True).frame_hits}
    assert not silenced & counted
