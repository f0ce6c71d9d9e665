"""Shell completion of rule ids for `--select`, `--ignore` and `explain RULE`.

click completes commands, options and choices by itself (`_REPLYLINT_COMPLETE=bash_source
replylint`); rule ids are free text to click, so they get a completer. It reads only
the rule catalogue, never spaCy, so a Tab press stays instant.
"""

from __future__ import annotations

import click
from click.shell_completion import CompletionItem


def complete_rule_ids(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Rule ids that start with the last comma-separated item typed so far."""
    from replylint.catalog import rule_catalog

    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [
        CompletionItem(prefix + rule_id, help=rule.summary)
        for rule_id, rule in rule_catalog().items()
        if rule_id.startswith(last)
    ]
