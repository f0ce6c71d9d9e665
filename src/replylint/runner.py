"""Check many inputs: walk paths, read each, lint it, never let one bad file stop the rest."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from replylint.config import Config
from replylint.document import Document
from replylint.files import UnreadableFile, read_bounded
from replylint.findings import Finding, Severity
from replylint.lexicon import LexiconError
from replylint.linter import FileResult, lint_documents
from replylint.sources import MAX_FILE_BYTES, SourceError, format_of, read_bytes, read_path
from replylint.suppressions import apply_suppressions, find_suppressions
from replylint.walk import STDIN, walk


@dataclass
class RunOptions:
    """Command-line choices; None means "as the config (or the default) says"."""

    config: Config = field(default_factory=Config)
    lang: str | None = None
    context: str | None = None
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    stdin_format: str | None = None
    suppressions: bool = True
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    template_globs: tuple[str, ...] = ()
    respect_gitignore: bool = True

    @property
    def all_template_globs(self) -> tuple[str, ...]:
        return self.template_globs + self.config.template_globs


def _apply_severity(findings: list[Finding], severity: dict[str, str]) -> list[Finding]:
    adjusted = []
    for finding in findings:
        level = severity.get(finding.rule)
        if level == "off":
            continue
        if level in ("error", "warning"):
            finding = replace(finding, severity=Severity(level))
        adjusted.append(finding)
    return adjusted


def lint_with_settings(
    documents: list[Document], shown: str, fmt: str, options: RunOptions
) -> FileResult:
    """Lint read documents the way every entry point does: the command line's choices
    over the config's (per-file sections included), then severities, then suppressions."""
    from replylint.rules import RULES_BY_ID

    config = options.config
    settings = config.settings_for(shown)
    result = lint_documents(
        documents,
        lang=options.lang or settings.lang,
        context=options.context or settings.context,
        select=options.select if options.select is not None else settings.select,
        ignore=options.ignore | settings.ignore,
        extra_lexicons=config.extra_lexicons,
        max_response_time=config.max_response_time,
    )
    result.findings = _apply_severity(result.findings, settings.severity)
    if options.suppressions:
        found = find_suppressions(result.original, fmt)
        if found:
            result.findings = apply_suppressions(result.findings, found, set(RULES_BY_ID))
    return result


