"""`--jobs` and the run loop: cores from the affinity mask, a safe start method,
pipelines built in the workers for the files they get, results streamed in order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import cli

from replylint import runner

CORPUS = Path(__file__).parent / "corpus"


def test_cores_come_from_the_affinity_mask(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert runner.usable_cores() == 1
    assert runner.default_jobs(500) == 1


def test_cores_fall_back_to_the_count_without_an_affinity_mask(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 6)
    assert runner.usable_cores() == 6
    assert runner.default_jobs(runner.PARALLEL_MIN_FILES - 1) == 1


@pytest.mark.parametrize(("platform", "method"), [("linux", "fork"), ("darwin", "spawn")])
def test_fork_only_on_linux(monkeypatch: pytest.MonkeyPatch, platform: str, method: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert runner.start_method() == method


_PROBE = """
import json, sys
from replylint import analysis, runner
from replylint.runner import RunOptions, check_paths

real = runner._check_in_worker

def probe(*job):
    results = real(*job)
    results[0].notices.append("built:" + ",".join(analysis.loaded_languages()))
    return results

if sys.argv[1] == "spawn":  # a spawned worker imports runner afresh: nothing to patch
    runner.start_method = lambda: "spawn"
else:
    runner._check_in_worker = probe
results = check_paths(sys.argv[2:], RunOptions(), jobs=2)
print(json.dumps({
    "parent": analysis.loaded_languages(),
    "order": [r.path for r in results],
    "built": sorted({n for r in results for n in r.notices if n.startswith("built:")}),
}))
"""


def _probe(method: str, *paths: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, method, *paths],
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def test_workers_build_only_the_languages_their_files_need() -> None:
    drafts = sorted(str(p) for p in (CORPUS / "sv").glob("*.txt"))[:6]
    seen = _probe("fork", *drafts)
    assert seen["parent"] == []  # nothing built before forking
    assert seen["built"] == ["built:sv"]
    assert seen["order"] == drafts


@pytest.mark.skipif(sys.platform == "win32", reason="the probe patches a module in-process")
def test_spawned_workers_give_the_report_of_one_process() -> None:
    drafts = sorted(str(p) for p in (CORPUS / "et").glob("*.txt"))[:3]
    drafts += sorted(str(p) for p in (CORPUS / "zh").glob("*.txt"))[:3]
    seen = _probe("spawn", *drafts)
    assert seen["order"] == drafts
    assert seen["parent"] == []
    one = cli("check", "--format", "json", "--jobs", "1", *drafts)
    two = cli("check", "--format", "json", "--jobs", "2", *drafts)
    assert one.stdout == two.stdout


def test_results_are_yielded_as_files_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    drafts = sorted(str(p) for p in (CORPUS / "da").glob("*.txt"))[:3]
    checked: list[str] = []
    real = runner.check_input

    def counting(shown, path, options=None):
        checked.append(shown)
        return real(shown, path, options)

    monkeypatch.setattr(runner, "check_input", counting)
    stream = runner.iter_results(drafts, runner.RunOptions(), jobs=1)
    first = next(stream)
    assert first.path == drafts[0] and checked == drafts[:1]
    assert [r.path for r in stream] == drafts[1:]


def test_clean_drafts_keep_no_text_unless_a_report_shows_it(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Hi Ann,\nThanks for your order. It ships today.\n", encoding="utf-8")
    late = tmp_path / "late.txt"
    late.write_text("Hi Ann,\nGreat news! Your order is late. We will reply soon.\n")
    lean = runner.RunOptions(keep_clean_text=False)
    by_path = {r.path: r for r in runner.check_paths([str(clean), str(late)], lean, jobs=1)}
    assert by_path[str(clean)].original == "" and not by_path[str(clean)].findings
    assert by_path[str(late)].findings and "Great news" in by_path[str(late)].original
    html = cli("check", "--format", "html", str(clean))
    assert html.returncode == 0 and b"It ships today" in html.stdout


fork_only = pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(),
    reason="workers inherit the patched checker only when forked",
)
BLAME = "Hi Ann,\nAs I already told you, you should have read the terms.\n"
WAIT_LIMIT = 60.0  # only a safety net: a test that would wait this long has failed already


def _wait_for(marker: Path) -> bool:
    """Whether `marker` appears (checked in a worker, which cannot see the test)."""
    import time

    deadline = time.monotonic() + WAIT_LIMIT
    while not marker.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def _drafts(folder: Path, count: int) -> list[str]:
    for i in range(count):
        (folder / f"f{i:02}.txt").write_text(BLAME, encoding="utf-8")
    return [str(folder / f"f{i:02}.txt") for i in range(count)]


@fork_only
def test_the_first_result_reaches_the_report_before_the_last_file_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last file's check waits until the report has written something: were the
    results held until the pool is done, it would find nothing written."""
    from replylint import cli as cli_module

    drafts = _drafts(tmp_path, 6)
    marker = tmp_path / "report-written"
    real_check_one, real_write = runner.check_one, cli_module.write_stdout

    def check_last_after_the_report(shown, path, options=None):
        seen = _wait_for(marker) if shown == drafts[-1] else None
        result = real_check_one(shown, path, options)
        if seen is not None:
            result.notices.append(f"report written before me: {seen}")
        return result

    def writing(text: str, color: bool = False) -> None:
        marker.touch()
        real_write(text, color)

    monkeypatch.setattr(runner, "check_one", check_last_after_the_report)
    monkeypatch.setattr(cli_module, "write_stdout", writing)
    out = cli("check", "--jobs", "2", "--no-color", *drafts).stdout.decode()
    assert "note: report written before me: True" in out, out
    assert out.index(drafts[0]) < out.index(drafts[-1])


