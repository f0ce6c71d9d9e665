"""The pre-send hook with a fake sendmail: delivery is byte-identical, refusals keep
the message, overrides work, and neither our failures nor sendmail's lose mail."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import cli
from test_cli import run

from replylint.sendmail import HookOptions, run_hook

CLEAN = (
    b"From: Support <support@example.com>\r\nTo: Ann <ann@example.com>\r\n"
    b"Subject: Re: order\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    b"Hi Ann,\r\n\r\nWe're so sorry your parcel is late. It will arrive by Friday.\r\n\r\n"
    b"On Mon, 3 Jun 2024 at 10:12, Ann <ann@example.com> wrote:\r\n> Where is my parcel?!\r\n"
)
BAD = (
    "From: Support <support@example.com>\nTo: Jens <jens@example.dk>\nSubject: Re: ordre\n"
    "X-Mailer: mutt\n\nHej Jens,\n\nSom jeg allerede har skrevet, burde du have læst "
    "betingelserne.\n"
).encode()


@pytest.fixture()
def fake(tmp_path: Path, monkeypatch, capsys):
    """Run the hook in-process against a fake sendmail that records what it receives."""
    script = tmp_path / "fake_sendmail.py"
    script.write_text(
        "import os, sys\n"
        "data = sys.stdin.buffer.read()\n"
        "open(os.environ['FAKE_OUT'], 'wb').write(data)\n"
        "sys.exit(int(os.environ.get('FAKE_RC', '0')))\n"
    )
    out = tmp_path / "delivered.eml"
    saved = tmp_path / "unsent"
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REPLYLINT_SKIP", raising=False)
    monkeypatch.setenv("FAKE_OUT", str(out))
    monkeypatch.setenv("REPLYLINT_SAVE_DIR", str(saved))

    def send(
        message: bytes,
        rc: int = 0,
        env: dict | None = None,
        command: list[str] | None = None,
        **options,
    ):
        monkeypatch.setenv("FAKE_RC", str(rc))
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        if out.exists():
            out.unlink()
        hook = HookOptions(command=command or [sys.executable, str(script), "-oi", "-t"], **options)
        code = run_hook(message, hook)
        err = capsys.readouterr().err
        delivered = out.read_bytes() if out.exists() else None
        kept = sorted(saved.glob("*.eml")) if saved.exists() else []
        return Outcome(code, err), delivered, kept

    return send


@pytest.fixture()
def user_config(tmp_path: Path, monkeypatch) -> Path:
    """Where the user-level config goes, in a private $XDG_CONFIG_HOME."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    path = tmp_path / "xdg" / "replylint" / "config.toml"
    path.parent.mkdir(parents=True)
    return path


@dataclass
class Outcome:
    returncode: int
    err: str


def test_clean_message_is_delivered_byte_for_byte(fake) -> None:
    result, delivered, kept = fake(CLEAN)
    assert result.returncode == 0, result.err
    assert delivered == CLEAN and kept == []


def test_sendmail_status_is_passed_through_and_a_copy_kept(fake) -> None:
    result, delivered, kept = fake(CLEAN, rc=75)
    assert result.returncode == 75 and delivered == CLEAN
    assert len(kept) == 1 and kept[0].read_bytes() == CLEAN


def test_message_with_findings_is_refused_and_saved(fake) -> None:
    result, delivered, kept = fake(BAD)
    assert result.returncode == 65 and delivered is None
    err = result.err
    assert "NOT sent" in err and "customer-blame" in err and "X-Replylint: skip" in err
    assert len(kept) == 1 and kept[0].read_bytes() == BAD and str(kept[0]) in err


def test_fail_on_error_lets_warnings_through(fake) -> None:
    warning_only = CLEAN.replace(b"It will arrive by Friday.", b"We'll get back to you soon.")
    result, delivered, _ = fake(warning_only, fail_on="error")
    assert result.returncode == 0 and delivered == warning_only


def test_skip_header_is_removed_and_message_sent(fake) -> None:
    with_header = BAD.replace(b"X-Mailer: mutt\n", b"X-Mailer: mutt\nX-Replylint: skip\n")
    result, delivered, kept = fake(with_header)
    assert result.returncode == 0 and delivered == BAD and kept == []


def test_skip_environment_variable(fake) -> None:
    result, delivered, _ = fake(BAD, env={"REPLYLINT_SKIP": "1"})
    assert result.returncode == 0 and delivered == BAD


def test_broken_config_sends_by_default_and_refuses_on_request(fake, user_config) -> None:
    user_config.write_text('fail-on = "warning"\nthis is = not [valid toml\n')
    result, delivered, _ = fake(BAD)
    assert result.returncode == 0 and delivered == BAD
    assert f"could not check the message (broken config: {user_config}:2:" in result.err
    assert "sending it unchecked" in result.err
    result, delivered, kept = fake(BAD, on_error="refuse")
    assert result.returncode == 75 and delivered is None
    assert f"broken config: {user_config}:2:" in result.err and "not sent" in result.err
    assert len(kept) == 1 and kept[0].read_bytes() == BAD


