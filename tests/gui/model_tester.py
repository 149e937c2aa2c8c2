"""Qt's model tester, kept watching a model for as long as the model lives.

`QAbstractItemModelTester(model, mode)` with no parent is owned by Python: a tester nobody holds is deleted at once,
after checking the model as it was then, and sees none of the resets, changes, filtering or sorting that follow.
Parented to the model, it checks every signal the model sends until the model is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QAbstractItemModelTester

Mode = QAbstractItemModelTester.FailureReportingMode


def watched(model: QAbstractItemModel, mode: Mode = Mode.Fatal) -> QAbstractItemModelTester:
    """Check `model` now and after every change it announces; Fatal: a broken model ends the test run at once."""
    return QAbstractItemModelTester(model, mode, model)
