"""The rule registry: every rule is listed here, once."""

from __future__ import annotations

from replylint.rules.base import Rule
from replylint.rules.breezy_opener import BreezyOpener
from replylint.rules.customer_blame import CustomerBlame
from replylint.rules.missing_apology import MissingApology
from replylint.rules.missing_response_time import MissingResponseTime

ALL_RULES: tuple[Rule, ...] = (
    MissingApology(),
    CustomerBlame(),
    BreezyOpener(),
    MissingResponseTime(),
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in ALL_RULES}
