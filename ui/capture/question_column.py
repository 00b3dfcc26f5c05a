"""The Capture step's columns: one question's header, cards and entry, and one pillar's page."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.model import Pillar, Question
from ui.capture.card_delegate import CardDelegate
from ui.capture.card_model import AnswerIdRole, CardListModel
from ui.common.theme import repolish
from ui.common.thai_breaks import breakable

class CardListView(QListView):
    """One question's cards: several can be selected, dragged to another question or pillar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Laid out 100 cards per pass of the event loop: a question with hundreds of cards (a full
        # room typing on its phones) is otherwise measured whole on every insert, stalling the window.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegate(CardDelegate(self))
        self.setSpacing(0)


class QuestionColumn(QWidget):
    """A question's header (text and counts), its cards, and the entry that adds a card."""

    def __init__(self, question: Question, parent=None):
        super().__init__(parent)
        self.question = question
        self.model = CardListModel(question.id, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.header = QLabel(wordWrap=True, objectName="questionHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel(objectName="questionCount")
        self.view = CardListView()
        self.view.setModel(self.proxy)
        self.entry = QLineEdit(objectName="cardEntry")
        self.entry.setClearButtonEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.entry)

    def set_current(self, current: bool) -> None:
        self.header.setProperty("current", current)  # the look: app.qss
        repolish(self.header)

    def selected_ids(self) -> list[int]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(AnswerIdRole) for i in rows]

    def update_counts(self, lang: str) -> None:
        self.header.setText(breakable(self.question.text(lang)))
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = self.tr("%n card(s)", "", total)
        if shown != total:
            text = self.tr("%1 shown of %2").replace("%1", str(shown)).replace("%2", text)
        self.count_label.setText(text)


class PillarPage(QWidget):
    """The columns of one pillar. Pages are kept (not rebuilt), so a drag that started on one
    pillar can still be dropped on another after the tab changed under it."""

    def __init__(self, pillar: Pillar, parent=None):
        super().__init__(parent)
        self.pillar = pillar
        self.stale = True
        self.columns = [QuestionColumn(q) for q in pillar.questions]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for column in self.columns:
            layout.addWidget(column, 1)
