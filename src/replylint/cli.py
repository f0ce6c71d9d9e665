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
from replylint.findings import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3
LANG_CHOICES = ("auto", "da", "sv", "et", "zh", "en")
FORMATS = ("text", "json", "sarif", "github", "junit", "rdjsonl", "html", "template")
PROGRESS_MIN_FILES = 50


def _rule_list(value: str | None) -> list[str]:
    from replylint.rules import RULES_BY_ID

    if not value:
        return []
    ids = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [i for i in ids if i not in RULES_BY_ID]
    if unknown:
        raise click.BadParameter(f"unknown rule {unknown[0]!r} (known: {', '.join(RULES_BY_ID)})")
    return ids


class _GuardedGroup(click.Group):
    """Every command behind one last guard: a failure to write the output (a closed
    pipe, a full disk) exits 2 and a bug in replylint exits 3, each with one line on
    stderr; never a traceback, and never 1, the code that means "findings"."""

    def invoke(self, ctx: click.Context):
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
        with click.progressbar(items, label="Checking", file=sys.stderr) as bar:
            yield from bar

    return wrap


def _statistics(results) -> str:
    from collections import Counter

    from replylint.rules import RULES_BY_ID
    from replylint.suppressions import META_RULES

    summaries = {
        **{r.id: r.summary for r in META_RULES},
        **{k: r.summary for k, r in RULES_BY_ID.items()},
    }
    counts = Counter(f.rule for r in results for f in r.findings)
    lines = [
        f"{count:6}  {rule:24}{summaries.get(rule, '')}" for rule, count in counts.most_common()
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def _fail(message: str) -> None:
    click.echo(f"replylint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


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
@click.option("--select", help="Only these rules (comma-separated ids).")
@click.option("--ignore", help="Skip these rules (comma-separated ids).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
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
    "--color/--no-color", default=None, help="Colour text output (default: on a terminal)."
)
@click.option(
    "--stdin-format",
    type=click.Choice(("auto", "text", "eml", "html", "markdown", "jinja")),
    default="auto",
    show_default=True,
    help="Format of - (stdin); auto recognises an e-mail message by its headers.",
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
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes  [default: all cores for 20 files or more, else 1]",
)
def check(
    paths,
    lang,
    context,
    select,
    ignore,
    output_format,
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
    found from the checked paths upwards; options given here override them.
    """
    from replylint.config import Config, ConfigError, discover, load_config
    from replylint.lexicon import LexiconError
    from replylint.reporters import REPORTERS
    from replylint.reporters.text import render_text
    from replylint.reporters.user_template import TemplateReportError, render_user_template
    from replylint.runner import RunOptions, check_paths

    try:
        selected, ignored = _rule_list(select), _rule_list(ignore)
    except click.BadParameter as exc:
        raise click.UsageError(str(exc)) from None
    if output_format == "template" and template_file is None:
        raise click.UsageError("--format template needs --template FILE")
    try:
        if no_config:
            config = Config()
        elif config_file is not None:
            config = load_config(config_file)
        else:
            config = discover(list(paths))
    except ConfigError as exc:
        _fail(str(exc))
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
    )
    try:
        progress_for = functools.partial(_progress, quiet=quiet)
        results = check_paths(paths, options, progress_for=progress_for, jobs=jobs)
    except LexiconError as exc:
        _fail(str(exc))
    if output is None and sys.stdout is None:
        _fail("standard output is closed; use --output FILE")
    use_color = (_isatty(sys.stdout) if color is None else color) and output is None
    try:
        if output_format == "template":
            report = render_user_template(results, template_file)
        elif output_format == "text":
            report = render_text(results, color=use_color, quiet=quiet)
            if statistics:
                report = _statistics(results) + ("" if quiet else report.splitlines()[-1] + "\n")
        else:
            report = REPORTERS[output_format](results, color=False)
    except TemplateReportError as exc:
        _fail(str(exc))
    if output is not None:
        try:
            output.write_text(report, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        write_stdout(report, color=use_color)
    if statistics and output_format != "text":
        click.echo(_statistics(results), nl=False, err=True)
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    threshold_name = fail_on or config.fail_on or "warning"
    if threshold_name != "never":
        threshold = Severity(threshold_name).rank
        if any(f.severity.rank >= threshold for r in results for f in r.findings):
            sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


@main.command(context_settings={"ignore_unknown_options": True})
@click.option(
    "--fail-on",
    type=click.Choice(("error", "warning", "never")),
    default="warning",
    show_default=True,
    help="Lowest severity that stops the message.",
)
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
@click.option("--select", help="Only these rules (comma-separated ids).")
@click.option("--ignore", help="Skip these rules (comma-separated ids).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=600,
    show_default=True,
    help="Stop COMMAND after this many seconds (0: wait for ever); the message is then kept.",
)
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def sendmail(fail_on, on_error, save_dir, lang, context, select, ignore, timeout, command) -> None:
    """Pre-send hook: check the message on stdin, then run COMMAND (the real sendmail).

    \b
    replylint sendmail -- /usr/sbin/sendmail -oi -t
    A clean message goes to COMMAND byte for byte and its exit status is returned;
    a message with findings is not sent (exit 65) and is saved to a file whose path
    is printed. Send anyway with the header 'X-Replylint: skip' or REPLYLINT_SKIP=1.
    """
    from replylint.sendmail import HookOptions, run_hook_stream

    try:
        selected, ignored = _rule_list(select), _rule_list(ignore)
    except click.BadParameter as exc:
        raise click.UsageError(str(exc)) from None
    options = HookOptions(
        command=list(command),
        fail_on=fail_on,
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


@main.command("rules")
def list_rules() -> None:
    """List the rules with their default severity."""
    from replylint.rules import ALL_RULES

    for rule in ALL_RULES:
        scope = " (failure context only)" if rule.failure_only else ""
        click.echo(f"{rule.id:24}{rule.severity.value:9}{rule.summary}{scope}")


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Explain a rule, with a bad and a good example in each language."""
    from replylint.lexicon import LANGUAGES, load_builtin
    from replylint.rules import RULES_BY_ID

    rule = RULES_BY_ID.get(rule_id)
    if rule is None:
        raise click.UsageError(f"unknown rule {rule_id!r} (known: {', '.join(RULES_BY_ID)})")
    click.echo(f"{rule.id} ({rule.severity.value})\n\n{rule.summary}\n\n{rule.rationale}\n")
    for lang in LANGUAGES:
        lexicon = load_builtin(lang)
        click.echo(f"[{lang}] {lexicon.name}")
        click.echo(f"  bad:  {lexicon.rule_text(rule.id, 'bad')}")
        click.echo(f"  good: {lexicon.rule_text(rule.id, 'good')}")


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
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--show-mistakes", is_flag=True, help="List every false positive and negative.")
def evaluate(corpus: Path, show_mistakes: bool) -> None:
    """Print precision, recall and F1 per rule and language on a labelled corpus."""
    from replylint.evaluate import LabelsError, evaluate_corpus, format_evaluation

    try:
        evaluation = evaluate_corpus(corpus)
    except LabelsError as exc:
        _fail(str(exc))
    click.echo(format_evaluation(evaluation, show_mistakes), nl=False)
