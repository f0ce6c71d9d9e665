"""Hover text for a finding: what the rule means, with its advice and examples in
the draft's own language (the lexicon's `[rules.RULE]` texts, as `explain` prints)."""

from __future__ import annotations

from replylint.findings import Finding

LANGUAGE_NAMES = {
    "da": "Danish",
    "sv": "Swedish",
    "et": "Estonian",
    "zh": "Chinese",
    "en": "English",
}


def hover_markdown(finding: Finding, lang: str | None) -> str:
    """Markdown for one finding: rule, message, rationale, and the language's
    suggestion with a bad and a good example."""
    from replylint.rules import RULES_BY_ID
    from replylint.suppressions import META_RULES

    rule = RULES_BY_ID.get(finding.rule) or next(
        (r for r in META_RULES if r.id == finding.rule), None
    )
    parts = [f"**replylint: {finding.rule}** ({finding.severity.value})", finding.message]
    if rule is not None:
        parts.append(f"{rule.summary} {rule.rationale}")
    if lang in LANGUAGE_NAMES and finding.rule in RULES_BY_ID:
        from replylint.lexicon import load_builtin

        lexicon = load_builtin(lang)
        name = LANGUAGE_NAMES[lang]
        suggestion = finding.suggestion or lexicon.rule_text(finding.rule, "suggestion")
        if suggestion:
            parts.append(f"**What to do ({name}):** {suggestion}")
        bad = lexicon.rule_text(finding.rule, "bad")
        good = lexicon.rule_text(finding.rule, "good")
        if bad and good:
            parts.append(f"- ✗ {bad}\n- ✓ {good}")
    elif finding.suggestion:
        parts.append(f"**What to do:** {finding.suggestion}")
    return "\n\n".join(parts)
