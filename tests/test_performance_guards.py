"""Guards for the fast paths (not timing tests): same results, less work."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import cli

from replylint import analysis, pattern_cache
from replylint.analysis import LanguagePipeline, pipeline_for
from replylint.lexicon import PatternCompiler, load_builtin

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
        assert sorted(single(doc)) == sorted(pipeline.matcher(doc, view.norms, view.starts))


def test_compiled_patterns_are_cached_and_reused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("REPLYLINT_CACHE_DIR", str(tmp_path))
    before = dict(pattern_cache.stats)
    LanguagePipeline(load_builtin("sv"))
    assert pattern_cache.stats["misses"] == before["misses"] + 1
    assert len(list(tmp_path.glob("sv-*.json"))) == 1

    def refuse(*args, **kwargs):
        raise AssertionError("patterns were compiled again instead of read from the cache")

    monkeypatch.setattr(PatternCompiler, "compile", refuse)
    pipeline = LanguagePipeline(load_builtin("sv"))
    assert pattern_cache.stats["hits"] == before["hits"] + 1
    assert pipeline.analyse("Vi ber om ursäkt för förseningen.").of("apology")


def test_cache_is_invalidated_when_a_lexicon_changes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("REPLYLINT_CACHE_DIR", str(tmp_path / "cache"))
    extra = tmp_path / "team.toml"
    extra.write_text(
        '[meta]\nlang = "en"\n\n[blame]\npatterns = [["per our policy", "Per our policy, no."]]\n'
    )
    monkeypatch.setattr(analysis, "_PIPELINES", {})
    pipeline_for("en", (extra,))
    extra.write_text(
        '[meta]\nlang = "en"\n\n[blame]\npatterns = [["house rules", "House rules, sorry."]]\n'
    )
    monkeypatch.setattr(analysis, "_PIPELINES", {})
    pipeline = pipeline_for("en", (extra,))
    assert len(list((tmp_path / "cache").glob("en-*.json"))) == 2
    assert pipeline.analyse("House rules, I am afraid.").of("blame")


def test_cache_key_follows_the_compiler_source(tmp_path: Path, monkeypatch) -> None:
    """A changed pattern compiler (same version, e.g. an editable install) must not
    reuse patterns compiled by the old one."""
    from replylint import lexicon as compiler

    sv = load_builtin("sv")
    before = pattern_cache.lexicon_fingerprint(sv)
    changed = tmp_path / "lexicon.py"
    changed.write_bytes(Path(compiler.__file__).read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(compiler, "__file__", str(changed))
    assert pattern_cache.lexicon_fingerprint(sv) != before


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
