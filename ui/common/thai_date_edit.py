"""A date typed the Thai government way: day, month by name, and the year in the Buddhist Era.

Qt's date editor and calendar know no Buddhist Era calendar (QCalendar has none), so they showed
"2025-01-15" beside the Thai date. Here each part is its own field: the day, the month by name (in
the interface's language), the year as B.E. (2568), typed or stepped with the arrow keys. Empty
when ``allow_empty`` and no date is set: ``date()`` is then an invalid QDate.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from app.thaidate import ENGLISH_MONTHS, THAI_MONTHS

BE_OFFSET = 543
FIRST_YEAR, LAST_YEAR = 2500, 2700  # B.E.: 1957–2157


class ThaiDateEdit(QWidget):
    dateChanged = Signal(QDate)   # whenever the date shown changes (invalid: none)
    editingFinished = Signal()    # the user left a field or chose a month: commit now

    def __init__(self, parent=None, *, allow_empty: bool = False, lang: str = "th", objectName: str = ""):
        super().__init__(parent, objectName=objectName)
        self.allow_empty = allow_empty
        lowest = 0 if allow_empty else 1
        self.day_spin = QSpinBox(objectName="daySpin")
        self.day_spin.setRange(lowest, 31)
        self.month_combo = QComboBox(objectName="monthCombo")
        self.year_spin = QSpinBox(objectName="yearSpin")
        self.year_spin.setRange(FIRST_YEAR - 1 if allow_empty else FIRST_YEAR, LAST_YEAR)
        if allow_empty:  # the lowest value of each part stands for "no date"
            self.day_spin.setSpecialValueText("–")
            self.year_spin.setSpecialValueText("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day_spin)
        layout.addWidget(self.month_combo, 1)
        layout.addWidget(self.year_spin)
        self.set_language(lang)
        self.setFocusProxy(self.day_spin)
        self._quiet = False
        for spin in (self.day_spin, self.year_spin):
            spin.valueChanged.connect(self._on_part_changed)
            spin.editingFinished.connect(self.editingFinished)
        self.month_combo.currentIndexChanged.connect(self._on_part_changed)
        self.month_combo.activated.connect(lambda _i: self.editingFinished.emit())
        self.setDate(QDate() if allow_empty else QDate.currentDate())

    def set_language(self, lang: str) -> None:
        """Month names in the interface's language (the year stays B.E. in both)."""
        index = self.month_combo.currentIndex()
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        if self.allow_empty:
            self.month_combo.addItem("–")
        self.month_combo.addItems(list(THAI_MONTHS if lang == "th" else ENGLISH_MONTHS))
        self.month_combo.setCurrentIndex(max(index, 0))
        self.month_combo.blockSignals(False)

    def date(self) -> QDate:
        month = self.month_combo.currentIndex() + (0 if self.allow_empty else 1)
        day, year = self.day_spin.value(), self.year_spin.value()
        if self.allow_empty and (day == 0 or month == 0 or year < FIRST_YEAR):
            return QDate()
        return QDate(year - BE_OFFSET, month, day)

    def setDate(self, value: QDate) -> None:
        self._quiet = True
        try:
            if not value.isValid():
                value = QDate() if self.allow_empty else QDate.currentDate()
            if value.isValid():
                self.year_spin.setValue(value.year() + BE_OFFSET)
                self.month_combo.setCurrentIndex(value.month() - (0 if self.allow_empty else 1))
                self.day_spin.setValue(value.day())
            else:
                self.day_spin.setValue(0)
                self.month_combo.setCurrentIndex(0)
                self.year_spin.setValue(self.year_spin.minimum())
        finally:
            self._quiet = False
        self.dateChanged.emit(self.date())

    def _on_part_changed(self, *_args) -> None:
        month = self.month_combo.currentIndex() + (0 if self.allow_empty else 1)
        year = self.year_spin.value() - BE_OFFSET
        if month and self.year_spin.value() >= FIRST_YEAR:  # no 31 February: the day follows the month
            self.day_spin.setMaximum(QDate(year, month, 1).daysInMonth())
        if not self._quiet:
            self.dateChanged.emit(self.date())
