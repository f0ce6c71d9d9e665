"""The lexicon validator: structure, pattern syntax and that every example matches."""

from __future__ import annotations

from pathlib import Path

from replylint.analysis import LanguagePipeline
from replylint.lexicon import (
    CATEGORIES,
    OPTIONAL_CATEGORIES,
    LexiconError,
    load_builtin,
    load_lexicon,
    tomllib,
    with_extras,
)


def _is_extra(path: Path) -> bool:
    """A lexicon that leaves out required categories is a team's extra lexicon."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False  # load_lexicon reports it
    return any(c not in data for c in CATEGORIES if c not in OPTIONAL_CATEGORIES)


def check_lexicon_file(path: Path) -> list[str]:
    """Problems as 'file:line: message'; empty when the lexicon is sound. A team's extra
    lexicon (only some categories) is checked merged into the built-in one of its language."""
    extra = _is_extra(path)
    lexicon = load_lexicon(path, extra=extra)
    if extra:
        lexicon = with_extras(load_builtin(lexicon.lang), [lexicon])
    try:
        pipeline = LanguagePipeline(lexicon)
    except LexiconError as exc:
        return [str(exc)]
    problems = []
    for category, entries in lexicon.categories.items():
        for index, entry in enumerate(entries):
            if extra and entry.file is None:
                continue  # a built-in entry: checked with the built-in lexicon
            if (category, index) not in pipeline.entries_matching(entry.example):
                problems.append(
                    f"{path}:{entry.line}: [{category}] pattern {entry.pattern!r} "
                    f"does not match its example {entry.example!r}"
                )
    return problems + pipeline.frame_problems(only_extra=extra)
