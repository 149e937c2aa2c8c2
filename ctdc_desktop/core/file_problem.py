"""The one shape of every message about a file the user gave us: which file, what is wrong, what to do."""

from __future__ import annotations

from pathlib import Path

from ctdc_desktop.core.user_error import UserError


class FileProblem(UserError):
    """A file that cannot be used as it is. `str(error)` is the whole message, ready to show the user."""

    def __init__(self, path: Path | str, problem: str, advice: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.advice = advice
        text = f"{self.path.name}: {problem}"
        if advice:
            text += f" {advice}"
        super().__init__(text)
