"""git format-patch mails (what `git send-email` sends): the prose is the commit
message or the cover letter's blurb; the diffstat, shortlog and diff after it are
code, never words to judge ("+Great news!" in a hunk is not an opener)."""

from __future__ import annotations

import re

from replylint.sources.derived import Derived

# Evidence that a message carries a patch: a diff header or git's diffstat summary.
_PATCH = re.compile(r"^(?:diff --git |Index: \S|--- (?:a/|/dev/null)| \d+ files? changed)", re.M)
# Where the prose stops: git's "---" before the diffstat, a cover letter's shortlog
# ("Ann Dev (3):"), or failing those the first diff header.
_PROSE_END = re.compile(r"^(?:---[ \t]*$|\S[^\n]*\(\d+\):$|diff --git |Index: \S)", re.M)


def prose_of_patch(text: Derived) -> Derived | None:
    """The prose of a patch mail with its positions, or None when it is no patch mail."""
    if not _PATCH.search(text.text):
        return None
    end = _PROSE_END.search(text.text)
    cut = end.start() if end else len(text.text)
    return Derived(text.text[:cut], text.to_original[:cut])
