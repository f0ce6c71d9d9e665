"""examples/mail/muttrc in a real mutt, driven through tmux: a bad draft is stopped with
the reasons on screen, the `S` macro sends one message as it is, and the next message
is checked again (the old `my_hdr` advice leaked the skip into every later message)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MUTTRC = ROOT / "examples" / "mail" / "muttrc"
MUTT, TMUX = shutil.which("mutt"), shutil.which("tmux")
REPLYLINT = Path(sys.executable).with_name("replylint")

pytestmark = pytest.mark.skipif(
    MUTT is None or TMUX is None,
    reason="needs mutt and tmux (Debian packages; .ci/run installs them)",
)
BODY = "Hej Jens,\n\nSom jeg allerede har skrevet, burde du have læst betingelserne.\n"


class Screen:
    """One mutt in a private tmux server."""

    def __init__(self, tmp: Path, command: str) -> None:
        self.socket = str(tmp / "tmux.sock")
        self._tmux("new-session", "-d", "-x", "110", "-y", "40", command)

    def _tmux(self, *args: str) -> str:
        done = subprocess.run(
            [TMUX, "-S", self.socket, *args], capture_output=True, text=True, timeout=30
        )
        return done.stdout

    def keys(self, *keys: str) -> None:
        self._tmux("send-keys", *keys)

    def text(self) -> str:
        return self._tmux("capture-pane", "-p", "-J")

    def wait_for(self, pattern: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.text()
            if re.search(pattern, screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{pattern!r} never appeared; the screen was:\n{self.text()}")

    def press_until(self, key: str, pattern: str, attempts: int = 3) -> str:
        """Press `key` until `pattern` shows: mutt drops a key typed while it is still
        redrawing after the editor returns (seen on a loaded machine), and the key is
        only pressed again while the screen it leads to has not appeared."""
        for _ in range(attempts - 1):
            self.keys(key)
            try:
                return self.wait_for(pattern, timeout=15)
            except AssertionError:
                continue
        self.keys(key)
        return self.wait_for(pattern)

    def close(self) -> None:
        self._tmux("kill-server")


@pytest.fixture()
def mutt(tmp_path: Path):
    """mutt with the example muttrc, its sendmail pointed at a recording sink."""
    home, sent = tmp_path / "home", tmp_path / "sent"
    home.mkdir()
    sent.mkdir()
    (home / "inbox").write_text("")
    sink = tmp_path / "sink"
    sink.write_text(f'#!/bin/sh\ncat > "$(mktemp -p {sent})"\n')
    sink.chmod(0o755)
    (tmp_path / "body.txt").write_text(BODY, encoding="utf-8")
    # The editor writes the draft body; called on the headers (E), it adds the skip header.
    editor = tmp_path / "editor"
    editor.write_text(
        "#!/bin/sh\n"
        "if grep -q '^Subject:' \"$1\"; then sed -i '1i X-Replylint: skip' \"$1\";\n"
        f'else cp {tmp_path / "body.txt"} "$1"; fi\n'
    )
    editor.chmod(0o755)
    example = MUTTRC.read_text()
    assert "/usr/sbin/sendmail -oi -t" in example
    config = example.replace("replylint sendmail", f"{REPLYLINT} sendmail").replace(
        "/usr/sbin/sendmail -oi -t", str(sink)
    )
    config += (
        f'set editor = "{editor}"\nset record = ""\nset copy = no\nset postpone = no\n'
        f'set spoolfile = "{home / "inbox"}"\nset folder = "{home}"\nset mbox_type = mbox\n'
        'set from = "support@example.com"\nset charset = "utf-8"\nset send_charset = "utf-8"\n'
    )
    (tmp_path / "muttrc").write_text(config)
    command = (
        f"env HOME={home} REPLYLINT_SAVE_DIR={tmp_path / 'unsent'} XDG_CONFIG_HOME={home} "
        f"TERM=xterm LANG=C.UTF-8 {MUTT} -n -F {tmp_path / 'muttrc'}; sleep 60"
    )
    env_before = os.environ.get("REPLYLINT_SKIP")
    os.environ.pop("REPLYLINT_SKIP", None)
    screen = Screen(tmp_path, command)
    screen.wait_for(r"q:Quit")
    yield screen, sent, tmp_path / "unsent"
    screen.close()
    if env_before is not None:
        os.environ["REPLYLINT_SKIP"] = env_before


def _compose(screen: Screen, subject: str) -> None:
    screen.keys("m")
    screen.wait_for(r"To: *$")
    screen.keys("jens@example.dk", "Enter")
    screen.wait_for(r"Subject: *$")
    screen.keys(subject, "Enter")
    screen.wait_for(r"y:Send")


def test_mutt_stops_the_draft_and_shows_why(mutt) -> None:
    screen, sent, unsent = mutt
    _compose(screen, "Re: ordre")
    shown = screen.press_until("y", r"Output of the delivery process")
    assert "replylint: message NOT sent: 2 problem(s) in the draft." in shown
    assert "error [customer-blame] 'Som jeg allerede har skrevet'" in shown
    assert "    Som jeg allerede har skrevet, burde du have læst betingelserne." in shown
    assert "Error sending message, child exited 65" in shown
    assert list(sent.iterdir()) == [] and len(list(unsent.iterdir())) == 1
    screen.keys("q")
    screen.wait_for(r"y:Send")  # back in the compose screen, the draft kept


def test_the_macro_skips_one_message_only(mutt) -> None:
    screen, sent, _ = mutt
    _compose(screen, "Re: ordre")
    screen.keys("S")
    screen.wait_for(r"q:Quit")
    (delivered,) = list(sent.iterdir())
    text = delivered.read_text(encoding="utf-8")
    assert "burde du have læst betingelserne" in text and "X-Replylint" not in text
    _compose(screen, "Re: ordre 2")
    screen.press_until("y", r"Output of the delivery process")
    assert len(list(sent.iterdir())) == 1


def test_the_skip_header_edited_into_this_message(mutt) -> None:
    screen, sent, _ = mutt
    _compose(screen, "Re: ordre")
    screen.keys("E")  # edit this message with its headers; the editor adds the skip header
    screen.wait_for(r"y:Send")
    screen.press_until("y", r"q:Quit")
    (delivered,) = list(sent.iterdir())
    assert "X-Replylint" not in delivered.read_text(encoding="utf-8")
    _compose(screen, "Re: ordre 2")
    screen.press_until("y", r"Output of the delivery process")
    assert len(list(sent.iterdir())) == 1
