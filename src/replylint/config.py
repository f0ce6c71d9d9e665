"""Configuration: `[tool.replylint]` in pyproject.toml or a `.replylint.toml`.

Found from the checked paths' common directory upwards (the first file that
configures replylint wins), or given with `--config`; when no project file is
found, the user's own `$XDG_CONFIG_HOME/replylint/config.toml` applies (the only
one the pre-send hook reads, since a mail client's working directory is arbitrary).
Command-line options
override it; `per-file` sections override the top level for files matching a glob
(relative to the config file), like ruff's per-file-ignores or Vale's glob sections:

    [tool.replylint]
    select = ["missing-apology", "customer-blame"]
    fail-on = "error"
    severity = { missing-response-time = "error" }
    max-response-time = "2 business days"
    extra-lexicons = ["lexicons/team-da.toml"]

    [tool.replylint.per-file."marketing/**"]
    context = "neutral"
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from replylint.durations import Duration, parse_duration
from replylint.files import UnreadableFile, read_regular_text, real_path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MAX_CONFIG_BYTES = 1024 * 1024  # configs and labels are a few KB; a bound keeps /dev/zero out
CONFIG_NAMES = (".replylint.toml", "replylint.toml", "pyproject.toml")
LANG_VALUES = ("auto", "da", "sv", "et", "zh", "en")
CONTEXT_VALUES = ("auto", "failure", "neutral")
FAIL_ON_VALUES = ("error", "warning", "never")
SEVERITY_VALUES = ("error", "warning", "off")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    None: 1,
    "b": 1,
    "k": 1024,
    "kb": 1024,
    "m": 1024**2,
    "mb": 1024**2,
    "g": 1024**3,
    "gb": 1024**3,
}


class ConfigError(Exception):
    """A configuration problem; str() is 'file:line: what is wrong'."""


@dataclass
class FileSettings:
    """What applies to one file once config, per-file sections and the command line merge."""

    lang: str | None = None
    context: str | None = None
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)


@dataclass
class PerFile:
    glob: str
    settings: dict


@dataclass
class Config:
    path: Path | None = None
    base: dict = field(default_factory=dict)
    per_file: list[PerFile] = field(default_factory=list)
    fail_on: str | None = None
    extra_lexicons: tuple[Path, ...] = ()
    max_response_time: Duration | None = None
    template_globs: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_file_size: int | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def settings_for(self, shown_path: str) -> FileSettings:
        """Top-level settings, then every per-file section whose glob matches the file."""
        merged = dict(self.base)
        relative = _relative(shown_path, self.root)
        for section in self.per_file:
            if _glob_matches(relative, section.glob):
                severity = {**merged.get("severity", {}), **section.settings.get("severity", {})}
                merged.update(section.settings)
                merged["severity"] = severity
        return FileSettings(
            lang=_auto(merged.get("lang")),
            context=_auto(merged.get("context")),
            select=frozenset(merged["select"]) if merged.get("select") else None,
            ignore=frozenset(merged.get("ignore", ())),
            severity=dict(merged.get("severity", {})),
        )


def _auto(value: str | None) -> str | None:
    return None if value in (None, "auto") else value


def _relative(shown_path: str, root: Path) -> str:
    try:
        return Path(os.path.abspath(shown_path)).relative_to(real_path(root)).as_posix()
    except ValueError:
        return Path(shown_path).as_posix()


def _glob_matches(relative: str, glob: str) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return (
        fnmatch.fnmatch(relative, glob)
        or fnmatch.fnmatch(relative, glob.replace("**/", ""))
        or ("/" not in glob and fnmatch.fnmatch(name, glob))
    )


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above `start` that configures replylint."""
    directory = start if start.is_dir() else start.parent
    directory = real_path(directory)
    for candidate_dir in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = candidate_dir / name
            if candidate.is_file() and _configures_replylint(candidate):
                return candidate
    return None


def _configures_replylint(path: Path) -> bool:
    if path.name != "pyproject.toml":
        return True
    try:
        text = read_regular_text(path, MAX_CONFIG_BYTES)
    except (UnreadableFile, UnicodeDecodeError):
        return False
    return "[tool.replylint" in text


