"""The PySide6 front end. It shows results; everything it shows is computed in `ctdc_desktop.core`."""
