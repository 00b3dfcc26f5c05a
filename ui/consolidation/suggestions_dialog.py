"""Reviewing near-duplicate initiatives of a consolidated workshop: accept (merge) or reject each.

The pairs were found when the workshops were combined (app.merge.similarity); the decision is the
facilitator's. Accepting merges the two through the core (dots add up) and is committed at once;
either decision can be undone (the dialog's Undo button, Ctrl+Z) from the window's undo history.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
)

from app.merge.offices import Suggestion, accept_suggestion, reject_suggestion, restore_suggestions, suggestions
from app.model import Initiative
from app.ranking import dots_by_initiative
from app.workshop import Workshop
from ui.common.undo import run_or_report, step_label
from ui.common.table_rows import break_words


class SuggestionsModel(QAbstractTableModel):
    """One pair a row; each side shows its title, office(s), pillar, dots and plan items."""

    COLUMNS = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[Suggestion] = []
        self.pillars: dict[int, str] = {}
        self.dots: dict[int, int] = {}
        self.plans: dict[int, list[str]] = {}

    def set_items(self, items: list[Suggestion], workshop: Workshop | None = None) -> None:
        self.beginResetModel()
        self.items = list(items)
        if workshop is not None:
            lang = workshop.details().language
            self.pillars = {p.id: p.short(lang) for p in workshop.pillars()}
            self.dots = dots_by_initiative(workshop.votes())
            self.plans = {}
            for item in workshop.plan_items():
                if item.initiative_id is not None:
                    self.plans.setdefault(item.initiative_id, []).append(item.activity or item.issue)
        self.endResetModel()

    def side(self, initiative: Initiative, office: str) -> str:
        """Title; office and pillar; dots and plan items."""
        pillar = self.pillars.get(initiative.pillar_id) or self.tr("no pillar")
        plans = self.plans.get(initiative.id, [])
        lines = [initiative.title, f"{office} · {pillar}",
                 self.tr("%n dot(s)", "", self.dots.get(initiative.id, 0)) + " · "
                 + self.tr("%n plan item(s)", "", len(plans))]
        lines += [f"– {text}" for text in plans[:3]]
        return "\n".join(lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("First office's initiative"), self.tr("Similar initiative"), self.tr("Similarity"))[section]
        return super().headerData(section, orientation, role)
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        if index.column() == 0:
            return self.side(item.keep, item.keep_office)
        if index.column() == 1:
            return self.side(item.other, item.other_office)
        return f"{round(item.similarity * 100)} %"


class SuggestionsDialog(QDialog):
    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.setObjectName("suggestionsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one each time the review opens
        self.workshop = workshop
        self.undo_stack = undo_stack
        self.intro_label = QLabel(objectName="suggestionsIntro", wordWrap=True)
        self.model = SuggestionsModel(self)
        self.view = QTableView(objectName="suggestionsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        break_words(self.view)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(objectName="emptyLabel", wordWrap=True)
        self.accept_button = QPushButton(objectName="acceptSuggestionButton")
        self.accept_other_button = QPushButton(objectName="acceptOtherWordingButton")
        self.reject_button = QPushButton(objectName="rejectSuggestionButton")
        self.undo_button = QPushButton(objectName="undoButton", enabled=undo_stack.canUndo())
        self.close_button = QPushButton(objectName="closeButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.accept_other_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.accept_other_button.clicked.connect(self._on_accept_other_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.close_button.clicked.connect(self.accept)
        # The window's Edit menu is out of reach while this dialog is modal: undo from here too.
        self.undo_button.clicked.connect(undo_stack.undo)
        undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        # named after its step: the window's history holds the steps taken before this dialog too
        undo_stack.undoTextChanged.connect(self._name_undo_button)
        undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        QShortcut(QKeySequence.StandardKey.Undo, self, undo_stack.undo)
        for keys in ("Ctrl+Shift+Z", "Ctrl+Y"):
            QShortcut(QKeySequence(keys), self, undo_stack.redo)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(760, 480)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Similar initiatives across offices"))
        self.intro_label.setText(self.tr(
            "These initiatives from different offices (in any pillar) may be the same idea. Merge a pair to keep "
            "one of them, with the wording you choose, the dots of both and the plan items of both; or keep both."))
        self.empty_label.setText(self.tr("Nothing left to review."))
        self.accept_button.setText(self.tr("Merge, keep the first wording"))
        self.accept_other_button.setText(self.tr("Merge, keep the second wording"))
        self.reject_button.setText(self.tr("Keep both"))
        self._name_undo_button()
        self.close_button.setText(self.tr("Close"))

    def refresh(self) -> None:
        self.model.set_items(suggestions(self.workshop), self.workshop)
        self.view.resizeRowsToContents()
        self.empty_label.setVisible(not self.model.items)
        if self.model.items:
            self.view.selectRow(0)
        self._update_buttons()

    def _name_undo_button(self, *_) -> None:
        self.undo_button.setText(step_label(self.tr("&Undo %1"), self.tr("&Undo"), self.undo_stack.undoText()))

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if self.isVisible():  # not while it is being built or after it closed: the file may be closed by now
            self.refresh()

    def current(self) -> Suggestion | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _update_buttons(self, *args) -> None:
        chosen = self.current() is not None and not self.workshop.readonly
        self.accept_button.setEnabled(chosen)
        self.accept_other_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def _on_accept_button_clicked(self) -> None:
        w = self.workshop
        self._decide(self.tr("Merge similar initiatives"), lambda item: accept_suggestion(w, item.id)[1],
                     w.unmerge_initiatives)

    def _on_accept_other_button_clicked(self) -> None:
        w = self.workshop
        self._decide(self.tr("Merge similar initiatives"),
                     lambda item: accept_suggestion(w, item.id, keep_other=True)[1], w.unmerge_initiatives)

    def _on_reject_button_clicked(self) -> None:
        w = self.workshop
        self._decide(self.tr("Keep both initiatives"), lambda item: reject_suggestion(w, item.id)[1],
                     lambda before: restore_suggestions(w, before))

    def _decide(self, text: str, do, undo) -> None:
        """One undoable decision on the selected pair; ``do(item)`` returns what ``undo`` needs."""
        item = self.current()
        if item is None:
            return
        if run_or_report(self, self.undo_stack, text, lambda: do(item), undo) is None:
            self.refresh()  # refused: show the list as the file has it (a step pushed refreshes itself)
