"""The `replylint` command. Kept free of spaCy imports so --help and friends are instant."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sys
from pathlib import Path

import click

from replylint import __version__
from replylint.completion import complete_rule_ids
from replylint.findings import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3
LANG_CHOICES = ("auto", "da", "sv", "et", "zh", "en")
FORMATS = ("text", "concise", "json", "sarif", "github", "junit", "rdjsonl", "html", "template")
HUMAN_FORMATS = ("text", "concise")
PROGRESS_MIN_FILES = 50
READABLE = ".txt, .eml, .mbox, .html, .md, Jinja2 templates and Maildir messages"


def _rule_list(values: str | tuple[str, ...] | None) -> list[str]:
    """Rule ids from one or more comma-separated values (repeated options accumulate)."""
    from replylint.catalog import rule_catalog

    known = rule_catalog()
    if isinstance(values, str):
        values = (values,)
    ids = [v.strip() for value in values or () for v in value.split(",") if v.strip()]
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise click.BadParameter(f"unknown rule {unknown[0]!r} (known: {', '.join(known)})")
    return ids


def _colour_wanted(flag: bool | None, stream_is_tty: bool) -> bool:
    """--color/--no-color, else FORCE_COLOR, else NO_COLOR, else whether it is a terminal.

    As no-color.org and force-color.org ask: a non-empty NO_COLOR turns colour off, a
    FORCE_COLOR other than 0/false turns it on (and wins over NO_COLOR); flags win over both.
    """
    if flag is not None:
        return flag
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force.strip().lower() not in ("0", "false")
    if os.environ.get("NO_COLOR"):
        return False
    return stream_is_tty


def _parse_reports(values: tuple[str, ...]) -> list[tuple[str, Path]]:
    """`--report FORMAT=FILE` values: more reports from the same run."""
    reports = []
    for value in values:
        fmt, sep, file = value.partition("=")
        if not sep or not file or fmt not in FORMATS or fmt == "template":
            choices = ", ".join(f for f in FORMATS if f != "template")
            raise click.UsageError(f"--report wants FORMAT=FILE with FORMAT one of {choices}")
        reports.append((fmt, Path(file)))
    return reports


class _GuardedGroup(click.Group):
    """Every command behind one last guard: a failure to write the output (a closed
    pipe, a full disk) exits 2 and a bug in replylint exits 3, each with one line on
    stderr; never a traceback, and never 1, the code that means "findings"."""

    def invoke(self, ctx: click.Context):
        _tune_garbage_collector()
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            sys.exit(130)
        except OSError as exc:
            if exc.errno not in (errno.EPIPE, errno.ENOSPC, errno.EBADF, errno.EIO):
                _internal_error(exc)
            _silence_stdout()
            _fail(f"cannot write the output: {exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            _internal_error(exc)


# Collect cycles after this many new container objects, not CPython's default 700: a
# draft allocates hundreds of thousands of small objects (tokens, matches), few of them
# in cycles, and each full collection scans every object the pipelines hold.
GC_THRESHOLDS = (100_000, 50, 1000)


def _tune_garbage_collector() -> None:
    """The command-line process is replylint's own, so it may choose its collector's
    pace (the API leaves the host program's alone)."""
    import gc

    gc.set_threshold(*GC_THRESHOLDS)


def _internal_error(exc: BaseException) -> None:
    first = (str(exc).splitlines() or [""])[0][:200]
    with contextlib.suppress(Exception):
        click.echo(
            f"replylint: internal error ({type(exc).__name__}: {first}); please report it",
            err=True,
        )
    sys.exit(EXIT_INTERNAL)


@click.group(cls=_GuardedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="replylint")
def main() -> None:
    """Lint customer-support reply drafts before they are sent."""


def _progress(count: int, quiet: bool):
    """A progress bar on a terminal for long runs; never in CI or when stderr is piped."""
    if quiet or count < PROGRESS_MIN_FILES or not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def wrap(items):
        with click.progressbar(
            items, length=count, label="Checking", file=sys.stderr, show_pos=True, show_eta=True
        ) as bar:
            yield from bar

    return wrap


def _statistics(counts) -> str:
    """The findings per rule (a Counter kept while the run went by), most first."""
    from replylint.rules import RULES_BY_ID
    from replylint.suppressions import META_RULES

    summaries = {
        **{r.id: r.summary for r in META_RULES},
        **{k: r.summary for k, r in RULES_BY_ID.items()},
    }
    lines = [
        f"{count:6}  {rule:24}{summaries.get(rule, '')}" for rule, count in counts.most_common()
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def _fail(message: str) -> None:
    click.echo(f"replylint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _fail_run(
    message: str, fmt: str, output: Path | None, extra_reports: list[tuple[str, Path]]
) -> None:
    """The run cannot start: machine-readable reports still say so, then stderr and exit 2."""
    from replylint.reporters.run_error import render_run_error

    for report_format, target in [(fmt, output), *extra_reports]:
        text = render_run_error(report_format, message)
        if text is None:
            continue
        if target is None:
            click.echo(text, nl=False)
            continue
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            click.echo(f"replylint: error: cannot write {target}: {exc.strerror or exc}", err=True)
    _fail(message)


def _isatty(stream) -> bool:
    try:
        return bool(stream and stream.isatty())
    except (OSError, ValueError):
        return False


def write_stdout(text: str, color: bool = False) -> None:
    """Write the report and flush it now, so a full disk (`> /dev/full`) or a closed
    pipe is a one-line error and exit 2, never a traceback or the findings code."""
    try:
        click.echo(text, nl=False, color=color)
        sys.stdout.flush()
    except OSError as exc:
        _silence_stdout()
        _fail(f"cannot write the report to standard output: {exc.strerror or exc}")


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--lang",
    type=click.Choice(LANG_CHOICES),
    default=None,
    help="Language of the drafts  [default: auto, detected per draft]",
)
@click.option(
    "--context",
    "context",
    type=click.Choice(("auto", "failure", "neutral")),
    default=None,
    help="Declare whether the drafts answer a problem  [default: auto]",
)
@click.option(
    "--select",
    multiple=True,
    help="Only these rules (comma-separated ids; repeatable).",
    shell_complete=complete_rule_ids,
)
@click.option(
    "--ignore",
    multiple=True,
    help="Skip these rules (comma-separated ids; repeatable).",
    shell_complete=complete_rule_ids,
)
@click.option(
    "--format",
    "--output-format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format; concise is one line per finding.",
)
@click.option(
    "--report",
    "reports",
    multiple=True,
    metavar="FORMAT=FILE",
    help="Also write the report in FORMAT to FILE (repeatable), e.g. sarif=out.sarif.",
)
@click.option(
    "--min-severity",
    type=click.Choice(("warning", "error")),
    default=None,
    help="Report only findings at or above this severity  [default: warning]",
)
@click.option(
    "--show-settings",
    is_flag=True,
    help="Print the settings that apply to each PATH and where each came from, then exit.",
)
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="The file name stdin stands for: its format, config and per-file sections, reports.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--template",
    "template_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Jinja2 template for --format template (receives the JSON data).",
)
@click.option(
    "--fail-on",
    type=click.Choice(("error", "warning", "never")),
    default=None,
    help="Lowest severity that makes the exit code 1  [default: warning]",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this config file instead of searching for one.",
)
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option("--no-suppressions", is_flag=True, help="Ignore suppression comments.")
@click.option("--quiet", "-q", is_flag=True, help="Findings only: no notes, summary or progress.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour text output, also with --output  [default: on a terminal; NO_COLOR, "
    "FORCE_COLOR honoured]",
)
@click.option(
    "--stdin-format",
    type=click.Choice(("auto", "text", "eml", "mbox", "html", "markdown", "jinja")),
    default="auto",
    show_default=True,
    help="Format of - (stdin); auto recognises an e-mail message by its headers, "
    "an mbox by its 'From ' line.",
)
@click.option("--include", multiple=True, help="Only walk files matching this glob (repeatable).")
@click.option("--exclude", multiple=True, help="Skip walked files matching this glob (repeatable).")
@click.option(
    "--template-glob", multiple=True, help="Also read files matching this glob as Jinja2 templates."
)
@click.option("--no-gitignore", is_flag=True, help="Also walk files that git ignores.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes, 0 for all cores  [default: all cores for 20 files or more, else 1]",
)
def check(
    paths,
    lang,
    context,
    select,
    ignore,
    output_format,
    reports,
    min_severity,
    show_settings,
    stdin_filename,
    output,
    template_file,
    fail_on,
    config_file,
    no_config,
    no_suppressions,
    quiet,
    statistics,
    color,
    stdin_format,
    include,
    exclude,
    template_glob,
    no_gitignore,
    jobs,
) -> None:
    """Check drafts: files, directories (recursively) or - for stdin.

    Reads plain text (.txt), e-mail messages (.eml), HTML (.html, .htm), Markdown
    (.md) and Jinja2 templates (.j2, .jinja, .jinja2, e.g. reply.html.j2).
    Settings come from [tool.replylint] in pyproject.toml or .replylint.toml,
    found from the checked paths upwards, else from the user-level
    $XDG_CONFIG_HOME/replylint/config.toml; options given here override them.
    """
    from replylint.config import ConfigError, resolve_config
    from replylint.lexicon import LexiconError
    from replylint.reporters import TemplateReportError
    from replylint.runner import RunOptions, iter_results

    try:
        selected, ignored = _rule_list(select), _rule_list(ignore)
    except click.BadParameter as exc:
        raise click.UsageError(str(exc)) from None
    if output_format == "template" and template_file is None:
        raise click.UsageError("--format template needs --template FILE")
    extra_reports = _parse_reports(reports)
    if jobs == 0:
        from replylint.runner import usable_cores

        jobs = usable_cores()
    # Config discovery and per-file sections see the name stdin stands for.
    named = [stdin_filename if p == "-" and stdin_filename else p for p in paths]
    try:
        config = resolve_config(named, config_file, no_config)
    except ConfigError as exc:
        _fail_run(str(exc), output_format, output, extra_reports)
    options = RunOptions(
        config=config,
        lang=None if lang in (None, "auto") else lang,
        context=None if context in (None, "auto") else context,
        select=frozenset(selected) if selected else None,
        ignore=frozenset(ignored),
        stdin_format=None if stdin_format == "auto" else stdin_format,
        suppressions=not no_suppressions,
        include=tuple(include),
        exclude=tuple(exclude),
        template_globs=tuple(template_glob),
        respect_gitignore=not no_gitignore,
        progress=not quiet and sys.stderr.isatty() and not os.environ.get("CI"),
        min_severity=min_severity,
        stdin_filename=stdin_filename,
        keep_clean_text="html" in (output_format, *(fmt for fmt, _ in extra_reports)),
    )
    if show_settings:
        from replylint.settings_report import describe_settings

        given = {
            "lang": lang,
            "context": context,
            "select": selected or None,
            "ignore": ignored or None,
            "fail-on": fail_on,
            "min-severity": min_severity,
        }
        click.echo(describe_settings(named, config, options, given, no_config=no_config), nl=False)
        sys.exit(EXIT_OK)
    if output is None and sys.stdout is None:
        _fail("standard output is closed; use --output FILE")
    use_color = _colour_wanted(color, _isatty(sys.stdout) and output is None)
    threshold_name = fail_on or config.fail_on or "warning"
    threshold = None if threshold_name == "never" else Severity(threshold_name).rank
    tally = _Tally(threshold)
    bar_possible = options.progress
    targets = [(output_format, output, use_color), *((f, file, False) for f, file in extra_reports)]
    sinks: list[_Sink] = []
    try:
        for fmt, target, colour in targets:
            sinks.append(
                _Sink(
                    _report_for(fmt, colour, quiet, statistics, template_file),
                    target,
                    colour,
                    hold=fmt not in LINE_FORMATS or (bar_possible and _isatty(sys.stdout)),
                )
            )
        progress_for = functools.partial(_progress, quiet=quiet)
        empty: list[str] = []
        for result in iter_results(
            paths, options, progress_for=progress_for, jobs=jobs, empty=empty
        ):
            tally.add(result)
            for sink in sinks:
                sink.add(result)
        for sink in sinks:
            sink.finish()
    except LexiconError as exc:
        for sink in sinks:
            sink.close()
        _fail_run(str(exc), output_format, output, extra_reports)
    except TemplateReportError as exc:
        for sink in sinks:
            sink.close()
        _fail(str(exc))
    for directory in empty:
        filters = " matching --include/--exclude" if include or exclude or config.include else ""
        click.echo(
            f"replylint: warning: no drafts found in {directory}{filters} "
            f"(it reads {READABLE}); nothing there was checked",
            err=True,
        )
    if statistics and output_format not in HUMAN_FORMATS:
        click.echo(_statistics(tally.rules), nl=False, err=True)
    if output is not None or output_format not in HUMAN_FORMATS:
        # The report may go to a file or a machine: say on stderr what could not be checked.
        for path, error in tally.errors:
            click.echo(f"replylint: error: {path}: {error}", err=True)
    if tally.errors:
        sys.exit(EXIT_ERROR)
    if tally.failing:
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


