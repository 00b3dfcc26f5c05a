"""A checkpoint's name and date (Buddhist Era), for adding one or changing one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ui.common.i18n import current_language
from ui.common.thai_date_edit import ThaiDateEdit


class CheckpointDialog(QDialog):
    """Opened with ``open()`` (tests reach it); ``accepted`` then ``values()`` gives (name, date)."""

    def __init__(self, parent=None, name: str = "", day: date | None = None, adding: bool = True):
        super().__init__(parent)
        self.setObjectName("checkpointDialog")
        self.setWindowTitle(self.tr("Add checkpoint") if adding else self.tr("Edit checkpoint"))
        self.name_edit = QLineEdit(name, objectName="checkpointName")
        self.name_edit.setPlaceholderText(self.tr("e.g. 6-month review"))
        self.name_edit.setMinimumWidth(420)
        self.date_edit = ThaiDateEdit(lang=current_language(), objectName="checkpointDate")
        self.date_edit.setDate(QDate(day) if day is not None else QDate.currentDate())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(name.strip()))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(buttons)
        form.labelForField(self.name_edit).setBuddy(self.name_edit)
        form.labelForField(self.date_edit).setBuddy(self.date_edit)

    def values(self) -> tuple[str, date]:
        return self.name_edit.text().strip(), self.date_edit.date().toPython()
