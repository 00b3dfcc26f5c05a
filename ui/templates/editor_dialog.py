"""Editing a user template: its texts, its pillars' guiding questions and its agenda, in Thai and English.

Saving checks the edit with the loader's own rules (``parse_template``), so what the editor accepts
is exactly what the application can load again; a problem is shown beside the field it concerns.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QTabWidget,
    QTimeEdit, QVBoxLayout, QWidget,
)

from app.model import AGENDA_KINDS
from app.templates import (
    PILLAR_AGENDA_KINDS, Template, TemplateError, parse_template, save_template,
    template_to_dict,
)
from ui.agenda.model import clock_text, kind_name
from ui.common.error_catalogue import error_text
from ui.common.panel_actions import plain_text
from ui.common import theme
from ui.templates.problem_text import template_problem
from ui.templates.rows import Column, Field, RowListEditor, RowsModel

_ERROR_STYLE = f"border: 2px solid {theme.ERROR};"


def _fresh_key(used: set[str], stem: str) -> str:
    n = 1
    while f"{stem}-{n}" in used:
        n += 1
    return f"{stem}-{n}"


class TemplateEditorDialog(QDialog):
    """Edits a copy of ``template`` and saves it into ``folder`` as ``<id>.json``.

    ``path`` is the file the template was read from, if any; when it is not ``<id>.json`` it is
    removed after a successful save, so the folder never holds the same template twice.
    """

    saved = Signal(object)  # the Template as written

    def __init__(self, template: Template, folder: Path, lang: str = "th",
                 path: Path | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("templateEditorDialog")
        self.original = template
        self.folder = Path(folder)
        self.path = path
        self.lang = lang
        self._marked: list[QWidget] = []
        self.setWindowTitle(self.tr("Edit template: %1").replace("%1", template.name.get(lang)))

        self.tabs = QTabWidget(objectName="editorTabs")
        self.tabs.addTab(self._make_general_tab(), self.tr("&General"))
        self.objectives_editor = self._make_text_list(template.objectives)
        self.benefits_editor = self._make_text_list(template.benefits)
        self.tabs.addTab(self.objectives_editor, self.tr("&Objectives"))
        self.tabs.addTab(self.benefits_editor, self.tr("&Benefits"))
        self.tabs.addTab(self._make_questions_tab(), self.tr("&Questions"))
        self.tabs.addTab(self._make_agenda_tab(), self.tr("Agen&da"))

        self.error_label = QLabel(objectName="errorLabel", wordWrap=True)
        theme.set_tone(self.error_label, "error")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Check the template and save it (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        # Enter in a line edit must not save half an edit.
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update_total()
        self.resize(900, 760)

    # ----------------------------------------------------------------- tabs
    def _make_general_tab(self) -> QWidget:
        t = self.original
        page = QWidget(objectName="generalPage")
        self.id_label = QLabel(t.id, objectName="idLabel")
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version_edit = QLineEdit(t.version, objectName="versionEdit")
        self.version_edit.setToolTip(self.tr("Raise the version when you change the content, e.g. 1.0 → 1.1"))
        self.name_th_edit = QLineEdit(t.name.th, objectName="nameThEdit")
        self.name_en_edit = QLineEdit(t.name.en, objectName="nameEnEdit")
        self.description_th_edit = self._multi(t.description.th, "descriptionThEdit", 4)
        self.description_en_edit = self._multi(t.description.en, "descriptionEnEdit", 4)
        self.start_edit = QTimeEdit(QTime.fromString(t.default_start, "HH:mm"), objectName="startEdit")
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.timeChanged.connect(self._on_start_edit_time_changed)
        self.start_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addStretch(1)
        self.general_form = form
        form.addRow(self.tr("Template id"), self.id_label)
        form.addRow(self.tr("&Version"), self.version_edit)
        form.addRow(self.tr("&Name (Thai)"), self.name_th_edit)
        form.addRow(self.tr("Name (&English)"), self.name_en_edit)
        form.addRow(self.tr("Description (Thai)"), self.description_th_edit)
        form.addRow(self.tr("Description (English)"), self.description_en_edit)
        form.addRow(self.tr("Day &starts at"), self.start_edit)
        return page

    def _multi(self, text: str, name: str, lines: int) -> QPlainTextEdit:
        editor = QPlainTextEdit(text, objectName=name)
        editor.setTabChangesFocus(True)
        margins = editor.contentsMargins()
        editor.setFixedHeight(int(editor.fontMetrics().lineSpacing() * lines + 2 * editor.document().documentMargin()
                                  + margins.top() + margins.bottom() + 6))
        return editor

    def _shown(self, row: dict, th: str, en: str) -> str:
        first, second = (row[th], row[en]) if self.lang == "th" else (row[en], row[th])
        return first or second

    def _make_text_list(self, texts) -> RowListEditor:
        editor = RowListEditor(
            [Field("th", self.tr("Thai"), "multi"), Field("en", self.tr("English"), "multi")],
            lambda _model: {"th": "", "en": ""})
        editor.layout().setContentsMargins(9, 9, 9, 9)  # it is a tab page of its own
        editor.set_model(RowsModel(
            [Column(self.tr("#"), lambda _r, i: str(i + 1)),
             Column(self.tr("Text"), lambda r, _i: self._shown(r, "th", "en"), stretch=True)],
            [{"th": x.th, "en": x.en} for x in texts], editor))
        return editor

    def _make_questions_tab(self) -> QWidget:
        page = QWidget(objectName="questionsPage")
        self.pillar_combo = QComboBox(objectName="pillarCombo")
        self.questions_editor = RowListEditor(
            [Field("text_th", self.tr("Question (Thai)"), "multi"),
             Field("text_en", self.tr("Question (English)"), "multi"),
             Field("help_th", self.tr("Help (Thai)"), "multi"),
             Field("help_en", self.tr("Help (English)"), "multi")],
            lambda model: {"key": _fresh_key({r["key"] for r in model.rows()}, "question"),
                           "text_th": "", "text_en": "", "help_th": "", "help_en": ""},
            multi_lines=2)
        columns = [Column(self.tr("#"), lambda _r, i: str(i + 1)),
                   Column(self.tr("Question"), lambda r, _i: self._shown(r, "text_th", "text_en"), stretch=True)]
        self.question_models: list[RowsModel] = []
        for pillar in self.original.pillars:
            self.pillar_combo.addItem(pillar.name.get(self.lang), pillar.key)
            self.question_models.append(RowsModel(columns, [
                {"key": q.key, "text_th": q.text.th, "text_en": q.text.en, "help_th": q.help.th, "help_en": q.help.en}
                for q in pillar.questions], self))
        self.pillar_combo.currentIndexChanged.connect(self._on_pillar_combo_changed)
        pillar_label = QLabel(self.tr("&Pillar"))
        pillar_label.setBuddy(self.pillar_combo)
        top = QFormLayout()
        top.addRow(pillar_label, self.pillar_combo)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.questions_editor, 1)
        self._on_pillar_combo_changed(0)
        return page

    def _make_agenda_tab(self) -> QWidget:
        page = QWidget(objectName="agendaPage")
        pillar_choices = [(None, self.tr("(no pillar)"))] + [
            (p.key, p.name.get(self.lang)) for p in self.original.pillars]
        self.agenda_editor = RowListEditor(
            [Field("kind", self.tr("Kind"), "choice", tuple((k, kind_name(k)) for k in AGENDA_KINDS)),
             Field("title_th", self.tr("Title (Thai)")),
             Field("title_en", self.tr("Title (English)")),
             Field("minutes", self.tr("Minutes"), "int", minimum=1, maximum=600,
                   extra={"suffix": self.tr(" min")}),
             Field("pillar", self.tr("Pillar (group work)"), "choice", tuple(pillar_choices))],
            lambda _model: {"kind": "group_work", "title_th": "", "title_en": "", "minutes": 30, "pillar": None})
        pillar_names = dict(pillar_choices)
        self.agenda_model = RowsModel([
            Column(self.tr("Starts"), lambda _r, i: clock_text(self._start_minutes() + self._minutes_before(i))),
            Column(self.tr("Kind"), lambda r, _i: kind_name(r["kind"])),
            Column(self.tr("Title"), lambda r, _i: self._shown(r, "title_th", "title_en"), stretch=True),
            Column(self.tr("Minutes"), lambda r, _i: str(r["minutes"])),
            Column(self.tr("Pillar"), lambda r, _i: pillar_names.get(r["pillar"], "") if r["pillar"] else ""),
        ], [{"kind": a.kind, "title_th": a.title.th, "title_en": a.title.en, "minutes": a.minutes,
             "pillar": a.pillar} for a in self.original.agenda], self)
        self.agenda_editor.set_model(self.agenda_model)
        self.agenda_editor.view.setMinimumHeight(260)
        self.agenda_model.dataChanged.connect(self._update_total)
        self.agenda_model.rowsInserted.connect(self._update_total)
        self.agenda_model.rowsRemoved.connect(self._update_total)
        self.agenda_editor.value_edited.connect(self._on_agenda_editor_value_edited)
        self.agenda_editor.view.selectionModel().currentRowChanged.connect(self._update_pillar_editor)
        self.total_label = QLabel(objectName="totalLabel")
        layout = QVBoxLayout(page)
        layout.addWidget(self.agenda_editor, 1)
        layout.addWidget(self.total_label)
        self._update_pillar_editor()
        return page

    # ----------------------------------------------------------------- agenda helpers
    def _start_minutes(self) -> int:
        time = self.start_edit.time()
        return time.hour() * 60 + time.minute()

    def _minutes_before(self, row: int) -> int:
        return sum(int(r["minutes"]) for r in self.agenda_model.rows()[:row])

    def _update_total(self, *_args) -> None:
        if not hasattr(self, "total_label"):
            return
        total = sum(int(r["minutes"]) for r in self.agenda_model.rows())
        start = self._start_minutes()
        self.total_label.setText(
            self.tr("Total: %1 minutes (%2 h %3 min), %4 – %5")
            .replace("%1", str(total)).replace("%2", str(total // 60)).replace("%3", f"{total % 60:02d}")
            .replace("%4", clock_text(start)).replace("%5", clock_text(start + total)))

    def _on_start_edit_time_changed(self, _time: QTime) -> None:
        # The agenda's start column is computed from the day's start.
        if self.agenda_model.rowCount():
            self.agenda_model.dataChanged.emit(self.agenda_model.index(0, 0),
                                               self.agenda_model.index(self.agenda_model.rowCount() - 1, 0))
        self._update_total()

    def _on_agenda_editor_value_edited(self, key: str) -> None:
        if key != "kind":
            return
        row = self.agenda_editor.current_row()
        if self.agenda_model.row(row)["kind"] not in PILLAR_AGENDA_KINDS:
            self.agenda_model.set_value(row, "pillar", None)
            self.agenda_editor.select(row)  # shows the cleared pillar
        self._update_pillar_editor()

    def _update_pillar_editor(self, *_args) -> None:
        row = self.agenda_editor.current_row()
        allowed = row >= 0 and self.agenda_model.row(row)["kind"] in PILLAR_AGENDA_KINDS
        self.agenda_editor.editors["pillar"].setEnabled(allowed)

    def _on_pillar_combo_changed(self, index: int) -> None:
        if 0 <= index < len(self.question_models):
            self.questions_editor.set_model(self.question_models[index])

    # ----------------------------------------------------------------- saving
    def template_data(self) -> dict:
        """The edited template in its JSON form (not yet checked)."""
        data = template_to_dict(self.original)
        data["builtin"] = False
        data["version"] = self.version_edit.text().strip()
        data["name"] = {"th": self.name_th_edit.text().strip(), "en": self.name_en_edit.text().strip()}
        data["description"] = {"th": self.description_th_edit.toPlainText().strip(),
                               "en": self.description_en_edit.toPlainText().strip()}
        data["default_start"] = self.start_edit.time().toString("HH:mm")
        for key, editor in (("objectives", self.objectives_editor), ("benefits", self.benefits_editor)):
            data[key] = [{"th": r["th"].strip(), "en": r["en"].strip()} for r in editor.model.rows()]
        for pillar, model in zip(data["pillars"], self.question_models):
            pillar["questions"] = [
                {"key": r["key"], "text": {"th": r["text_th"].strip(), "en": r["text_en"].strip()},
                 "help": {"th": r["help_th"].strip(), "en": r["help_en"].strip()}} for r in model.rows()]
        agenda = []
        for r in self.agenda_model.rows():
            item = {"kind": r["kind"], "title": {"th": r["title_th"].strip(), "en": r["title_en"].strip()},
                    "minutes": int(r["minutes"])}
            if r["pillar"] and r["kind"] in PILLAR_AGENDA_KINDS:
                item["pillar"] = r["pillar"]
            agenda.append(item)
        data["agenda"] = agenda
        return data

    def _on_buttons_accepted(self) -> None:
        self._clear_marks()
        source = f"{self.original.id}.json"
        try:
            template = parse_template(self.template_data(), source)
            written = save_template(template, self.folder)
        except TemplateError as exc:
            self._show_problem(exc)
            return
        if self.path is not None and Path(self.path).resolve() != written.resolve() and Path(self.path).exists():
            try:
                Path(self.path).unlink()
            except OSError:
                pass  # the new file is written; an old stray copy is reported by the list, not lost
        self.saved.emit(template)
        self.accept()

    # ----------------------------------------------------------------- showing a problem
    def _clear_marks(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()
        self.error_label.clear()

    def _show_problem(self, exc: TemplateError) -> None:
        where, widget = self._locate(exc.place)
        # the problem in the interface's language, from the error's code
        self.error_label.setText(self.tr("Not saved. %1: %2").replace("%1", where).replace("%2", error_text(exc))
                                 if where else self.tr("Not saved: %1").replace("%1", template_problem(exc)))
        if widget is not None:
            widget.setStyleSheet(_ERROR_STYLE)
            self._marked.append(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lang_name(self, code: str | None) -> str:
        return {"th": self.tr("Thai"), "en": self.tr("English")}.get(code or "", "")

    def _locate(self, place: str) -> tuple[str, QWidget | None]:
        """(where, in words the user sees; the widget to mark) for a TemplateError place."""
        general = {"version": self.version_edit, "default_start": self.start_edit,
                   "name.th": self.name_th_edit, "name.en": self.name_en_edit,
                   "description.th": self.description_th_edit, "description.en": self.description_en_edit}
        if place in general:
            self.tabs.setCurrentIndex(0)
            widget = general[place]
            label = self.general_form.labelForField(widget)
            return (plain_text(label.text()) if label else place), widget
        m = re.match(r"^(objectives|benefits)\[(\d+)\](?:\.(th|en))?", place)
        if m:
            editor = self.objectives_editor if m[1] == "objectives" else self.benefits_editor
            self.tabs.setCurrentWidget(editor)
            editor.select(int(m[2]))
            title = self.tr("Objective %1") if m[1] == "objectives" else self.tr("Benefit %1")
            return (f"{title.replace('%1', str(int(m[2]) + 1))}, {self._lang_name(m[3])}".rstrip(", "),
                    editor.editors[m[3]] if m[3] else editor.view)
        m = re.match(r"^pillars\[(\d+)\](?:\.questions(?:\[(\d+)\](?:\.(text|help)\.(th|en))?)?)?", place)
        if m:
            self.tabs.setCurrentIndex(3)
            self.pillar_combo.setCurrentIndex(int(m[1]))
            where = self.pillar_combo.currentText()
            if m[2] is None:
                return where, self.questions_editor.view
            self.questions_editor.select(int(m[2]))
            where += ", " + self.tr("question %1").replace("%1", str(int(m[2]) + 1))
            if m[3] is None:
                return where, self.questions_editor.view
            what = self.tr("question") if m[3] == "text" else self.tr("help")
            return f"{where}, {what} ({self._lang_name(m[4])})", self.questions_editor.editors[f"{m[3]}_{m[4]}"]
        m = re.match(r"^agenda(?:\[(\d+)\](?:\.(kind|title|minutes|pillar))?(?:\.(th|en))?)?", place)
        if m:
            self.tabs.setCurrentIndex(4)
            if m[1] is None:
                return self.tr("Agenda"), self.agenda_editor.view
            self.agenda_editor.select(int(m[1]))
            where = self.tr("Agenda item %1").replace("%1", str(int(m[1]) + 1))
            key = {"title": f"title_{m[3]}"}.get(m[2] or "", m[2])
            return where, self.agenda_editor.editors.get(key, self.agenda_editor.view)
        return place, None
