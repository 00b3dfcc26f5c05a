"""Combining several offices' workshop files into one consolidated workshop.

The facilitator adds files, sees what will be combined (offices, dates, duplicates, what does not
match), names the result and combines; reading the files and writing the result run off the GUI
thread (ui.common.tasks) with a progress bar. ``combined(path)`` is emitted when the file exists.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView,
    QProgressBar, QPushButton, QTableView, QVBoxLayout,
)

from app import paths
from app.errors import WorkshopError
from app.merge.combine import MergeResult, merge_workshops, prepare_merge, report_lines
from app.merge.inputs import combined_name, read_input
from app.thaidate import format_date
from ui.common import tasks
from ui.common.messages import describe_error, show_error
from ui.common import theme
from ui.common.table_rows import break_words


class InputsModel(QAbstractTableModel):
    """The chosen files and what the preview found in each (offices, date, duplicates)."""

    COLUMNS = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.paths: list[Path] = []
        self.found: list[dict] = []   # the preview's entry for each file, in the same order
        self.problems: dict[int, str] = {}  # row -> why that file cannot be combined
        self.lang = "th"

    def set_paths(self, paths: list[Path]) -> None:
        self.beginResetModel()
        self.paths, self.found, self.problems = list(paths), [], {}
        self.endResetModel()

    def set_problems(self, problems: dict[int, str]) -> None:
        """Mark the files that stop the combining (a damaged, newer-version or foreign file)."""
        self.problems = dict(problems)
        if self.paths:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.paths) - 1, self.COLUMNS - 1))

    def set_found(self, entries: list[dict]) -> None:
        self.found = list(entries) if len(entries) == len(self.paths) else []
        if self.paths:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.paths) - 1, self.COLUMNS - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.paths)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("File"), self.tr("Office"), self.tr("Date"), self.tr("Will be combined"))[section]
        return super().headerData(section, orientation, role)
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem = self.problems.get(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QColor(theme.ERROR)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        path = self.paths[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{path}\n{problem}" if problem else str(path)
        return self._text(index.row(), index.column(), path, problem)

    def _text(self, row: int, column: int, path: Path, problem: str | None) -> str:
        entry = self.found[row] if self.found else None
        if column == 0:
            return path.name
        if problem:
            return self.tr("Cannot be combined: remove it") if column == 3 else ""
        if entry is None:
            return "…" if column == 3 else ""
        if column == 1:
            return ", ".join(entry["offices"] or entry.get("sources") or [])
        if column == 2:
            from datetime import date
            return format_date(date.fromisoformat(entry["event_date"]), self.lang) if entry["event_date"] else ""
        if not entry["offices"]:
            return self.tr("No: already included")
        if entry["skipped"]:
            return self.tr("Yes, except %n already included", "", entry["skipped"])
        return self.tr("Yes")


def preview(paths: list[Path], progress) -> tuple[dict, dict[int, Exception]]:
    """Read every file (each one's problem kept, so the list can mark it), then the merge report.
    Runs on a worker thread."""
    read, problems = [], {}
    for row, path in enumerate(paths):
        try:
            read.append(read_input(path))
        except WorkshopError as exc:
            problems[row] = exc
    if problems:
        return {}, problems
    return prepare_merge(read, progress=progress)[1], {}


def default_output(title: str) -> Path:
    """A new file in the library named like a sent copy, dated in the Buddhist Era."""
    name = Path(combined_name(title))
    candidate, n = paths.library_dir() / name, 2
    while candidate.exists():
        candidate, n = paths.library_dir() / f"{name.stem} ({n}){name.suffix}", n + 1
    return candidate


class CombineDialog(QDialog):
    combined = Signal(object)   # the MergeResult, once the file is written

    def __init__(self, lang: str = "th", parent=None):
        super().__init__(parent)
        self.setObjectName("combineDialog")
        self.lang = lang
        self.result: MergeResult | None = None
        self._preview_task = self._merge_task = None
        self._preview_generation = 0
        self._problem: Exception | None = None
        self.preview_running = False
        self.intro_label = QLabel(objectName="combineIntro", wordWrap=True)
        self.model = InputsModel(self)
        self.model.lang = lang
        self.inputs_view = QTableView(objectName="combineInputsView")
        self.inputs_view.setModel(self.model)
        self.inputs_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.inputs_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):  # file names, dates and verdicts are read whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.inputs_view.verticalHeader().hide()
        self.add_button = QPushButton(objectName="addFilesButton")
        self.remove_button = QPushButton(objectName="removeFileButton")
        self.notes_label = QLabel(objectName="sectionLabel")
        self.notes_model = QStringListModel(self)
        self.notes_view = QListView(objectName="combineNotesView")
        self.notes_view.setModel(self.notes_model)
        self.notes_view.setWordWrap(True)  # long notes wrap: no sideways scrolling, nothing cut
        break_words(self.notes_view)
        self.notes_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.notes_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.notes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.output_label = QLabel()
        self.output_edit = QLineEdit(objectName="combineOutputEdit")
        self.browse_button = QPushButton(objectName="browseOutputButton")
        self.progress = QProgressBar(objectName="combineProgress")
        self.progress.hide()
        self.combine_button = QPushButton(objectName="combineButton")
        self.combine_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="cancelButton")

        files = QHBoxLayout()
        files.addWidget(self.add_button)
        files.addWidget(self.remove_button)
        files.addStretch(1)
        output = QHBoxLayout()
        output.addWidget(self.output_label)
        output.addWidget(self.output_edit, 1)
        output.addWidget(self.browse_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.combine_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(files)
        layout.addWidget(self.inputs_view, 2)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_view, 1)
        layout.addLayout(output)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.combine_button.clicked.connect(self._on_combine_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.output_edit.textChanged.connect(self._update_buttons)
        self.inputs_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(760, 560)
        self.retranslate()
        self.output_edit.setText(str(default_output(self.tr("Combined workshops"))))
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Combine workshops"))
        self.intro_label.setText(self.tr(
            "Combine the workshop files of several offices into one consolidated workshop and plan. "
            "The files you choose are only read, never changed."))
        self.add_button.setText(self.tr("Add files…"))
        self.remove_button.setText(self.tr("Remove"))
        self.notes_label.setText(self.tr("What will happen"))
        self.output_label.setText(self.tr("Save as"))
        self.browse_button.setText(self.tr("Browse…"))
        self.combine_button.setText(self.tr("Combine"))
        self.cancel_button.setText(self.tr("Cancel"))

    # ----------------------------------------------------------------- choosing files
    def set_inputs(self, paths: list[Path]) -> None:
        """Show these files and preview what combining them would do (read off the GUI thread)."""
        self.model.set_paths([Path(p) for p in paths])  # a file given twice stays: the preview says so
        self._problem = None
        self.preview_running = bool(paths)
        self.notes_model.setStringList([self.tr("Reading the files…")] if paths else [])
        self._update_buttons()
        if paths:
            self._start_preview(list(self.model.paths))

    def inputs(self) -> list[Path]:
        return list(self.model.paths)

    def _start_preview(self, paths: list[Path]) -> None:
        self._preview_generation += 1
        generation = self._preview_generation
        self._preview_task = tasks.start(
            lambda progress: preview(paths, progress),
            lambda report: self._on_preview_finished(generation, report),
            lambda exc: self._on_preview_failed(generation, exc))

    def _on_preview_finished(self, generation: int, found: tuple[dict, dict[int, Exception]]) -> None:
        if generation != self._preview_generation:
            return  # the list changed meanwhile; a newer preview is coming
        report, problems = found
        if problems:
            self._on_preview_failed(generation, next(iter(problems.values())), problems)
            return
        self.preview_running = False
        self.model.set_found(report.get("inputs", []))
        self.notes_model.setStringList(report_lines(report, self.lang))
        self._update_buttons()

    def _on_preview_failed(self, generation: int, exc: Exception, problems: dict[int, Exception] | None = None) -> None:
        if generation != self._preview_generation:
            return
        self.preview_running = False
        if not isinstance(exc, WorkshopError):
            show_error(self, exc)
        self._problem = exc
        self.model.set_problems({row: " ".join(describe_error(e)) for row, e in (problems or {}).items()})
        headline, detail = describe_error(exc)
        self.notes_model.setStringList([headline, detail, self.tr("Remove the file marked in red to combine the others.")])
        self._update_buttons()

    def _on_add_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose workshop files"), str(paths.library_dir()),
                                                 self.tr("Workshop files (*.pmqa)"))
        if chosen:
            self.set_inputs(self.inputs() + [Path(p) for p in chosen])

    def _on_remove_button_clicked(self) -> None:
        rows = {i.row() for i in self.inputs_view.selectionModel().selectedRows()}
        self.set_inputs([p for n, p in enumerate(self.inputs()) if n not in rows])

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the combined workshop as"), self.output_edit.text(),
                                              self.tr("Workshop files (*.pmqa)"))
        if path:
            self.output_edit.setText(path if path.endswith(".pmqa") else f"{path}.pmqa")

    def _update_buttons(self, *args) -> None:
        busy = self._merge_task is not None
        self.remove_button.setEnabled(not busy and self.inputs_view.selectionModel().hasSelection())
        self.add_button.setEnabled(not busy)
        self.combine_button.setEnabled(
            not busy and bool(self.model.paths) and self._problem is None
            and not self.preview_running and bool(self.output_edit.text().strip()))

    # ----------------------------------------------------------------- combining
    def _on_combine_button_clicked(self) -> None:
        out, inputs = Path(self.output_edit.text().strip()), self.inputs()
        if out.suffix.lower() != ".pmqa":
            out = out.with_name(out.name + ".pmqa")
        self.progress.setRange(0, 0)
        self.progress.show()
        self._merge_task = tasks.start(lambda progress: merge_workshops(out, inputs, progress),
                                       self._on_merge_finished, self._on_merge_failed, self._on_merge_progress)
        self._update_buttons()

    def _on_merge_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_merge_finished(self, result: MergeResult) -> None:
        self._merge_task = None
        self.result = result
        self.progress.hide()
        self.combined.emit(result)
        self.accept()

    def _on_merge_failed(self, exc: Exception) -> None:
        self._merge_task = None
        self.progress.hide()
        self._update_buttons()
        show_error(self, exc)

    def reject(self) -> None:
        if self._merge_task is None:  # never leave while the file is being written
            super().reject()
