"""Recode: recipes that turn a cleaned export into the categories of a CTDC codebook, one row per victim."""
