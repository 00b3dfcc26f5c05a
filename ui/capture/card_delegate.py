"""Painting cards (group colour, who said it, the text) and editing them in place."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.capture.card_model import ColorRole, CountRole, GroupLabelRole, ModerationRole
from ui.common.enter_text_edit import EnterFinishesEdit
from ui.common.text_fit import wrapped
from ui.common import theme

MARGIN, PAD, BAR = 3, 6, 6


class CardEditor(EnterFinishesEdit):
    """A card edited in place (merged cards have several lines)."""


class CardDelegate(QStyledItemDelegate):
    """Cards as rounded boxes: a bar in the group's colour, the group's name, the wrapped text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._heights: dict[tuple[str, str, int, str], int] = {}

    @staticmethod
    def _label_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(base.pointSizeF() * 0.8, 7))
        font.setBold(True)
        return font

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        width = widget.viewport().width() if widget is not None else option.rect.width()
        return max(width - 2 * MARGIN - BAR - 2 * PAD - 2, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        label = index.data(GroupLabelRole) or ""
        width = self._text_width(option)
        key = (text, label, width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 20_000:  # a long day's edits; the cache is only a speed-up
                self._heights.clear()
            text_h = QFontMetrics(option.font).boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()
            label_h = QFontMetrics(self._label_font(option.font)).height() if label else 0
            height = self._heights[key] = text_h + label_h + 2 * PAD + 2 * MARGIN
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        color = index.data(ColorRole) or QColor(theme.FAINT)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2) if selected
                       else QPen(QColor(theme.LINE), 1))
        painter.setBrush(QColor(theme.NAVY_LIGHT) if selected else QColor(theme.PAPER))
        painter.drawRoundedRect(box, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRect(box.left(), box.top(), BAR, box.height()), 3, 3)
        inner = box.adjusted(BAR + PAD, PAD, -PAD, -PAD)
        label = index.data(GroupLabelRole) or ""
        if label:
            font = self._label_font(option.font)
            painter.setFont(font)
            painter.setPen(color.darker(140))
            height = QFontMetrics(font).height()
            elided = QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), inner.top(), inner.width(), height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
            inner.setTop(inner.top() + height)
        painter.setFont(option.font)
        # a card the room does not see (hidden, or waiting for approval) is drawn faint
        painter.setPen(QColor(theme.FAINT) if index.data(ModerationRole) else QColor(theme.INK))
        painter.drawText(inner, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         index.data(Qt.ItemDataRole.DisplayRole) or "")
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), 5, 5)
        painter.restore()

    # ----------------------------------------------------------------- editing in place
    def createEditor(self, parent, option, index) -> CardEditor:
        editor = CardEditor(parent)
        editor.setObjectName("cardEditor")
        editor.setTabChangesFocus(True)
        editor.finished.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: CardEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: CardEditor, index) -> None:
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor: CardEditor, model, index) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: CardEditor, option, index) -> None:
        rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        rect.setHeight(max(rect.height(), 70))
        editor.setGeometry(rect)


class GroupDelegate(QStyledItemDelegate):
    """A group in the Capture step's list: its number key, colour, name and card count."""

    def sizeHint(self, option, index) -> QSize:
        lines = self._name(option, index, _bold(option.font, True)).count("\n") + 1
        return QSize(150, QFontMetrics(option.font).lineSpacing() * lines + 12)

    @staticmethod
    def _name(option, index, font: QFont) -> str:
        """The name in at most three lines of the room it has (between words; "…" past that)."""
        fm = QFontMetrics(option.font)
        width = option.widget.viewport().width() if option.widget is not None else option.rect.width()
        room = width - 4 - 6 - fm.horizontalAdvance("9") - 8 - fm.height() // 2 - 6 - fm.horizontalAdvance("999") - 6
        return wrapped(index.data() or "", font, room, 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 1, -2, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        color = index.data(ColorRole) or QColor(theme.FAINT)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color.lighter(175))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        fm = QFontMetrics(option.font)
        x = rect.left() + 6
        if index.row() < 9:
            key = str(index.row() + 1)
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(QRect(x, rect.top(), fm.horizontalAdvance("9") + 2, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter, key)
        x += fm.horizontalAdvance("9") + 8
        dot = fm.height() // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QRect(x, rect.center().y() - dot // 2, dot, dot))
        x += dot + 6
        count = str(index.data(CountRole) or 0)
        count_w = fm.horizontalAdvance(count) + 6
        painter.setFont(_bold(option.font, selected))
        painter.setPen(QColor(theme.INK))
        name_rect = QRect(x, rect.top(), rect.right() - x - count_w, rect.height())
        # wrapped for the bold face, so selecting a group never re-wraps it
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter, self._name(option, index, _bold(option.font, True)))
        painter.setFont(option.font)
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(QRect(rect.right() - count_w, rect.top(), count_w - 4, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count)
        painter.restore()


def _bold(font: QFont, bold: bool) -> QFont:
    font = QFont(font)
    font.setBold(bold)
    return font