def check_one(shown: str, path: Path | None, options: RunOptions | None = None) -> FileResult:
    """Lint one input; any problem reading it becomes the result's one-line error."""
    options = options or RunOptions()
    config = options.config
    fmt = options.stdin_format if path is None else format_of(shown, options.all_template_globs)
    max_bytes = config.max_file_size or MAX_FILE_BYTES
    try:
        if path is None:
            data = read_stdin(max_bytes)
            documents = read_bytes(data, STDIN, fmt=fmt, max_bytes=max_bytes)
        else:
            documents = read_path(path, shown, fmt=fmt, max_bytes=max_bytes)
    except SourceError as exc:
        return FileResult(path=shown, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - a reader bug must not cost the other files
        return FileResult(path=shown, error=f"could not read: {_one_line(exc)}")
    try:
        return lint_with_settings(documents, shown, fmt or format_of(shown) or "text", options)
    except LexiconError:
        raise  # a broken extra lexicon stops the run with its file and line
    except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the others
        return FileResult(
            path=shown, error=f"internal error while checking ({_one_line(exc)}); please report it"
        )


def _one_line(exc: BaseException) -> str:
    first_line = (str(exc).splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {first_line}" if first_line else type(exc).__name__


def read_stdin(max_bytes: int) -> bytes:
    """Standard input, read with the size bound (`- < /dev/zero` must not fill memory)."""
    try:
        return read_bounded(sys.stdin.buffer, max_bytes)
    except UnreadableFile as exc:
        raise SourceError(str(exc)) from None
    except (OSError, AttributeError, ValueError) as exc:  # closed or missing stdin
        raise SourceError(f"cannot read standard input: {_one_line(exc)}") from None


def inputs(paths: Iterable[str], options: RunOptions) -> list[tuple[str, Path | None]]:
    config = options.config
    return list(
        walk(
            paths,
            include=options.include or config.include,
            exclude=options.exclude + config.exclude,
            template_globs=options.all_template_globs,
            respect_gitignore=options.respect_gitignore,
        )
    )


PARALLEL_MIN_FILES = 20  # below this, starting workers costs more than it saves


def default_jobs(count: int) -> int:
    """All cores when there are more than a few files, else one process."""
    return (os.cpu_count() or 1) if count >= PARALLEL_MIN_FILES else 1


def _warm_up(options: RunOptions) -> None:
    """Build every language's pipeline before forking, so workers share them."""
    from replylint.analysis import pipeline_for
    from replylint.language import SUPPORTED

    for lang in SUPPORTED:
        pipeline_for(lang, tuple(options.config.extra_lexicons))


_WORKER_OPTIONS: RunOptions | None = None
_WORKER_STARTED = None  # shared bytes: _WORKER_STARTED[i] is 1 once a worker took input i
WORKER_DIED = (
    "the worker process checking this file died (killed by a signal, or out of memory); "
    "the other files were checked"
)


def _init_worker(options: RunOptions, started) -> None:
    global _WORKER_OPTIONS, _WORKER_STARTED
    _WORKER_OPTIONS, _WORKER_STARTED = options, started


def _check_in_worker(index: int, shown: str, path: Path) -> FileResult:
    if _WORKER_STARTED is not None:
        _WORKER_STARTED[index] = 1
    return check_one(shown, path, _WORKER_OPTIONS)


def max_jobs() -> int:
    """More worker processes than cores cannot make CPU-bound linting faster, only
    use more memory (`--jobs 100000` would fork until memory runs out)."""
    return os.cpu_count() or 1


def _pool_round(
    batch: list[tuple[int, str, Path]],
    workers: int,
    options: RunOptions,
    context,
    started,
    progress: Callable[[Iterable], Iterable] | None,
) -> tuple[dict[int, FileResult], bool]:
    """Check `batch` over `workers` processes: the results that came back, and whether
    the pool broke (a worker was killed) before all of them did."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    results: dict[int, FileResult] = {}
    broken = False
    pool = ProcessPoolExecutor(
        min(workers, len(batch)),
        mp_context=context,
        initializer=_init_worker,
        initargs=(options, started),
    )
    try:
        futures = {pool.submit(_check_in_worker, *job): job[0] for job in batch}
        done = as_completed(futures)
        for future in progress(done) if progress else done:
            try:
                results[futures[future]] = future.result()
            except BrokenProcessPool:
                broken = True
    except BrokenProcessPool:
        broken = True
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return results, broken


def _check_in_pool(
    files: list[tuple[int, str, Path]],
    jobs: int,
    options: RunOptions,
    progress: Callable[[Iterable], Iterable] | None,
) -> dict[int, FileResult]:
    """Every file's result, even when workers die: the files a dead worker had taken
    are each retried alone, and one that kills its worker again is reported as an
    error; the files no worker had taken yet go to a fresh pool."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        _warm_up(options)
    started = context.RawArray("b", max(i for i, _, _ in files) + 1)
    results: dict[int, FileResult] = {}
    pending = files
    while pending:
        got, broken = _pool_round(pending, jobs, options, context, started, progress)
        progress = None  # the bar follows the first round only
        results.update(got)
        if not broken:
            break
        left = [job for job in pending if job[0] not in results]
        suspects = [job for job in left if started[job[0]]]
        for job in suspects:
            alone, _ = _pool_round([job], 1, options, context, started, None)
            results[job[0]] = alone.get(job[0]) or FileResult(path=job[1], error=WORKER_DIED)
        if not suspects:  # workers die before taking any file: do not loop forever
            for job in left:
                results[job[0]] = FileResult(path=job[1], error=WORKER_DIED)
        pending = [job for job in left if job[0] not in results]
    return results


def check_paths(
    paths: Iterable[str],
    options: RunOptions | None = None,
    progress_for: Callable[[int], Callable[[Iterable], Iterable] | None] | None = None,
    jobs: int | None = None,
) -> list[FileResult]:
    """Check every input; with jobs > 1 files are spread over worker processes.

    Results come back in input order whatever the number of workers, and a worker
    that dies costs at most the file it was checking. Standard input is always read
    by this process. `progress_for(count)` may return a wrapper that shows progress
    over the results.
    """
    options = options or RunOptions()
    found = inputs(paths, options)
    progress = progress_for(len(found)) if progress_for else None
    jobs = default_jobs(len(found)) if jobs is None else max(1, jobs)
    jobs = min(jobs, max_jobs())
    files = [(i, shown, path) for i, (shown, path) in enumerate(found) if path is not None]
    if jobs == 1 or len(files) < 2:
        iterator = progress(found) if progress else found
        return [check_one(shown, path, options) for shown, path in iterator]
    by_input = _check_in_pool(files, jobs, options, progress)
    for index, (shown, path) in enumerate(found):
        if path is None:
            by_input[index] = check_one(shown, path, options)
    return [by_input[i] for i in range(len(found))]
