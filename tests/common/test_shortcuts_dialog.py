"""Help → Keyboard shortcuts lists what the window and its panels really define."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.common.shortcuts_dialog import ShortcutsDialog, collect_shortcuts


def test_f1_opens_a_table_with_the_main_shortcuts(main_window, qtbot):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    dialog = main_window.findChild(ShortcutsDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    keys = {row[2] for row in dialog.rows()}
    assert {"Ctrl+N", "F5", "F1"} <= keys
    by_keys = {row[2]: row for row in dialog.rows()}
    assert by_keys["F5"][:2] == ("View", "Presenter view (projector)")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_panel_and_presenter_shortcuts_are_listed_with_where_they_work(main_window):
    rows = {(e.where, e.action): e.keys for e in collect_shortcuts(main_window)}
    assert rows[("Brief", "Next slide")] == "Right, PgDown"
    assert rows[("Presenter view", "Leave the presenter view")] == "Esc"
    assert any(where == "Edit" and keys.startswith("Ctrl+Z") for (where, _), keys in rows.items())


def test_thai_menu_mnemonics_are_left_out_of_the_table(main_window, qtbot):
    main_window.set_language("th")
    try:
        qtbot.waitUntil(lambda: main_window.file_menu.title() == "ไฟล์ (&F)")  # LanguageChange is posted
        rows = {(e.where, e.action) for e in collect_shortcuts(main_window)}
        assert ("ไฟล์", "สร้างการประชุมเชิงปฏิบัติการใหม่…") in rows
        assert ("บรรยายสรุป", "สไลด์ถัดไป") in rows
    finally:
        main_window.set_language("en")


def test_mnemonics_are_left_out_of_tooltips_and_undo_texts_in_thai(main_window, demo_path, qtbot):
    from ui.common.panel_actions import plain_text

    assert plain_text("เปิด (&O)…") == "เปิด…" and plain_text("&Open…") == "Open…"
    assert plain_text("Save && close") == "Save & close"
    assert main_window.open_path(demo_path)
    main_window.set_language("th")
    try:
        qtbot.waitUntil(lambda: main_window.file_menu.title() == "ไฟล์ (&F)")
        capture = main_window.workshop_panel.panels["capture"]
        assert capture.card_actions.edit_action.toolTip() == "แก้ไขบัตรความคิด (F2)"  # not "… (E) (F2)"
        setup = main_window.workshop_panel.panels["setup"]
        assert setup.commit_detail("venue", "ห้องประชุม ๘๐๒")
        assert "(&" not in main_window.undo_stack.undoText() and "(V)" not in main_window.undo_stack.undoText()
        assert main_window.undo_stack.undoText().startswith("แก้ไข")
    finally:
        main_window.set_language("en")