def test_message_over_the_size_limit_is_not_lost(fake) -> None:
    huge = BAD + b"x" * (6 * 1024 * 1024)
    result, delivered, _ = fake(huge)
    assert result.returncode == 0 and delivered == huge


def test_missing_sendmail_keeps_the_message(fake) -> None:
    result, delivered, kept = fake(CLEAN, command=["/nonexistent/sendmail", "-t"])
    assert result.returncode == 69 and delivered is None
    assert len(kept) == 1 and kept[0].read_bytes() == CLEAN


def test_empty_input_is_passed_on(fake) -> None:
    result, delivered, _ = fake(b"")
    assert result.returncode == 0 and delivered == b""


def test_usage_without_command_is_an_error() -> None:
    result = run("sendmail", stdin=CLEAN)
    assert result.returncode == 2


def test_installed_command_end_to_end(tmp_path: Path) -> None:
    """The real `replylint sendmail -- …` as a mail client runs it."""
    sink = tmp_path / "sink.eml"
    script = tmp_path / "sink.py"
    script.write_text(f"import sys; open({str(sink)!r}, 'wb').write(sys.stdin.buffer.read())\n")
    env = {**os.environ, "REPLYLINT_SAVE_DIR": str(tmp_path / "unsent")}
    env.pop("REPLYLINT_SKIP", None)
    exe = Path(sys.executable).with_name("replylint")
    command = [str(exe), "sendmail", "--fail-on", "error", "--", sys.executable, str(script)]
    clean = subprocess.run(command, input=CLEAN, capture_output=True, env=env, cwd=tmp_path)
    assert clean.returncode == 0 and sink.read_bytes() == CLEAN
    sink.unlink()
    bad = subprocess.run(command, input=BAD, capture_output=True, env=env, cwd=tmp_path)
    assert bad.returncode == 65 and not sink.exists()
    assert b"customer-blame" in bad.stderr


def test_hook_honours_config_severity_and_suppressions(fake, user_config) -> None:
    """The hook applies the config and suppression comments as `replylint check` does."""
    user_config.write_text('severity = { customer-blame = "off" }\n')
    result, delivered, _ = fake(BAD)
    assert result.returncode == 0 and delivered == BAD
    user_config.unlink()
    suppressed = BAD.replace(b"Hej Jens,\n", b"Hej Jens,\nreplylint: disable-file=customer-blame\n")
    result, delivered, _ = fake(suppressed)
    assert result.returncode == 0 and delivered == suppressed


WARNING_ONLY = CLEAN.replace(b"It will arrive by Friday.", b"We'll get back to you soon.")


def test_user_config_fail_on_applies_to_the_hook_and_to_check(fake, user_config) -> None:
    """One user-level file, the same verdict from `sendmail` and from `check -`."""
    assert fake(WARNING_ONLY)[0].returncode == 65
    assert cli("check", "--stdin-format", "eml", "-", stdin=WARNING_ONLY).returncode == 1
    user_config.write_text('fail-on = "error"\n')
    result, delivered, _ = fake(WARNING_ONLY)
    assert result.returncode == 0 and delivered == WARNING_ONLY
    assert cli("check", "--stdin-format", "eml", "-", stdin=WARNING_ONLY).returncode == 0


def test_the_working_directory_does_not_configure_the_hook(fake, tmp_path: Path) -> None:
    """A mail client started in some project must not change what the hook lets out."""
    (tmp_path / ".replylint.toml").write_text('fail-on = "never"\n')
    result, delivered, kept = fake(BAD)
    assert result.returncode == 65 and delivered is None and len(kept) == 1
    (tmp_path / ".replylint.toml").write_text("not [ toml\n")
    result, delivered, _ = fake(BAD)
    assert result.returncode == 65 and "could not check" not in result.err


def test_config_option_names_the_file(fake, user_config, tmp_path: Path) -> None:
    user_config.write_text('fail-on = "never"\n')
    assert fake(BAD)[0].returncode == 0
    strict = tmp_path / "strict.toml"
    strict.write_text('fail-on = "error"\n')
    result, delivered, _ = fake(BAD, config_file=strict)
    assert result.returncode == 65 and delivered is None
    result, delivered, _ = fake(BAD, no_config=True)
    assert result.returncode == 65
    missing = tmp_path / "missing.toml"
    result, delivered, _ = fake(BAD, config_file=missing, on_error="refuse")
    assert result.returncode == 75 and f"broken config: {missing}:1: cannot read" in result.err


def test_check_prefers_the_project_config_over_the_user_config(user_config, tmp_path) -> None:
    user_config.write_text('fail-on = "never"\n')
    project = tmp_path / "repo"
    project.mkdir()
    (project / "bad.eml").write_bytes(BAD)
    assert cli("check", str(project / "bad.eml")).returncode == 0
    (project / ".replylint.toml").write_text('fail-on = "error"\n')
    assert cli("check", str(project / "bad.eml")).returncode == 1
    assert cli("check", "--no-config", str(project / "bad.eml")).returncode == 1
    user_config.write_text("fail-on = [\n")
    broken = cli("check", str(tmp_path / "elsewhere.txt"))
    assert broken.returncode == 2 and f"{user_config}:1: invalid TOML".encode() in broken.stderr
