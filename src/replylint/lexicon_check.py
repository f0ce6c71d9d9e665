"""The lexicon validator: structure, pattern syntax and that every example matches."""

from __future__ import annotations

from pathlib import Path

from replylint.analysis import LanguagePipeline
from replylint.lexicon import LexiconError, load_lexicon


def check_lexicon_file(path: Path) -> list[str]:
    """Problems as 'file:line: message'; empty when the lexicon is sound."""
    lexicon = load_lexicon(path)
    try:
        pipeline = LanguagePipeline(lexicon)
    except LexiconError as exc:
        return [str(exc)]
    problems = []
    for category, entries in lexicon.categories.items():
        for index, entry in enumerate(entries):
            if (category, index) not in pipeline.entries_matching(entry.example):
                problems.append(
                    f"{path}:{entry.line}: [{category}] pattern {entry.pattern!r} "
                    f"does not match its example {entry.example!r}"
                )
    return problems + pipeline.frame_problems()
