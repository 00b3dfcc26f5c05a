"""The open workshop: a step navigator (where the day stands) beside the current step's panel.

Each step panel is a QWidget with ``set_context(context)`` and ``apply(changes)``.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from app.changes import Changes
from app.workshop import Workshop
from ui.workshop.run_card import RunCard


def _t(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


# (key, module, class, title); titles are translated when shown.
STEPS = (
    ("overview", "ui.workshop.overview_panel", "OverviewPanel", QT_TRANSLATE_NOOP("Steps", "Overview")),
    ("setup", "ui.setup.panel", "SetupPanel", QT_TRANSLATE_NOOP("Steps", "Setup")),
    ("agenda", "ui.agenda.panel", "AgendaPanel", QT_TRANSLATE_NOOP("Steps", "Agenda")),
    ("brief", "ui.brief.panel", "BriefPanel", QT_TRANSLATE_NOOP("Steps", "Brief")),
    ("capture", "ui.capture.panel", "CapturePanel", QT_TRANSLATE_NOOP("Steps", "Capture")),
    ("assess", "ui.assess.panel", "AssessPanel", QT_TRANSLATE_NOOP("Steps", "Assess")),
    ("prioritize", "ui.prioritize.panel", "PrioritizePanel", QT_TRANSLATE_NOOP("Steps", "Prioritize")),
    ("plan", "ui.plan.panel", "PlanPanel", QT_TRANSLATE_NOOP("Steps", "Plan")),
    ("report", "ui.report.panel", "ReportPanel", QT_TRANSLATE_NOOP("Steps", "Report")),
    ("followup", "ui.followup.panel", "FollowupPanel", QT_TRANSLATE_NOOP("Steps", "Follow-up")),
)


class WorkshopContext(NamedTuple):
    """What every step panel needs: the workshop, the shared undo stack, and the window."""
    workshop: Workshop
    undo_stack: QUndoStack
    window: QWidget


class _Panels(dict):
    """Step panels by key, each built the first time it is asked for: a window that opens on the
    overview never imports or builds the other steps, which keeps start-up quick."""

    def __init__(self, owner: "WorkshopPanel"):
        super().__init__()
        self.owner = owner

    def __missing__(self, key: str) -> QWidget:
        return self.owner._create_panel(key)

    def get(self, key, default=None):
        return self[key] if self.owner.has_step(key) else default


class WorkshopPanel(QWidget):
    step_changed = Signal(str)
    panel_created = Signal(str, QWidget)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("workshopPanel")
        self.navigator = QListWidget(objectName="stepNavigator")
        self.run_card = RunCard()  # the running item and its countdown, seen from every step
        self.run_card.activated.connect(self._on_run_card_activated)
        self.pages = QStackedWidget()
        self.panels = _Panels(self)
        self._policies: dict[QWidget, QSizePolicy] = {}  # each step's own, given back when it is shown
        for key, *_ in STEPS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigator.addItem(item)
        side = QWidget(objectName="stepColumn")
        side.setFixedWidth(190)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.navigator, 1)
        card_margin = QVBoxLayout()
        card_margin.setContentsMargins(8, 8, 8, 8)
        card_margin.addWidget(self.run_card)
        column.addLayout(card_margin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)
        self.navigator.currentRowChanged.connect(self._on_navigator_current_row_changed)
        self.context: WorkshopContext | None = None
        self.retranslate()

    def has_step(self, key: str) -> bool:
        return any(key == step[0] for step in STEPS)

    def build_all(self) -> None:
        """Build every step panel now (the shortcuts list needs all their actions)."""
        for key, *_ in STEPS:
            self.panels[key]

    def _create_panel(self, key: str) -> QWidget:
        if not self.has_step(key):
            raise KeyError(key)
        _key, module_name, class_name, _title = next(step for step in STEPS if step[0] == key)
        panel = getattr(importlib.import_module(module_name), class_name)()
        dict.__setitem__(self.panels, key, panel)
        self._policies[panel] = panel.sizePolicy()
        self.pages.addWidget(panel)
        if hasattr(panel, "step_requested"):  # an empty screen's "next step" button
            panel.step_requested.connect(self.show_step)
        if self.context is not None:
            panel.set_context(self.context)
        self.panel_created.emit(key, panel)
        return panel

    def retranslate(self) -> None:
        for row, (_key, _module, _class, title) in enumerate(STEPS):
            item = self.navigator.item(row)
            item.setText(f"{row}. {_t(title)}" if row else _t(title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_context(self, context: WorkshopContext | None) -> None:
        self.context = context
        self.run_card.set_workshop(context.workshop if context is not None else None)
        for panel in list(self.panels.values()):
            panel.set_context(context)
        if context is not None:
            self.show_step("overview")

    def apply(self, changes: Changes) -> None:
        self.run_card.apply(changes)
        for panel in list(self.panels.values()):
            panel.apply(changes)

    def current_step(self) -> str:
        item = self.navigator.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "overview"

    def show_step(self, key: str) -> None:
        if not self.has_step(key):
            key = "overview"
        row = [k for k, *_ in STEPS].index(key)
        if self.navigator.currentRow() == row:
            self._on_navigator_current_row_changed(row)
        else:
            self.navigator.setCurrentRow(row)

    def _on_navigator_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = STEPS[row][0]
        shown = self.panels[key]
        # A stack is as large as its largest page: the widest step (the report's buttons) would set
        # the window's smallest size on every step. Hidden pages ask for no room.
        ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            page.setSizePolicy(self._policies[page] if page is shown else ignored)
        self.pages.setCurrentWidget(shown)
        self.step_changed.emit(key)

    def _on_run_card_activated(self) -> None:
        self.show_step("agenda")
        agenda = self.panels["agenda"]
        agenda.tabs.setCurrentWidget(agenda.run_panel)
