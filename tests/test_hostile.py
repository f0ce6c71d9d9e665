"""Hostile input, round two (issue 16): no run lost to one file, no hang, no unbounded
memory, no truncated mail. Every case runs under a time cap, and the readers and
reporters also under a memory cap (`resource.setrlimit`). Growth is shown with small
inputs and a growth ratio (4x the input) rather than with one huge file."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import cli

from replylint.runner import check_one

EXE = str(Path(sys.executable).with_name("replylint"))
POSIX = hasattr(os, "mkfifo") and hasattr(signal, "SIGALRM")
posix_only = pytest.mark.skipif(not POSIX, reason="needs POSIX FIFOs and signals")
CLEAN = "Hi Ann,\nYour order has shipped.\n"
BLAME = "Hi Ann,\nAs I already told you, read the FAQ.\n"


class TimeCap(Exception):
    pass


@contextlib.contextmanager
def time_cap(seconds: float) -> Iterator[None]:
    """Fail the test (instead of hanging the suite) when the block runs longer."""

    def expired(signum, frame):
        raise TimeCap(f"over the {seconds}s time cap")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _address_space() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


@contextlib.contextmanager
def memory_cap(extra_mb: int) -> Iterator[None]:
    """At most `extra_mb` more address space for this process while the block runs."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _address_space() + extra_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


capped = pytest.mark.skipif(
    not (POSIX and Path("/proc/self/statm").exists()), reason="needs setrlimit and /proc"
)


def run(args: list[str], timeout: float = 60, memory_mb: int | None = None, **kw):
    """The installed `replylint` in a child process with a time (and memory) cap."""

    def limit() -> None:
        if memory_mb:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024,) * 2)

    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([EXE, *args], timeout=timeout, preexec_fn=limit, check=False, **kw)


GROWTH = 4  # input grows 4x: linear work grows about 4x, quadratic 16x
LINEAR = 8.0  # the bound a linear reader stays under, with room for a noisy machine


def growth_ratio(work: Callable[[int], object], size: int) -> float:
    """How much longer `work(4n)` takes than `work(n)`: about 4 when linear, 16 when
    quadratic. This process's CPU time, best of two, garbage collection off, after a
    warm-up at full size: a busy machine does not make a linear reader look quadratic."""
    import gc

    def timed(n: int) -> float:
        best = float("inf")
        for _ in range(2):
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()  # CPU time: other processes do not count
                work(n)
                best = min(best, time.process_time() - start)
            finally:
                gc.enable()
        return best

    timed(size)  # warm up: imports, caches
    return timed(size * GROWTH) / max(timed(size), 5e-3)  # below 5 ms is all noise


def by_path(stdout: bytes) -> dict[str, dict]:
    return {f["path"]: f for f in json.loads(stdout)["files"]}


# ---- 1, 8, 20: the directory walk ---------------------------------------------------------


def test_self_referencing_symlink_does_not_lose_the_run(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "ok.txt").write_text(BLAME)
    result = cli("check", "--format", "json", ".", cwd=tmp_path)
    files = by_path(result.stdout)
    assert files["ok.txt"]["findings"]
    assert "symbolic links" in files["loop.txt"]["error"]
    assert result.returncode == 2


