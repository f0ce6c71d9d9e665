"""Guards for the fast paths (not timing tests): same results, less work."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import cli

from replylint import lint_text
from replylint.analysis import LanguagePipeline, _set_norms, _set_sentence_starts, pipeline_for
from replylint.lexicon import load_builtin

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh", "en"])
def test_anchored_matcher_finds_exactly_what_one_matcher_finds(lang: str) -> None:
    from spacy.matcher import Matcher

    pipeline = pipeline_for(lang)
    single = Matcher(pipeline.nlp.vocab)
    for key, patterns in pipeline._compile_all().items():
        single.add(key, patterns)
    for path in sorted((CORPUS / lang).glob("*.txt")):
        doc, view = pipeline._parse(path.read_text(encoding="utf-8"))
        _set_norms(doc, view.norms)  # spaCy's Matcher reads them from the Doc
        _set_sentence_starts(doc, view.starts)
        assert sorted(single(doc)) == sorted(pipeline.matcher(doc, view.norms, view.starts))


def test_a_run_without_home_or_cache_directory_gives_the_same_findings(tmp_path: Path) -> None:
    """Nothing is cached on disk: a service user with no HOME and no passwd entry (mail
    servers, some CI runners) gets exactly the findings of a normal run."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("HOME", "XDG_CACHE_HOME")}
    code = "from replylint.cli import main; main()"
    args = [sys.executable, "-c", code, "check", "--format", "json", str(CORPUS / "sv")]
    homeless = subprocess.run(args, env=env, capture_output=True, cwd=tmp_path)
    normal = cli("check", "--format", "json", str(CORPUS / "sv"))
    assert homeless.returncode == normal.returncode == 1
    assert homeless.stdout == normal.stdout
    assert not any(tmp_path.iterdir())


def test_matchers_are_made_only_for_anchors_a_draft_meets() -> None:
    pipeline = LanguagePipeline(load_builtin("da"))
    pipeline.analyse("Vi beklager ventetiden.")
    made = len(pipeline.matcher._matchers)
    assert 0 < made < len(pipeline.matcher._patterns) / 10


def test_parallel_jobs_give_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    one = cli("check", "--format", "json", "--jobs", "1", str(CORPUS / "da"), str(CORPUS / "zh"))
    two = cli("check", "--format", "json", "--jobs", "2", str(CORPUS / "da"), str(CORPUS / "zh"))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout


def test_only_the_latest_quoted_history_is_read_for_context() -> None:
    from replylint.linter import QUOTED_CHARS, _latest_quoted

    older = "> Thanks, all good.\n" * (QUOTED_CHARS // 10)
    latest = "> My order arrived broken and nobody answers.\n"
    text = "Hi Ann,\nThe replacement ships today.\n\nOn Monday, Ann wrote:\n" + latest + older
    assert "missing-apology" in {f.rule for f in lint_text(text, lang="en")}
    kept = _latest_quoted(latest + older)
    assert kept.startswith(latest.lstrip("> ")) or kept.startswith(latest)
    assert len(kept) <= QUOTED_CHARS and kept.endswith("good.")


def test_chinese_character_tokens_are_spacys_in_linear_time() -> None:
    """replylint's Chinese tokenizer gives spaCy's character segmentation token for token
    (whitespace runs, trailing spaces) on random mixes of Han, Latin and whitespace."""
    import random

    import spacy

    from replylint.analysis import CharacterTokenizer

    nlp = spacy.blank("zh")
    mine = CharacterTokenizer(nlp.vocab)
    rng = random.Random(7)
    alphabet = list("你好吗 \n\t\u3000ab,。\r  \u00a0x1")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        theirs, ours = nlp.tokenizer(text), mine(text)
        assert [(t.text, t.whitespace_) for t in theirs] == [(t.text, t.whitespace_) for t in ours]


def test_zh_pipeline_uses_the_linear_tokenizer() -> None:
    from replylint.analysis import CharacterTokenizer

    assert isinstance(pipeline_for("zh").nlp.tokenizer, CharacterTokenizer)


# Not NORM: replylint folds its own (spaCy's gives a no-break space the norm "  ").
_TOKEN_FACTS = ["ORTH", "IDX", "LENGTH", "IS_SPACE", "SPACY", "SENT_START"]


@pytest.mark.parametrize("lang", ["da", "sv", "et", "en"])
def test_caching_tokenizer_splits_exactly_as_spacys_own(lang: str) -> None:
    """Without its whitespace special cases (they stop spaCy caching a draft's words
    after its first line) the tokenizer still splits every corpus draft, whitespace
    runs included, as a stock blank pipeline does; and a long draft, tokenized line by
    line first, comes out the same as in one call."""
    import spacy

    from replylint.analysis import LINE_WARMING_CHARS

    pipeline = pipeline_for(lang)
    stock = spacy.blank(lang).tokenizer
    from spacy.pipeline import Sentencizer

    sentencizer = Sentencizer()  # sentence starts are among the facts compared
    assert not [rule for rule in pipeline.nlp.tokenizer.rules if not rule.strip()]
    drafts = sorted((CORPUS / lang).iterdir())
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in drafts]
    texts.append("Tab\there,\u00a0no-break \n\n  \t\nspace \r\n end\n")
    long_text = "\n".join(texts)
    while len(long_text) <= LINE_WARMING_CHARS:
        long_text += "\n \t\n" + long_text
    for text in [*texts, long_text]:
        ours, theirs = pipeline._tokenize(text), stock(text)
        sentencizer(ours)
        sentencizer(theirs)
        assert ours.to_array(_TOKEN_FACTS).tolist() == theirs.to_array(_TOKEN_FACTS).tolist()


