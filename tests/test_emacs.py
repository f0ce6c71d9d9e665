"""examples/mail/mu4e-replylint.el in a real `emacs --batch`: message-mode's own send
path (the one mu4e and notmuch use) with a recording send function instead of SMTP."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOOK = ROOT / "examples" / "mail" / "mu4e-replylint.el"
EMACS = shutil.which("emacs")
REPLYLINT = Path(sys.executable).with_name("replylint")

pytestmark = pytest.mark.skipif(
    EMACS is None, reason="needs `emacs` (Debian's emacs-nox; .ci/run installs it)"
)

# Exactly what message-mode's compose buffer holds when message-send-hook runs.
BAD = (
    "From: Support <support@example.com>\nTo: Jens <jens@example.dk>\nSubject: Re: ordre\n"
    "--text follows this line--\n<#part type=text/plain charset=utf-8>\nHej Jens,\n\n"
    "Som jeg allerede har skrevet, burde du have læst betingelserne.\n<#/part>\n"
)
CLEAN = (
    "From: Support <support@example.com>\nTo: Ann <ann@example.com>\nSubject: Re: order\n"
    "--text follows this line--\nHi Ann,\n\n"
    "We're so sorry your parcel is late. It will arrive by Friday.\n"
)
HARNESS = """
(require 'message)
(setq user-mail-address "support@example.com" user-full-name "Support")
(setq message-send-mail-function
      (lambda () (write-region (point-min) (point-max) (getenv "SENT_FILE") nil 'silent)))
(with-current-buffer (get-buffer-create "*compose*")
  (message-mode)
  (insert-file-contents (getenv "DRAFT_FILE"))
  (condition-case failure
      (progn (message-send) (message "RESULT: sent"))
    (error (message "RESULT: stopped: %s" (error-message-string failure)))))
"""


@dataclass
class Send:
    sent: str | None
    log: str


@pytest.fixture()
def emacs_send(tmp_path: Path):
    """Compose `draft` in message-mode and press send; `answer` is typed at the prompt."""
    harness = tmp_path / "harness.el"
    harness.write_text(HARNESS, encoding="utf-8")
    xdg = tmp_path / "xdg"

    def send(
        draft: str, answer: str = "", program: str = str(REPLYLINT), timeout: int = 30
    ) -> Send:
        (tmp_path / "draft.txt").write_text(draft, encoding="utf-8")
        sent = tmp_path / "sent.eml"
        sent.unlink(missing_ok=True)
        env = {
            **os.environ,
            "DRAFT_FILE": str(tmp_path / "draft.txt"),
            "SENT_FILE": str(sent),
            "XDG_CONFIG_HOME": str(xdg),
            "HOME": str(tmp_path),
        }
        program_el = program.replace("\\", "\\\\").replace('"', '\\"')
        done = subprocess.run(
            [EMACS, "--batch", "-Q", "-l", str(HOOK)]
            + ["--eval", f'(setq replylint-program "{program_el}" replylint-timeout {timeout})']
            + ["-l", str(harness)],
            input=answer.encode(),
            capture_output=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        log = done.stdout.decode() + done.stderr.decode()
        assert "RESULT:" in log, log
        return Send(sent.read_text(encoding="utf-8") if sent.exists() else None, log)

    send.user_config = xdg / "replylint" / "config.toml"
    return send


def test_bad_draft_is_stopped_with_the_reasons(emacs_send) -> None:
    result = emacs_send(BAD, answer="n\n")
    assert result.sent is None
    assert "RESULT: stopped: Not sent: replylint found problems" in result.log
    # The reason, the draft line and the caret, at the compose buffer's line 8.
    assert "draft:8:31: error [customer-blame]" in result.log
    assert "Som jeg allerede har skrevet, burde du have læst betingelserne." in result.log
    assert "^^^^" in result.log and "Send anyway? (y or n)" in result.log


def test_one_keystroke_sends_it_anyway(emacs_send) -> None:
    result = emacs_send(BAD, answer="y\n")
    assert "RESULT: sent" in result.log
    assert result.sent is not None and "burde du have l" in result.sent


def test_clean_draft_is_sent_without_a_question(emacs_send) -> None:
    result = emacs_send(CLEAN)
    assert "RESULT: sent" in result.log and "Send anyway" not in result.log
    assert result.sent is not None and "It will arrive by Friday." in result.sent


def test_replylint_failures_never_hold_the_mail_back(emacs_send) -> None:
    missing = emacs_send(BAD, program="/nonexistent/replylint")
    assert "RESULT: sent" in missing.log and missing.sent is not None
    assert "replylint could not check this message (/nonexistent/replylint: command not found" in (
        missing.log
    )
    hanging = emacs_send.user_config.parent.parent / "hanging-replylint"
    hanging.parent.mkdir(parents=True)
    hanging.write_text("#!/bin/sh\nsleep 60\n")
    hanging.chmod(0o755)
    slow = emacs_send(BAD, program=str(hanging), timeout=1)
    assert "RESULT: sent" in slow.log and "no answer within 1 seconds" in slow.log
    emacs_send.user_config.parent.mkdir()
    emacs_send.user_config.write_text("fail-on = [\n")
    broken = emacs_send(BAD)
    assert "RESULT: sent" in broken.log and broken.sent is not None
    assert f"could not check this message (replylint: error: {emacs_send.user_config}:1:" in (
        broken.log
    )


def test_the_user_config_is_the_one_sendmail_reads(emacs_send) -> None:
    emacs_send.user_config.parent.mkdir(parents=True)
    emacs_send.user_config.write_text('severity = { customer-blame = "off" }\n')
    result = emacs_send(BAD)
    assert "RESULT: sent" in result.log and "Send anyway" not in result.log
