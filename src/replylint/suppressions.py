"""Suppression comments, in each format's own comment syntax.

    {# replylint: disable=customer-blame #}          Jinja2
    <!-- replylint: disable=customer-blame -->       HTML, Markdown (and templates of them)
    replylint: disable=customer-blame                a line of its own in plain text and e-mail

Forms: `disable-next-line=…` (the next line), `disable=…` up to a matching
`enable=…` (or the end of the file), `disable-file=…` (everywhere). Without
`=rules` a form applies to every rule. A suppression naming an unknown rule, and
one that silences nothing, are reported themselves (like ruff's unused-noqa).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from replylint.findings import Finding, Severity


def _body(n: int) -> str:
    return (
        rf"replylint:\s*(?P<kind{n}>disable-next-line|disable-file|disable|enable)\b"
        rf"(?:\s*=\s*(?P<rules{n}>[A-Za-z0-9_,\s-]*?))?\s*"
    )


_IN_COMMENT = re.compile(rf"<!--\s*{_body(1)}-->|\{{#-?\s*{_body(2)}-?#\}}")
_ON_OWN_LINE = re.compile(rf"^[ \t]*{_body(3)}$", re.MULTILINE)
TEXT_FORMATS = ("text", "eml")


def is_marker_line(line: str) -> bool:
    """A plain-text line that is only a suppression marker (not part of the draft)."""
    return bool(_ON_OWN_LINE.fullmatch(line.rstrip("\r\n")))


@dataclass(frozen=True)
class MetaRule:
    """Findings about suppressions themselves; listed beside the real rules in reports."""

    id: str
    severity: Severity
    summary: str
    rationale: str
    example: str = ""  # what `replylint explain` shows instead of per-language drafts
    failure_only: bool = False


INVALID_SUPPRESSION = MetaRule(
    "invalid-suppression",
    Severity.WARNING,
    "A suppression comment names an unknown rule.",
    "A typo in a suppression silently silences nothing; fix the rule id.",
    "  bad:  {# replylint: disable=customer-blam #}   (no such rule)\n"
    "  good: {# replylint: disable=customer-blame #}\n"
    "Known ids: `replylint rules`. Select, ignore or re-severity it like any rule:\n"
    '  severity = { invalid-suppression = "error" }',
)
UNUSED_SUPPRESSION = MetaRule(
    "unused-suppression",
    Severity.WARNING,
    "A suppression comment silences nothing.",
    "Stale suppressions hide future problems; remove the ones that no longer match a finding.",
    "  bad:  replylint: disable-next-line=customer-blame   (the next line blames nobody)\n"
    "  good: the comment removed, or moved to the line it is meant for\n"
    "Only rules that ran are judged: with --select or ignore, a suppression for a rule\n"
    "that was not run is never called unused. Select, ignore or re-severity it like\n"
    'any rule: ignore = ["unused-suppression"]',
)
META_RULES = (INVALID_SUPPRESSION, UNUSED_SUPPRESSION)


@dataclass
class Suppression:
    kind: str
    rules: frozenset[str] | None  # None: every rule
    line: int
    column: int
    end_column: int
    end_line: int | None = None  # for regions: the line of the matching enable
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> bool:
        if self.rules is not None and finding.rule not in self.rules:
            return False
        if self.kind == "disable-file":
            return True
        if self.kind == "disable-next-line":
            return finding.line == self.line + 1
        end = self.end_line if self.end_line is not None else float("inf")
        return self.line < finding.line < end or (
            self.line == finding.line and finding.column > self.end_column
        )


def find_suppressions(original: str, fmt: str) -> list[Suppression]:
    """Every suppression comment in the file, regions closed by their `enable`."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", original)]
    found: list[Suppression] = []
    matches = list(_IN_COMMENT.finditer(original))
    if fmt in TEXT_FORMATS:
        matches += list(_ON_OWN_LINE.finditer(original))
    for match in sorted(matches, key=lambda m: m.start()):
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        kind = next(v for k, v in match.groupdict().items() if k.startswith("kind") and v)
        rules_text = next((v for k, v in groups.items() if k.startswith("rules")), "")
        rules = frozenset(r.strip() for r in rules_text.split(",") if r.strip()) or None
        line = _line(line_starts, match.start())
        column = match.start() - line_starts[line - 1] + 1
        end_column = match.end() - line_starts[_line(line_starts, match.end() - 1) - 1] + 1
        if kind == "enable":
            for open_region in reversed(found):
                if (
                    open_region.kind == "disable"
                    and open_region.end_line is None
                    and (rules is None or open_region.rules is None or rules & open_region.rules)
                ):
                    open_region.end_line = line
                    break
            continue
        found.append(Suppression(kind, rules, line, column, end_column))
    return found


def _line(line_starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(line_starts, offset)


def apply_suppressions(
    findings: list[Finding],
    suppressions: list[Suppression],
    known_rules: set[str],
    judged: set[str] | None = None,
) -> list[Finding]:
    """Findings left after suppressions, plus findings about bad or unused suppressions.

    `judged` are the rules that ran (default: all known): a suppression for a rule
    that did not run cannot be called unused, and one for every rule only when all ran.
    """
    judged = known_rules if judged is None else judged
    kept = []
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding)]
        for suppression in covering:
            suppression.used.add(finding.rule)
        if not covering:
            kept.append(finding)
    for s in suppressions:
        where = (s.line, s.column, s.line, s.end_column)
        unknown = sorted((s.rules or frozenset()) - known_rules)
        for rule in unknown:
            message = f"Suppression names unknown rule '{rule}'."
            kept.append(_meta(INVALID_SUPPRESSION, message, where))
        named = (s.rules or frozenset()) - set(unknown)
        if s.rules is None and not s.used and judged >= known_rules:
            message = f"'replylint: {s.kind}' silences nothing."
            kept.append(_meta(UNUSED_SUPPRESSION, message, where))
        for rule in sorted((named & judged) - s.used):
            kept.append(
                _meta(UNUSED_SUPPRESSION, f"'replylint: {s.kind}={rule}' silences nothing.", where)
            )
    kept.sort(key=lambda f: (f.line, f.column, f.rule))
    return kept


def _meta(rule: MetaRule, message: str, where: tuple[int, int, int, int]) -> Finding:
    return Finding(rule.id, rule.severity, message, "Remove or correct the suppression.", *where)
