"""Help → Keyboard shortcuts: every shortcut the window defines, read from its actions at run time.

Nothing here lists shortcuts by hand: a panel that adds a ``QAction`` with a shortcut appears in
the table without touching this file.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMenu, QTableView, QVBoxLayout, QWidget,
)

from ui.common.panel_actions import plain_text


@dataclass(frozen=True)
class ShortcutEntry:
    where: str
    action: str
    keys: str  # native text, e.g. "Ctrl+N" or "Right, PgDown"


def _where(action: QAction, window: QWidget) -> str:
    menus = [o for o in action.associatedObjects() if isinstance(o, QMenu) and o.title()]
    if menus:
        return plain_text(menus[0].title())
    workshop_panel = getattr(window, "workshop_panel", None)
    panels = getattr(workshop_panel, "panels", {})
    owner = action.parent()
    while owner is not None and owner is not window:
        for key, panel in panels.items():
            if owner is panel:
                from ui.workshop.panel import STEPS
                title = next(t for k, _m, _c, t in STEPS if k == key)
                return QCoreApplication.translate("Steps", title)
        if isinstance(owner, QWidget) and owner.isWindow() and owner.windowTitle():
            return owner.windowTitle()
        owner = owner.parent()
    return QCoreApplication.translate("ShortcutsDialog", "Main window")


def collect_shortcuts(window: QWidget) -> list[ShortcutEntry]:
    """Every action under ``window`` that has a shortcut, grouped by where it works."""
    workshop_panel = getattr(window, "workshop_panel", None)
    if workshop_panel is not None:
        workshop_panel.build_all()  # steps are built on first visit; list them all the same
    getattr(window, "presenter", None)  # so is the projector window
    entries = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not action.text():
            continue
        native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        entries.add(ShortcutEntry(_where(action, window), plain_text(action.text()), native))
    return sorted(entries, key=lambda e: (e.where, e.action))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Command"), self.tr("Keys")])
        for entry in collect_shortcuts(window):
            row = [QStandardItem(entry.where), QStandardItem(entry.action), QStandardItem(entry.keys)]
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.table = QTableView(objectName="shortcutsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.model.item(r, c).text() for c in range(3)) for r in range(self.model.rowCount())]

