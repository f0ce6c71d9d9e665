"""The Python API: stable names, typed findings, config and messages."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

import replylint
from replylint import Finding, Severity, lint_message, lint_path, lint_text


def test_public_names() -> None:
    for name in (
        "lint_text",
        "lint_path",
        "lint_message",
        "Finding",
        "Severity",
        "SourceError",
        "ConfigError",
        "load_config",
        "__version__",
    ):
        assert hasattr(replylint, name), name


def test_lint_text_returns_typed_findings() -> None:
    [finding] = lint_text("Hi Ann,\nAs I already told you, the form is online.\n", lang="en")
    assert isinstance(finding, Finding) and finding.severity is Severity.ERROR
    assert (finding.rule, finding.line, finding.column) == ("customer-blame", 2, 1)


def test_lint_text_with_a_config(tmp_path: Path) -> None:
    config_file = tmp_path / ".replylint.toml"
    config_file.write_text('severity = { customer-blame = "warning" }\n')
    config = replylint.load_config(config_file)
    [finding] = lint_text("Hi Ann,\nAs I already told you, the form is online.\n", config=config)
    assert finding.severity is Severity.WARNING


def test_lint_message() -> None:
    message = EmailMessage()
    message["From"] = "support@example.com"
    message["To"] = "jens@example.dk"
    message["Subject"] = "Re: ordre"
    message.set_content(
        "Hej Jens,\n\nVi har sendt en ny pakke.\n\n"
        "Den 3. jun. 2024 kl. 10.12 skrev Jens <jens@example.dk>:\n"
        "> Undskyld, men min pakke er stadig ikke kommet!\n"
    )
    [finding] = lint_message(message)
    assert finding.rule == "missing-apology"
    lines = message.as_bytes().decode().splitlines()
    assert lines[finding.line - 1] == "Hej Jens,"


def test_lint_path_reads_any_format(tmp_path: Path) -> None:
    template = tmp_path / "t.html.j2"
    template.write_text("<p>Hi {{ name }},</p><p>Great news! Your parcel was delayed.</p>\n")
    rules = {f.rule for f in lint_path(template)}
    assert rules == {"breezy-opener", "missing-apology"}


def test_unreadable_input_raises_source_error(tmp_path: Path) -> None:
    with pytest.raises(replylint.SourceError):
        lint_path(tmp_path / "missing.txt")
    with pytest.raises(replylint.SourceError, match="invalid Jinja syntax"):
        lint_text("{% if x %}", format="jinja")


def test_an_unsupported_language_is_a_documented_error():
    import pytest

    from replylint import UnsupportedLanguageError, lint_text

    with pytest.raises(UnsupportedLanguageError, match="da, sv, et, zh, en"):
        lint_text("Hallo, wir prüfen das.", lang="de")


def test_lint_path_finds_the_config_as_check_does_and_none_skips_it(tmp_path):
    from replylint import lint_path

    draft = tmp_path / "drafts" / "late.txt"
    draft.parent.mkdir()
    draft.write_text("Hi Ann,\nYour parcel is late. It ships on Friday.\n", encoding="utf-8")
    (tmp_path / ".replylint.toml").write_text('ignore = ["missing-apology"]\n', encoding="utf-8")
    assert "missing-apology" not in {f.rule for f in lint_path(draft)}
    assert "missing-apology" in {f.rule for f in lint_path(str(draft), config=None)}


def test_the_package_is_typed():
    from importlib import resources

    assert resources.files("replylint").joinpath("py.typed").is_file()