# Formats whose text for one file stands alone: written to stdout as each file is done.
LINE_FORMATS = ("text", "concise", "github", "rdjsonl")


class _Tally:
    """What the exit code, --statistics and the stderr error lines need of a run,
    kept as results go by (the results themselves are not held)."""

    def __init__(self, threshold: int | None) -> None:
        from collections import Counter

        self.threshold = threshold
        self.rules: Counter[str] = Counter()
        self.errors: list[tuple[str, str]] = []
        self.failing = False

    def add(self, result) -> None:
        self.rules.update(f.rule for f in result.findings)
        if result.error:
            self.errors.append((result.path, result.error))
        if self.threshold is not None and not self.failing:
            self.failing = any(f.severity.rank >= self.threshold for f in result.findings)


class _StatisticsReport:
    """--statistics with a human format: the findings per rule instead of each finding,
    then the summary line (like ruff)."""

    def __init__(self, color: bool, quiet: bool) -> None:
        from collections import Counter

        from replylint.reporters.text import Summary

        self.color, self.quiet = color, quiet
        self.summary = Summary()
        self.rules: Counter[str] = Counter()

    def add(self, result) -> str:
        self.summary.add(result)
        self.rules.update(f.rule for f in result.findings)
        return ""

    def finish(self) -> str:
        if self.quiet:
            return _statistics(self.rules)
        line = self.summary.line()
        return (
            _statistics(self.rules) + (click.style(line, bold=True) if self.color else line) + "\n"
        )


