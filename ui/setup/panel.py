"""Setup: the workshop's details, and its groups with their members (``ui/setup/groups_editor.py``).

Every field commits when the user finishes it (Return or leaving the field), as one undoable edit.
A value the core refuses is shown in red under its field; the file keeps the previous value.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSpinBox, QTimeEdit, QVBoxLayout, QWidget,
)

from app.changes import Changes
from app.errors import ValidationError, WorkshopError
from app.thaidate import format_date
from app.workshop import Workshop
from ui.setup.groups_editor import GroupsEditorWidget
from ui.common.thai_date_edit import ThaiDateEdit
from ui.common.i18n import Retranslating, current_language
from ui.common.messages import show_error, validation_text
from ui.common.theme import set_tone
from ui.common.panel_actions import plain_text
from ui.common.undo import run_undoable



class LinesEdit(QPlainTextEdit):
    """A multi-line field, one entry a line, that reports ``editingFinished`` when it loses focus."""
    editingFinished = Signal()

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self.setTabChangesFocus(True)
        self.setFixedHeight(96)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class SetupPanel(Retranslating, QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("setupPanel")
        self.setWidgetResizable(True)
        self.workshop: Workshop | None = None
        self.undo_stack = None
        self.host: QWidget | None = None  # the window that owns the open workshop

        self.title_edit = QLineEdit(objectName="titleEdit")
        self.organization_edit = QLineEdit(objectName="organizationEdit")
        self.unit_edit = QLineEdit(objectName="unitEdit")
        self.date_edit = ThaiDateEdit(objectName="dateEdit", allow_empty=True)
        self.date_label = QLabel(objectName="dateLabel")
        self.start_edit = QTimeEdit(objectName="startTimeEdit")
        self.start_edit.setDisplayFormat("HH:mm")
        self.venue_edit = QLineEdit(objectName="venueEdit")
        self.facilitators_edit = LinesEdit(objectName="facilitatorsEdit")
        self.objectives_edit = LinesEdit(objectName="objectivesEdit")
        self.language_combo = QComboBox(objectName="reportLanguageCombo")
        self.language_combo.addItem("ไทย", "th")
        self.language_combo.addItem("English", "en")
        self.thai_digits_check = QCheckBox(objectName="thaiDigitsCheck")
        self.dots_spin = QSpinBox(objectName="dotsSpin", minimum=0, maximum=100)
        for small in (self.start_edit, self.dots_spin, self.language_combo):
            small.setMaximumWidth(200)  # short values: a full-width box reads as a text field

        # field name -> (widget, its label, its error label)
        self.fields: dict[str, tuple[QWidget, QLabel, QLabel]] = {}
        self.details_box = QGroupBox(objectName="detailsBox")
        form = QFormLayout(self.details_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addWidget(self.date_label, 1)
        for name, widget, shown in (
                ("title", self.title_edit, self.title_edit), ("organization", self.organization_edit, None),
                ("unit", self.unit_edit, None), ("event_date", self.date_edit, date_row),
                ("start_time", self.start_edit, None), ("venue", self.venue_edit, None),
                ("facilitators", self.facilitators_edit, None), ("objectives", self.objectives_edit, None),
                ("language", self.language_combo, None), ("thai_digits", self.thai_digits_check, None),
                ("dots_per_group", self.dots_spin, None)):
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(shown or widget)
            error = QLabel(objectName=f"{name}Error", wordWrap=True)
            set_tone(error, "error")
            error.hide()
            cell_layout.addWidget(error)
            label = QLabel()
            label.setBuddy(widget)
            form.addRow(label, cell)
            self.fields[name] = (widget, label, error)

        for edit in (self.title_edit, self.organization_edit, self.unit_edit, self.venue_edit):
            edit.editingFinished.connect(self._on_line_edit_editing_finished)
        self.date_edit.editingFinished.connect(self._commit_date)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.start_edit.editingFinished.connect(self._commit_start_time)
        self.facilitators_edit.editingFinished.connect(self._on_lines_edit_editing_finished)
        self.objectives_edit.editingFinished.connect(self._on_lines_edit_editing_finished)
        self.language_combo.activated.connect(self._on_language_combo_activated)
        self.thai_digits_check.clicked.connect(self._on_thai_digits_check_clicked)
        self.dots_spin.editingFinished.connect(self._on_dots_spin_editing_finished)

        self.groups_box = GroupsEditorWidget()

        # Side by side: on a 1366×768 laptop the groups and their members were below the fold. Where
        # the two do not fit side by side (the same laptop at 150 %), one above the other: scrolling
        # down, never sideways past a cut-off button (resizeEvent).
        body = QWidget()
        layout = self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        layout.setContentsMargins(16, 12, 16, 12)
        details_column = QVBoxLayout()
        details_column.addWidget(self.details_box)
        details_column.addStretch(1)
        layout.addLayout(details_column, 1)
        layout.addWidget(self.groups_box, 1)
        self.setWidget(body)
        chain = [self.title_edit, self.organization_edit, self.unit_edit, self.date_edit, self.start_edit,
                 self.venue_edit, self.facilitators_edit, self.objectives_edit, self.language_combo,
                 self.thai_digits_check, self.dots_spin, self.groups_box.groups_view]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        margins = self.columns.contentsMargins()
        side_by_side = (self.details_box.minimumSizeHint().width() + self.groups_box.minimumSizeHint().width()
                        + self.columns.spacing() + margins.left() + margins.right())
        wide = self.viewport().width() >= side_by_side
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    # ----------------------------------------------------------------- texts
    def retranslate(self) -> None:
        labels = {
            "title": self.tr("&Title"), "organization": self.tr("&Organization"), "unit": self.tr("&Unit"),
            "event_date": self.tr("&Date"), "start_time": self.tr("&Start time"), "venue": self.tr("&Venue"),
            "facilitators": self.tr("&Facilitators\n(one per line)"),
            "objectives": self.tr("O&bjectives\n(one per line)"),
            "language": self.tr("&Report language"), "thai_digits": self.tr("Thai &digits"),
            "dots_per_group": self.tr("Dots per &group"),
        }
        for name, text in labels.items():
            self.fields[name][1].setText(text)
        self.details_box.setTitle(self.tr("Workshop"))
        self.thai_digits_check.setText(self.tr("Use Thai digits (๐๑๒…) in documents"))
        self.dots_spin.setToolTip(self.tr("How many dots each group may place when voting on initiatives"))
        self.date_edit.set_language(current_language())
        self._on_date_edit_date_changed(self.date_edit.date())

    # ----------------------------------------------------------------- context and redraw
    def set_context(self, context) -> None:
        if self.host is not None:
            self.host.removeEventFilter(self)
        self.workshop = context.workshop if context is not None else None
        self.undo_stack = context.undo_stack if context is not None else None
        self.host = context.window if context is not None else None
        if self.host is not None:
            self.host.installEventFilter(self)
        self.setEnabled(self.workshop is not None and not self.workshop.readonly)
        if self.workshop is not None:
            self.redraw_details()
        self.groups_box.set_context(self.workshop, self.undo_stack)

    def eventFilter(self, watched, event: QEvent) -> bool:
        # Closing the window closes the file before the focused field loses focus, so a field
        # being typed in is committed here first.
        if watched is self.host and event.type() == QEvent.Type.Close:
            self.commit_pending()
        return False

    def _live(self) -> Workshop | None:
        """The workshop, if it is still open (a field can lose focus after its window closed it)."""
        if self.workshop is None or getattr(self.host, "workshop", self.workshop) is not self.workshop:
            return None
        return self.workshop

    def commit_pending(self) -> None:
        """Commit the field being edited, if any (its edit has not finished yet)."""
        focused = self.focusWidget()
        if focused in (self.title_edit, self.organization_edit, self.unit_edit, self.venue_edit):
            self.commit_detail(self._line_fields()[focused], focused.text().strip())
        elif focused in (self.facilitators_edit, self.objectives_edit):
            self.commit_detail("facilitators" if focused is self.facilitators_edit else "objectives",
                               focused.lines())

    def _line_fields(self) -> dict:
        return {self.title_edit: "title", self.organization_edit: "organization",
                self.unit_edit: "unit", self.venue_edit: "venue"}

    def apply(self, changes: Changes) -> None:
        if self._live() is None:
            return
        if changes.details:
            self.redraw_details()
        if changes.groups:
            self.groups_box.redraw_groups()

    def redraw_details(self) -> None:
        d = self.workshop.details()
        for edit, value in ((self.title_edit, d.title), (self.organization_edit, d.organization),
                            (self.unit_edit, d.unit), (self.venue_edit, d.venue)):
            if not (edit.hasFocus() and edit.isModified()) and edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)  # a long title shows its beginning, not its end
        self.date_edit.setDate(QDate(d.event_date) if d.event_date else QDate())
        hours, minutes = (int(part) for part in d.start_time.split(":"))
        self.start_edit.setTime(QTime(hours, minutes))
        for edit, values in ((self.facilitators_edit, d.facilitators), (self.objectives_edit, d.objectives)):
            if edit.lines() != list(values):
                edit.setPlainText("\n".join(values))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(d.language)))
        self.thai_digits_check.setChecked(d.thai_digits)
        self.dots_spin.setValue(d.dots_per_group)
        for name in self.fields:
            self._show_field_error(name, "")

    # ----------------------------------------------------------------- details
    def _show_field_error(self, name: str, text: str) -> None:
        if name not in self.fields:
            return
        error = self.fields[name][2]
        error.setText(text)
        error.setVisible(bool(text))

    def commit_detail(self, name: str, value) -> bool:
        """Save one detail as an undoable edit; a refused value is shown beside its field."""
        if self._live() is None:
            return False
        old = getattr(self.workshop.details(), name)
        if isinstance(old, tuple):
            old = list(old)
        if value == old:
            self._show_field_error(name, "")
            return True
        label = plain_text(self.fields[name][1].text().split("\n")[0])
        workshop = self.workshop
        try:
            run_undoable(self.undo_stack, self.tr("Change %1").replace("%1", label),
                         lambda: workshop.update_details(**{name: value}),
                         lambda _changes: workshop.update_details(**{name: old}))
        except ValidationError as exc:
            self._show_field_error(exc.field if exc.field in self.fields else name, validation_text(self, exc))
            return False
        except WorkshopError as exc:
            show_error(self, exc)
            return False
        self._show_field_error(name, "")
        return True

    def _on_line_edit_editing_finished(self) -> None:
        edit = self.sender()
        name = self._line_fields().get(edit)
        if name is not None:
            self.commit_detail(name, edit.text().strip())

    def _commit_date(self, *_args) -> None:
        value = self.date_edit.date()
        self.commit_detail("event_date", value.toPython() if value.isValid() else None)

    def _on_date_edit_date_changed(self, value: QDate) -> None:
        # The whole date in words beside the fields, Thai digits if the workshop uses them.
        day: date | None = value.toPython() if value.isValid() else None
        thai_digits = self.thai_digits_check.isChecked()
        self.date_label.setText(format_date(day, current_language(), thai_digits))

    def _commit_start_time(self) -> None:
        self.commit_detail("start_time", self.start_edit.time().toString("HH:mm"))

    def _on_lines_edit_editing_finished(self) -> None:
        edit = self.sender()
        name = "facilitators" if edit is self.facilitators_edit else "objectives"
        self.commit_detail(name, edit.lines())

    def _on_language_combo_activated(self, index: int) -> None:
        self.commit_detail("language", self.language_combo.itemData(index))

    def _on_thai_digits_check_clicked(self, checked: bool) -> None:
        self.commit_detail("thai_digits", checked)
        self._on_date_edit_date_changed(self.date_edit.date())

    def _on_dots_spin_editing_finished(self) -> None:
        self.commit_detail("dots_per_group", self.dots_spin.value())
