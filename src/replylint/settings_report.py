"""`replylint check --show-settings PATH`: the settings one file gets, and where each came from.

A per-file section, the top level of a config file, the command line or the
default: when a run does something unexpected, this says which of them decided.
"""

from __future__ import annotations

from pathlib import Path

from replylint.config import Config, _glob_matches, _line_of, _relative
from replylint.runner import RunOptions
from replylint.sources import MAX_FILE_BYTES, format_of

DEFAULTS = {
    "lang": "auto",
    "context": "auto",
    "select": "all rules",
    "ignore": "none",
    "fail-on": "warning",
    "min-severity": "warning",
}


def _where(config: Config, key: str, raw: str, section: str | None = None) -> str:
    name = config.path.name if config.path else "config"
    if section is None:
        return f"{config.path}:{_line_of(raw, key)}" if config.path else name
    # The section's header is where its settings start; report that line.
    return f'{config.path}:{_line_of(raw, section)} [per-file "{section}"]'


def _show(value: object) -> str:
    if isinstance(value, (list, tuple, frozenset, set)):
        return ", ".join(sorted(str(v) for v in value)) or "none"
    return str(value)


def describe_settings(
    paths: list[str],
    config: Config,
    options: RunOptions,
    given: dict[str, object],
    no_config: bool = False,
) -> str:
    """One block per path: each setting, its value and its origin, aligned in columns."""
    try:
        raw = config.path.read_text(encoding="utf-8") if config.path else ""
    except OSError:
        raw = ""
    out: list[str] = []
    for shown in paths:
        rows: list[tuple[str, str, str]] = []
        if no_config:
            rows.append(("config", "none", "--no-config"))
        else:
            rows.append(("config", str(config.path) if config.path else "none found", ""))
        fmt = "stdin" if shown == "-" else format_of(shown, options.all_template_globs)
        rows.append(("format", fmt or "not read (unknown extension)", "file name"))
        relative = _relative(shown, config.root)
        for key in ("lang", "context", "select", "ignore"):
            value, origin = DEFAULTS[key], "default"
            if key in config.base:
                value, origin = _show(config.base[key]), _where(config, key, raw)
            for section in config.per_file:
                if key in section.settings and _glob_matches(relative, section.glob):
                    value = _show(section.settings[key])
                    origin = _where(config, key, raw, section.glob)
            if given.get(key) not in (None, "auto") or (key == "lang" and given.get(key)):
                value, origin = _show(given[key]), "command line"
            rows.append((key, value, origin))
        severity: dict[str, tuple[str, str]] = {
            rule: (level, _where(config, rule, raw))
            for rule, level in config.base.get("severity", {}).items()
        }
        for section in config.per_file:
            if _glob_matches(relative, section.glob):
                for rule, level in section.settings.get("severity", {}).items():
                    severity[rule] = (level, _where(config, rule, raw, section.glob))
        for rule, (level, origin) in sorted(severity.items()):
            rows.append((f"severity.{rule}", level, origin))
        for key, attribute in (("fail-on", config.fail_on), ("min-severity", None)):
            value, origin = DEFAULTS[key], "default"
            if attribute is not None:
                value, origin = attribute, _where(config, key, raw)
            if given.get(key):
                value, origin = str(given[key]), "command line"
            rows.append((key, value, origin))
        size = config.max_file_size
        rows.append(
            (
                "max-file-size",
                f"{size or MAX_FILE_BYTES} bytes",
                _where(config, "max-file-size", raw) if size else "default",
            )
        )
        if config.max_response_time is not None:
            rows.append(
                (
                    "max-response-time",
                    str(config.max_response_time),
                    _where(config, "max-response-time", raw),
                )
            )
        for key, values in (
            ("extra-lexicons", config.extra_lexicons),
            ("template-globs", config.template_globs),
        ):
            if values:
                rows.append((key, _show([str(v) for v in values]), _where(config, key, raw)))
        if options.template_globs:
            rows.append(("template-globs (cli)", _show(options.template_globs), "command line"))
        out.append(str(Path(shown)) if shown != "-" else "-")
        width = max(len(r[0]) for r in rows)
        value_width = max(len(r[1]) for r in rows)
        for key, value, origin in rows:
            line = f"  {key:{width}}  {value:{value_width}}  {origin}".rstrip()
            out.append(line)
    return "\n".join(out) + "\n"
