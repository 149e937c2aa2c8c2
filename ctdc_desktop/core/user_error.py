"""The one base of every error that is the user's to fix: a bad file, a bad parameter, an unsafe input.

Adapters (the window's worker, the CLI) show `str(error)` as it is and never a traceback for these; anything else
is a bug and goes to the crash report.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix. `str(error)` is the whole message: what is wrong, where, and what to do."""

    @property
    def message(self) -> str:
        return str(self)
