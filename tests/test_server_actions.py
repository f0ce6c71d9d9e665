"""Code actions and column conversion, checked against the linter itself: an inserted
suppression comment must silence exactly its finding in every format."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from replylint import lint_text
from replylint.server.actions import Edit, actions_for, quoted_examples
from replylint.server.positions import from_client, split_lines, to_client

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FORMATS = [
    ("en-bad.txt", "text"),
    ("da-reply.eml", "eml"),
    ("zh-reply.html", "html"),
    ("sv-reply.md", "markdown"),
    ("en-delay.txt.j2", "jinja"),
]


def apply(text: str, edits: tuple[Edit, ...]) -> str:
    lines = text.splitlines(keepends=True) + [""]

    def offset(position: tuple[int, int]) -> int:
        return sum(len(line) for line in lines[: position[0]]) + position[1]

    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: offset(edit.start)] + edit.text + text[offset(edit.end) :]
    return text


def render(template: str) -> str:
    return jinja2.Environment(undefined=jinja2.ChainableUndefined).from_string(template).render()


@pytest.mark.parametrize("name,fmt", FORMATS)
@pytest.mark.parametrize("scope", ["line", "file"])
def test_suppression_actions_silence_their_finding_in_every_format(
    name: str, fmt: str, scope: str
) -> None:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    findings = lint_text(text, format=fmt)
    assert findings
    wanted = "for this file" if scope == "file" else "for line"
    for finding in findings:
        action = next(a for a in actions_for(finding, text, fmt) if wanted in a.title)
        changed = apply(text, action.edits)
        after = lint_text(changed, format=fmt)
        same = sum(f.rule == finding.rule for f in findings)
        left = sum(f.rule == finding.rule for f in after)
        assert left == (0 if scope == "file" else same - 1), (finding, after)
        assert not {"unused-suppression", "invalid-suppression"} & {f.rule for f in after}
        others = sorted((f.rule, f.message) for f in findings if f.rule != finding.rule)
        assert others == sorted((f.rule, f.message) for f in after if f.rule != finding.rule)
        if fmt == "jinja":  # the template renders exactly as before
            assert render(changed) == render(text)


def test_a_second_rule_joins_the_comment_on_the_line_above() -> None:
    text = "replylint: disable-next-line=customer-blame\nAs I already told you, great news!\n"
    finding = next(f for f in lint_text(text, lang="en", context="failure"))
    assert finding.rule != "customer-blame"
    action = next(a for a in actions_for(finding, text, "text") if "for line" in a.title)
    assert apply(text, action.edits).splitlines()[0] == (
        f"replylint: disable-next-line=customer-blame,{finding.rule}"
    )


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh", "en"])
def test_the_suggested_apology_satisfies_missing_apology(lang: str) -> None:
    text = (EXAMPLES / f"{lang}-bad.txt").read_text(encoding="utf-8")
    finding = next(f for f in lint_text(text) if f.rule == "missing-apology")
    action = next(a for a in actions_for(finding, text, "text") if a.preferred)
    fixed = apply(text, action.edits)
    assert quoted_examples(finding.suggestion)[0] in fixed
    assert "missing-apology" not in {f.rule for f in lint_text(fixed)}


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh", "en"])
def test_a_vague_time_is_replaced_by_each_concrete_one(lang: str) -> None:
    text = (EXAMPLES / f"{lang}-bad.txt").read_text(encoding="utf-8")
    finding = next(f for f in lint_text(text) if f.rule == "missing-response-time")
    replacements = [a for a in actions_for(finding, text, "text") if a.title.startswith("Replace")]
    assert len(replacements) == len(quoted_examples(finding.suggestion)) >= 1
    for action in replacements:
        fixed = apply(text, action.edits)
        assert "missing-response-time" not in {f.rule for f in lint_text(fixed)}, fixed


def test_an_unused_suppression_can_be_removed() -> None:
    text = "Hi Ann,\n<!-- replylint: disable-next-line=customer-blame -->\nYour order shipped.\n"
    finding = next(f for f in lint_text(text, format="html") if f.rule == "unused-suppression")
    (action,) = actions_for(finding, text, "html")
    assert apply(text, action.edits) == "Hi Ann,\nYour order shipped.\n"


def test_no_file_comment_inside_a_base64_body() -> None:
    message = (
        "From: a@example.com\nTo: b@example.com\nSubject: x\nContent-Type: text/plain\n"
        "Content-Transfer-Encoding: base64\n\nSGk=\n"
    )
    from replylint.findings import Finding, Severity

    finding = Finding("customer-blame", Severity.ERROR, "m", None, 7, 1, 7, 3)
    assert not [a for a in actions_for(finding, message, "eml") if "file" in a.title]


@pytest.mark.parametrize(
    "line,column,utf16,utf8",
    [("abc", 2, 2, 2), ("亲😊好", 1, 1, 3), ("亲😊好", 2, 3, 7), ("😊😊 x", 3, 5, 9)],
)
def test_columns_convert_both_ways(line: str, column: int, utf16: int, utf8: int) -> None:
    assert to_client(line, column, "utf-16") == utf16
    assert to_client(line, column, "utf-8") == utf8
    assert to_client(line, column, "utf-32") == column
    assert from_client(line, utf16, "utf-16") == column
    assert from_client(line, utf8, "utf-8") == column
    # A unit inside a character counts as that character.
    assert from_client("😊x", 1, "utf-16") == 0


def test_lines_break_where_lsp_breaks_them() -> None:
    assert split_lines("a\r\nb\rc\nd\n") == ["a", "b", "c", "d", ""]
