"""Score replylint on a labelled corpus (layout: ../shared/CORPUS.md).

Per file and rule: expected and reported is a true positive, reported only a
false positive, expected only a false negative. Language identification and
failure-context detection are scored against the labels too.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from replylint.lexicon import LANGUAGES
from replylint.rules import ALL_RULES
from replylint.runner import check_one
from replylint.sources import format_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, expected: bool, reported: bool) -> str | None:
        """Count one file's outcome; returns "FP"/"FN" for a mistake."""
        if expected and reported:
            self.tp += 1
        elif reported:
            self.fp += 1
            return "FP"
        elif expected:
            self.fn += 1
            return "FN"
        return None

    def __iadd__(self, other: Counts) -> Counts:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    def row(self) -> str:
        p, r, f = (_fmt(v) for v in (self.precision, self.recall, self.f1))
        return f"{self.tp:4}{self.fp:4}{self.fn:4}  {p} {r} {f}"


@dataclass
class Evaluation:
    counts: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_format: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))
    files: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lang_correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    context_correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # failure labels read as neutral / neutral labels read as failure, per language
    context_missed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    context_invented: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)
    mistakes: list[str] = field(default_factory=list)
    # (lang, frame index) -> [files it held in, of those agreeing with the label]
    frame_hits: dict[tuple[str, int], list[int]] = field(default_factory=dict)


class LabelsError(Exception):
    """A labels.toml that cannot be used; str() is 'file:line: problem'."""


