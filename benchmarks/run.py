"""replylint's benchmark: cold start, warm latency, scaling, memory, parallelism, a peer.

    python benchmarks/run.py              # after `pip install .`; installs proselint if missing
    python benchmarks/run.py --steps cold,large   # only some steps (names below)

Prints each table and writes them, with the machine and its load, to BENCHMARKS.md.
Every figure gives CPU time (user + system of the process and the workers it
reaped, from wait4) beside wall time: on a machine other work shares, CPU time is
the figure to trust, and the 1-minute load average is printed with each step.
Paired figures are measured side by side in the same run (alternating), so a
noisy machine affects both sides alike. The corpus (benchmarks/corpus_gen.py) is
varied drafts, not a shuffle of a few hundred lines, and warm latency lints a
different draft each time (the matcher keeps no memo of windows), so neither flatters
the matcher.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus_gen import LANGS, big_draft, build, quoted_thread, repetition  # noqa: E402

REPLYLINT = shutil.which("replylint") or str(Path(sys.executable).with_name("replylint"))
STEPS = ("cold", "latency", "server", "scaling", "large", "peer")
TARGETS = {
    "cold": 1.0,  # x the spaCy baseline
    "p95": 10.0,  # ms per draft, warm
    "per_cpu_s": 500.0,  # drafts per CPU-second, one process
    "jobs2": 1.6,  # --jobs 2 over --jobs 1
    "rss_20k": 200.0,  # MB on 20,000 drafts
    "mb1": 3.0,  # CPU s for a 1 MB draft
    "mb5": 15.0,  # CPU s for a 5 MB draft
    "quoted": 3.0,  # CPU s for a 2 MB quoted thread
    "server": 50.0,  # ms from didChange to publishDiagnostics, warm
}
JSON_OUT = ["--no-config", "--quiet", "--format", "json", "--output", os.devnull]


@dataclass
class Run:
    """One child process: wall seconds, CPU seconds (with reaped workers), peak RSS."""

    wall: float
    cpu: float
    rss_mb: float
    code: int


def measure(command: list[str], timeout: float = 900) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            status = -9
            break
        time.sleep(0.005)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status) if status != -9 else -9
    divisor = 1024 * 1024 if sys.platform == "darwin" else 1024
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / divisor, proc.returncode)


def load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def verdict(value: float, target: float, higher_is_better: bool = False) -> str:
    ok = value >= target if higher_is_better else value <= target
    if ok:
        return "met"
    factor = target / value if higher_is_better else value / target
    return f"missed by {factor:.1f}x"


def _median(runs: list[Run], attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def cold_start(draft: Path, runs: int = 7) -> list[str]:
    baseline = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    ours = [REPLYLINT, "check", "--no-config", str(draft)]
    measure(ours)  # page cache
    before = load()
    pairs = [(measure(baseline), measure(ours)) for _ in range(runs)]
    base = [p[0] for p in pairs]
    mine = [p[1] for p in pairs]
    rows = [
        "| figure | replylint | `import spacy; spacy.blank('en')` | ratio | target | verdict "
        "| load |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for attr, name in (("cpu", "CPU"), ("wall", "wall")):
        a, b = _median(mine, attr), _median(base, attr)
        rows.append(
            f"| cold start, `replylint check one.txt`, {name} (median of {runs}, alternating) | "
            f"{a:.2f} s | {b:.2f} s | {a / b:.2f}x | ≤ {TARGETS['cold']}x | "
            f"{verdict(a / b, TARGETS['cold'])} | {before} |"
        )
    a, b = _median(mine, "rss_mb"), _median(base, "rss_mb")
    rows.append(f"| cold start, peak RSS | {a:.0f} MB | {b:.0f} MB | {a / b:.2f}x | | | |")
    return rows


def warm_latency(files: list[Path], per_lang: int = 200) -> list[str]:
    from replylint import lint_path

    rows = [
        "| language | drafts | wall p50 | wall p95 | CPU p50 | CPU p95 | target (p95) | verdict "
        "| load |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for lang in LANGS:
        drafts = [p for p in files if p.name.endswith(f"-{lang}.txt")][: per_lang + 1]
        lint_path(drafts[0])  # builds the pipeline: that is the cold start, not counted
        before = load()
        walls, cpus = [], []
        for path in drafts[1:]:
            start, cpu = time.perf_counter(), time.process_time()
            lint_path(path)
            cpus.append((time.process_time() - cpu) * 1000)
            walls.append((time.perf_counter() - start) * 1000)
        walls.sort()
        cpus.sort()

        def p95(values: list[float]) -> float:
            return values[max(0, int(len(values) * 0.95) - 1)]

        rows.append(
            f"| {lang} | {len(walls)} different | {statistics.median(walls):.1f} ms | "
            f"{p95(walls):.1f} ms | {statistics.median(cpus):.1f} ms | {p95(cpus):.1f} ms | "
            f"≤ {TARGETS['p95']:.0f} ms | {verdict(p95(cpus), TARGETS['p95'])} (CPU) | {before} |"
        )
    return rows


def server_rows(files: list[Path]) -> list[str]:
    from server_latency import server_latency

    one = {lang: next(p for p in files if p.name.endswith(f"-{lang}.txt")) for lang in LANGS}
    before = load()
    served = server_latency([REPLYLINT, "server"], one)
    rows = [
        "| figure | p50 | p95 | target (p95) | verdict | load |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for lang in LANGS:
        p50, p95 = served[lang]
        rows.append(
            f"| per-change latency, {lang}, ~150-word draft: didChange to publishDiagnostics "
            f"over stdio, edits 170 ms apart (40 edits) | {p50:.1f} ms | {p95:.1f} ms | "
            f"≤ {TARGETS['server']:.0f} ms | {verdict(p95, TARGETS['server'])} | {before} |"
        )
    p50, p95 = served["burst"]
    rows.append(
        "| bursts of 5 keystrokes 30 ms apart: last keystroke to its diagnostics "
        f"(150 ms debounce + check; 40 bursts) | {p50:.1f} ms | {p95:.1f} ms | | | {before} |"
    )
    return rows


def scaling(
    work: Path, sizes: tuple[int, ...] = (1000, 5000, 20000), parallel: tuple[int, ...] = ()
) -> list[str]:
    rows = [
        "| drafts | jobs | wall | CPU | drafts / CPU-s | drafts / wall-s | peak RSS | "
        "load before | load after |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    figures: dict[tuple[int, int], Run] = {}
    for size in sizes:
        corpus = work / f"corpus-{size}"
        build(corpus, count=size)
        for jobs in (1, 2) if size in parallel else (1,):
            before = load()
            run = measure([REPLYLINT, "check", *JSON_OUT, "--jobs", str(jobs), str(corpus)])
            figures[(size, jobs)] = run
            rows.append(
                f"| {size:,} | {jobs} | {run.wall:.1f} s | {run.cpu:.1f} s | "
                f"{size / run.cpu:.0f} | {size / run.wall:.0f} | {run.rss_mb:.0f} MB | "
                f"{before} | {load()} |"
            )
        shutil.rmtree(corpus, ignore_errors=True)
    small, large = sizes[0], sizes[-1]
    big = figures[(large, 1)]
    rows += [
        "",
        "| figure | value | target | verdict |",
        "| --- | --- | --- | --- |",
        f"| drafts per CPU-second, one process, {large:,} drafts, start-up included | "
        f"{large / big.cpu:.0f} | ≥ {TARGETS['per_cpu_s']:.0f} | "
        f"{verdict(large / big.cpu, TARGETS['per_cpu_s'], True)} |",
    ]
    if large > small:
        marginal = (large - small) / (big.cpu - figures[(small, 1)].cpu)
        rows.append(
            f"| drafts per CPU-second, one process, marginal ({small:,} to {large:,} drafts) | "
            f"{marginal:.0f} | ≥ {TARGETS['per_cpu_s']:.0f} | "
            f"{verdict(marginal, TARGETS['per_cpu_s'], True)} |"
        )
    for size in (s for s in sizes if s in parallel):
        speedup = figures[(size, 1)].wall / figures[(size, 2)].wall
        extra = figures[(size, 2)].cpu / figures[(size, 1)].cpu - 1
        rows.append(
            f"| `--jobs 2` over `--jobs 1`, wall, {size:,} drafts (workers cost "
            f"{extra * 100:+.0f} % CPU) | {speedup:.2f}x | ≥ {TARGETS['jobs2']}x on two free "
            f"cores | {verdict(speedup, TARGETS['jobs2'], True)} (load above) |"
        )
    for jobs in (1, 2) if large in parallel else (1,):
        rss = figures[(large, jobs)].rss_mb
        rows.append(
            f"| peak RSS, {large:,} drafts, `--jobs {jobs}` (largest process) | {rss:.0f} MB | "
            f"≤ {TARGETS['rss_20k']:.0f} MB | {verdict(rss, TARGETS['rss_20k'])} |"
        )
    return rows


def large_inputs(work: Path) -> list[str]:
    rows = [
        "| input | size | wall | CPU | peak RSS | target (CPU) | verdict | load |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    cases = [
        ("draft, en", "en", 100_000, None),
        ("draft, en", "en", 500_000, None),
        ("draft, en", "en", 1_000_000, TARGETS["mb1"]),
        ("draft, zh", "zh", 1_000_000, TARGETS["mb1"]),
        ("draft, en", "en", 5_000_000, TARGETS["mb5"]),
        ("quoted thread, da (short draft, quoted history)", "da", 2_000_000, TARGETS["quoted"]),
    ]
    for label, lang, size, target in cases:
        if label.startswith("quoted"):
            path = quoted_thread(work / f"thread-{lang}-{size}.eml", lang, size)
        else:
            path = big_draft(work / f"big-{lang}-{size}.txt", lang, size)
        before = load()
        run = measure([REPLYLINT, "check", *JSON_OUT, "--jobs", "1", str(path)], timeout=600)
        killed = " (killed at 600 s)" if run.code == -9 else ""
        goal = f"≤ {target:.0f} s" if target else ""
        judged = verdict(run.cpu, target) if target else ""
        rows.append(
            f"| {label} | {path.stat().st_size / 1e6:.1f} MB | {run.wall:.1f} s{killed} | "
            f"{run.cpu:.1f} s | {run.rss_mb:.0f} MB | {goal} | {judged} | {before} |"
        )
        path.unlink()
    return rows


def ensure_proselint() -> str | None:
    found = shutil.which("proselint") or str(Path(sys.executable).with_name("proselint"))
    if not Path(found).exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "proselint"], check=False
        )
        found = str(Path(sys.executable).with_name("proselint"))
    return found if Path(found).exists() else None


def peer(work: Path) -> list[str]:
    proselint = ensure_proselint()
    if proselint is None:
        return ["proselint could not be installed: not measured."]
    corpus = work / "peer"
    drafts = [p for p in build(corpus, count=3400) if p.suffix == ".txt"]
    rows = [
        "| drafts | runs | replylint wall / draft | proselint wall / draft | replylint CPU / "
        "draft | proselint CPU / draft | CPU ratio | load |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for count, runs in ((1, 5), (300, 3), (2000, 1)):
        chosen = [str(p) for p in drafts[:count]]
        ours = [REPLYLINT, "check", *JSON_OUT, "--jobs", "1", *chosen]
        theirs = [proselint, "check", *chosen]
        before = load()
        pairs = [(measure(ours), measure(theirs)) for _ in range(runs)]
        mine = [p[0] for p in pairs]
        base = [p[1] for p in pairs]
        wa, wb = _median(mine, "wall") * 1000 / count, _median(base, "wall") * 1000 / count
        ca, cb = _median(mine, "cpu") * 1000 / count, _median(base, "cpu") * 1000 / count
        rows.append(
            f"| {count:,} | {runs} | {wa:.1f} ms | {wb:.1f} ms | {ca:.1f} ms | {cb:.1f} ms | "
            f"{ca / cb:.2f}x | {before} |"
        )
    shutil.rmtree(corpus, ignore_errors=True)
    return rows


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for package in ("replylint", "spacy", "langdetect", "click", "jinja2", "proselint"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions.append(f"{package} {importlib.metadata.version(package)}")
    return [
        f"- CPU: {cpu}, {cores()} cores usable (affinity mask)",
        f"- Python {platform.python_version()} on {platform.system()} {platform.release()}",
        f"- {', '.join(versions)}",
    ]


SECTIONS = {
    "cold": "Cold start",
    "latency": "Warm latency over different drafts (Python API)",
    "server": "Language server",
    "scaling": "Scaling with the number of drafts (`replylint check DIR --format json`)",
    "large": "Single large inputs (`replylint check FILE --format json`)",
    "peer": "Peer: proselint on the same .txt drafts (one process per run, start-up included)",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--steps", default=",".join(STEPS), help="comma-separated: " + ",".join(STEPS)
    )
    parser.add_argument("--sizes", default="1000,5000,20000", help="corpus sizes to scale over")
    parser.add_argument(
        "--parallel-sizes", default="1000,5000,20000", help="sizes also run with --jobs 2"
    )
    parser.add_argument("--write", default=str(ROOT / "BENCHMARKS.md"), help="report file")
    args = parser.parse_args()
    steps = [s for s in args.steps.split(",") if s]
    started = time.perf_counter()
    load_at_start = load()
    work = Path(tempfile.mkdtemp(prefix="replylint-bench-"))
    files = build(work / "corpus", count=5000)
    distinct, total = repetition(files)
    sections: list[str] = []

    def write(done: bool) -> None:
        """The report so far: a long run interrupted still leaves the steps it finished."""
        elapsed = time.perf_counter() - started
        state = f"run took {elapsed:.0f} s" if done else f"steps so far took {elapsed:.0f} s"
        report = "\n".join(
            [
                "# Benchmarks",
                "",
                "Written by `python benchmarks/run.py`. The corpus is deterministic "
                "(`benchmarks/corpus_gen.py`): drafts of about 150 words, the five languages in "
                "turn, 60 % .txt, 20 % .eml with a quoted customer message, 20 % Jinja2; "
                f"{distinct:,} distinct lines of {total:,} in the 5,000-draft corpus (the "
                "greeting repeats, as in real mail). CPU time is user + system of the process "
                "and its workers; trust it over wall time when the load is high.",
                "",
                *machine(),
                f"- load average (1 min) at the start: {load_at_start}, now: {load()} "
                f"(on {cores()} cores)",
                f"- {state}",
                "",
                *sections,
            ]
        )
        Path(args.write).write_text(report, encoding="utf-8")

    for step in steps:
        print(f"{step} ...", flush=True)
        if step == "cold":
            rows = cold_start(next(p for p in files if p.name.endswith("-en.txt")))
        elif step == "latency":
            rows = warm_latency(files)
        elif step == "server":
            rows = server_rows(files)
        elif step == "scaling":
            rows = scaling(
                work,
                tuple(int(n) for n in args.sizes.split(",")),
                tuple(int(n) for n in args.parallel_sizes.split(",") if n),
            )
        elif step == "large":
            rows = large_inputs(work)
        elif step == "peer":
            rows = peer(work)
        else:
            parser.error(f"unknown step {step!r}")
        text = "\n".join(rows)
        print(text + "\n", flush=True)
        sections += [f"## {SECTIONS[step]}", "", text, ""]
        write(done=False)
    write(done=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
