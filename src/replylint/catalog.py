"""Every rule id replylint reports: the draft rules and the checks on suppression comments.

One catalogue so that `rules`, `explain`, `--select`/`--ignore`, config `severity`
and the reporters agree on what a rule is.
"""

from __future__ import annotations

from functools import lru_cache

from replylint.suppressions import META_RULES, MetaRule


@lru_cache(maxsize=1)
def rule_catalog() -> dict:
    """Rule id -> rule (a `Rule` or a `MetaRule`), draft rules first."""
    from replylint.rules import RULES_BY_ID

    return {**RULES_BY_ID, **{rule.id: rule for rule in META_RULES}}


def is_meta(rule: object) -> bool:
    """A rule about suppression comments rather than about the draft."""
    return isinstance(rule, MetaRule)