def read_labels(path: Path) -> dict[str, dict]:
    """`file = { lang, context, expect = [rules] }` tables, validated, else LabelsError."""
    from replylint.config import MAX_CONFIG_BYTES, parse_toml
    from replylint.files import UnreadableFile, read_regular_text

    try:
        labels = parse_toml(read_regular_text(path, MAX_CONFIG_BYTES))
    except UnreadableFile as exc:
        raise LabelsError(f"{path}:1: cannot read: {exc}") from None
    except UnicodeDecodeError:
        raise LabelsError(f"{path}:1: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or 1
        raise LabelsError(f"{path}:{line}: invalid TOML: {str(exc).split(' (at')[0]}") from None
    for name, label in labels.items():
        expect = label.get("expect", []) if isinstance(label, dict) else None
        if not isinstance(expect, list) or not all(isinstance(r, str) for r in expect):
            raise LabelsError(
                f"{path}: entry {name!r} must be a table with 'expect' a list of rule ids"
            )
        if any(not isinstance(label.get(k, ""), str) for k in ("lang", "context")):
            raise LabelsError(f"{path}: entry {name!r}: 'lang' and 'context' must be strings")
    return labels


# Which label a frame's category agrees with: (rules expected, context is failure) ->
# bool. Categories that decide nothing alone (times, thanks) always agree.
_AGREES = {
    "blame": lambda expect, failure: "customer-blame" in expect,
    "blame_exception": lambda expect, failure: "customer-blame" not in expect,
    "apology": lambda expect, failure: failure and "missing-apology" not in expect,
    "non_apology": lambda expect, failure: "missing-apology" in expect,
    "failure": lambda expect, failure: failure,
    "failure_exception": lambda expect, failure: not failure,
    "followup": lambda expect, failure: "missing-response-time" in expect,
    "followup_exception": lambda expect, failure: "missing-response-time" not in expect,
    "breezy": lambda expect, failure: "breezy-opener" in expect,
}


# A hit an overlapping exception silences decides nothing, so it is not counted as held.
_SILENCED_BY = {
    "blame": "blame_exception",
    "followup": "followup_exception",
    "failure": "failure_exception",
}


def _count_frames(result: Evaluation, path: Path, lang: str, label: dict) -> None:
    """Which frames hold in this file's draft (and are not silenced by an overlapping
    exception), and whether its label agrees (for `evaluate --frames`: tuning without
    reading the files)."""
    from replylint.analysis import FRAME_ENTRY_BASE, pipeline_for
    from replylint.sources import SourceError, read_path

    try:
        documents = read_path(path)
    except SourceError:
        return
    pipeline = pipeline_for(lang)
    held = set()
    for document in documents:
        analysis = pipeline.analyse(document.draft)
        for category, found in analysis.matches.items():
            silencer = _SILENCED_BY.get(category)
            held.update(
                m.entry - FRAME_ENTRY_BASE
                for m in found
                if m.entry >= FRAME_ENTRY_BASE and not (silencer and analysis.overlaps(m, silencer))
            )
    expect, failure = set(label.get("expect", [])), label.get("context") == "failure"
    for index in held:
        agrees = _AGREES.get(pipeline.frames[index].category, lambda e, f: True)(expect, failure)
        counts = result.frame_hits.setdefault((lang, index), [0, 0])
        counts[0] += 1
        counts[1] += bool(agrees)


def format_frame_hits(ev: Evaluation) -> str:
    """Per frame: the files it held in and how many of them its label agrees with; the
    frames that disagree most first. No file names, so a held-out set stays unread."""
    from replylint.lexicon import load_builtin

    rows = []
    for (lang, index), (held, agree) in ev.frame_hits.items():
        frame = load_builtin(lang).frames[index]
        rows.append((held - agree, -held, lang, frame, held, agree))
    rows.sort(key=lambda r: (-r[0], r[1], r[2], r[3].line))
    lines = [f"{'lang':5}{'line':>6} {'held':>5} {'agree':>6}  frame"]
    for _, _, lang, frame, held, agree in rows:
        lines.append(
            f"{lang:5}{frame.line:6} {held:5} {agree:6}  [{frame.category}] {frame.describe()}"
        )
    return "\n".join(lines) + "\n"


def evaluate_corpus(corpus: Path, frames: bool = False) -> Evaluation:
    result = Evaluation()
    labelled = [
        d for d in sorted(p for p in corpus.iterdir() if p.is_dir()) if (d / "labels.toml").exists()
    ]
    if not labelled:
        raise LabelsError(
            f"{corpus}: no <lang>/labels.toml here; a corpus is CORPUS_DIR/<lang>/<file> "
            "plus CORPUS_DIR/<lang>/labels.toml"
        )
    for lang_dir in labelled:
        labels_file = lang_dir / "labels.toml"
        for name, label in sorted(read_labels(labels_file).items()):
            lang = label.get("lang", lang_dir.name)
            path = lang_dir / name
            checked = check_one(str(path), path)
            result.files[lang] += 1
            if checked.error:
                result.errors.append(f"{path}: {checked.error}")
                continue
            if frames and checked.language in LANGUAGES:
                _count_frames(result, path, checked.language, label)
            result.lang_correct[lang] += checked.language == lang
            result.context_correct[lang] += checked.context == label.get("context")
            said_failure, is_failure = (
                checked.context == "failure",
                label.get("context") == "failure",
            )
            result.context_missed[lang] += is_failure and not said_failure
            result.context_invented[lang] += said_failure and not is_failure
            expected = set(label.get("expect", []))
            reported = {f.rule for f in checked.findings}
            fmt = format_of(name) or "text"
            for rule in ALL_RULES:
                hit = (rule.id in expected, rule.id in reported)
                result.by_format[(rule.id, fmt)].add(*hit)
                mistake = result.counts[(rule.id, lang)].add(*hit)
                if mistake:
                    result.mistakes.append(f"{mistake} {rule.id:22} {path}")
            if checked.language != lang:
                result.mistakes.append(f"LANG {checked.language} != {lang:14} {path}")
    return result


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def format_evaluation(ev: Evaluation, show_mistakes: bool = False) -> str:
    langs = [lang for lang in LANGUAGES if ev.files.get(lang)]
    lines = [f"{'rule':24}{'lang':6}{'TP':>4}{'FP':>4}{'FN':>4}  {'P':>5} {'R':>5} {'F1':>5}"]
    rule_f1: list[float] = []
    cells: list[tuple[float, str, str]] = []
    for rule in ALL_RULES:
        total = Counts()
        for lang in langs:
            counts = ev.counts[(rule.id, lang)]
            total += counts
            lines.append(f"{rule.id:24}{lang:6}{counts.row()}")
            if counts.tp + counts.fn:  # a cell with something to find
                cells.append((counts.f1 or 0.0, rule.id, lang))
        lines.append(f"{rule.id:24}{'all':6}{total.row()}")
        if total.tp + total.fn:
            rule_f1.append(total.f1 or 0.0)
    if rule_f1:
        worst = min(cells)
        lines.append(
            f"macro-F1 {sum(rule_f1) / len(rule_f1):.2f} (mean of the rules' F1 over all "
            f"languages); lowest cell {worst[0]:.2f} ({worst[1]}, {worst[2]})"
        )
    formats = sorted({fmt for _, fmt in ev.by_format})
    if len(formats) > 1:
        lines.append("")
        lines.append(
            f"{'rule':24}{'format':9}{'TP':>4}{'FP':>4}{'FN':>4}  {'P':>5} {'R':>5} {'F1':>5}"
        )
        for rule in ALL_RULES:
            for fmt in formats:
                lines.append(f"{rule.id:24}{fmt:9}{ev.by_format[(rule.id, fmt)].row()}")
    lines.append("")
    lines.append(
        f"{'lang':6}{'files':>6}{'lang-id':>9}{'context':>9}{'failure missed':>16}"
        f"{'failure invented':>18}"
    )
    for lang in langs:
        n = ev.files[lang]
        lines.append(
            f"{lang:6}{n:6}{ev.lang_correct[lang] / n:9.1%}{ev.context_correct[lang] / n:9.1%}"
            f"{ev.context_missed[lang]:16}{ev.context_invented[lang]:18}"
        )
    if ev.errors:
        lines.append("")
        lines.extend(f"could not check: {e}" for e in ev.errors)
    if show_mistakes and ev.mistakes:
        lines.append("")
        lines.extend(ev.mistakes)
    return "\n".join(lines) + "\n"