@fork_only
def test_results_come_in_input_order_when_workers_finish_out_of_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first file is held back until a later one is done: the stream still starts
    with the first file, and gives what one process gives."""
    drafts = _drafts(tmp_path, 8)
    marker = tmp_path / "third-done"
    real_check_one = runner.check_one

    def first_after_third(shown, path, options=None):
        if shown == drafts[0]:
            assert _wait_for(marker)
        result = real_check_one(shown, path, options)
        if shown == drafts[2]:
            marker.touch()
        return result

    monkeypatch.setattr(runner, "check_one", first_after_third)
    two = list(runner.iter_results(drafts, runner.RunOptions(keep_clean_text=False), jobs=2))
    assert marker.exists() and [r.path for r in two] == drafts
    monkeypatch.setattr(runner, "check_one", real_check_one)
    one = list(runner.iter_results(drafts, runner.RunOptions(keep_clean_text=False), jobs=1))
    assert [(r.path, r.findings) for r in two] == [(r.path, r.findings) for r in one]


def test_a_pool_hands_over_only_a_bounded_number_of_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files go to the workers a few at a time, not all at once, so results that finish
    out of order are never all held while an early file is slow."""
    drafts = _drafts(tmp_path, 30)
    handed: list[int] = []
    real_round = runner._pool_round

    class Counted(list):
        def __iter__(self):
            for count, job in enumerate(super().__iter__(), 1):
                handed.append(count)
                yield job

    def watching(batch, *rest):
        for index, results in real_round(Counted(batch), *rest):
            yield index, results + [runner.FileResult(path=f"handed {handed[-1]}")]

    monkeypatch.setattr(runner, "IN_FLIGHT_PER_WORKER", 1)
    monkeypatch.setattr(runner, "MAX_AHEAD", 4)
    monkeypatch.setattr(runner, "max_jobs", lambda: 2)
    monkeypatch.setattr(runner, "_pool_round", watching)
    results = list(runner.iter_results(drafts, runner.RunOptions(keep_clean_text=False), jobs=2))
    assert [r.path for r in results if not r.path.startswith("handed")] == drafts
    # When the first file came back, at most MAX_AHEAD files had been handed over.
    assert int(results[1].path.split()[1]) <= 4, results[1].path


@pytest.mark.parametrize("fmt", ["json", "sarif", "text", "junit", "rdjsonl"])
def test_jobs_two_writes_the_report_of_jobs_one(fmt: str, tmp_path: Path) -> None:
    drafts = sorted(str(p) for lang in ("da", "zh", "en") for p in (CORPUS / lang).glob("*.txt"))
    drafts = drafts[::3][:24]
    one = cli("check", "--format", fmt, "--jobs", "1", *drafts)
    two = cli(
        "check", "--format", fmt, "--jobs", "2", "--report", f"{fmt}={tmp_path / 'r'}", *drafts
    )
    assert one.stdout and one.stdout == two.stdout
    assert (tmp_path / "r").read_bytes() == one.stdout
