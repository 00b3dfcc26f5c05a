"""Capture: for one pillar at a time, its guiding questions as columns and the groups' answers as cards.

Built for a facilitator typing what a group reports without reaching for the mouse: Alt/Ctrl+1..9
chooses the group, the entry under each question adds a card on Enter (committed before Enter
returns) and keeps the cursor. Every edit goes through the core and the shared undo stack
(the card commands are in ``ui.capture.card_actions``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListView, QStackedWidget, QTabBar, QToolBar, QVBoxLayout, QWidget,
)

from app.changes import Changes
from ui.common.next_step import NextStepHint
from ui.common.i18n import Retranslating
from ui.capture.card_actions import CardActions
from ui.capture.card_delegate import GroupDelegate
from ui.capture.card_model import GroupListModel
from ui.common.panel_actions import make_action, set_action_text
from ui.common import theme
from ui.common.theme import set_tone
from ui.common.icons import set_action_icon
from ui.capture.question_column import PillarPage, QuestionColumn


class CapturePanel(Retranslating, QWidget):
    # (question text, [(group name, colour, card text), ...]) for the presenter view
    question_focused = Signal(str, list)
    step_requested = Signal(str)  # the empty screen's button: go and add groups

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("capturePanel")
        self.context = None
        self.workshop = None
        self.lang = "th"
        self.pages: list[PillarPage] = []
        self.current_column: QuestionColumn | None = None
        self._groups = {}
        self._presenter = None
        self._reloading = self._reload_later = False
        self._calm = QTimer(self, singleShot=True, interval=250)
        self._calm.timeout.connect(self._on_calm_timeout)

        self.pillar_tabs = QTabBar(objectName="pillarTabs")
        self.pillar_tabs.setAcceptDrops(True)
        self.pillar_tabs.setChangeCurrentOnDrag(True)  # drag a card over a tab to reach that pillar
        self.pillar_tabs.setExpanding(False)
        self.pillar_tabs.currentChanged.connect(self._on_pillar_tabs_current_changed)
        self.filter_edit = QLineEdit(objectName="cardFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(260)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.toolbar = QToolBar(objectName="captureToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.group_model = GroupListModel(self)
        self.group_view = QListView(objectName="groupList")
        self.group_view.setModel(self.group_model)
        self.group_view.setItemDelegate(GroupDelegate(self.group_view))
        self.group_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.group_view.setFixedWidth(200)
        self.group_view.selectionModel().currentChanged.connect(self._on_group_view_current_changed)
        self.groups_label = QLabel(objectName="groupsLabel")
        self.hint_label = QLabel(objectName="captureHint", wordWrap=True)
        set_tone(self.hint_label, "muted")
        self.pages_stack = QStackedWidget()

        top = QHBoxLayout()
        top.addWidget(self.pillar_tabs, 1)
        top.addWidget(self.filter_edit)
        left = QVBoxLayout()
        left.addWidget(self.groups_label)
        left.addWidget(self.group_view, 1)
        middle = QHBoxLayout()
        middle.addLayout(left)
        middle.addWidget(self.pages_stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        self.next_hint = NextStepHint(objectName="captureNextStep")
        layout.addWidget(self.next_hint)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint_label)
        self._make_actions()
        self.retranslate()

    # ----------------------------------------------------------------- actions
    def _make_actions(self) -> None:
        self.group_actions = []
        for n in range(1, 10):
            action = make_action(self, lambda _=False, row=n - 1: self.select_group(row), f"Alt+{n}", f"Ctrl+{n}")
            self.group_actions.append(action)
        self.card_actions = CardActions(self)
        self.next_question_action = make_action(self, lambda: self.focus_question_by(1), "Alt+Right")
        self.previous_question_action = make_action(self, lambda: self.focus_question_by(-1), "Alt+Left")
        self.next_pillar_action = make_action(self, lambda: self.switch_pillar_by(1), "Ctrl+PgDown")
        self.previous_pillar_action = make_action(self, lambda: self.switch_pillar_by(-1), "Ctrl+PgUp")
        self.filter_action = make_action(self, self._focus_filter, "Ctrl+F")
        cards = self.card_actions
        for action, name in ((cards.edit_action, "pencil"), (cards.move_action, "move-to"), (cards.merge_action, "merge"),
                             (cards.delete_action, "trash"), (cards.hide_action, "eye"), (cards.approve_action, "check")):
            set_action_icon(action, name)
            self.toolbar.addAction(action)

    def retranslate(self) -> None:
        for n, action in enumerate(self.group_actions, start=1):
            set_action_text(action, self.tr("Choose group %1").replace("%1", str(n)))
        self.card_actions.retranslate()
        set_action_text(self.next_question_action, self.tr("Next question"))
        set_action_text(self.previous_question_action, self.tr("Previous question"))
        set_action_text(self.next_pillar_action, self.tr("Next pillar"))
        set_action_text(self.previous_pillar_action, self.tr("Previous pillar"))
        set_action_text(self.filter_action, self.tr("Filter cards"))
        self.filter_edit.setPlaceholderText(self.tr("Filter cards (Ctrl+F)"))
        self.filter_edit.setToolTip(self.filter_action.toolTip())
        self.groups_label.setText(self.tr("Group answering"))
        self.group_view.setToolTip(self.tr("Choose the group with Alt+1…9 or Ctrl+1…9 while typing"))
        self.hint_label.setText(self.tr(
            "Alt+1…9 group · Enter add · Alt+←/→ question · Ctrl+PgUp/PgDn pillar · F2 edit · "
            "Delete remove · Ctrl+M move · Ctrl+Shift+M merge"))
        self._update_entries()
        for page in self.pages:
            for column in page.columns:
                column.model.retranslate()
                column.update_counts(self.lang)

    # ----------------------------------------------------------------- context and changes
    def set_context(self, context) -> None:
        self.context = context
        self.workshop = context.workshop if context is not None else None
        presenter = getattr(context.window, "presenter", None) if context is not None else None
        if presenter is not None and presenter is not self._presenter and hasattr(presenter, "show_question"):
            self._presenter = presenter  # the window's presenter view (F5) shows what the room should see
            self.follow_in(presenter)
        self._build()

    def _build(self) -> None:
        self.current_column = None
        self.pillar_tabs.blockSignals(True)
        while self.pillar_tabs.count():
            self.pillar_tabs.removeTab(0)
        self.pillar_tabs.blockSignals(False)
        for page in self.pages:
            self.pages_stack.removeWidget(page)
            page.deleteLater()
        self.pages = []
        if self.workshop is None:
            self.group_model.set_groups([], {})
            return
        self.lang = self.workshop.details().language
        self._groups = {g.id: g for g in self.workshop.groups()}
        self.pillar_tabs.blockSignals(True)
        for pillar in self.workshop.pillars():
            page = PillarPage(pillar)
            for column in page.columns:
                self._wire_column(column)
            self.pages.append(page)
            self.pages_stack.addWidget(page)
            self.pillar_tabs.addTab(pillar.short(self.lang).replace("&", "&&"))  # "Open & Connected": no mnemonic
            self.pillar_tabs.setTabToolTip(self.pillar_tabs.count() - 1, pillar.name(self.lang))
        self.pillar_tabs.blockSignals(False)
        self.group_model.set_groups(list(self._groups.values()), {})
        if self._groups:
            self.select_group(0)
        if self.pages:
            self.pillar_tabs.setCurrentIndex(0)
            self._show_page(0)
        self.retranslate()

    def _wire_column(self, column: QuestionColumn) -> None:
        self.card_actions.attach(column)
        column.entry.returnPressed.connect(lambda c=column: self._on_entry_return_pressed(c))
        column.entry.installEventFilter(self)
        column.view.installEventFilter(self)
        column.view.doubleClicked.connect(lambda _i, c=column: self.set_current_column(c))
        column.proxy.rowsInserted.connect(lambda *_a, c=column: self._after_rows_changed(c))
        column.proxy.rowsRemoved.connect(lambda *_a, c=column: self._after_rows_changed(c))
        column.proxy.modelReset.connect(lambda c=column: self._after_rows_changed(c))
        column.proxy.dataChanged.connect(lambda *_a, c=column: self._after_rows_changed(c))

    def apply(self, changes: Changes) -> None:
        if self.workshop is None:
            return
        if changes.details:
            language = self.workshop.details().language
            if language != self.lang:
                self._build()
                return
        if changes.groups:
            self._groups = {g.id: g for g in self.workshop.groups()}
            self.group_model.set_groups(list(self._groups.values()), {})
            for page in self.pages:
                page.stale = True
            if self.group_view.currentIndex().row() < 0 and self._groups:
                self.select_group(0)
        if changes.answers or changes.groups:
            for page in self.pages:
                page.stale = True
            if changes.elsewhere and not changes.groups:
                self._reload_soon()  # cards pouring in from the room's devices
            else:
                self._reload_current_page()

    def _reload_soon(self) -> None:
        """At most ~4 reloads a second for cards from devices: each reload reads and lays out the
        whole question, and a full room sends many a second (bench/bench_room.py)."""
        if not self._calm.isActive():
            self._reload_current_page()
            self._calm.start()
        else:
            self._reload_later = True

    def _on_calm_timeout(self) -> None:
        if self._reload_later:
            self._reload_later = False
            self._reload_current_page()
            self._calm.start()

    def _reload_current_page(self) -> None:
        page = self.current_page()
        if page is None or self.workshop is None:
            return
        self._reloading = True  # one question_focused at the end, not one per column changed
        try:
            for column in page.columns:
                column.model.set_cards(self.workshop.answers(column.question.id), self._groups)
                column.update_counts(self.lang)
        finally:
            self._reloading = False
        page.stale = False
        counts: dict[int, int] = {}
        for column in page.columns:
            for card in column.model.cards:
                counts[card.group_id] = counts.get(card.group_id, 0) + 1
        self.group_model.set_groups(list(self._groups.values()), counts)
        self._emit_question_focused()

    def _after_rows_changed(self, column: QuestionColumn) -> None:
        column.update_counts(self.lang)
        if column is self.current_column and not self._reloading:
            self._emit_question_focused()

    # ----------------------------------------------------------------- navigation
    def current_page(self) -> PillarPage | None:
        index = self.pillar_tabs.currentIndex()
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def _on_pillar_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self._show_page(index)

    def _show_page(self, index: int) -> None:
        page = self.pages[index]
        self.pages_stack.setCurrentWidget(page)
        self._reload_current_page()  # even when not stale: the group counts are per pillar
        if page.columns:
            self.set_current_column(page.columns[0])

    def switch_pillar_by(self, step: int) -> None:
        if self.pages:
            self.pillar_tabs.setCurrentIndex((self.pillar_tabs.currentIndex() + step) % len(self.pages))
            if self.current_column is not None:
                self.current_column.entry.setFocus()

    def show_pillar(self, index: int) -> None:
        self.pillar_tabs.setCurrentIndex(index)

    def focus_question_by(self, step: int) -> None:
        page = self.current_page()
        if page is None or not page.columns:
            return
        index = page.columns.index(self.current_column) if self.current_column in page.columns else 0
        column = page.columns[(index + step) % len(page.columns)]
        self.set_current_column(column)
        column.entry.setFocus()

    def set_current_column(self, column: QuestionColumn) -> None:
        if column is self.current_column:
            return
        self.current_column = column
        page = self.current_page()
        for c in page.columns if page else ():
            c.set_current(c is column)
        self._emit_question_focused()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            page = self.current_page()
            for column in page.columns if page else ():
                if watched in (column.entry, column.view):
                    self.set_current_column(column)
        return super().eventFilter(watched, event)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        for page in self.pages:
            for column in page.columns:
                column.proxy.setFilterFixedString(text)
                column.update_counts(self.lang)

    # ----------------------------------------------------------------- groups
    def select_group(self, row: int) -> None:
        if 0 <= row < self.group_model.rowCount():
            index = self.group_model.index(row)
            self.group_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_group_id(self) -> int | None:
        index = self.group_view.currentIndex()
        return self.group_model.groups[index.row()].id if index.isValid() else None

    def _on_group_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_entries()

    def _update_entries(self) -> None:
        group = self._groups.get(self.current_group_id())
        if self.workshop is not None and not self._groups:
            self.next_hint.offer(self.tr("No groups yet: add the groups taking part in Setup, then type their answers "
                                         "here."), self.tr("Go to Setup"), lambda: self.step_requested.emit("setup"))
        else:
            self.next_hint.clear()
        if group is None:
            text = self.tr("Add a group in Setup first")
            style = ""
        else:
            text = self.tr("%1: type, Enter adds").replace("%1", group.name)
            # The group's own colour is data, not theme: the only style this entry sets itself.
            style = (f"QLineEdit {{ border: 1px solid {theme.FAINT}; border-left: 6px solid {group.color}; "
                     f"padding: {theme.FIELD_PAD_V}px {theme.FIELD_PAD_H}px; }}")
        for page in self.pages:
            for column in page.columns:
                column.entry.setPlaceholderText(text)
                column.entry.setStyleSheet(style)
                column.entry.setEnabled(group is not None)

    # ----------------------------------------------------------------- typing cards
    def _on_entry_return_pressed(self, column: QuestionColumn) -> None:
        text = column.entry.text()
        if not text.strip():
            return
        answer_id = self.card_actions.add_card(column.question.id, text)
        if answer_id is not None:
            column.entry.setText("")  # setText (not clear) also empties the entry's own undo history
            row = column.model.row_of(answer_id)
            proxy_index = column.proxy.mapFromSource(column.model.index(row))
            if proxy_index.isValid():
                column.view.scrollTo(proxy_index)
        column.entry.setFocus()

    # ----------------------------------------------------------------- presenter view
    def follow_in(self, presenter) -> None:
        """Shows the current question and its cards, as they arrive, on a presenter view (any object
        with ``show_question(question_text, cards, heading="")``, e.g. ``ui.presenter.window``)."""
        def show(question: str, cards: list) -> None:
            page = self.current_page()
            presenter.show_question(question, cards, page.pillar.name(self.lang) if page else "")

        self.question_focused.connect(show)
        self._emit_question_focused()

    def current_cards(self) -> list[tuple[str, str, str]]:
        column = self.current_column
        if column is None:
            return []
        model = column.model  # the label says when a group sent the card from its own device
        return [(" · ".join(p for p in (model.group_label(c), model.room_mark(c)) if p),
                 self._groups[c.group_id].color if c.group_id in self._groups else theme.FAINT,
                 c.text) for c in model.cards if not c.moderation]  # pending or hidden: not on the projector

    def _emit_question_focused(self) -> None:
        if self.current_column is not None:
            self.question_focused.emit(self.current_column.question.text(self.lang), self.current_cards())

