"""`python -m ctdc_desktop` does what the `ctdc-desktop` command does."""

import sys

from ctdc_desktop.cli import main

sys.exit(main())