def _report_for(fmt: str, colour: bool, quiet: bool, statistics: bool, template_file):
    """The streaming report a target gets."""
    from replylint.reporters import streaming_report

    if fmt == "template":
        from replylint.reporters.user_template import TemplateReport

        return TemplateReport(template_file)
    if fmt in HUMAN_FORMATS:
        if statistics:
            return _StatisticsReport(colour, quiet)
        return streaming_report(fmt, color=colour, quiet=quiet)
    return streaming_report(fmt)


_HELD_IN_MEMORY = 4 << 20  # characters of a held report kept in memory
_HELD_CHUNK = 1 << 20  # characters written to standard output at a time


class _Sink:
    """One report and where it goes. A file is written as results arrive (into a new
    file renamed over the target at the end, so the checked files and a reader of the
    report never see half of it); standard output too for formats whose lines stand
    alone, unless a progress bar shares the terminal. A document on standard output is
    written at the end: a run stopped half-way (a broken extra lexicon) then prints
    only the report that says so."""

    def __init__(self, report, target: Path | None, colour: bool, hold: bool) -> None:
        self.report, self.target, self.colour = report, target, colour
        # Held text beyond a few megabytes waits in a temporary file, not in memory: a JSON
        # report of 20,000 drafts is tens of megabytes.
        self.held = None
        if hold and target is None:
            import tempfile  # only for a held report: it costs a cold start otherwise

            self.held = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in finish()
                max_size=_HELD_IN_MEMORY, mode="w+", encoding="utf-8"
            )
        self.handle = None
        self.temporary: Path | None = None

    def add(self, result) -> None:
        self.write(self.report.add(result))

    def finish(self) -> None:
        self.write(self.report.finish())
        if self.held is not None:
            held, self.held = self.held, None
            held.seek(0)
            for chunk in iter(lambda: held.read(_HELD_CHUNK), ""):
                write_stdout(chunk, color=self.colour)
            held.close()
        if self.target is not None and self.handle is None:
            self._open()  # an empty report is still a file
        self.close(keep=True)

    def _open(self) -> None:
        target = self.target
        try:
            if not target.exists() or (target.is_file() and not target.is_symlink()):
                self.temporary = target.with_name(f".{target.name}.{os.getpid()}.replylint")
                self.handle = open(self.temporary, "x", encoding="utf-8")  # noqa: SIM115
                if target.exists():
                    os.chmod(self.temporary, target.stat().st_mode & 0o7777)
            else:  # a device, a pipe, a link: written in place
                self.handle = open(target, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            self.close(keep=False)
            _fail(f"cannot write {target}: {exc.strerror or exc}")

    def write(self, text: str) -> None:
        if not text:
            return
        if self.held is not None:
            try:
                self.held.write(text)
            except OSError as exc:  # the temporary file's disk is full
                _fail(f"cannot hold the report for standard output: {exc.strerror or exc}")
        elif self.target is None:
            write_stdout(text, color=self.colour)
        else:
            if self.handle is None:
                self._open()
            try:
                self.handle.write(text)
            except OSError as exc:
                self.close(keep=False)
                _fail(f"cannot write {self.target}: {exc.strerror or exc}")

    def close(self, keep: bool = False) -> None:
        """Close the file; `keep` puts it in place of the target, else it is dropped."""
        handle, self.handle = self.handle, None
        temporary, self.temporary = self.temporary, None
        try:
            if handle is not None:
                handle.close()
            if temporary is not None and keep:
                os.replace(temporary, self.target)
        except OSError as exc:
            keep = False
            _fail(f"cannot write {self.target}: {exc.strerror or exc}")
        finally:
            if temporary is not None and not keep:
                with contextlib.suppress(OSError):
                    temporary.unlink()


@main.command(context_settings={"ignore_unknown_options": True})
@click.option(
    "--fail-on",
    type=click.Choice(("error", "warning", "never")),
    default=None,
    help="Lowest severity that stops the message  [default: the config's fail-on, else warning]",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this config file  [default: $XDG_CONFIG_HOME/replylint/config.toml]",
)
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option(
    "--on-error",
    type=click.Choice(("send", "refuse")),
    default="send",
    show_default=True,
    help="What to do when replylint itself cannot check a message.",
)
@click.option(
    "--save-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where stopped messages are saved [default: ~/.local/state/replylint/unsent].",
)
@click.option("--lang", type=click.Choice(LANG_CHOICES), default=None)
@click.option("--context", type=click.Choice(("auto", "failure", "neutral")), default=None)
@click.option(
    "--select", help="Only these rules (comma-separated ids).", shell_complete=complete_rule_ids
)
@click.option(
    "--ignore", help="Skip these rules (comma-separated ids).", shell_complete=complete_rule_ids
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=600,
    show_default=True,
    help="Stop COMMAND after this many seconds (0: wait for ever); the message is then kept.",
)
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def sendmail(
    fail_on,
    config_file,
    no_config,
    on_error,
    save_dir,
    lang,
    context,
    select,
    ignore,
    timeout,
    command,
) -> None:
    """Pre-send hook: check the message on stdin, then run COMMAND (the real sendmail).

    \b
    replylint sendmail -- /usr/sbin/sendmail -oi -t
    A clean message goes to COMMAND byte for byte and its exit status is returned;
    a message with findings is not sent (exit 65) and is saved to a file whose path
    is printed. Send anyway with the header 'X-Replylint: skip' or REPLYLINT_SKIP=1.
    Settings come from --config FILE, else the user-level config, never from the
    directory the mail client was started in.
    """
    from replylint.sendmail import HookOptions, run_hook_stream

    try:
        selected, ignored = _rule_list(select), _rule_list(ignore)
    except click.BadParameter as exc:
        raise click.UsageError(str(exc)) from None
    options = HookOptions(
        command=list(command),
        fail_on=fail_on,
        config_file=config_file,
        no_config=no_config,
        on_error=on_error,
        save_dir=save_dir,
        lang=None if lang in (None, "auto") else lang,
        context=None if context in (None, "auto") else context,
        select=frozenset(selected) if selected else None,
        ignore=frozenset(ignored),
        timeout=timeout or None,
    )
    stdin = sys.stdin.buffer if sys.stdin is not None else None
    sys.exit(run_hook_stream(stdin, options))


@main.command()
@click.option("--stdio", is_flag=True, help="Talk over stdin/stdout (the default and only way).")
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the server's log here instead of standard error.",
)
@click.option(
    "--debounce",
    "debounce_ms",
    type=click.IntRange(min=0, max=5000),
    default=None,
    help="Milliseconds of quiet before a change is checked again  [default: 150]",
)
@click.option("--verbose", "-v", is_flag=True, help="Log each message (for debugging a client).")
def server(stdio: bool, log_file: Path | None, debounce_ms: int | None, verbose: bool) -> None:
    """Language server for editors (LSP over stdio): diagnostics, hover, code actions.

    Point the editor's LSP client at `replylint server`; see the README for Neovim,
    Emacs (eglot), Helix and VS Code.
    """
    try:
        from replylint.server.app import serve
    except ImportError as exc:
        _fail(f"the language server needs pygls ({exc}); pip install 'pygls>=2,<3'")
    serve(log_file=log_file, debounce_ms=debounce_ms, verbose=verbose)


