"""Language identification narrowed to the five supported languages.

Chinese is recognised by script. Otherwise a langdetect factory holding only
the Latin-script supported profiles (loaded once, seeded, ~30 ms) is combined
with lexicon evidence: distinctive function words of each language, which is
what decides short drafts that langdetect misreads ("Hej Jens," is not Dutch).
The full 55-language factory is loaded only when a draft shows almost no
evidence of any supported language, to name the language it is written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

SUPPORTED = ("da", "sv", "et", "zh", "en")
_LATIN_PROFILES = ("da", "sv", "et", "en")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
# CJK ideographs: basic block, extension A, compatibility ideographs.
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Hiragana and katakana, less the marks Chinese text borrows: the middle dot in
# "月卡・不限堂數" and names ("史蒂夫・賈伯斯"), the long-vowel mark and the double hyphen.
_KANA = re.compile(r"[\u3040-\u309f\u30a1-\u30fa\u30fd-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KANA_SHARE = 0.1
_MIN_WORDS_FOR_STATISTICS = 8
_MIN_EVIDENCE_RATIO = 0.08


@dataclass(frozen=True)
class LanguageGuess:
    """The language decided for a draft; `lang` is None when unsupported or undetermined."""

    lang: str | None
    found: str | None
    method: str

    @property
    def notice(self) -> str | None:
        if self.lang:
            return None
        if self.found:
            return f"language '{self.found}' is not supported (supported: {', '.join(SUPPORTED)})"
        return "language could not be determined; pass --lang"


def _profile_json(code: str) -> str:
    return (resources.files("langdetect") / "profiles" / code).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _supported_factory():
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    factory.load_json_profile([_profile_json(code) for code in _LATIN_PROFILES])
    factory.set_seed(0)
    return factory


@lru_cache(maxsize=1)
def _full_factory():
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    profiles = resources.files("langdetect") / "profiles"
    factory.load_json_profile(
        [p.read_text(encoding="utf-8") for p in sorted(profiles.iterdir(), key=lambda p: p.name)]
    )
    factory.set_seed(0)
    return factory


def _probabilities(factory, text: str) -> list[tuple[str, float]]:
    from langdetect.lang_detect_exception import LangDetectException

    detector = factory.create()
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except LangDetectException:
        return []


def _without_greeting(text: str) -> str:
    """Drop a short first line ("Hej Jens,"): names mislead n-gram statistics."""
    lines = text.strip().splitlines()
    if len(lines) > 1 and len(_WORD.findall(lines[0])) <= 4:
        return "\n".join(lines[1:])
    return text


def evidence(words: list[str], markers: dict[str, frozenset[str]]) -> dict[str, int]:
    """How many words of the draft are distinctive function words of each language."""
    return {lang: sum(1 for w in words if w in marker_set) for lang, marker_set in markers.items()}


# How much of a draft language detection reads (a 1 MB draft costs no more than this).
DETECT_CHARS = 30_000
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)([^\W\d_]+)")


def _orthography_sample(text: str) -> str:
    """The words whose letters tell the language: lower-case words, and sentence-initial
    ones on lines of three words or more. Names ("Søren" in "Hi Søren," or alone in a
    signature) say nothing about the language a draft is written in."""
    kept: list[str] = []
    for line in text.splitlines():
        words = _WORD.findall(line)
        if len(words) < 3:
            continue
        kept.extend(w for w in words if w.islower())
        kept.extend(_SENTENCE_START.findall(line.strip()))
    return " ".join(kept)


def _fitting_alphabets(text: str, alphabets: dict[str, str] | None) -> set[str] | None:
    """Languages whose alphabet holds every special letter of the text ("ø" is Danish,
    "õ" Estonian); None when the text has none of them."""
    if not alphabets:
        return None
    special = set("".join(alphabets.values()))
    seen = {ch for ch in text.lower() if ch in special}
    if not seen:
        return None
    return {lang for lang, letters in alphabets.items() if seen <= set(letters)}


def detect_language(
    text: str,
    markers: dict[str, frozenset[str]],
    alphabets: dict[str, str] | None = None,
) -> LanguageGuess:
    """Decide the draft's language; deterministic for the same text. `alphabets` (each
    language's letters beyond a-z) decide short drafts that marker words leave open and
    rule out languages whose alphabet lacks a letter the draft uses. A long draft is
    judged on its first DETECT_CHARS characters (more text tells no more)."""
    if len(text) > DETECT_CHARS:
        cut = text.rfind("\n", 0, DETECT_CHARS)
        text = text[: cut if cut > DETECT_CHARS // 2 else DETECT_CHARS]
    han = len(HAN.findall(text))
    kana = len(_KANA.findall(text))
    # Japanese writes kana between its kanji; a Chinese slogan borrows one ("幸福の味").
    if kana and kana >= _KANA_SHARE * (han + kana):
        return LanguageGuess(None, "ja", "script")
    if len(_HANGUL.findall(text)) > han:
        return LanguageGuess(None, "ko", "script")
    letters = sum(1 for ch in text if ch.isalpha())
    if han and han >= 0.3 * letters:
        return LanguageGuess("zh", "zh", "script")

    body = _without_greeting(text)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(body)] or [
        w.lower() for w in _WORD.findall(text)
    ]
    if not words:
        return LanguageGuess(None, None, "empty")
    scores = evidence(words, {k: v for k, v in markers.items() if k != "zh"})
    fits = _fitting_alphabets(
        _orthography_sample(body), {k: v for k, v in (alphabets or {}).items() if k in scores}
    )
    if fits:
        scores = {k: v for k, v in scores.items() if k in fits}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, best_hits = ranked[0]
    runner_hits = ranked[1][1] if len(ranked) > 1 else 0
    clear_evidence = best_hits >= 2 and best_hits >= 2 * runner_hits

    if best_hits / len(words) < _MIN_EVIDENCE_RATIO and len(words) >= 5:
        found = _probabilities(_full_factory(), body)
        if found and found[0][0] not in SUPPORTED and found[0][1] > 0.7:
            return LanguageGuess(None, found[0][0], "langdetect")

    if len(words) < _MIN_WORDS_FOR_STATISTICS:
        if best_hits and best_hits > runner_hits:
            return LanguageGuess(best, best, "lexicon")
        if fits is not None and len(fits) == 1:
            only = next(iter(fits))
            return LanguageGuess(only, only, "letters")
        return LanguageGuess(None, None, "too short")
    if clear_evidence:
        return LanguageGuess(best, best, "lexicon")
    probabilities = _probabilities(_supported_factory(), body)
    if fits:
        probabilities = [p for p in probabilities if p[0] in fits] or probabilities
    if probabilities:
        return LanguageGuess(probabilities[0][0], probabilities[0][0], "langdetect")
    return LanguageGuess(best, best, "lexicon") if best_hits else LanguageGuess(None, None, "none")