@posix_only
def test_fifo_in_a_walk_named_or_as_config_never_blocks(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(BLAME)
    with time_cap(20):
        walked = cli("check", "--format", "json", ".", cwd=tmp_path)
        named = cli("check", "--format", "json", "pipe.txt", "ok.txt", cwd=tmp_path)
        os.mkfifo(tmp_path / "conf.toml")
        config = cli("check", "--config", "conf.toml", "ok.txt", cwd=tmp_path)
    assert list(by_path(walked.stdout)) == ["ok.txt"]  # a walk passes FIFOs over
    assert "named pipe" in by_path(named.stdout)["pipe.txt"]["error"]
    assert named.returncode == 2
    assert config.returncode == 2 and b"conf.toml" in config.stderr
    assert b"named pipe" in config.stderr


@posix_only
def test_fifo_swapped_in_after_the_walk_is_refused(tmp_path: Path) -> None:
    """The file is checked on the opened descriptor, not on its name."""
    target = tmp_path / "late.txt"
    os.mkfifo(target)
    with time_cap(10):
        result = check_one("late.txt", target)
    assert "named pipe" in result.error


@posix_only
def test_dev_zero_named_linked_or_on_stdin_is_bounded(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with open("/dev/zero", "rb") as zero:
        stdin = run(["check", "--format", "json", "-"], timeout=30, memory_mb=1500, stdin=zero)
    named = run(
        ["check", "--format", "json", "/dev/zero", "zero.txt"], cwd=tmp_path, memory_mb=1500
    )
    assert "over the 5242880-byte limit" in by_path(stdin.stdout)["-"]["error"]
    files = by_path(named.stdout)
    assert "a device" in files["/dev/zero"]["error"] and "a device" in files["zero.txt"]["error"]
    assert stdin.returncode == named.returncode == 2


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can list any directory"
)
def test_unreadable_directory_is_an_error_not_a_silent_skip(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(CLEAN)
    (tmp_path / "ok.txt").write_text(CLEAN)
    locked.chmod(0)
    try:
        result = cli("check", "--format", "json", ".", cwd=tmp_path)
    finally:
        locked.chmod(stat.S_IRWXU)
    files = by_path(result.stdout)
    assert "ermission denied" in files["locked"]["error"] and result.returncode == 2


def test_unreadable_directory_is_reported_even_as_root(tmp_path: Path, monkeypatch) -> None:
    """The walk turns a listing failure into that input's error (root or not)."""
    from replylint import walk as walk_module

    (tmp_path / "sub").mkdir()
    (tmp_path / "ok.txt").write_text(CLEAN)
    real_walk = os.walk

    def failing_walk(top, onerror=None, followlinks=False):
        for entry in real_walk(top, onerror=onerror, followlinks=followlinks):
            if entry[0].endswith("sub"):
                onerror(PermissionError(13, "Permission denied", entry[0]))
                entry[1][:] = []
                continue
            yield entry

    monkeypatch.setattr(walk_module.os, "walk", failing_walk)
    found = [shown for shown, _ in walk_module.walk([str(tmp_path)])]
    assert any(shown.endswith("sub") for shown in found)


def test_symlinks_out_of_the_walked_tree_are_not_followed(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text(BLAME)
    (tree / "root").symlink_to("/")
    (tree / "leak.txt").symlink_to(secret)
    (tree / "inside.txt").write_text(CLEAN)
    (tree / "alias.txt").symlink_to(tree / "inside.txt")
    with time_cap(30):
        result = cli("check", "--format", "json", "tree", cwd=tmp_path)
    assert list(by_path(result.stdout)) == ["tree/alias.txt"]  # inside.txt is the same file
    # named on the command line, a link is read: the user asked for it
    assert by_path(cli("check", "--format", "json", "tree/leak.txt", cwd=tmp_path).stdout)


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 names")
@pytest.mark.parametrize("fmt", ["sarif", "json", "text", "junit", "github", "rdjsonl", "html"])
def test_non_utf8_name_on_the_command_line(tmp_path: Path, fmt: str) -> None:
    name = b"r\xe9ply.txt"
    with open(os.fsencode(str(tmp_path)) + b"/" + name, "wb") as out:
        out.write(BLAME.encode())
    result = subprocess.run(
        [EXE, "check", "--format", fmt, os.fsdecode(name)],
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    result.stdout.decode("utf-8")  # valid UTF-8
    assert "r\ufffdply" in result.stdout.decode() or "r%EF%BF%BDply" in result.stdout.decode()


# ---- 4, 17, 20: configs, labels and front matter ------------------------------------------


def test_deeply_nested_toml_config_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / ".replylint.toml").write_text("x = " + "[" * 600 + "]" * 600 + "\n")
    (tmp_path / "a.txt").write_text(CLEAN)
    result = cli("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and b"nested too deeply" in result.stderr


def test_config_with_a_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / ".replylint.toml").write_bytes(b'\xef\xbb\xbffail-on = "never"\n')
    (tmp_path / "a.txt").write_text(BLAME)
    assert cli("check", "a.txt", cwd=tmp_path).returncode == 0


def test_broken_labels_toml_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    for labels in ("[a.txt\n", 'x = "not a table"\n', '["a.txt"]\nexpect = 3\n'):
        (tmp_path / "en" / "labels.toml").write_text(labels)
        result = cli("evaluate", str(tmp_path))
        assert result.returncode == 2 and b"labels.toml" in result.stderr
        assert result.stderr.decode().count("\n") == 1 and b"Traceback" not in result.stderr


@pytest.mark.parametrize("lang", ["de", "../../somewhere/x", "EN/../../x"])
def test_front_matter_lang_is_never_a_file_name(tmp_path: Path, lang: str) -> None:
    evil = tmp_path / "somewhere"
    evil.mkdir()
    (evil / "x.toml").write_text('[meta]\nlang = "en"\n')  # would fail loudly if loaded
    draft = tmp_path / "a" / "b" / "reply.md"
    draft.parent.mkdir(parents=True)
    draft.write_text(f"---\nlang: {lang}\n---\n{BLAME}")
    result = cli("check", "--format", "json", str(draft), cwd=tmp_path)
    [entry] = json.loads(result.stdout)["files"]
    assert entry["error"] is None and entry["language"] == "en" and entry["findings"]
    assert any("not a supported language" in n for n in entry["notices"])


# ---- 2, 10, 12: charsets ------------------------------------------------------------------


def _message(body: bytes, charset: str, encoding: str = "base64") -> bytes:
    return (
        b"From: a@example.com\nTo: b@example.com\nSubject: x\nMIME-Version: 1.0\n"
        + f"Content-Type: text/plain; charset={charset}\n".encode()
        + f"Content-Transfer-Encoding: {encoding}\n\n".encode()
        + body
    )


@pytest.mark.parametrize("charset", ["rot13", "zlib_codec", "bz2_codec", "base64_codec", "hex"])
def test_byte_and_str_transforms_are_not_charsets(tmp_path: Path, charset: str) -> None:
    import base64
    import codecs

    try:
        encoded = codecs.encode(BLAME.encode(), charset)
    except TypeError:
        encoded = codecs.encode(BLAME, charset).encode()
    (tmp_path / "bad.eml").write_bytes(_message(base64.encodebytes(encoded), charset))
    (tmp_path / "ok.txt").write_text(BLAME)
    result = cli("check", "--format", "json", ".", cwd=tmp_path)
    files = by_path(result.stdout)
    assert files["ok.txt"]["findings"]
    assert any("unknown charset" in n for n in files["bad.eml"]["notices"])


@capped
def test_compression_bomb_charset_stays_small(tmp_path: Path) -> None:
    import base64
    import bz2

    bomb = base64.encodebytes(bz2.compress(b"a" * 50_000_000))  # about 50 bytes per MB
    (tmp_path / "bomb.eml").write_bytes(_message(bomb, "bz2_codec"))
    with time_cap(30), memory_cap(400):
        result = check_one(str(tmp_path / "bomb.eml"), tmp_path / "bomb.eml")
    assert result.error is None or "charset" in result.error
    assert "MemoryError" not in (result.error or "")


def test_utf7_decoding_is_linear() -> None:
    from replylint.sources.email_message import read_message

    def work(n: int) -> None:
        body = ("Hi Ann, " + "\u00e6\u00f8\u00e5" * n + "\n").encode("utf-7")
        read_message(_message(body, "utf-7", "8bit"))

    with time_cap(60):
        ratio = growth_ratio(work, 20_000)
    assert ratio < LINEAR, ratio


# ---- 3, 20: worker processes --------------------------------------------------------------

fork_only = pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(),
    reason="workers inherit the patched checker only when forked",
)


@fork_only
def test_a_killed_worker_costs_only_its_own_file(tmp_path: Path, monkeypatch) -> None:
    from replylint import runner

    for i in range(12):
        (tmp_path / f"f{i:02}.txt").write_text(BLAME)
    real_check_one = runner.check_one

    def check_or_die(shown, path, options=None):
        if shown.endswith("f05.txt"):
            os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer does
        return real_check_one(shown, path, options)

    monkeypatch.setattr(runner, "check_one", check_or_die)
    monkeypatch.setattr(runner, "max_jobs", lambda: 3)
    with time_cap(120):
        results = runner.check_paths([str(tmp_path)], jobs=3)
    assert [Path(r.path).name for r in results] == [f"f{i:02}.txt" for i in range(12)]
    [dead] = [r for r in results if r.error]
    assert dead.path.endswith("f05.txt") and "worker process" in dead.error
    assert all(r.findings for r in results if r is not dead)


@fork_only
def test_a_worker_killed_from_outside_is_retried(tmp_path: Path, monkeypatch) -> None:
    """SIGKILL from outside (not the file's fault): its file is checked again, alone."""
    from replylint import runner

    for i in range(6):
        (tmp_path / f"f{i}.txt").write_text(BLAME)
    marker = tmp_path / "killed-once"
    real_check_one = runner.check_one

    def killed_once(shown, path, options=None):
        if shown.endswith("f2.txt") and not marker.exists():
            marker.write_text("")
            os.kill(os.getpid(), signal.SIGKILL)
        return real_check_one(shown, path, options)

    monkeypatch.setattr(runner, "check_one", killed_once)
    with time_cap(120):
        results = runner.check_paths([str(tmp_path)], jobs=2)
    assert len(results) == 6 and all(r.findings and not r.error for r in results)


def test_jobs_is_capped_at_the_number_of_cores(tmp_path: Path, monkeypatch) -> None:
    from replylint import runner

    for i in range(4):
        (tmp_path / f"f{i}.txt").write_text(CLEAN)
    asked: list[int] = []
    real_round = runner._pool_round

    def recording_round(batch, workers, *rest):
        asked.append(workers)
        return real_round(batch, workers, *rest)

    monkeypatch.setattr(runner, "_pool_round", recording_round)
    monkeypatch.setattr(runner, "max_jobs", lambda: 2)
    with time_cap(120):
        results = runner.check_paths([str(tmp_path)], jobs=100_000)
    assert len(results) == 4 and asked == [2]


# ---- 5, 7: report templates and the output stream -----------------------------------------


@pytest.mark.parametrize(
    ("template", "needle"),
    [
        ("{{ 1/0 }}", "ZeroDivisionError"),
        ("{{ 2.0**100000 }}", "OverflowError"),
        ("{{ 7**100000000 }}", "too large"),
        ("{{ 'a'*10**12 }}", "too large"),
        ("{{ [1]*10**10 }}", "too large"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "recursi"),
        ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}", "s;"),
        ("{{ x.y.z }}", "undefined"),
    ],
)
def test_report_template_failures_are_one_line_errors(
    tmp_path: Path, template: str, needle: str, monkeypatch
) -> None:
    from replylint.reporters import user_template

    monkeypatch.setattr(user_template, "TIME_LIMIT_SECONDS", 2.0)
    monkeypatch.setattr(
        user_template.render_user_template, "__defaults__", (user_template.TIME_LIMIT_SECONDS,)
    )
    (tmp_path / "t.j2").write_text(template)
    (tmp_path / "a.txt").write_text(CLEAN)
    with time_cap(30):
        result = cli("check", "--format", "template", "--template", "t.j2", "a.txt", cwd=tmp_path)
    message = result.stderr.decode()
    assert result.returncode == 2 and message.count("\n") == 1 and "t.j2" in message, message
    assert needle in message


@posix_only
def test_stdout_full_closed_or_broken_is_not_the_findings_code(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BLAME)
    with open("/dev/full", "wb") as full:
        on_full = run(["check", "a.txt"], cwd=tmp_path, stdout=full)
    assert on_full.returncode == 2, on_full.stderr
    assert on_full.stderr.count(b"\n") == 1 and b"No space left" in on_full.stderr
    closed = subprocess.run(
        f"{EXE} check a.txt >&-", shell=True, cwd=tmp_path, capture_output=True, timeout=60
    )
    assert (
        closed.returncode == 2 and b"closed" in closed.stderr and b"Traceback" not in closed.stderr
    )
    for name in range(300):
        (tmp_path / f"b{name}.txt").write_text(BLAME)
    child = subprocess.Popen(
        [EXE, "check", "--jobs", "1", "."],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()
    _, err = child.communicate(timeout=120)
    assert child.returncode == 2 and b"Traceback" not in err, err


def test_a_bug_in_replylint_exits_3_with_one_line(tmp_path: Path, monkeypatch) -> None:
    from replylint.reporters import text

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(text.TextReport, "add", broken)
    (tmp_path / "a.txt").write_text(BLAME)
    result = cli("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 3 and result.stderr.count(b"\n") == 1
    assert b"internal error (KeyError" in result.stderr


# ---- 18, 19, 12: what reports show --------------------------------------------------------

HOSTILE_LINE = "As I already told you \x1b]0;owned\x07 read the FAQ \u202etxt.exe\x1b[31m."


def test_text_output_shows_no_escape_bidi_or_workflow_command(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Hi Ann,\n{HOSTILE_LINE}\n::error file=x::{BLAME}")
    (tmp_path / "::warning::x.txt").write_text(BLAME)
    result = cli("check", "--no-color", ".", cwd=tmp_path)
    out = result.stdout.decode()
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert not any(line.lstrip().startswith("::") for line in out.splitlines()), out
    assert "\u241b]0;owned\u2407" in out  # shown as control pictures, one per character


def test_underline_stays_under_the_finding_with_controls_before_it() -> None:
    from replylint.reporters.text import render_text
    from replylint.runner import lint_with_settings
    from replylint.sources import read_bytes

    text = "Hi Ann,\n\x1b[1m\u202e As I already told you, read the FAQ.\n"
    result = lint_with_settings(read_bytes(text.encode(), "a.txt"), "a.txt", "text", _options())
    lines = render_text([result]).splitlines()
    source, underline = lines[1], lines[2]
    assert source[underline.index("^") :].startswith("As I already told you")


def _options():
    from replylint.runner import RunOptions

    return RunOptions()


def test_hook_stderr_shows_no_terminal_escapes(tmp_path: Path) -> None:
    message = f"From: a@x.com\nTo: b@x.com\nSubject: x\n\nHi Ann,\n{HOSTILE_LINE}\n".encode()
    result = run(
        ["sendmail", "--save-dir", str(tmp_path), "--", sys.executable, "-c", "pass"],
        input=message,
    )
    assert result.returncode == 65
    assert b"\x1b" not in result.stderr and "\u202e".encode() not in result.stderr


@pytest.mark.parametrize("fmt", ["junit", "html", "github"])
def test_control_characters_in_names_and_lines_keep_reports_valid(tmp_path: Path, fmt) -> None:
    import xml.etree.ElementTree as ET

    (tmp_path / "bad\x01\x1b\nname.txt").write_text(f"Hi Ann,\n{HOSTILE_LINE}\n")
    (tmp_path / "unread\x02.txt").write_bytes(b"\xff\xfe\xfd\x00")
    result = cli("check", "--format", fmt, ".", cwd=tmp_path)
    out = result.stdout.decode()
    assert "\x1b" not in out and "\x01" not in out and "\u202e" not in out
    if fmt == "junit":
        ET.fromstring(result.stdout)  # well-formed XML
    if fmt == "github":
        assert all(line.startswith("::") for line in out.splitlines())  # one command a line


def test_html_report_of_a_long_line_is_linear() -> None:
    from replylint.linter import FileResult
    from replylint.reporters.html_report import render_html

    def work(n: int) -> None:
        render_html([FileResult(path="a.txt", original="x" * n + "\n")])

    with time_cap(60):
        assert growth_ratio(work, 100_000) < LINEAR


# ---- 11: the regex guard for team lexicons ------------------------------------------------

REGEX_ATTACKS = [
    r"((a+))+b",
    r"(?:(?:a+))+b",
    r"((a|a))*b",
    r"((a{1,64})){1,64}b",
    "a*" * 12 + "b",
    r"\w*" * 10 + "x",
    r"(a|aa)+b",
    r"(?>a+)+b",
    r"(?:a*)*b",
    r"(a+){2}b",
]


def _team_lexicon(tmp_path: Path, regex: str) -> None:
    escaped = regex.replace("\\", "\\\\")
    (tmp_path / "team.toml").write_text(
        f'[meta]\nlang = "en"\n\n[blame]\npatterns = [["/{escaped}/", "aaab"]]\n'
    )
    (tmp_path / ".replylint.toml").write_text('extra-lexicons = ["team.toml"]\n')


@pytest.mark.parametrize("regex", REGEX_ATTACKS)
def test_regex_that_could_hang_is_refused_however_grouped(tmp_path: Path, regex: str) -> None:
    _team_lexicon(tmp_path, regex)
    (tmp_path / "x.txt").write_text("Hi Ann,\n" + "a" * 40 + "!\n")
    with time_cap(30):
        result = cli("check", "x.txt", cwd=tmp_path)
    assert result.returncode == 2 and b"exponential time" in result.stderr
    assert b"team.toml:5" in result.stderr


def test_regex_attack_in_the_send_hook_is_refused_not_hung(tmp_path: Path) -> None:
    _team_lexicon(tmp_path, r"((a+))+b")
    # The hook reads the user-level config (never the mail client's working directory).
    user = tmp_path / "xdg" / "replylint"
    user.mkdir(parents=True)
    (user / "config.toml").write_text(f'extra-lexicons = ["{tmp_path / "team.toml"}"]\n')
    message = b"From: a@x.com\nTo: b@x.com\nSubject: x\n\nHi Ann,\n" + b"a" * 40 + b"!\n"
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    result = _hook(tmp_path, SINK, message, env=env, timeout=60)
    assert b"exponential time" in result.stderr and result.returncode == 0
    assert (tmp_path / "sendmail.py.out").read_bytes() == message


def test_global_regex_flag_is_refused_when_the_config_is_read(tmp_path: Path) -> None:
    _team_lexicon(tmp_path, "(?i)aaab")
    (tmp_path / "x.txt").write_text(CLEAN)
    result = cli("check", "x.txt", cwd=tmp_path)
    assert result.returncode == 2 and b"global flag" in result.stderr


def test_every_built_in_regex_passes_the_guard() -> None:
    from replylint.lexicon import LANGUAGES, load_builtin, safe_regex

    found = 0
    for lang in LANGUAGES:
        for entries in load_builtin(lang).categories.values():
            for entry in entries:
                for chunk in entry.pattern.split():
                    atoms = [chunk] if chunk.startswith("/") else chunk.split("|")
                    for atom in atoms:
                        if len(atom) > 2 and atom[0] == atom[-1] == "/":
                            safe_regex(atom[1:-1])
                            found += 1
    assert found >= 9


_PIECES = ["a", "b", r"\w", "[ab]", ".", r"\d", "(a)", "(?:ab)", "(a|b)", "(a|ab)"]
_QUANTIFIERS = ["", "", "*", "+", "?", "{1,64}", "{2}", "{0,3}"]


def _generated_regexes():
    from hypothesis import strategies as st

    atom = st.builds(lambda p, q: p + q, st.sampled_from(_PIECES), st.sampled_from(_QUANTIFIERS))
    flat = st.lists(atom, min_size=1, max_size=6).map("".join)
    grouped = st.builds(lambda r, q: f"(?:{r}){q}", flat, st.sampled_from(_QUANTIFIERS))
    return st.lists(st.one_of(flat, grouped), min_size=1, max_size=3).map("".join)


def test_every_regex_the_guard_accepts_is_fast_on_hostile_tokens() -> None:
    """The measurement behind the structural guard: whatever it accepts, Python's engine
    matches a 64-character token that fails at its last character in under 50 ms."""
    from hypothesis import given, settings

    from replylint.lexicon import safe_regex

    tokens = ["a" * 63 + "!", "ab" * 31 + "!!", "1" * 63 + "x"]
    worst = [0.0, ""]

    @settings(max_examples=400, deadline=None, database=None)
    @given(_generated_regexes())
    def check(regex: str) -> None:
        try:
            compiled = safe_regex(regex)
        except ValueError:
            return
        for token in tokens:
            start = time.process_time()
            compiled.search(token)
            spent = time.process_time() - start
            if spent > worst[0]:
                worst[:] = [spent, regex]
        assert worst[0] < 0.05, worst

    with time_cap(120):
        check()


# ---- 12: readers stay linear on hostile input ---------------------------------------------

READER_ATTACKS = {
    "markdown": {
        "code spans": lambda n: "Hi Ann, " + "`a``" * n + "\n",
        "open backticks": lambda n: "Hi " + "`" * 3 + "x ``" * n + "\n",
        "inline html": lambda n: "Hi Ann, " + "<b>x</b> " * n + "\n",
        "comments": lambda n: "Hi Ann, " + "<!-- x " * n + "\n",
        "images": lambda n: "Hi Ann, " + "![x " * n + "\n",
        "link targets": lambda n: "Hi Ann, " + "](x " * n + "\n",
        "link brackets": lambda n: "Hi Ann, " + "[x " * n + "\n",
        "autolinks": lambda n: "Hi Ann, " + "<http:x" * n + "\n",
    },
    "html": {
        "comments": lambda n: "<p>Hi Ann,</p>" + "<!--" * n,
        "open tags": lambda n: "<p>Hi Ann,</p>" + "<a " * n,
        "bogus comments": lambda n: "<p>Hi Ann,</p>" + "<!" * n,
        "entities": lambda n: "<p>Hi Ann,</p>" + "&amp" * n,
        "quotes in tags": lambda n: "<p>Hi Ann,</p>" + "<a href='" * n,
        "raw text": lambda n: "<p>Hi Ann,</p>" + "<script>" * n,
        "many tags": lambda n: "<p>Hi Ann, " + "<b>x</b>" * n + "</p>",
    },
}


@pytest.mark.parametrize(
    ("fmt", "attack"), [(fmt, name) for fmt, cases in READER_ATTACKS.items() for name in cases]
)
def test_readers_are_linear_on_hostile_input(fmt: str, attack: str) -> None:
    from replylint.sources import SourceError, read_bytes

    make = READER_ATTACKS[fmt][attack]

    def work(n: int) -> None:
        with contextlib.suppress(SourceError):
            read_bytes(make(n).encode(), f"x.{'md' if fmt == 'markdown' else fmt}", fmt=fmt)

    with time_cap(60):
        ratio = growth_ratio(work, 6_000 if fmt == "markdown" else 2_500)
    assert ratio < LINEAR, f"{fmt} {attack}: {ratio:.1f}x for 4x the input"


@capped
@pytest.mark.parametrize("fmt", ["html", "markdown", "jinja", "eml", "text"])
def test_readers_under_a_memory_cap(fmt: str) -> None:
    """Half a megabyte of the nastiest input for each reader stays within 300 MB."""
    from replylint.sources import SourceError, read_bytes

    nasty = {
        "html": "<a href='x'>" * 20_000 + "<!--" * 20_000 + "&amp" * 20_000,
        "markdown": "`a``" * 40_000 + "<!-- " * 20_000 + "[x](" * 20_000,
        "jinja": "{% if a %}x{% endif %}" * 5_000,
        "eml": "Subject: x\nContent-Type: text/plain; charset=utf-7\n\n" + "+AOYA+AP4" * 50_000,
        "text": "> " * 100_000 + "\n" + "Hi\r" * 50_000,
    }[fmt]
    name = f"x.{ {'markdown': 'md', 'jinja': 'j2'}.get(fmt, fmt) }"
    with time_cap(60), memory_cap(300), contextlib.suppress(SourceError):
        read_bytes(nasty.encode(), name, fmt=fmt)


# ---- 12, 13: template expansion -----------------------------------------------------------


def test_sequential_ifs_are_linear() -> None:
    from replylint.sources.jinja_template import TemplateReader

    def work(n: int) -> None:
        TemplateReader(None).alternatives("Hi Ann,\n" + "{% if a %}x{% endif %} y\n" * n)

    with time_cap(60):
        assert growth_ratio(work, 250) < LINEAR


def test_include_fan_out_is_capped(tmp_path: Path) -> None:
    """20 includes per level over 4 levels: 1.7 KB on disk, 160,000 includes unbounded."""
    for level in range(4):
        body = "".join(f"{{% include 'l{level + 1}.j2' %}}" for _ in range(20))
        (tmp_path / f"l{level}.j2").write_text(f"Level {level} text. {body}\n")
    (tmp_path / "l4.j2").write_text("Leaf text.\n")
    (tmp_path / "reply.txt.j2").write_text("Hi Ann,\n{% include 'l0.j2' %}\n")
    with time_cap(60), memory_cap(600):
        result = check_one("reply.txt.j2", tmp_path / "reply.txt.j2")
    assert result.error is None
    assert any("more than 200 files" in n for n in result.notices), result.notices


def test_included_files_count_toward_max_file_size(tmp_path: Path) -> None:
    from replylint.config import Config
    from replylint.runner import RunOptions

    (tmp_path / "big.j2").write_text("Hi. " * 5000)  # 20 KB
    (tmp_path / "reply.txt.j2").write_text("Hi Ann,\n{% include 'big.j2' %}\nThanks.\n")
    options = RunOptions(config=Config(max_file_size=4096))
    result = check_one("reply.txt.j2", tmp_path / "reply.txt.j2", options)
    assert any("over the size limit" in n for n in result.notices), result.notices


def test_branch_combinations_are_capped_by_total_text() -> None:
    """Six ifs around a large text would make 64 copies of it."""
    from replylint.sources.jinja_template import MAX_EXPANDED_CHARS, TemplateReader

    block = "We are sorry about the delay. " * 20_000  # 600 KB
    source = "Hi Ann,\n" + "{% if a %}x{% endif %}" * 6 + block
    reader = TemplateReader(None)
    with time_cap(60), memory_cap(1500):
        combos = reader.alternatives(source)
    assert sum(alt.length for alt in combos) <= MAX_EXPANDED_CHARS
    assert 1 <= len(combos) < 64 and any("add up to more than" in n for n in reader.notices)


def test_huge_header_parameters_are_refused_quickly() -> None:
    """The standard library's parameter splitting is quadratic in the number of `;`."""
    from replylint.sources import SourceError, read_bytes

    for header in (
        b'Content-Type: text/plain; name="' + b";" * 400_000 + b'"\n',
        b"Content-Type: text/plain;\n" + b' x="a;b";\n' * 50_000,
    ):
        message = b"From: a@x.com\nTo: b@x.com\nSubject: x\n" + header + b"\nHi Ann,\n"
        with time_cap(10), pytest.raises(SourceError, match="header over 8192 bytes"):
            read_bytes(message, "x.eml", fmt="eml")


def test_parameter_header_check_is_linear() -> None:
    from replylint.sources.email_message import _check_parameter_headers

    def work(n: int) -> None:
        _check_parameter_headers(b"Content-Type: text/plain;\n x=1\n" * n)

    assert growth_ratio(work, 20_000) < LINEAR


# ---- 14, 15, 16: the send hook ------------------------------------------------------------

SENDER = "From: a@example.com\nTo: b@example.com\nSubject: x\n"


def _hook(tmp_path: Path, sendmail: str, message: bytes, *extra: str, env=None, **kw):
    script = tmp_path / "sendmail.py"
    script.write_text(sendmail)
    environment = {**os.environ, "REPLYLINT_SAVE_DIR": str(tmp_path / "unsent"), **(env or {})}
    environment.pop("REPLYLINT_SKIP", None) if "REPLYLINT_SKIP" not in (env or {}) else None
    return run(
        ["sendmail", *extra, "--", sys.executable, str(script)],
        input=message,
        cwd=tmp_path,
        env=environment,
        **kw,
    )


SINK = "import sys\nopen(sys.argv[0] + '.out', 'wb').write(sys.stdin.buffer.read())\n"


def _saved(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "unsent").glob("*.eml"))


@posix_only
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGKILL", "SIGHUP"])
def test_hook_killed_mid_delivery_never_truncates(tmp_path: Path, sig: str) -> None:
    """sendmail (msmtp-like: sends what it got at EOF) sees the whole message or nothing."""
    out = tmp_path / "sendmail.py.out"
    (tmp_path / "sendmail.py").write_text(
        "import sys, time\nchunks = []\n"
        "while chunk := sys.stdin.buffer.read(65536):\n"
        "    chunks.append(chunk); time.sleep(0.02)\n"
        "open(sys.argv[0] + '.tmp', 'wb').write(b''.join(chunks))\n"
        "import os; os.replace(sys.argv[0] + '.tmp', sys.argv[0] + '.out')\n"  # all at once
    )
    message = (SENDER + "X-Replylint: skip\n\n").encode() + b"Hi Ann.\n" * 400_000  # 3 MB
    env = {**os.environ, "REPLYLINT_SAVE_DIR": str(tmp_path / "unsent")}
    hook = subprocess.Popen(
        [EXE, "sendmail", "--", sys.executable, str(tmp_path / "sendmail.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
        env=env,
    )
    hook.stdin.write(message)
    hook.stdin.close()
    time.sleep(0.8)  # sendmail is now reading
    hook.send_signal(getattr(signal, sig))
    hook.wait(timeout=30)
    deadline = time.time() + 60
    while not out.exists() and time.time() < deadline:
        time.sleep(0.1)
    expected = message.replace(b"X-Replylint: skip\n", b"")
    assert not out.exists() or out.read_bytes() == expected


def test_cr_only_message_finds_its_body_and_keeps_it(tmp_path: Path) -> None:
    body = "Hi Ann,\rX-Replylint: skip\r continued\rAs I already told you, read the FAQ.\r"
    message = (SENDER.replace("\n", "\r") + "\r" + body).encode()
    result = _hook(tmp_path, SINK, message)
    assert result.returncode == 65  # the body line does not skip the check
    from replylint.sendmail import split_headers, without_skip_header

    headers, rest = split_headers(message)
    assert headers.endswith(b"\r\r") and rest == body.encode()
    assert without_skip_header(message) == message


def test_folded_skip_header_is_honoured_and_removed(tmp_path: Path) -> None:
    message = (SENDER + "X-Replylint:\n  skip\n\n" + BLAME).encode()
    result = _hook(tmp_path, SINK, message)
    assert result.returncode == 0
    assert (tmp_path / "sendmail.py.out").read_bytes() == (SENDER + "\n" + BLAME).encode()


@pytest.mark.parametrize(
    ("value", "skips"),
    [("1", True), ("yes", True), ("false", False), ("no", False), ("0", False), ("off", False)],
)
def test_skip_variable_means_what_it_says(tmp_path: Path, value: str, skips: bool) -> None:
    result = _hook(tmp_path, SINK, (SENDER + "\n" + BLAME).encode(), env={"REPLYLINT_SKIP": value})
    assert (result.returncode == 0) is skips


def test_sendmail_that_reads_part_of_the_message_is_not_success(tmp_path: Path) -> None:
    partial = "import sys\nsys.stdin.buffer.read(100)\n"
    message = (SENDER + "\n" + CLEAN).encode() + b"x" * 200_000 + b"\n"
    result = _hook(tmp_path, partial, message, "--fail-on", "never")
    assert result.returncode == 75 and b"read only" in result.stderr
    [copy] = _saved(tmp_path)
    assert copy.read_bytes() == message


def test_hanging_sendmail_is_stopped_and_the_message_kept(tmp_path: Path) -> None:
    hang = "import sys, time\nsys.stdin.buffer.read()\ntime.sleep(60)\n"
    message = (SENDER + "\n" + CLEAN).encode()
    with time_cap(40):
        result = _hook(tmp_path, hang, message, "--timeout", "2", timeout=40)
    assert result.returncode == 75 and b"did not finish within 2 s" in result.stderr
    assert [p.read_bytes() for p in _saved(tmp_path)] == [message]


def test_copy_after_a_sendmail_failure_keeps_the_skip_header(tmp_path: Path) -> None:
    failing = "import sys\nsys.stdin.buffer.read()\nsys.exit(75)\n"
    message = (SENDER + "X-Replylint: skip\n\n" + BLAME).encode()
    result = _hook(tmp_path, failing, message)
    assert result.returncode == 75
    assert [p.read_bytes() for p in _saved(tmp_path)] == [message]  # send it again as it is


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_no_writable_save_directory_is_said_plainly(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    env = {"REPLYLINT_SAVE_DIR": str(locked / "unsent"), "TMPDIR": str(locked)}
    result = _hook(tmp_path, SINK, (SENDER + "\n" + BLAME).encode(), env=env)
    assert result.returncode == 75 and b"None" not in result.stderr


def test_unsaveable_copy_is_said_plainly_and_leaves_nothing(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    from replylint import sendmail

    monkeypatch.setattr(sendmail, "_places", lambda directory: [tmp_path / "full"])
    real_write = sendmail._write_chunks
    calls = []

    def full_disk(handle, chunks):
        calls.append(1)
        if len(calls) > 1:  # the spool fits; the saved copy hits a full disk
            handle.write(b"partial")
            raise OSError(28, "No space left on device")
        return real_write(handle, chunks)

    monkeypatch.setattr(sendmail, "_write_chunks", full_disk)
    options = sendmail.HookOptions(command=[sys.executable, "-c", "import sys; sys.exit(1)"])
    assert sendmail.run_hook((SENDER + "\n" + CLEAN).encode(), options) == 1
    assert list((tmp_path / "full").iterdir()) == []  # no partial .unsent-* and no spool
    said = capsys.readouterr().err
    assert "no copy could be saved" in said and "None" not in said


def test_over_limit_message_is_sent_with_stderr_closed(tmp_path: Path) -> None:
    message = (SENDER + "\n" + BLAME).encode() + b"x" * (6 * 1024 * 1024)
    script = tmp_path / "sendmail.py"
    script.write_text(SINK)
    env = {**os.environ, "REPLYLINT_SAVE_DIR": str(tmp_path / "unsent")}
    env.pop("REPLYLINT_SKIP", None)
    result = subprocess.run(
        f"{EXE} sendmail -- {sys.executable} {script} 2>&-",
        shell=True,
        input=message,
        cwd=tmp_path,
        env=env,
        timeout=60,
        capture_output=False,
    )
    assert result.returncode == 0
    assert (tmp_path / "sendmail.py.out").read_bytes() == message


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_is_read_as_utf32(codec: str) -> None:
    from replylint.sources import decode_text

    text = "Hi Ann,\nAs I already told you, read the FAQ.\n"
    assert decode_text(text.encode(codec)) == text
    assert decode_text("Hej Søren".encode("utf-16-le")) == "Hej Søren"  # UTF-16 unchanged


@pytest.mark.parametrize("fmt", ["text", "sarif", "json"])
def test_symlink_loop_named_on_the_command_line_is_its_own_error(tmp_path: Path, fmt) -> None:
    """Config discovery and SARIF's URIs resolve paths too; a loop must not end the run."""
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "ok.txt").write_text(BLAME)
    for target in ("loop.txt", str(tmp_path / "loop.txt")):
        result = cli("check", "--format", fmt, target, "ok.txt", cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert b"symbolic links" in result.stdout and b"internal error" not in result.stderr


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_long_draft_with_its_quote_blanked_is_linear(lang: str) -> None:
    """A long reply above a long quoted history: the quoted lines are blanked to line
    breaks in the draft, so it ends in tens of thousands of "\\n". Tokenizing it line by
    line first must stay linear in that run (a backtracking split was cubic: a 2 MB
    thread ran for minutes)."""
    from replylint.analysis import LINE_WARMING_CHARS, pipeline_for

    pipeline = pipeline_for(lang)
    body = "Tak for din besked, vi ser på det.\n" * (LINE_WARMING_CHARS // 30)

    def work(n: int) -> None:
        pipeline._tokenize(body + "\n" * n)

    with time_cap(60):
        assert growth_ratio(work, 5_000) < LINEAR
