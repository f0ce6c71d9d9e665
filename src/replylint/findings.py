"""Findings are plain data: what a rule says, and where in the original file."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum


class Severity(str, Enum):
    """How serious a finding is; ordered so `--fail-on` can compare."""

    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"warning": 1, "error": 2}[self.value]


@dataclass(frozen=True)
class Finding:
    """One problem in one draft. Lines and columns are 1-based code points."""

    rule: str
    severity: Severity
    message: str
    suggestion: str | None
    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data
