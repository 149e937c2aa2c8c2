"""Reading case exports and writing outputs."""
