"""Small helpers shared by the tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from replylint import lint_text


def rules_fired(text: str, lang: str, context: str | None = None) -> set[str]:
    return {f.rule for f in lint_text(text, lang=lang, context=context)}


@dataclass
class CliResult:
    returncode: int
    stdout: bytes
    stderr: bytes


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> CliResult:
    """The `replylint` command in this process (spaCy loads once for the whole suite).

    End-to-end tests of the installed command live in test_cli.py; the rest use this.
    """
    from click.testing import CliRunner

    from replylint.cli import main

    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart by default
        runner = CliRunner()
    previous = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        result = runner.invoke(main, list(args), input=stdin, catch_exceptions=False)
    finally:
        os.chdir(previous)
    return CliResult(result.exit_code, result.stdout_bytes, result.stderr_bytes or b"")


def rule_case_tests(rule: str, fires: list[tuple[str, str]], quiet: list[tuple[str, str]]):
    """test_fires / test_quiet for a rule's positive and hard-negative (lang, text) cases.

    Each rule's test module assigns them: `test_fires, test_quiet = rule_case_tests(...)`.
    """
    import pytest

    @pytest.mark.parametrize("lang,text", fires)
    def test_fires(lang: str, text: str) -> None:
        assert rule in rules_fired(text, lang)

    @pytest.mark.parametrize("lang,text", quiet)
    def test_quiet(lang: str, text: str) -> None:
        assert rule not in rules_fired(text, lang)

    return test_fires, test_quiet
