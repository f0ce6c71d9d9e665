"""Suppression comments in each format's comment syntax: next line, region, whole file."""

from __future__ import annotations

from pathlib import Path

import pytest

from replylint.runner import RunOptions, check_one

BLAME_EN = "As I already told you, you should have read the terms."
BLAME_DA = "Som jeg allerede har skrevet, burde du have læst betingelserne."


def rules(path: Path, **options) -> list[tuple[str, int]]:
    result = check_one(str(path), path, RunOptions(**options))
    assert result.error is None, result.error
    return [(f.rule, f.line) for f in result.findings]


# (file name, comment template) per format: {} is the directive.
FORMATS = [
    ("reply.txt", "replylint: {}"),
    ("reply.eml", "replylint: {}"),
    ("reply.html", "<!-- replylint: {} -->"),
    ("reply.md", "<!-- replylint: {} -->"),
    ("reply.txt.j2", "{{# replylint: {} #}}"),
]


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    body = "\n".join(lines) + "\n"
    if name.endswith(".eml"):
        body = "From: a@example.com\nTo: b@example.com\nSubject: Re: x\n\n" + body
    if name.endswith(".html"):
        body = (
            "\n".join(f"<p>{line}</p>" if not line.startswith("<!--") else line for line in lines)
            + "\n"
        )
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "comment"), FORMATS)
def test_disable_next_line(tmp_path: Path, name: str, comment: str) -> None:
    directive = comment.format("disable-next-line=customer-blame")
    path = write(tmp_path, name, ["Hi Ann,", directive, BLAME_EN, BLAME_EN])
    found = rules(path)
    assert [r for r, _ in found] == ["customer-blame"] * 2  # only the second sentence (2 phrases)
    blamed_lines = {line for _, line in found}
    assert len(blamed_lines) == 1 and min(blamed_lines) > 1


@pytest.mark.parametrize(("name", "comment"), FORMATS)
def test_region_and_enable(tmp_path: Path, name: str, comment: str) -> None:
    fix = comment
    path = write(
        tmp_path,
        name,
        [
            "Hej Jens,",
            fix.format("disable=customer-blame"),
            BLAME_DA,
            BLAME_DA,
            fix.format("enable=customer-blame"),
            BLAME_DA,
        ],
    )
    found = rules(path)
    assert {r for r, _ in found} == {"customer-blame"}
    assert len({line for _, line in found}) == 1  # only the sentence after `enable`


@pytest.mark.parametrize(("name", "comment"), FORMATS)
def test_disable_file(tmp_path: Path, name: str, comment: str) -> None:
    fix = comment
    path = write(tmp_path, name, [BLAME_EN, "Your parcel was delayed.", fix.format("disable-file")])
    assert rules(path) == []


@pytest.mark.parametrize(("name", "comment"), FORMATS)
def test_unknown_and_unused_suppressions_are_reported(
    tmp_path: Path, name: str, comment: str
) -> None:
    fix = comment
    path = write(
        tmp_path,
        name,
        [
            fix.format("disable-next-line=rude-tone"),
            "Hi Ann, your order has shipped.",
            fix.format("disable=breezy-opener"),
            "Thanks for your order.",
        ],
    )
    found = {r for r, _ in rules(path)}
    assert found == {"invalid-suppression", "unused-suppression"}


def test_no_suppressions_shows_everything(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", ["Hi Ann,", "replylint: disable-file", BLAME_EN])
    assert rules(path) == []
    assert {r for r, _ in rules(path, suppressions=False)} == {"customer-blame"}


def test_marker_line_is_not_linted_as_prose(tmp_path: Path) -> None:
    path = write(
        tmp_path, "reply.txt", ["replylint: disable=customer-blame", "Your order has shipped."]
    )
    assert rules(path) == [("unused-suppression", 1)]


def test_chinese_and_estonian_with_suppressions(tmp_path: Path) -> None:
    zh = write(
        tmp_path,
        "zh.txt.j2",
        ["{# replylint: disable-next-line=customer-blame #}", "我已经说过了，您应该先看清楚条款。"],
    )
    et = write(
        tmp_path,
        "et.md",
        [
            "<!-- replylint: disable-file=customer-blame -->",
            "Nagu ma juba kirjutasin, oleksite pidanud tingimusi lugema.",
        ],
    )
    sv = write(
        tmp_path,
        "sv.html",
        [
            "<!-- replylint: disable=customer-blame -->",
            "Som jag redan har skrivit borde du ha läst villkoren.",
        ],
    )
    assert rules(zh) == [] and rules(et) == [] and rules(sv) == []
