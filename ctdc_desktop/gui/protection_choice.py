"""How to protect the records: the Synthesize step's choice of method (k-anonymous or differentially private), what
each gives up, and the method's settings.

The box only shows the choices and says when one changes; the Synthesize page turns them into parameters and checks
them. Its text is the Synthesize page's: it is translated in the "SynthesizePage" context, where the French and Spanish
catalogues hold it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop.core.synth.model import FABRICATION_MODES, DpParams, KAnonParams
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from ctdc_desktop.gui.no_wheel import NoWheelComboBox, NoWheelDoubleSpinBox, NoWheelSpinBox

REFUSAL_STYLE = "color: #b3261e; font-weight: bold;"

# Shown in the choice of fabrication control, translated where shown (the language is installed after import).
FABRICATION_TEXT = {
    "uncontrolled": QT_TRANSLATE_NOOP(
        "SynthesizePage", "keep every combination the noise produces (most detail, most invented combinations)"
    ),
    "progressive": QT_TRANSLATE_NOOP("SynthesizePage", "drop a few combinations that noise alone could create"),
    "balanced": QT_TRANSLATE_NOOP(
        "SynthesizePage", "drop combinations that noise alone could easily create (recommended)"
    ),
    "minimize": QT_TRANSLATE_NOOP("SynthesizePage", "drop as many invented combinations as possible (least detail)"),
}


class ProtectionChoice(QGroupBox):
    """The two methods, each with what it protects and what it gives up, then the settings of the chosen one.

    `method_changed`: the other method was chosen (the page then shows only that method's settings);
    `method_picked`: the user clicked a method (the page keeps it over the recipe's); `k_changed`: the smallest
    group shown changed (who is at risk depends on it); `changed`: any setting changed, the method's too.
    """

    method_changed = Signal()
    method_picked = Signal()
    k_changed = Signal(int)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SynthesizePage", "How to protect the records"), parent)
        kanon_text, dp_text = self._make_methods()
        self._make_settings()
        self.parameter_problem = QLabel()
        self.parameter_problem.setWordWrap(True)
        self.parameter_problem.setStyleSheet(REFUSAL_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(self.kanon_button)
        layout.addWidget(kanon_text)
        layout.addWidget(self.dp_button)
        layout.addWidget(dp_text)
        layout.addLayout(self.parameters)
        layout.addWidget(self.parameter_problem)
        self._connect()

    def _make_methods(self) -> tuple[QLabel, QLabel]:
        """The two method buttons, and the explanation that goes under each."""
        self.kanon_button = QRadioButton(translate("SynthesizePage", "&k-anonymous"))
        self.dp_button = QRadioButton(translate("SynthesizePage", "&Differentially private"))
        self.kanon_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.kanon_button)
        group.addButton(self.dp_button)
        kanon_text = QLabel(
            translate(
                "SynthesizePage",
                "<b>k-anonymous synthesis</b> (as CTDC's 2021 release). Every combination of answers that is published "
                "is shared by at least <b>k</b> real people, and counts are rounded down to a multiple of k. Rare "
                "combinations are left out. <i>What you give up:</i> small groups disappear from the data; a larger k "
                "protects more and shows less.",
            )
        )
        dp_text = QLabel(
            translate(
                "SynthesizePage",
                "<b>Differentially private synthesis</b> (as CTDC's 2022 release). Random noise is added to every "
                "count, so the result hardly depends on any one person. <b>ε</b> (epsilon) is the privacy budget: "
                "smaller means more noise and stronger protection. Budgets add up over releases of the same data, so "
                "each release spends part of a cap. <i>What you give up:</i> counts are less exact, and a few "
                "combinations may be invented by the noise.",
            )
        )
        for label in (kanon_text, dp_text):
            label.setWordWrap(True)
            label.setContentsMargins(22, 0, 0, 6)
        return kanon_text, dp_text

    def _make_settings(self) -> None:
        """The settings of both methods, in one form (the page hides the rows of the method not chosen)."""
        defaults_k, defaults_dp = KAnonParams(), DpParams()
        # The wheel changes none of these unless the user clicked or tabbed into it: scrolling the page must never
        # change how strongly people are protected.
        self.k_box = NoWheelSpinBox()
        self.k_box.setRange(2, 1000)
        self.k_box.setValue(defaults_k.k)
        self.k_box.setToolTip(
            translate(
                "SynthesizePage", "Every published combination is shared by at least this many people (default 10)."
            )
        )
        self.epsilon_box = NoWheelDoubleSpinBox()
        self.epsilon_box.setRange(0.1, 100.0)
        self.epsilon_box.setDecimals(2)
        self.epsilon_box.setSingleStep(0.5)
        self.epsilon_box.setValue(defaults_dp.epsilon)
        self.epsilon_box.setToolTip(
            translate("SynthesizePage", "The privacy budget this release spends (default 4; CTDC 2022 used 12).")
        )
        self.length_box = NoWheelSpinBox()
        self.length_box.setRange(1, 6)
        self.length_box.setValue(defaults_k.reporting_length)
        self.length_box.setToolTip(
            translate(
                "SynthesizePage",
                "The longest combination of answers whose count is kept (kanon default 4, dp default 3).",
            )
        )
        self.fabrication_box = NoWheelComboBox()
        for mode in FABRICATION_MODES:
            self.fabrication_box.addItem(translate("SynthesizePage", FABRICATION_TEXT[mode]), mode)
        self.fabrication_box.setCurrentIndex(FABRICATION_MODES.index(defaults_dp.fabrication))
        self.fabrication_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fabrication_box.setMinimumContentsLength(24)
        self.fabrication_box.setToolTip(
            translate(
                "SynthesizePage",
                "Noise can make a combination appear that no real record has; this sets how hard to remove those.",
            )
        )
        self.fixed_seed = QCheckBox(translate("SynthesizePage", "Same records every run (seed)"))
        self.seed_box = NoWheelSpinBox()
        self.seed_box.setRange(0, 2**31 - 1)
        self.seed_box.setEnabled(False)
        self.seed_box.setToolTip(
            translate(
                "SynthesizePage",
                "Only for checking a run can be repeated; it does not change the protection. With k-anonymity the "
                "same seed gives the same records. With differential privacy the noise is new on every run, as it "
                "must be, so the records still differ: the seed only fixes how they are drawn from the noisy counts.",
            )
        )
        self.parameters = QFormLayout()
        # On a narrow window (a small screen, or 200 % scaling) each label goes above its control.
        self.parameters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.parameters.addRow(translate("SynthesizePage", "k (smallest group shown):"), self.k_box)
        self.parameters.addRow(translate("SynthesizePage", "ε (privacy budget):"), self.epsilon_box)
        self.parameters.addRow(translate("SynthesizePage", "Longest combination kept:"), self.length_box)
        self.parameters.addRow(translate("SynthesizePage", "Invented combinations:"), self.fabrication_box)
        # The seed on a row of its own under its tick box: side by side they would not fit a narrow window.
        self.parameters.addRow(self.fixed_seed)
        self.parameters.addRow(translate("SynthesizePage", "Seed:"), self.seed_box)

    def _connect(self) -> None:
        self.kanon_button.toggled.connect(self.method_changed)
        self.k_box.valueChanged.connect(self.k_changed)
        for box in (self.k_box, self.epsilon_box, self.length_box, self.seed_box):
            box.valueChanged.connect(self.changed)
        self.fabrication_box.currentIndexChanged.connect(self.changed)
        # The seed is set only once its tick box is ticked.
        self.fixed_seed.toggled.connect(self.seed_box.setEnabled)
        seed_label = self.parameters.labelForField(self.seed_box)
        if seed_label is not None:
            seed_label.setEnabled(False)
            self.fixed_seed.toggled.connect(seed_label.setEnabled)
        self.fixed_seed.toggled.connect(self.changed)
        for button in (self.kanon_button, self.dp_button):
            button.clicked.connect(self.method_picked)
