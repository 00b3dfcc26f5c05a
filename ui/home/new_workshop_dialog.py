"""Creating a workshop: choose a template and give the essentials; the rest is edited in Setup."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from app import paths
from app.templates import Template, list_templates
from app.thaidate import format_date
from ui.common.i18n import current_language
from ui.common.thai_date_edit import ThaiDateEdit
from ui.common.theme import set_tone
from ui.templates.problem_text import template_problem


class NewWorkshopDialog(QDialog):
    def __init__(self, lang: str = "th", parent=None):
        super().__init__(parent)
        self.setObjectName("newWorkshopDialog")
        self.lang = lang
        self.setWindowTitle(self.tr("New workshop"))
        self.templates, self.template_problems = list_templates(paths.user_templates_dir())
        self.template_combo = QComboBox(objectName="templateCombo")
        for template in self.templates:
            label = template.name.get(lang) + ("" if template.builtin else self.tr(" (your template)"))
            self.template_combo.addItem(label)
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.organization_edit = QLineEdit(objectName="organizationEdit")
        self.organization_edit.setPlaceholderText(self.tr("e.g. Land Development Department"))
        self.date_edit = ThaiDateEdit(objectName="dateEdit", lang=current_language())
        self.date_label = QLabel(objectName="dateLabel")
        self.venue_edit = QLineEdit(objectName="venueEdit")
        self.error_label = QLabel(objectName="errorLabel")
        set_tone(self.error_label, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template_combo)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Organization"), self.organization_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow("", self.date_label)
        form.addRow(self.tr("Venue"), self.venue_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.template_problems:
            note = QLabel(self.tr("Some template files could not be read and are not listed:") + "\n"
                          + "\n".join(template_problem(p) for p in self.template_problems), wordWrap=True)
            layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.template_combo.currentIndexChanged.connect(self._on_template_combo_changed)
        self.date_edit.dateChanged.connect(self._on_date_edit_changed)
        self._on_template_combo_changed(0)
        self._on_date_edit_changed(self.date_edit.date())
        self.resize(560, self.sizeHint().height())

    def template(self) -> Template:
        return self.templates[self.template_combo.currentIndex()]

    def event_date(self) -> date:
        return self.date_edit.date().toPython()

    def details(self) -> dict:
        return {"title": self.title_edit.text().strip(), "organization": self.organization_edit.text().strip(),
                "event_date": self.event_date(), "venue": self.venue_edit.text().strip(), "language": self.lang}

    def _on_template_combo_changed(self, index: int) -> None:
        if 0 <= index < len(self.templates):
            self.title_edit.setText(self.templates[index].name.get(self.lang))

    def _on_date_edit_changed(self, value: QDate) -> None:
        # Qt has no Buddhist calendar; the BE date is shown beside the picker.
        self.date_label.setText(format_date(value.toPython(), self.lang))

    def _on_buttons_accepted(self) -> None:
        if not self.title_edit.text().strip():
            self.error_label.setText(self.tr("Please give the workshop a title."))
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
