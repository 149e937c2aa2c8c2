"""CTDC Desktop: de-identify a counter-trafficking case export and synthesize CTDC-style release data offline."""

__version__ = "0.1.0"
