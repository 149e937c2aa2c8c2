"""The Load step: open a mission's export (one or two files, a sheet each, or one row per perpetrator), link the
victims to their perpetrators, and profile each column for the Load page."""
