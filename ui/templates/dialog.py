"""The templates a workshop can start from: the built-in one (read-only) and the user's own.

Duplicate, edit, delete, import and export. Every change goes through ``app.templates``, which
checks a template completely before it writes a file, so an invalid import leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QTableView, QVBoxLayout,
)

from app import paths
from app.templates import (
    Template, TemplateError, duplicate_template, export_template, import_template, list_templates,
    load_template, save_template,
)
from ui.templates.editor_dialog import TemplateEditorDialog
from ui.templates.problem_text import template_problem
from ui.common import theme
from ui.common.table_rows import break_words


def template_file(folder: Path, template_id: str) -> Path | None:
    """The file in ``folder`` that holds the template ``template_id``.

    Files written by the application are ``<id>.json``; a file copied in by hand may be named
    otherwise, so those are read to find it.
    """
    usual = folder / f"{template_id}.json"
    if usual.is_file():
        return usual
    for path in sorted(folder.glob("*.json")):
        try:
            if load_template(path).id == template_id:
                return path
        except TemplateError:
            continue
    return None


class TemplateTableModel(QAbstractTableModel):
    NAME, VERSION, SOURCE = range(3)

    def __init__(self, lang: str = "th", parent=None):
        super().__init__(parent)
        self.lang = lang
        self._templates: list[Template] = []

    def set_templates(self, templates: list[Template]) -> None:
        self.beginResetModel()
        self._templates = list(templates)
        self.endResetModel()

    def template(self, row: int) -> Template:
        return self._templates[row]

    def row_of(self, template_id: str) -> int:
        return next((i for i, t in enumerate(self._templates) if t.id == template_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._templates)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t = self._templates[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return t.name.get(self.lang)
            if column == self.VERSION:
                return t.version
            return self.tr("Built-in · read-only") if t.builtin else self.tr("Your template")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{t.name.get(self.lang)}\n{t.description.get(self.lang)}\n({t.id})"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SOURCE and t.builtin:
            return QBrush(QColor(theme.MUTED))
        return None
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Template"), self.tr("Version"), self.tr("Kind"))[section]
        return super().headerData(section, orientation, role)


class TemplatesDialog(QDialog):
    def __init__(self, lang: str = "th", parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.lang = lang
        self.folder = Path(folder) if folder is not None else paths.user_templates_dir()
        self.editor: TemplateEditorDialog | None = None
        self.message_box: QMessageBox | None = None
        self.problems: list[TemplateError] = []
        self.setWindowTitle(self.tr("Templates"))

        self.intro_label = QLabel(self.tr(
            "A workshop starts from a template. The built-in template cannot be changed: duplicate it "
            "and edit the copy. A workshop keeps its own copy of its template, so editing a template "
            "never changes workshops made before."), wordWrap=True)
        self.model = TemplateTableModel(lang, self)
        self.view = QTableView(objectName="templatesView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        break_words(self.view)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TemplateTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (TemplateTableModel.VERSION, TemplateTableModel.SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.problems_label = QLabel(objectName="problemsLabel", wordWrap=True)
        theme.set_tone(self.problems_label, "error")
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(objectName="statusLabel", wordWrap=True)

        self.duplicate_button = QPushButton(self.tr("&Duplicate"), objectName="duplicateButton")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="editButton")
        self.delete_button = QPushButton(self.tr("De&lete…"), objectName="deleteButton")
        self.import_button = QPushButton(self.tr("&Import…"), objectName="importButton")
        self.export_button = QPushButton(self.tr("E&xport…"), objectName="exportButton")
        self.duplicate_button.setToolTip(self.tr("Make an editable copy of the selected template"))
        self.edit_button.setToolTip(self.tr("Edit the selected template (Enter); the built-in template is read-only"))
        self.delete_button.setToolTip(self.tr("Delete the selected template file (Delete)"))
        self.import_button.setToolTip(self.tr("Add a template file someone shared with you"))
        self.export_button.setToolTip(self.tr("Save the selected template as a file to share"))
        side = QVBoxLayout()
        for button in (self.duplicate_button, self.edit_button, self.delete_button, None,
                       self.import_button, self.export_button):
            if button is None:
                side.addSpacing(16)
                continue
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self.duplicate_button.clicked.connect(self._on_duplicate_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        delete_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view,
                                    context=Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self._on_delete_button_clicked)
        self.refresh()
        self.resize(820, 480)

    # ----------------------------------------------------------------- the list
    def refresh(self, select_id: str | None = None) -> None:
        current = self.selected()
        templates, self.problems = list_templates(self.folder, self.lang)
        self.model.set_templates(templates)
        if self.problems:
            self.problems_label.setText(
                self.tr("These files in your template folder cannot be used:") + "\n"
                + "\n".join(f"• {template_problem(p)}" for p in self.problems))
        self.problems_label.setVisible(bool(self.problems))
        wanted = select_id or (current.id if current is not None else None)
        row = self.model.row_of(wanted) if wanted else -1
        self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def selected(self) -> Template | None:
        index = self.view.currentIndex()
        return self.model.template(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        t = self.selected()
        for button in (self.duplicate_button, self.export_button):
            button.setEnabled(t is not None)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(t is not None and not t.builtin)

    def _show_message(self, headline: str, detail: str, icon=QMessageBox.Icon.Warning) -> QMessageBox:
        box = QMessageBox(icon, self.tr("Templates"), headline, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(detail)
        box.setObjectName("templateMessageBox")
        box.open()
        self.message_box = box
        return box

    # ----------------------------------------------------------------- actions
    def _on_duplicate_button_clicked(self) -> None:
        t = self.selected()
        if t is None:
            return
        try:
            copy = duplicate_template(t)
            save_template(copy, self.folder)
        except TemplateError as exc:
            self._show_message(self.tr("The copy could not be saved"), template_problem(exc))
            return
        self.refresh(select_id=copy.id)
        self.status_label.setText(self.tr("Saved an editable copy: %1").replace("%1", copy.name.get(self.lang)))

    def _on_view_activated(self, _index: QModelIndex) -> None:
        if self.edit_button.isEnabled():
            self._on_edit_button_clicked()

    def _on_edit_button_clicked(self) -> None:
        t = self.selected()
        if t is None or t.builtin:
            return
        self.editor = TemplateEditorDialog(t, self.folder, self.lang, template_file(self.folder, t.id), self)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.open()

    def _on_editor_saved(self, template: Template) -> None:
        self.refresh(select_id=template.id)
        self.status_label.setText(self.tr("Saved: %1").replace("%1", template.name.get(self.lang)))

    def _on_delete_button_clicked(self) -> None:
        t = self.selected()
        if t is None or t.builtin:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete template"),
                          self.tr("Delete the template “%1”?").replace("%1", t.name.get(self.lang)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setInformativeText(self.tr("Workshops made from it keep their own copy and are not changed."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setObjectName("confirmDeleteBox")
        box.finished.connect(lambda _result, box=box, t=t: self._on_confirm_finished(box, t))
        self.message_box = box
        box.open()

    def _on_confirm_finished(self, box: QMessageBox, t: Template) -> None:
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        path = template_file(self.folder, t.id)
        try:
            if path is not None:
                path.unlink()
        except OSError as exc:
            self._show_message(self.tr("The template could not be deleted"),
                               f"{path.name}: {exc.strerror or exc}")
            return
        self.refresh()
        self.status_label.setText(self.tr("Deleted: %1").replace("%1", t.name.get(self.lang)))

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a template"), str(Path.home()),
                                              self.tr("Template files (*.json)"))
        if not path:
            return
        try:
            template = import_template(Path(path), self.folder)
        except TemplateError as exc:
            self._show_message(self.tr("The template cannot be imported"),
                               self.tr("%1\n\nNothing was imported.").replace("%1", template_problem(exc)))
            return
        self.refresh(select_id=template.id)
        self.status_label.setText(self.tr("Imported: %1").replace("%1", template.name.get(self.lang)))

    def _on_export_button_clicked(self) -> None:
        t = self.selected()
        if t is None:
            return
        suggested = str(Path.home() / f"{t.id}.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the template"), suggested,
                                              self.tr("Template files (*.json)"))
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        try:
            export_template(t, Path(path))
        except TemplateError as exc:
            self._show_message(self.tr("The template could not be exported"), template_problem(exc))
            return
        self.status_label.setText(self.tr("Exported to %1").replace("%1", path))
