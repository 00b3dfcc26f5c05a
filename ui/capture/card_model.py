"""List models behind the Capture step: one question's cards, and the groups with their counts.

Models only hold what the core returned; a card edited in place or dropped is announced by the
``edit_requested`` and ``cards_dropped`` signals, which the panel's card commands
(ui/capture/card_actions.py) connect to and run through the core and the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.model import Answer, Group
from ui.common import theme

CARD_MIME = "application/x-pmqa-card-ids"
AnswerIdRole = Qt.ItemDataRole.UserRole + 1
ColorRole = Qt.ItemDataRole.UserRole + 2      # the colour of the card's group (first source's, when merged)
GroupLabelRole = Qt.ItemDataRole.UserRole + 3  # who said it: "Group 1" or "Group 1 · Group 3"
GroupIdRole = Qt.ItemDataRole.UserRole + 4
CountRole = Qt.ItemDataRole.UserRole + 5
ModerationRole = Qt.ItemDataRole.UserRole + 6  # "", "pending" (awaits approval) or "hidden" from the room


def encode_ids(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(CARD_MIME, QByteArray(",".join(str(i) for i in ids).encode()))
    return data


def decode_ids(data: QMimeData) -> list[int]:
    raw = bytes(data.data(CARD_MIME)).decode()
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


def source_group_ids(answer: Answer) -> list[int]:
    """The groups whose words are on the card, first contributor first, each once."""
    ids = [s.get("group_id") for s in answer.sources if isinstance(s, dict)] or [answer.group_id]
    return list(dict.fromkeys(i for i in ids if i is not None))


class CardListModel(QAbstractListModel):
    """The cards of one question, in their order. Updates are incremental where they can be, so
    the selection and scroll position survive a card being added or removed elsewhere."""

    edit_requested = Signal(int, str)  # (card id, its new text)
    # (card ids, this question's id, their row among its cards or None for the end); emitted inside
    # the view's drop handling, so a receiver that changes this model must be connected queued
    cards_dropped = Signal(list, int, object)

    def __init__(self, question_id: int, parent=None):
        super().__init__(parent)
        self.question_id = question_id
        self.cards: list[Answer] = []
        self.groups: dict[int, Group] = {}
        self._marks: dict[str, str] | None = None

    # ----------------------------------------------------------------- loading
    def set_cards(self, cards: list[Answer], groups: dict[int, Group]) -> None:
        groups_changed = groups != self.groups
        self.groups = groups
        old_ids = [c.id for c in self.cards]
        new_ids = [c.id for c in cards]
        if new_ids[:len(old_ids)] == old_ids:                      # unchanged, or cards appended
            self._update_rows(cards[:len(old_ids)], groups_changed)
            if len(new_ids) > len(old_ids):
                self.beginInsertRows(QModelIndex(), len(old_ids), len(new_ids) - 1)
                self.cards = list(cards)
                self.endInsertRows()
            return
        if set(new_ids) <= set(old_ids) and _is_subsequence(new_ids, old_ids):  # cards removed
            keep = set(new_ids)
            for row in range(len(old_ids) - 1, -1, -1):
                if old_ids[row] not in keep:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self.cards[row]
                    self.endRemoveRows()
            self._update_rows(cards, groups_changed)
            return
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def _update_rows(self, cards: list[Answer], force: bool) -> None:
        for row, card in enumerate(cards):
            old = self.cards[row]
            if force or (old.text, old.sources, old.group_id, old.origin, old.moderation) != (
                    card.text, card.sources, card.group_id, card.origin, card.moderation):
                self.cards[row] = card
                index = self.index(row)
                self.dataChanged.emit(index, index)

    # ----------------------------------------------------------------- reading
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cards)

    def card(self, row: int) -> Answer:
        return self.cards[row]

    def row_of(self, answer_id: int) -> int:
        for row, card in enumerate(self.cards):
            if card.id == answer_id:
                return row
        return -1

    def room_mark(self, card: Answer) -> str:
        """Room input's marks: sent from the group's own device, waiting for approval, hidden."""
        if not (card.origin or card.moderation):
            return ""
        if self._marks is None:  # translated once (per language), not once per card per paint
            self._marks = {"device": self.tr("from the group's device"), "pending": self.tr("waiting for approval"),
                           "hidden": self.tr("hidden from the room")}
        return " · ".join(self._marks[key] for key in (card.origin, card.moderation) if key in self._marks)

    def retranslate(self) -> None:
        self._marks = None
        if self.cards:
            self.dataChanged.emit(self.index(0), self.index(len(self.cards) - 1))

    def group_label(self, card: Answer) -> str:
        return " · ".join(self.groups[g].name for g in source_group_ids(card) if g in self.groups)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.text
        if role == AnswerIdRole:
            return card.id
        if role == GroupIdRole:
            return card.group_id
        if role == ColorRole:
            group = self.groups.get(card.group_id)
            return QColor(group.color if group else theme.FAINT)
        if role == GroupLabelRole:
            return " · ".join(part for part in (self.group_label(card), self.room_mark(card)) if part)
        if role == ModerationRole:
            return card.moderation
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(card)
        return None

    def _tooltip(self, card: Answer) -> str:
        if len(card.sources) > 1:
            lines = [f"{self.groups[s['group_id']].name if s.get('group_id') in self.groups else '?'}: "
                     f"{s.get('text', '')}" for s in card.sources]
            return self.tr("Merged from:") + "\n" + "\n".join(lines)
        return self.group_label(card)

    # ----------------------------------------------------------------- editing
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        card = self.cards[index.row()]
        if str(value).strip() == card.text:
            return False
        self.edit_requested.emit(card.id, str(value))
        return True

    # ----------------------------------------------------------------- drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self.cards[r].id for r in rows])

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(CARD_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if parent.isValid():      # dropped onto a card: put it there
            row = parent.row()
        ids = decode_ids(data)
        if not ids:
            return False
        # Nothing is removed by the view afterwards: removeRows() is not implemented.
        self.cards_dropped.emit(ids, self.question_id, None if row < 0 else row)
        return True


def _is_subsequence(short: list[int], long: list[int]) -> bool:
    it = iter(long)
    return all(any(x == y for y in it) for x in short)


class GroupListModel(QAbstractListModel):
    """The groups, with how many cards each has given in the current pillar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[Group] = []
        self.counts: dict[int, int] = {}

    def set_groups(self, groups: list[Group], counts: dict[int, int]) -> None:
        if [g.id for g in groups] != [g.id for g in self.groups]:
            self.beginResetModel()
            self.groups, self.counts = list(groups), dict(counts)
            self.endResetModel()
            return
        self.groups, self.counts = list(groups), dict(counts)
        if groups:
            self.dataChanged.emit(self.index(0), self.index(len(groups) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.groups)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.groups):
            return None
        group = self.groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return group.name
        if role == GroupIdRole:
            return group.id
        if role == ColorRole:
            return QColor(group.color)
        if role == CountRole:
            return self.counts.get(group.id, 0)
        if role == Qt.ItemDataRole.ToolTipRole:
            shortcut = self.tr("Alt+%1 or Ctrl+%1").replace("%1", str(index.row() + 1)) if index.row() < 9 else ""
            members = ", ".join(m.name for m in group.members)
            return "\n".join(p for p in (group.name, members, shortcut) if p)
        return None

