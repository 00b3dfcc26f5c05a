"""The home screen, used as a new facilitator would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import library, paths
from app.workshop import Workshop
from tests.conftest import type_text


def test_first_run_puts_the_demo_in_the_library(main_window, qtbot):
    main_window.ensure_demo_on_first_run()
    assert main_window.home.library_model.rowCount() == 1
    entry = main_window.home.library_model.entry(0)
    assert entry.organization == "กรมพัฒนาที่ดิน" and not entry.problem


def test_open_demo_button_opens_the_demo_workshop(main_window, qtbot):
    qtbot.mouseClick(main_window.home.demo_button, Qt.MouseButton.LeftButton)
    assert main_window.workshop is not None
    assert main_window.workshop.details().organization == "กรมพัฒนาที่ดิน"
    assert main_window.stack.currentWidget() is main_window.workshop_panel
    assert library.recent_files() == [main_window.demo_path().resolve()]


def test_new_workshop_dialog_creates_a_file_in_the_library(main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.new_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title_edit.clear()
    type_text(dialog.title_edit, "แผนพัฒนาองค์การ สำนักงานเขต ๑")
    type_text(dialog.organization_edit, "สำนักงานพัฒนาที่ดินเขต ๑")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.workshop is not None)
    path = main_window.workshop.path
    assert path.parent == paths.library_dir() and path.suffix == ".pmqa"
    # opened like any other file: held against a second copy of the app, and backed up
    assert main_window.backup_keeper.workshop is main_window.workshop
    from app import locking
    assert locking.lock_path(path).exists()
    main_window.close_workshop()
    saved = Workshop.open(path)
    try:
        details = saved.details()
        assert details.title == "แผนพัฒนาองค์การ สำนักงานเขต ๑"
        assert details.organization == "สำนักงานพัฒนาที่ดินเขต ๑"
        assert len(saved.pillars()) == 3
    finally:
        saved.close()
    assert main_window.home.library_model.rowCount() == 1


def test_new_workshop_without_a_title_shows_a_message_and_stays_open(main_window, qtbot):
    main_window.new_workshop()
    dialog = main_window.new_dialog
    dialog.title_edit.clear()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_label.text()
    assert main_window.workshop is None


def test_a_damaged_file_shows_a_message_and_is_not_changed(main_window, qtbot, tmp_path):
    bad = tmp_path / "bad.pmqa"
    bad.write_bytes(b"not a workshop at all" * 20)
    assert main_window.open_path(bad) is False
    from PySide6.QtWidgets import QMessageBox

    boxes = [w for w in main_window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "bad.pmqa" in boxes[0].informativeText()
    assert bad.read_bytes() == b"not a workshop at all" * 20
    boxes[0].close()


def test_library_lists_newest_first_and_flags_unreadable_files(main_window, qtbot, tmp_path):
    folder = paths.library_dir()
    (folder / "broken.pmqa").write_bytes(b"junk")
    main_window.open_demo()
    main_window.close_workshop()
    model = main_window.home.library_model
    problems = [model.entry(r).problem for r in range(model.rowCount())]
    assert sum(bool(p) for p in problems) == 1


def test_home_screen_works_when_the_data_folder_cannot_be_created(qtbot, qapp, data_dirs, monkeypatch, tmp_path):
    from app import paths
    from ui.application import make_application
    from ui.main_window import MainWindow

    blocker = tmp_path / "profile-is-a-file"
    blocker.write_text("x")
    monkeypatch.setattr(paths, "base_dirs", lambda: paths.BaseDirs(data=blocker / "data", config=blocker / "cfg"))
    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.ensure_demo_on_first_run()
    assert window.home.library_model.rowCount() == 0
    assert "สร้างโฟลเดอร์ของโปรแกรมไม่ได้" in window.home.empty_label.text()  # the reason, in Thai


def test_listing_a_workshop_leaves_nothing_beside_it(demo_path):
    before = sorted(p.name for p in demo_path.parent.iterdir())
    entry = library.describe(demo_path)
    assert entry.organization == "กรมพัฒนาที่ดิน" and not entry.problem
    assert sorted(p.name for p in demo_path.parent.iterdir()) == before


def test_a_missing_file_in_the_list_is_explained_in_thai(qapp, tmp_path):
    from app import library
    from ui.common.i18n import install_language
    from ui.home.workshop_list_model import WorkshopListModel

    model = WorkshopListModel()
    model.set_entries([library.describe(tmp_path / "gone.pmqa")])
    install_language("th")
    text = model.index(0, 0).data()
    assert text.startswith("gone.pmqa\n⚠ ") and not any("a" <= ch <= "z" for ch in text.split("⚠")[1])