_SENTENCIZER_SAMPLES = {
    "da": 'Hej Anna! Pakken er sendt… Er den kommet?! "Ja." (Tak.) Vi ses',
    "sv": "Hej Erik!! Ordern är skickad. Har den kommit?.. Ja. 'Tack!' Vi hörs",
    "et": "Tere, Mari! Pakk on teel... Kas see jõudis?! (Jah.) Aitäh",
    "zh": "您好！订单已发货。请查收？？好的……谢谢「收到。」再见",
    "en": 'Hi Sam! Your parcel left today... Has it arrived?! "Yes." (Thanks.) Bye',
}


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh", "en"])
def test_sentence_starts_follow_spacys_sentencizer(lang: str) -> None:
    """_parse applies spaCy's sentencizer rule itself (no pipe, no Token objects): on
    text none of replylint's own sentence rules touch (no line break, emoji, ordinal or
    abbreviation), its starts are exactly the sentencizer's, repeated marks included."""
    from spacy.pipeline import Sentencizer

    pipeline = pipeline_for(lang)
    text = _SENTENCIZER_SAMPLES[lang]
    _, view = pipeline._parse(text)
    doc = Sentencizer()(pipeline._tokenize(text))
    assert view.starts == [bool(token.is_sent_start) for token in doc]
    assert sum(view.starts) >= 4


def _every_frame_in_every_unit(frames, occurrences, clause_of, sentence_of):
    """evaluate_frames without its shortcuts: every frame of a scope tried in every unit
    of it, in the order evaluate_frames promises (first occurrence of the frame's first
    slot in the unit, then frame number)."""
    from replylint.frames import SCOPES, FrameHit, _group, _hold, _merged, _unit_parts

    by_clause = _group(occurrences, clause_of)
    clause_sentence = {
        c: sentence_of[next(iter(u.values()))[0].start] for c, u in by_clause.items()
    }
    clauses_of: dict[int, list] = {}
    for clause, unit in by_clause.items():
        clauses_of.setdefault(clause_sentence[clause], []).append(unit)
    by_sentence = {s: _merged(parts) for s, parts in clauses_of.items()}
    hits = []
    for scope in SCOPES:
        numbered = [(n, f) for n, f in enumerate(frames) if f.scope == scope]
        every = set(by_clause) if scope in ("clause", "adjacent") else set(by_sentence)
        for parts in _unit_parts(scope, by_clause, by_sentence, clause_sentence, every):
            unit = _merged(parts)
            position = {concept: i for i, concept in enumerate(unit)}
            present = [
                (min(position[c] for c in frame.slots[0] if c in position), n, frame)
                for n, frame in numbered
                if all(any(c in unit for c in slot) for slot in frame.slots)
            ]
            for _, number, frame in sorted(present, key=lambda t: t[:2]):
                hits.extend(FrameHit(number, start, end) for start, end in _hold(frame, unit))
    return hits


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh", "en"])
def test_frames_tried_by_their_trigger_slot_hold_as_when_every_frame_is_tried(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import replylint.analysis as analysis

    real = analysis.evaluate_frames
    compared = []

    def both(frames, occurrences, clause_of, sentence_of):
        hits = real(frames, occurrences, clause_of, sentence_of)
        assert hits == _every_frame_in_every_unit(frames, occurrences, clause_of, sentence_of)
        compared.append(len(hits))
        return hits

    monkeypatch.setattr(analysis, "evaluate_frames", both)
    pipeline = pipeline_for(lang)
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / lang).glob("*.txt"))]
    for text in texts + ["\n\n".join(texts)]:  # one long draft: most frames can hold in it
        pipeline.analyse(text)
    assert sum(compared) > 50  # frames held, so the comparison compared something
