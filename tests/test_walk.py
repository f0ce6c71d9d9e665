"""Walking a template tree: formats, include/exclude, gitignore, binaries, symlink loops."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import cli as run

from replylint.walk import walk


def names(root: Path, **options) -> list[str]:
    return [Path(shown).relative_to(root).as_posix() for shown, _ in walk([str(root)], **options)]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    for name in ("a.txt", "b.eml", "c.html", "d.md", "e.txt.j2", "f.jinja", "g.py", "h.png"):
        (tmp_path / name).write_text("Hi Tom,\nYour order has shipped.\n")
    (tmp_path / "marketing").mkdir()
    (tmp_path / "marketing" / "promo.html.j2").write_text("<p>Great news!</p>\n")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\x00\x00binary")
    return tmp_path


def test_walk_finds_every_supported_format_and_skips_binaries(tree: Path) -> None:
    assert names(tree) == [
        "a.txt",
        "b.eml",
        "c.html",
        "d.md",
        "e.txt.j2",
        "f.jinja",
        "marketing/promo.html.j2",
    ]


def test_include_and_exclude_globs(tree: Path) -> None:
    assert names(tree, include=("*.j2",)) == ["e.txt.j2", "marketing/promo.html.j2"]
    assert "marketing/promo.html.j2" not in names(tree, exclude=("marketing/*",))


def test_template_globs_add_formats(tree: Path) -> None:
    (tree / "reply.tmpl").write_text("Hi {{ name }}\n")
    assert "reply.tmpl" in names(tree, template_globs=("*.tmpl",))


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_ignored_files_are_skipped(tree: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tree)], check=True)
    (tree / ".gitignore").write_text("marketing/\n*.md\n")
    assert names(tree) == ["a.txt", "b.eml", "c.html", "e.txt.j2", "f.jinja"]
    assert "d.md" in names(tree, respect_gitignore=False)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loop_does_not_hang(tree: Path) -> None:
    (tree / "marketing" / "loop").symlink_to(tree, target_is_directory=True)
    found = names(tree)
    assert len(found) == len(set(found)) == 7


def test_cli_reads_a_message_on_stdin() -> None:
    message = (
        b"From: a@example.com\nTo: b@example.com\nSubject: Re: order\n\n"
        b"Hi Tom,\nHere is your new label.\n\nOn Mon, 3 Jun 2024 at 10:12, Tom wrote:\n"
        b"> My parcel never arrived!\n"
    )
    result = run("check", "--format", "json", "-", stdin=message)
    assert result.returncode == 1
    assert b'"missing-apology"' in result.stdout


def test_cli_stdin_format_option() -> None:
    html = b"<p>Hi Tom,</p><blockquote>My parcel never arrived!</blockquote>"
    result = run("check", "--stdin-format", "html", "-", stdin=html)
    assert result.returncode == 1 and b"missing-apology" in result.stdout


def test_cli_invalid_template_exits_2_and_checks_the_rest(tmp_path: Path) -> None:
    (tmp_path / "broken.j2").write_text("Hi {{ name }},\n{% if x %}Sorry.\n")
    (tmp_path / "ok.txt").write_text("Hi Ann,\nYour parcel was delayed. We'll get back to you.\n")
    result = run("check", str(tmp_path))
    assert result.returncode == 2
    out = result.stdout.decode()
    assert "broken.j2: error: line 2: invalid Jinja syntax" in out
    assert "ok.txt:2:" in out
