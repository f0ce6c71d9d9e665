"""Code actions as plain edits: suppression comments and suggestions that are edits.

Edits are in 0-based lines and code-point columns of the buffer; the protocol
layer converts them to the client's units. Each format gets its own comment
syntax, the one `suppressions.py` reads, so an inserted comment is one that works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from replylint.findings import Finding
from replylint.server.positions import split_lines
from replylint.suppressions import META_RULES, UNUSED_SUPPRESSION

# Opening quotes and the closing quote each pairs with: how lexicon suggestions
# quote their examples ("…", “…”, „…“, «…», 「…」).
_QUOTED = re.compile(r'"([^"\n]+)"|“([^”\n]+)”|„([^“”\n]+)[“”]|«([^»\n]+)»|「([^」\n]+)」')
_VAGUE_IN_MESSAGE = re.compile(r"but '(.+)' is not a time")
_SENTENCE_END = re.compile(r"[.!?…。！？](?:[\"'”’」)\]]*)")
_SUPPRESSION = re.compile(
    r"(?P<open><!--\s*|\{#-?\s*|^[ \t]*)replylint:\s*(?P<kind>disable-next-line|disable-file|"
    r"disable|enable)\b(?:\s*=\s*(?P<rules>[A-Za-z0-9_,\s-]*?))?\s*(?P<close>-->|-?#\}|$)"
)
_HEADER_END = re.compile(r"\r?\n\r?\n")
_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n")
_META_IDS = frozenset(rule.id for rule in META_RULES)


@dataclass(frozen=True)
class Edit:
    """Replace [start, end) with `text`; positions are (line, column), 0-based code points."""

    start: tuple[int, int]
    end: tuple[int, int]
    text: str


@dataclass(frozen=True)
class Action:
    title: str
    edits: tuple[Edit, ...]
    preferred: bool = False
    kind: str = "quickfix"


def _comment(fmt: str, body: str, *, ends_line: bool) -> str:
    """`body` in the format's comment syntax. In Jinja the `-#}` form swallows the
    line break after it, so the template renders exactly as before."""
    if fmt == "jinja":
        return "{# " + body + (" -#}" if ends_line else " #}")
    if fmt in ("html", "markdown"):
        return f"<!-- {body} -->"
    return body


def _line_ending(text: str) -> str:
    match = re.search(r"\r\n|\r|\n", text)
    return match.group(0) if match else "\n"


def line_suppression(finding: Finding, lines: list[str], fmt: str, newline: str) -> Action:
    """`disable-next-line=RULE` for the finding's line: the rule added to such a
    comment on the line above, else a new comment.

    The new comment is a line of its own, except in Jinja, where it goes at the end
    of the line above: a template comment there vanishes from the rendered text,
    so the reply a customer gets is unchanged.
    """
    row = finding.line - 1
    title = f"Disable {finding.rule} for line {finding.line}"
    above = lines[row - 1] if 0 < row <= len(lines) else None
    match = _SUPPRESSION.search(above) if above is not None else None
    if match and match.group("kind") == "disable-next-line" and match.group("rules"):
        rules = [r.strip() for r in match.group("rules").split(",") if r.strip()]
        if finding.rule not in rules:
            start, end = match.span("rules")
            edit = Edit((row - 1, start), (row - 1, end), ",".join([*rules, finding.rule]))
            return Action(title, (edit,))
    body = f"replylint: disable-next-line={finding.rule}"
    if fmt == "jinja" and above is not None:
        at = (row - 1, len(above))
        return Action(title, (Edit(at, at, _comment(fmt, body, ends_line=False)),))
    comment = _comment(fmt, body, ends_line=True) + newline
    if fmt == "jinja":
        return Action(title, (Edit((0, 0), (0, 0), comment),))
    indent = re.match(r"[ \t]*", lines[row]).group(0) if row < len(lines) else ""
    return Action(title, (Edit((row, 0), (row, 0), indent + comment),))


def _file_top(text: str, fmt: str) -> int | None:
    """Offset where a file-wide comment goes: after a message's headers or a
    Markdown front matter block; None when no place would keep the file valid."""
    if fmt == "eml":
        head = _HEADER_END.search(text)
        if head is None:
            return None
        headers = text[: head.start()].lower()
        if re.search(r"^content-transfer-encoding:\s*base64", headers, re.MULTILINE):
            return None  # a line of text inside base64 would corrupt the body
        return head.end()
    if fmt == "markdown" and _FRONT_MATTER.match(text):
        fence = text[:3]
        close = re.compile(rf"^{re.escape(fence)}[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
        end = close.search(text, _FRONT_MATTER.match(text).end())
        return end.end() if end else None
    return 0


def _offset_to_position(text: str, offset: int) -> tuple[int, int]:
    before = split_lines(text[:offset])
    return len(before) - 1, len(before[-1])


def file_suppression(finding: Finding, text: str, fmt: str, newline: str) -> Action | None:
    offset = _file_top(text, fmt)
    if offset is None:
        return None
    comment = _comment(fmt, f"replylint: disable-file={finding.rule}", ends_line=True)
    where = _offset_to_position(text, offset)
    return Action(
        f"Disable {finding.rule} for this file",
        (Edit(where, where, comment + newline),),
    )


def quoted_examples(suggestion: str | None) -> list[str]:
    """The concrete wordings a suggestion quotes, in its own language."""
    if not suggestion:
        return []
    return [next(g for g in m.groups() if g) for m in _QUOTED.finditer(suggestion)]


def _joiner(before: str, inserted: str) -> str:
    """A space between sentences, except after or before Chinese punctuation and text."""
    if not before or before[-1].isspace():
        return ""
    if ord(before[-1]) >= 0x2E80 or ord(inserted[0]) >= 0x2E80:
        return ""
    return " "


def suggestion_actions(finding: Finding, lines: list[str]) -> list[Action]:
    """The suggestion applied, where it is an edit rather than advice.

    - missing-apology: the apology the suggestion quotes, after the sentence that
      acknowledges the problem;
    - missing-response-time: the vague phrase the message names replaced by each
      concrete time the suggestion quotes;
    - unused-suppression: the comment removed, when it names nothing else.
    """
    row = finding.line - 1
    if row >= len(lines):
        return []
    line = lines[row]
    if finding.rule == "missing-apology":
        examples = quoted_examples(finding.suggestion)
        if not examples:
            return []
        apology = examples[0]
        end = _SENTENCE_END.search(line, max(0, finding.end_column - 1))
        at = end.end() if end and finding.end_line == finding.line else len(line)
        text = _joiner(line[:at], apology) + apology
        return [Action(f"Insert “{apology}”", (Edit((row, at), (row, at), text),), True)]
    if finding.rule == "missing-response-time":
        vague = _VAGUE_IN_MESSAGE.search(finding.message)
        if vague is None:
            return []
        phrase = vague.group(1)
        for near in (row, row + 1, row - 1, row + 2):
            if 0 <= near < len(lines):
                column = lines[near].lower().find(phrase.lower())
                if column >= 0:
                    break
        else:
            return []
        span = ((near, column), (near, column + len(phrase)))
        return [
            Action(f"Replace ‘{phrase}’ with ‘{time}’", (Edit(*span, time),), index == 0)
            for index, time in enumerate(quoted_examples(finding.suggestion))
        ]
    if finding.rule == UNUSED_SUPPRESSION.id:
        match = _SUPPRESSION.search(line, finding.column - 1)
        if match is None:
            return []
        named = {r.strip() for r in (match.group("rules") or "").split(",") if r.strip()}
        silent = re.search(r"'replylint: [a-z-]+(?:=([\w-]+))?' silences nothing", finding.message)
        if silent is None or (named and named != {silent.group(1)}):
            return []
        start, end = match.span()
        if not (line[:start] + line[end:]).strip():
            edit = Edit((row, 0), (row + 1, 0), "") if row + 1 < len(lines) else None
            edit = edit or Edit((row, 0), (row, len(line)), "")
        else:
            edit = Edit((row, start), (row, end), "")
        return [Action("Remove the unused suppression", (edit,), True)]
    return []


def actions_for(finding: Finding, text: str, fmt: str) -> list[Action]:
    """Every action for one finding: its suggestion applied, then the suppressions."""
    lines = split_lines(text)
    newline = _line_ending(text)
    actions = suggestion_actions(finding, lines)
    if finding.rule in _META_IDS:
        return actions
    actions.append(line_suppression(finding, lines, fmt, newline))
    whole_file = file_suppression(finding, text, fmt, newline)
    if whole_file is not None:
        actions.append(whole_file)
    return actions
