"""How a command that writes one file ends: its own exit code, or one line on stderr naming what went wrong.

`recode` and `recipe propose` read an export and write one file; bad input, Ctrl+C and a failed write end them the
same way, so the wording (and what the user is told to do) is the same in both."""

from __future__ import annotations

import sys
from collections.abc import Callable

from ctdc_desktop.commands.terminal_progress import TerminalProgress, cancel_on_ctrl_c
from ctdc_desktop.core.progress import Cancelled
from ctdc_desktop.core.user_error import UserError

EXIT_BAD_INPUT = 2
EXIT_CANCELLED = 130
EXIT_NOT_WRITTEN = 1


def run_writing_command(command: str, out: object, body: Callable[[TerminalProgress], int]) -> int:
    """`body(progress)`'s exit code; a bad input, a cancel or a failed write of `out` as one line and its code."""
    progress = TerminalProgress()
    with cancel_on_ctrl_c(progress):
        try:
            return body(progress)
        except UserError as error:
            progress.finish()
            print(f"ctdc-desktop {command}: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except (Cancelled, KeyboardInterrupt):
            progress.finish()
            print(f"ctdc-desktop {command}: cancelled; nothing was written.", file=sys.stderr)
            return EXIT_CANCELLED
        except OSError as error:
            progress.finish()
            print(
                f"ctdc-desktop {command}: could not write {out} ({error.strerror or type(error).__name__}); nothing "
                "was written. Check that the folder can be written to and that the disk has space.",
                file=sys.stderr,
            )
            return EXIT_NOT_WRITTEN