@main.command("rules")
def list_rules() -> None:
    """List the rules with their default severity (suppression checks included)."""
    from replylint.catalog import rule_catalog

    for rule in rule_catalog().values():
        scope = " (failure context only)" if rule.failure_only else ""
        click.echo(f"{rule.id:24}{rule.severity.value:9}{rule.summary}{scope}")


@main.command()
@click.argument("rule_id", shell_complete=complete_rule_ids)
def explain(rule_id: str) -> None:
    """Explain a rule, with a bad and a good example in each language."""
    from replylint.catalog import is_meta, rule_catalog
    from replylint.lexicon import LANGUAGES, load_builtin

    rule = rule_catalog().get(rule_id)
    if rule is None:
        known = ", ".join(rule_catalog())
        raise click.UsageError(f"unknown rule {rule_id!r} (known: {known})")
    click.echo(f"{rule.id} ({rule.severity.value})\n\n{rule.summary}\n\n{rule.rationale}\n")
    if is_meta(rule):
        click.echo(rule.example)
        return
    for lang in LANGUAGES:
        lexicon = load_builtin(lang)
        click.echo(f"[{lang}] {lexicon.name}")
        click.echo(f"  bad:  {lexicon.rule_text(rule.id, 'bad')}")
        click.echo(f"  good: {lexicon.rule_text(rule.id, 'good')}")
        frames = [f for f in lexicon.frames if f.category in rule.categories]
        for frame in frames:
            click.echo(f"  frame [{frame.category}] {frame.describe()}")
            click.echo(f"      holds in:   {frame.example}")
            click.echo(f"      not in:     {frame.near_miss}")


