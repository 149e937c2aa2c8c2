"""Everything that computes. Pure Python, pandas and numpy: no Qt (an import-linter contract enforces it)."""
