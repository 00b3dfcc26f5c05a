"""The Capture step, driven as a facilitator would, checked against the workshop file."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from app.demo import create_stress
from app.workshop import Workshop
from ui.capture.card_delegate import CardEditor
from ui.capture.card_model import encode_ids
from ui.capture.panel import CapturePanel


def saved(path) -> list:
    """Every card in the file: (group name, question id, text), in question and card order."""
    w = Workshop.open(path)
    try:
        names = {g.id: g.name for g in w.groups()}
        return [(names[a.group_id], a.question_id, a.text) for a in w.answers()]
    finally:
        w.close()


def open_capture(main_window, path, qtbot) -> CapturePanel:
    assert main_window.open_path(path)
    main_window.workshop_panel.show_step("capture")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    panel = main_window.workshop_panel.panels["capture"]
    assert panel.isVisible()
    return panel


@pytest.fixture
def grouped_path(workshop_path):
    w = Workshop.open(workshop_path)
    for name in ("Red", "Green", "Blue"):
        w.add_group(name)
    w.close()
    return workshop_path


def column(panel, n):
    return panel.current_page().columns[n]


def type_card(qtbot, entry, text):
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def select_rows(col, rows):
    selection = col.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        index = col.proxy.index(row, 0)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    col.view.setFocus()


def test_typing_for_several_groups_saves_each_card_when_enter_is_pressed(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    first, second = column(panel, 0), column(panel, 1)
    first.entry.setFocus()
    type_card(qtbot, first.entry, "open data portal")
    assert saved(grouped_path) == [("Red", first.question.id, "open data portal")]
    assert first.entry.text() == "" and first.entry.hasFocus()

    qtbot.keyClick(first.entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # group 2 while typing
    type_card(qtbot, first.entry, "shared GIS 2")
    qtbot.keyClick(first.entry, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(first.entry, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # next question
    assert second.entry.hasFocus()
    type_card(qtbot, second.entry, "no API yet")
    assert saved(grouped_path) == [("Red", first.question.id, "open data portal"),
                                   ("Green", first.question.id, "shared GIS 2"),
                                   ("Blue", second.question.id, "no API yet")]
    assert first.model.rowCount() == 2 and "2" in first.count_label.text()
    assert panel.group_model.counts == {panel.group_model.groups[0].id: 1, panel.group_model.groups[1].id: 1,
                                        panel.group_model.groups[2].id: 1}

    main_window.undo_action.trigger()
    assert [c[2] for c in saved(grouped_path)] == ["open data portal", "shared GIS 2"]
    main_window.redo_action.trigger()
    assert [c[2] for c in saved(grouped_path)] == ["open data portal", "shared GIS 2", "no API yet"]
    assert second.model.rowCount() == 1


def test_a_card_is_edited_in_place_and_the_edit_undoes(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    col = column(panel, 0)
    col.entry.setFocus()
    type_card(qtbot, col.entry, "typo cardd")
    col.view.setFocus()
    col.view.setCurrentIndex(col.proxy.index(0, 0))
    qtbot.keyClick(col.view, Qt.Key.Key_F2)
    editor = col.view.findChild(CardEditor)
    assert editor is not None and editor.toPlainText() == "typo cardd"
    editor.selectAll()
    qtbot.keyClicks(editor, "fixed card")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [c[2] for c in saved(grouped_path)] == ["fixed card"]
    main_window.undo_action.trigger()
    assert [c[2] for c in saved(grouped_path)] == ["typo cardd"]


def test_delete_removes_the_selected_cards_and_undo_brings_them_back(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    col = column(panel, 0)
    col.entry.setFocus()
    for text in ("one", "two", "three"):
        type_card(qtbot, col.entry, text)
    select_rows(col, [0, 2])
    qtbot.keyClick(col.view, Qt.Key.Key_Delete)
    assert [c[2] for c in saved(grouped_path)] == ["two"]
    main_window.undo_action.trigger()
    assert [c[2] for c in saved(grouped_path)] == ["one", "two", "three"]
    assert [col.proxy.index(r, 0).data() for r in range(3)] == ["one", "two", "three"]


# The offscreen platform cannot raise a popup menu or grab the keyboard for it; harmless here.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_cards_move_to_another_question_and_pillar_and_back_with_undo(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    first, second = column(panel, 0), column(panel, 1)
    first.entry.setFocus()
    for text in ("a", "b", "c"):
        type_card(qtbot, first.entry, text)
    select_rows(first, [1])
    qtbot.keyClick(first.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [(q, t) for _g, q, t in saved(grouped_path)] == [
        (first.question.id, "a"), (first.question.id, "c"), (second.question.id, "b")]
    assert second.selected_ids() and panel.current_column is second

    # "Move to…" (Ctrl+M) offers every question of every pillar
    qtbot.keyClick(second.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    menu = panel.card_actions.move_menu
    qtbot.waitUntil(menu.isVisible)
    third_pillar = panel.pages[2].columns[2].question.id
    action = next(a for sub in menu.actions() for a in sub.menu().actions() if a.data() == third_pillar)
    menu.close()
    action.trigger()
    assert [q for _g, q, _t in saved(grouped_path)] == [first.question.id, first.question.id, third_pillar]
    panel.show_pillar(2)
    assert panel.pages[2].columns[2].model.rowCount() == 1

    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    assert [(q, t) for _g, q, t in saved(grouped_path)] == [
        (first.question.id, "a"), (first.question.id, "b"), (first.question.id, "c")]


def test_dropping_cards_on_a_question_moves_them_there(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    first, second = column(panel, 0), column(panel, 1)
    first.entry.setFocus()
    for text in ("a", "b", "c"):
        type_card(qtbot, first.entry, text)
    ids = [first.model.card(r).id for r in range(3)]
    # within a question: "c" dropped before "a"
    assert first.proxy.dropMimeData(encode_ids(ids[2:]), Qt.DropAction.MoveAction, 0, 0, first.proxy.index(-1, -1))
    qtbot.waitUntil(lambda: [t for _g, _q, t in saved(grouped_path)] == ["c", "a", "b"])
    # onto another question, below everything
    data = first.proxy.mimeData([first.proxy.index(0, 0), first.proxy.index(1, 0)])
    assert second.proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, second.proxy.index(-1, -1))
    qtbot.waitUntil(lambda: second.model.rowCount() == 2)
    assert [(q, t) for _g, q, t in saved(grouped_path)] == [
        (first.question.id, "b"), (second.question.id, "c"), (second.question.id, "a")]


def test_merging_cards_keeps_who_said_what_and_undoes(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    col = column(panel, 2)
    col.entry.setFocus()
    type_card(qtbot, col.entry, "e-service")
    qtbot.keyClick(col.entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    type_card(qtbot, col.entry, "online services")
    select_rows(col, [0, 1])
    qtbot.keyClick(col.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    w = Workshop.open(grouped_path)
    (card,) = w.answers()
    groups = {g.name: g.id for g in w.groups()}
    w.close()
    assert card.text == "e-service\nonline services"
    assert [(s["group_id"], s["text"]) for s in card.sources] == [
        (groups["Red"], "e-service"), (groups["Green"], "online services")]
    assert "Green" in col.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    main_window.undo_action.trigger()
    assert [c[2] for c in saved(grouped_path)] == ["e-service", "online services"]


def test_merging_one_card_explains_what_to_select(main_window, grouped_path, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.informativeText()))
    panel = open_capture(main_window, grouped_path, qtbot)
    col = column(panel, 0)
    col.entry.setFocus()
    type_card(qtbot, col.entry, "alone")
    select_rows(col, [0])
    panel.card_actions.merge_action.trigger()
    assert len(shown) == 1 and shown[0]
    assert [c[2] for c in saved(grouped_path)] == ["alone"]


def test_filter_shows_matching_cards_and_counts(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    col = column(panel, 0)
    col.entry.setFocus()
    for text in ("Data portal", "GIS", "open DATA"):
        type_card(qtbot, col.entry, text)
    qtbot.keyClick(col.entry, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.filter_edit.hasFocus()
    qtbot.keyClicks(panel.filter_edit, "data")
    assert col.proxy.rowCount() == 2 and "2" in col.count_label.text() and "3" in col.count_label.text()
    panel.filter_edit.clear()
    assert col.proxy.rowCount() == 3


def test_the_presenter_signal_carries_the_current_question_and_its_cards(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    col = column(panel, 1)
    col.entry.setFocus()
    with qtbot.waitSignal(panel.question_focused) as blocker:
        type_card(qtbot, col.entry, "late reports")
    question, cards = blocker.args
    assert question == col.question.text(panel.lang)
    assert cards == [("Red", panel.group_model.groups[0].color, "late reports")]


def test_actions_name_their_shortcuts(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    assert "Ctrl+Shift+M" in panel.card_actions.merge_action.toolTip()
    assert panel.card_actions.merge_action in panel.actions()


def test_adding_a_card_to_the_stress_workshop_inserts_one_row(main_window, tmp_path, qtbot):
    path = tmp_path / "stress.pmqa"
    create_stress(path).close()
    panel = open_capture(main_window, path, qtbot)
    col = column(panel, 0)
    assert col.model.rowCount() == 300
    resets = []
    col.model.modelReset.connect(lambda: resets.append(True))
    col.view.viewport().grab()  # paints 300 cards
    col.entry.setFocus()
    type_card(qtbot, col.entry, "one more")
    assert col.model.rowCount() == 301 and not resets
    qtbot.keyClicks(panel.filter_edit, "one more")
    assert col.proxy.rowCount() >= 1
    w = Workshop.open(path)
    assert len(w.answers()) == 2701
    w.close()


def test_the_windows_presenter_view_shows_cards_as_they_arrive(main_window, grouped_path, qtbot):
    panel = open_capture(main_window, grouped_path, qtbot)
    col = column(panel, 1)
    col.entry.setFocus()
    type_card(qtbot, col.entry, "paper forms")
    presenter = main_window.presenter
    assert presenter.question.text == col.question.text(panel.lang)
    assert [c[2] for c in presenter.question.cards] == ["paper forms"]
    assert presenter.question.heading == panel.current_page().pillar.name(panel.lang)


def test_the_presenter_view_follows_the_current_question(main_window, grouped_path, qtbot):
    presenter_window = pytest.importorskip("ui.presenter.window")
    panel = open_capture(main_window, grouped_path, qtbot)
    presenter = presenter_window.PresenterWindow()
    qtbot.addWidget(presenter)
    panel.follow_in(presenter)
    col = column(panel, 2)
    col.entry.setFocus()
    type_card(qtbot, col.entry, "one-stop service")
    assert presenter.question.cards[-1][2] == "one-stop service"
    assert presenter.question.text == col.question.text(panel.lang)


def test_at_1366_in_thai_the_group_list_shows_each_name_whole(laptop_window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    panel = laptop_window("capture")
    view, delegate = panel.group_view, panel.group_view.itemDelegate()
    for row in range(panel.group_model.rowCount()):
        index = panel.group_model.index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        name = delegate._name(option, index, option.font)
        assert "…" not in name and name.replace("\n", "").replace(" ", "") == index.data().replace(" ", "")
        assert option.rect.height() >= option.fontMetrics.lineSpacing() * (name.count("\n") + 1)


def test_english_pillar_tabs_keep_their_ampersand(main_window, demo_path, qtbot):
    assert main_window.open_path(demo_path)
    main_window.workshop.update_details(language="en")
    main_window.workshop_panel.show_step("capture")
    panel = main_window.workshop_panel.panels["capture"]
    tabs = panel.pillar_tabs
    names = [p.short("en") for p in main_window.workshop.pillars()]
    assert any("&" in name for name in names)
    assert [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())] == names
    assert all("&" not in tabs.tabText(i).replace("&&", "") for i in range(tabs.count()))


def test_cards_are_laid_out_whole_when_first_shown_even_once_a_scroll_bar_appears(main_window, demo_path, qtbot):
    """Heights are measured for the width the cards really have: when a column's scroll bar appears
    and narrows it, a card that now wraps to one more line is measured again (it lost its last line
    under the next card until the window was resized)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.common.i18n import install_language

    install_language("th")
    main_window.resize(1920, 1000)  # the projector's size first, then the laptop's: columns narrow
    assert main_window.open_path(demo_path)
    workshop = main_window.workshop
    group = workshop.groups()[0].id
    for pillar in workshop.pillars():
        for question in pillar.questions:
            for n in range(6):  # long enough to wrap to two or three lines in a column
                workshop.add_answer(group, question.id, f"ข้อเสนอที่ {n + 1} พัฒนาระบบบริการประชาชนแบบเบ็ดเสร็จ"
                                    "ผ่านช่องทางออนไลน์และเชื่อมโยงข้อมูลระหว่างหน่วยงาน" + " ต่อเนื่อง" * (n % 3))
    main_window.workshop_panel.show_step("capture")
    panel = main_window.workshop_panel.panels["capture"]
    qtbot.waitUntil(panel.isVisible)
    qtbot.wait(200)
    main_window.resize(1366, 768)
    cut = []
    for tab in range(panel.pillar_tabs.count()):
        panel.pillar_tabs.setCurrentIndex(tab)
        qtbot.wait(200)  # the lists' delayed layouts run
        for number, column in enumerate(panel.current_page().columns, 1):
            view = column.view
            delegate, model = view.itemDelegate(), view.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                option = QStyleOptionViewItem()
                view.initViewItemOption(option)
                needed, given = delegate.sizeHint(option, index).height(), view.visualRect(index).height()
                if given < needed:
                    cut.append(f"pillar {tab + 1}, question {number}, card {row + 1}: {given} < {needed} px")
    assert not cut
