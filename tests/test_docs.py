"""The documentation matches the code: docs/rules.md is generated from the rules'
metadata and current, the README's usage block lists every `check` option once, and
the shell completion it documents works."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.shell_completion import BashComplete

from replylint import rules_doc
from replylint.catalog import rule_catalog
from replylint.cli import check, main
from replylint.lexicon import LANGUAGES, load_builtin
from replylint.rules import RULES_BY_ID

ROOT = Path(__file__).resolve().parent.parent
RULES_PAGE = ROOT / "docs" / "rules.md"


def test_docs_rules_md_is_current() -> None:
    assert rules_doc.main([str(RULES_PAGE), "--check"]) == 0, (
        "docs/rules.md is stale: run `python -m replylint.rules_doc`"
    )


def test_the_page_holds_every_rule_and_every_language_example() -> None:
    page = RULES_PAGE.read_text(encoding="utf-8")
    for rule_id, rule in rule_catalog().items():
        assert f"\n## {rule_id}\n" in page
        assert f"**{rule.severity.value}**" in page and rule.rationale in page
    for lang in LANGUAGES:
        lexicon = load_builtin(lang)
        for rule_id in RULES_BY_ID:
            assert lexicon.rule_text(rule_id, "bad") in page
            assert lexicon.rule_text(rule_id, "good") in page


def test_a_changed_rationale_makes_the_page_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "rules.md"
    assert rules_doc.main([str(page)]) == 0
    assert rules_doc.main([str(page), "--check"]) == 0
    monkeypatch.setattr(type(RULES_BY_ID["customer-blame"]), "rationale", "Changed meaning.")
    assert rules_doc.main([str(page), "--check"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"{page}: stale; run `python -m replylint.rules_doc {page}`"
    )


def test_a_missing_page_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert rules_doc.main([str(tmp_path / "none.md"), "--check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "none.md: cannot read" in err


def _usage_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    usage = readme.split("## Usage", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return usage.split("replylint sendmail", 1)[0]


def test_readme_usage_lists_every_check_option_and_format_once() -> None:
    block = _usage_block()
    listed = re.findall(r"(?<![\w-])--[a-z][a-z-]*", block)
    for param in check.params:
        for name in [*param.opts, *param.secondary_opts]:
            if name.startswith("--") and name != "--help":
                assert name in listed, f"{name} is missing from the README's usage block"
    assert listed.count("--format") == 1


def _completions(args: list[str], incomplete: str) -> list[str]:
    complete = BashComplete(main, {}, "replylint", "_REPLYLINT_COMPLETE")
    return [item.value for item in complete.get_completions(args, incomplete)]


def test_rule_ids_complete_for_explain_select_and_ignore() -> None:
    assert _completions(["explain"], "missing-") == ["missing-apology", "missing-response-time"]
    assert _completions(["check", "--select"], "customer-blame,br") == [
        "customer-blame,breezy-opener"
    ]
    assert "unused-suppression" in _completions(["check", "--ignore"], "")
    assert _completions(["sendmail", "--ignore"], "cust") == ["customer-blame"]


@pytest.mark.skipif(shutil.which("replylint") is None, reason="needs the installed command")
def test_the_documented_bash_completion_script_is_printed_and_answers() -> None:
    env = {**os.environ, "_REPLYLINT_COMPLETE": "bash_source"}
    script = subprocess.run(
        ["replylint"], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert "_replylint_completion()" in script and "complete -o nosort" in script
    env = {
        **os.environ,
        "_REPLYLINT_COMPLETE": "bash_complete",
        "COMP_WORDS": "replylint check --format ",
        "COMP_CWORD": "3",
    }
    answer = subprocess.run(
        ["replylint"], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert "plain,sarif" in answer.splitlines()