def user_config_path() -> Path:
    """The user-level config: `$XDG_CONFIG_HOME/replylint/config.toml` (~/.config by default)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "replylint" / "config.toml"


def user_config() -> Config:
    """The user-level config, or the defaults when there is none."""
    path = user_config_path()
    return load_config(path) if path.is_file() else Config()


def discover(paths: list[str]) -> Config:
    """The config for a run over `paths` (stdin: the working directory): the project's
    file found from there upwards, else the user-level one, else the defaults."""
    real = [Path(p) for p in paths if p != "-"]
    start = Path(os.path.commonpath([str(real_path(p)) for p in real])) if real else Path.cwd()
    found = find_config(start)
    return load_config(found) if found else user_config()


def resolve_config(
    paths: list[str] | None, config_file: Path | None = None, no_config: bool = False
) -> Config:
    """One precedence for every command: `--no-config`, then `--config FILE`, then the
    project's file found from `paths` (None: no project, as for the pre-send hook),
    then the user-level file. Raises ConfigError naming the file and line."""
    if no_config:
        return Config()
    if config_file is not None:
        return load_config(config_file)
    return discover(paths) if paths is not None else user_config()


def _line_of(raw: str, key: str) -> int:
    match = re.search(rf"^[ \t]*\"?{re.escape(key)}\"?[ \t]*=", raw, re.MULTILINE)
    if match is None:
        match = re.search(re.escape(key), raw)
    return raw.count("\n", 0, match.start()) + 1 if match else 1


_SETTING_KEYS = {"select", "ignore", "severity", "lang", "context"}
_TOP_KEYS = _SETTING_KEYS | {
    "fail-on",
    "extra-lexicons",
    "max-response-time",
    "template-globs",
    "include",
    "exclude",
    "max-file-size",
    "per-file",
}


def load_config(path: str | os.PathLike[str]) -> Config:
    """Parse and validate a config file; every problem names the file and line."""
    path = Path(path)
    try:
        raw = read_regular_text(path, MAX_CONFIG_BYTES)
        data = parse_toml(raw)
    except UnreadableFile as exc:
        raise ConfigError(f"{path}:1: cannot read: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}:1: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _toml_error_line(str(exc))
        raise ConfigError(f"{path}:{line}: invalid TOML: {str(exc).split(' (at')[0]}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("replylint", {})
    else:
        table = data.get("tool", {}).get("replylint", data) if "tool" in data else data

    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{path}:{_line_of(raw, key)}: {problem}")

    if not isinstance(table, dict):
        raise fail("replylint", "[tool.replylint] must be a table")
    for key in table:
        if key not in _TOP_KEYS:
            raise fail(key, f"unknown setting '{key}' (known: {', '.join(sorted(_TOP_KEYS))})")
    config = Config(path=real_path(path))
    config.base = _settings(table, fail)
    per_file = table.get("per-file", {})
    if not isinstance(per_file, dict):
        raise fail("per-file", "'per-file' must be a table of glob = { settings }")
    for glob, section in per_file.items():
        if not isinstance(section, dict):
            raise fail(glob, f"per-file '{glob}' must be a table")
        for key in section:
            if key not in _SETTING_KEYS:
                raise fail(
                    key,
                    f"unknown per-file setting '{key}' (known: {', '.join(sorted(_SETTING_KEYS))})",
                )
        config.per_file.append(PerFile(glob, _settings(section, fail)))
    if "fail-on" in table:
        config.fail_on = _choice(table["fail-on"], FAIL_ON_VALUES, "fail-on", fail)
    config.extra_lexicons = tuple(
        real_path(config.root / p) for p in _strings(table, "extra-lexicons", fail)
    )
    for lexicon in config.extra_lexicons:
        if not lexicon.is_file():
            raise fail("extra-lexicons", f"extra lexicon '{lexicon}' does not exist")
        _check_extra_lexicon(lexicon)
    if "max-response-time" in table:
        value = table["max-response-time"]
        duration = parse_duration(value) if isinstance(value, str) else None
        if duration is None:
            raise fail(
                "max-response-time",
                f"max-response-time {value!r} is not a duration "
                '(e.g. "48h", "2 days", "2 business days")',
            )
        config.max_response_time = duration
    config.template_globs = tuple(_strings(table, "template-globs", fail))
    config.include = tuple(_strings(table, "include", fail))
    config.exclude = tuple(_strings(table, "exclude", fail))
    if "max-file-size" in table:
        config.max_file_size = parse_size(table["max-file-size"])
        if config.max_file_size is None:
            raise fail(
                "max-file-size",
                f'max-file-size {table["max-file-size"]!r} is not a size (e.g. 5000000, "5MB")',
            )
    return config


def parse_toml(text: str) -> dict:
    """tomllib.loads, with nesting too deep for the parser reported as a TOML error.

    tomllib parses arrays and inline tables recursively, so 600 nested `[` end in a
    RecursionError; nothing a person writes nests more than a few levels."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise tomllib.TOMLDecodeError("arrays or tables nested too deeply") from None


def _check_extra_lexicon(path: Path) -> None:
    """Structure and pattern syntax now, without spaCy (examples are proven when the
    language's pipeline is built): a broken team lexicon stops the run up front."""
    from replylint.lexicon import LexiconError, PatternCompiler, load_lexicon

    try:
        lexicon = load_lexicon(path, extra=True)
        compiler = PatternCompiler(lexicon, str.split)
        for category, entries in lexicon.categories.items():
            for entry in entries:
                compiler.compile_entry(category, entry)
    except LexiconError as exc:
        raise ConfigError(str(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}:1: cannot read extra lexicon: {exc}") from None


def parse_size(value) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = _SIZE.match(value) if isinstance(value, str) else None
    if not match:
        return None
    return int(float(match.group(1)) * _SIZE_UNITS[(match.group(2) or "").lower() or None])


def _toml_error_line(message: str) -> int:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 1


def _strings(table: dict, key: str, fail) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(key, f"'{key}' must be a list of strings")
    return value


def _choice(value, allowed: tuple[str, ...], key: str, fail) -> str:
    if value not in allowed:
        raise fail(key, f"'{key}' must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _settings(table: dict, fail) -> dict:
    from replylint.catalog import rule_catalog

    RULES_BY_ID = rule_catalog()  # noqa: N806 - the draft rules and the suppression checks

    settings: dict = {}
    for key in ("select", "ignore"):
        if key in table:
            rules = _strings(table, key, fail)
            for rule in rules:
                if rule not in RULES_BY_ID:
                    raise fail(
                        key, f"unknown rule '{rule}' in '{key}' (known: {', '.join(RULES_BY_ID)})"
                    )
            settings[key] = rules
    if "severity" in table:
        severity = table["severity"]
        if not isinstance(severity, dict):
            raise fail("severity", "'severity' must be a table of rule = error|warning|off")
        for rule, level in severity.items():
            if rule not in RULES_BY_ID:
                raise fail(rule, f"unknown rule '{rule}' in 'severity'")
            _choice(level, SEVERITY_VALUES, rule, fail)
        settings["severity"] = dict(severity)
    if "lang" in table:
        settings["lang"] = _choice(table["lang"], LANG_VALUES, "lang", fail)
    if "context" in table:
        settings["context"] = _choice(table["context"], CONTEXT_VALUES, "context", fail)
    return settings
