"""`ctdc-desktop scan` (placeholder until its issue lands)."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    print("ctdc-desktop scan: not available yet", file=sys.stderr)
    return 2