@main.group()
def lexicon() -> None:
    """Work with lexicon files."""


@lexicon.command("check")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def lexicon_check(files) -> None:
    """Validate lexicons (default: the built-in ones): structure, patterns, examples."""
    from replylint.lexicon import LexiconError, builtin_lexicon_dir
    from replylint.lexicon_check import check_lexicon_file

    targets = [Path(f) for f in files] or sorted(builtin_lexicon_dir().glob("*.toml"))
    problems = 0
    for target in targets:
        try:
            issues = check_lexicon_file(target)
        except LexiconError as exc:
            issues = [str(exc)]
        for issue in issues:
            click.echo(issue, err=True)
        problems += len(issues)
        if not issues:
            click.echo(f"{target}: ok")
    sys.exit(EXIT_ERROR if problems else EXIT_OK)


@main.command()
@click.argument(
    "corpora",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option("--show-mistakes", is_flag=True, help="List every false positive and negative.")
@click.option(
    "--frames",
    "show_frames",
    is_flag=True,
    help="Per lexicon frame: files it held in and how many agree with the label (no names).",
)
def evaluate(corpora: tuple[Path, ...], show_mistakes: bool, show_frames: bool) -> None:
    """Print precision, recall and F1 per rule and language on labelled corpora (one
    table set per CORPUS_DIR, e.g. tests/corpus tests/heldout ../shared/realworld/*)."""
    from replylint.evaluate import (
        LabelsError,
        evaluate_corpus,
        format_evaluation,
        format_frame_hits,
    )

    for number, corpus in enumerate(corpora):
        try:
            evaluation = evaluate_corpus(corpus, frames=show_frames)
        except LabelsError as exc:
            _fail(str(exc))
        if len(corpora) > 1:
            click.echo(f"{'' if number == 0 else chr(10)}== {corpus}")
        click.echo(format_evaluation(evaluation, show_mistakes), nl=False)
        if show_frames:
            click.echo("\n" + format_frame_hits(evaluation), nl=False)
