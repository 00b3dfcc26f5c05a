"""The home screen: start a workshop, open one, or continue one from the library or recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget,
)

from app import library
from app.errors import WorkshopError
from ui.common.error_catalogue import error_text
from ui.common.i18n import Retranslating
from ui.common.icons import set_icon
from ui.common.theme import mark_primary
from ui.home.workshop_list_model import WorkshopListModel


class HomePanel(Retranslating, QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    templates_requested = Signal()
    combine_requested = Signal()
    path_chosen = Signal(Path)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("homePanel")
        self.title_label = QLabel(objectName="homeTitle")
        self.subtitle_label = QLabel(objectName="homeSubtitle", wordWrap=True)
        self.new_button = QPushButton(objectName="newWorkshopButton")
        self.open_button = QPushButton(objectName="openButton")
        self.demo_button = QPushButton(objectName="openDemoButton")
        self.templates_button = QPushButton(objectName="templatesButton")
        self.combine_button = QPushButton(objectName="combineWorkshopsButton")
        self.combine_button.setMinimumHeight(44)
        for button in (self.new_button, self.open_button, self.demo_button, self.templates_button):
            button.setMinimumHeight(44)
        self.new_button.setDefault(True)
        for button, name in ((self.new_button, "file-plus"), (self.open_button, "folder-open"),
                             (self.demo_button, "book-open"), (self.templates_button, "layout"),
                             (self.combine_button, "merge")):
            set_icon(button, name)
        mark_primary(self.new_button)
        self.library_label = QLabel(objectName="sectionLabel")
        self.recent_label = QLabel(objectName="sectionLabel")
        self.empty_label = QLabel(objectName="emptyLabel", wordWrap=True)
        self.library_model, self.recent_model = WorkshopListModel(self), WorkshopListModel(self)
        self.library_view, self.recent_view = QListView(), QListView()
        for view, model in ((self.library_view, self.library_model), (self.recent_view, self.recent_model)):
            view.setModel(model)
            view.setUniformItemSizes(False)
            view.setSpacing(2)
            view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
            view.activated.connect(self._on_view_activated)
        self.library_view.setObjectName("libraryView")
        self.recent_view.setObjectName("recentView")

        actions = QVBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.demo_button)
        actions.addSpacing(16)
        actions.addWidget(self.templates_button)
        actions.addWidget(self.combine_button)
        actions.addStretch(1)
        lists = QVBoxLayout()
        lists.addWidget(self.library_label)
        lists.addWidget(self.empty_label)
        lists.addWidget(self.library_view, 3)
        lists.addWidget(self.recent_label)
        lists.addWidget(self.recent_view, 2)
        body = QHBoxLayout()
        body.addLayout(actions, 1)
        body.addSpacing(24)
        body.addLayout(lists, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(16)
        layout.addLayout(body, 1)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.templates_button.clicked.connect(self.templates_requested)
        self.combine_button.clicked.connect(self.combine_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("PMQA 4.0 Workshop"))
        self.subtitle_label.setText(self.tr(
            "Run an organization development workshop towards Government 4.0 and the PMQA 4.0 "
            "criteria, and print the development plan."))
        self.new_button.setText(self.tr("New workshop…"))
        self.new_button.setToolTip(self.tr("Create a workshop from a template (Ctrl+N)"))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a workshop file (Ctrl+O)"))
        self.demo_button.setText(self.tr("Open the demo workshop"))
        self.demo_button.setToolTip(self.tr("The Land Development Department workshop of 17 December 2561, filled in"))
        self.templates_button.setText(self.tr("Templates…"))
        self.templates_button.setToolTip(self.tr("Duplicate, edit, import and export workshop templates"))
        self.combine_button.setText(self.tr("Combine workshops…"))
        self.combine_button.setToolTip(self.tr("Combine the workshop files of several offices into one plan"))
        self.library_label.setText(self.tr("Workshops in your library"))
        self.recent_label.setText(self.tr("Recently opened"))
        self.empty_label.setText(self.tr("No workshops yet. Start with “New workshop…” or open the demo."))

    def refresh(self, lang: str = "th") -> None:
        self.library_model.lang = self.recent_model.lang = lang
        try:
            entries = library.library_workshops()
        except WorkshopError as exc:  # e.g. the profile folder cannot be created: open files still works
            entries = []
            self.empty_label.setText(self.tr("The workshop library cannot be used: %1").replace("%1", error_text(exc)))
        else:
            self.retranslate()
        self.library_model.set_entries(entries)
        in_library = {e.path.resolve() for e in entries}
        recent = [p for p in library.recent_files() if p.resolve() not in in_library]
        self.recent_model.set_entries([library.describe(p) for p in recent])
        self.empty_label.setVisible(not entries)
        self.recent_label.setVisible(bool(recent))
        self.recent_view.setVisible(bool(recent))
        if entries:
            self.library_view.setCurrentIndex(self.library_model.index(0))

    def _on_view_activated(self, index: QModelIndex) -> None:
        model = index.model()
        self.path_chosen.emit(model.entry(index.row()).path)
