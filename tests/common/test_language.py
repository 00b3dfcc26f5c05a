"""The interface language switches at run time, in Thai by default, and is remembered; so is the layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app import settings
from ui.common.i18n import install_language


@pytest.fixture
def thai(data_dirs):
    """A first start: nothing saved, so the product's default language (Thai) applies."""
    data = settings.load()
    data.pop("ui_language", None)
    settings.save(data)
    yield
    install_language("en")  # what the other tests expect (tests/conftest.py)


def language_action(window, lang):
    return next(a for a in window.language_group.actions() if a.data() == lang)


@pytest.mark.usefixtures("thai")
def test_thai_is_the_default_interface_language(main_window):
    assert main_window.file_menu.title() == "ไฟล์ (&F)"
    assert main_window.home.title_label.text() == "การประชุมเชิงปฏิบัติการ PMQA 4.0"
    assert language_action(main_window, "th").isChecked()


@pytest.mark.usefixtures("thai")
def test_choosing_english_retranslates_menus_and_home_at_once_and_is_remembered(main_window, qtbot):
    assert main_window.file_menu.title() == "ไฟล์ (&F)"
    language_action(main_window, "en").trigger()  # Language → English
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "&File")
    assert main_window.help_menu.title() == "&Help" and main_window.view_menu.title() == "&View"
    assert main_window.new_action.text() == "&New workshop…"
    assert main_window.home.title_label.text() == "PMQA 4.0 Workshop"
    assert main_window.home.new_button.text() == "New workshop…"
    assert main_window.workshop_panel.navigator.item(3).text() == "3. Brief"
    assert settings.get("ui_language") == "en"
    assert language_action(main_window, "en").isChecked() and not language_action(main_window, "th").isChecked()

    from ui.application import make_application
    from ui.main_window import MainWindow

    make_application()  # a new start reads the saved language
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.file_menu.title() == "&File" and language_action(again, "en").isChecked()

    main_window.set_language("th")
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "ไฟล์ (&F)")
    assert main_window.workshop_panel.navigator.item(3).text() == "3. บรรยายสรุป"
    assert settings.get("ui_language") == "th"


@pytest.mark.usefixtures("thai")
def test_english_plurals_come_from_the_english_catalogue(main_window):
    main_window.set_language("en")
    assert QCoreApplication.translate("OverviewPanel", "%n answer(s)", "", 1) == "1 answer"
    assert QCoreApplication.translate("OverviewPanel", "%n answer(s)", "", 3) == "3 answers"
    main_window.set_language("th")
    assert QCoreApplication.translate("OverviewPanel", "%n answer(s)", "", 3) == "3 คำตอบ"


@pytest.mark.usefixtures("thai")
def test_the_open_workshop_retranslates_too(main_window, demo_path, qtbot):
    assert main_window.open_path(demo_path)
    main_window.workshop_panel.show_step("brief")
    brief = main_window.workshop_panel.panels["brief"]
    assert brief.next_action.text() == "สไลด์ถัดไป"
    main_window.set_language("en")
    qtbot.waitUntil(lambda: brief.next_action.text() == "Next slide")
    assert main_window.presenter.windowTitle() == "Presenter view"
    assert brief.current_slide().title.startswith("ธรรมาภิบาล")  # slides keep the workshop's language


def test_window_size_and_place_are_restored_on_the_next_start(main_window, qtbot):
    from ui.main_window import MainWindow

    # The offscreen test screen is 800×800 and Qt fits a restored window into its screen, so the
    # maximized state is what survives here; a real screen keeps the exact size and place too.
    main_window.showMaximized()
    qtbot.waitUntil(main_window.isMaximized)
    main_window.close()
    assert settings.get("window_geometry") and settings.get("window_state")
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    settings.put("window_geometry", None)
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    fresh.show()
    assert not fresh.isMaximized()


def test_a_damaged_saved_layout_is_ignored(main_window, qtbot):
    from ui.main_window import MainWindow

    settings.put("window_geometry", "not base64 at all!")
    settings.put("window_state", 42)
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.width() > 0


@pytest.mark.usefixtures("thai")
def test_qts_own_buttons_and_text_menus_are_thai(main_window):
    """Qt ships no Thai catalogue; ours carries the words of its standard buttons and text menus."""
    from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

    box = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Close, main_window)
    assert sorted(b.text() for b in box.buttons()) == sorted(["ตกลง", "ยกเลิก", "ปิด"])
    for field in (QLineEdit(main_window), QPlainTextEdit(main_window)):
        texts = [a.text().split("\t")[0] for a in field.createStandardContextMenu().actions() if a.text()]
        assert "คัดลอก (&C)" in texts and "วาง (&P)" in texts and "เลือกทั้งหมด" in texts


@pytest.mark.usefixtures("thai")
def test_the_undo_and_redo_commands_name_their_step_in_the_interface_language(main_window, qtbot):
    from PySide6.QtGui import QUndoCommand

    assert main_window.undo_action.text() == "เลิกทำ (&U)" and not main_window.undo_action.isEnabled()
    main_window.undo_stack.push(QUndoCommand("เปลี่ยนชื่อกลุ่ม"))
    assert main_window.undo_action.text() == "เลิกทำ เปลี่ยนชื่อกลุ่ม (&U)" and main_window.undo_action.isEnabled()
    main_window.undo_action.trigger()
    assert main_window.redo_action.text() == "ทำซ้ำ เปลี่ยนชื่อกลุ่ม (&R)" and main_window.redo_action.isEnabled()
    language_action(main_window, "en").trigger()
    qtbot.waitUntil(lambda: main_window.redo_action.text() == "&Redo เปลี่ยนชื่อกลุ่ม")
    assert main_window.undo_action.text() == "&Undo" and not main_window.undo_action.isEnabled()
    main_window.undo_stack.push(QUndoCommand("Rename R&D"))  # a name typed with "&" is not a mnemonic
    assert main_window.undo_action.text() == "&Undo Rename R&&D"
