"""The open workshop: a step navigator (where the day stands) beside the current step's panel.

Each step panel is a QWidget with ``set_context(context)`` and ``apply(changes)``; a step whose
module is not part of this build is shown disabled.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from app.changes import Changes
from app.workshop import Workshop


def _t(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


# (key, module, class, title); titles are translated when shown.
STEPS = (
    ("overview", "ui.overview_panel", "OverviewPanel", QT_TRANSLATE_NOOP("Steps", "Overview")),
    ("setup", "ui.setup_panel", "SetupPanel", QT_TRANSLATE_NOOP("Steps", "Setup")),
    ("agenda", "ui.agenda_panel", "AgendaPanel", QT_TRANSLATE_NOOP("Steps", "Agenda")),
    ("brief", "ui.brief_panel", "BriefPanel", QT_TRANSLATE_NOOP("Steps", "Brief")),
    ("capture", "ui.capture_panel", "CapturePanel", QT_TRANSLATE_NOOP("Steps", "Capture")),
    ("assess", "ui.assess_panel", "AssessPanel", QT_TRANSLATE_NOOP("Steps", "Assess")),
    ("prioritize", "ui.prioritize_panel", "PrioritizePanel", QT_TRANSLATE_NOOP("Steps", "Prioritize")),
    ("plan", "ui.plan_panel", "PlanPanel", QT_TRANSLATE_NOOP("Steps", "Plan")),
    ("report", "ui.report_panel", "ReportPanel", QT_TRANSLATE_NOOP("Steps", "Report")),
)


@dataclass
class WorkshopContext:
    """What every step panel needs: the workshop, the shared undo stack, and the window."""
    workshop: Workshop
    undo_stack: QUndoStack
    window: QWidget


class WorkshopPanel(QWidget):
    step_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("workshopPanel")
        self.navigator = QListWidget(objectName="stepNavigator")
        self.navigator.setFixedWidth(190)
        self.pages = QStackedWidget()
        self.panels: dict[str, QWidget] = {}
        for key, module_name, class_name, title in STEPS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigator.addItem(item)
            try:
                panel_class = getattr(importlib.import_module(module_name), class_name)
            except ModuleNotFoundError as exc:
                if exc.name != module_name:
                    raise
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                continue
            panel = panel_class()
            self.panels[key] = panel
            self.pages.addWidget(panel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigator)
        layout.addWidget(self.pages, 1)
        self.navigator.currentRowChanged.connect(self._on_navigator_current_row_changed)
        self.context: WorkshopContext | None = None
        self.retranslate()

    def retranslate(self) -> None:
        for row, (_key, _module, _class, title) in enumerate(STEPS):
            item = self.navigator.item(row)
            item.setText(f"{row}. {_t(title)}" if row else _t(title))
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setToolTip(_t("Not available in this version"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_context(self, context: WorkshopContext | None) -> None:
        self.context = context
        for panel in self.panels.values():
            panel.set_context(context)
        if context is not None:
            self.show_step(context.workshop.state("ui.step", "overview"))

    def apply(self, changes: Changes) -> None:
        for panel in self.panels.values():
            panel.apply(changes)

    def current_step(self) -> str:
        item = self.navigator.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "overview"

    def show_step(self, key: str) -> None:
        if key not in self.panels:
            key = "overview"
        row = [k for k, *_ in STEPS].index(key)
        self.navigator.setCurrentRow(row)

    def _on_navigator_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = STEPS[row][0]
        panel = self.panels.get(key)
        if panel is None:
            return
        self.pages.setCurrentWidget(panel)
        self.step_changed.emit(key)
