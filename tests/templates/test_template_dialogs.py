"""The Templates dialog and the template editor, used as a facilitator would; then the files checked."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import paths
from app.templates import (
    builtin_template, duplicate_template, list_templates, load_template, save_template,
    template_to_dict,
)
from app.workshop import Workshop
from tests.conftest import type_text
from ui.templates.editor_dialog import TemplateEditorDialog
from ui.templates.dialog import TemplatesDialog

NEW_QUESTION_TH = "ประชาชนผู้รับบริการของกรมฯ ต้องการอะไรจากเราที่เรายังให้ไม่ได้ และเราจะรู้ได้อย่างไร"
LATER_QUESTION_TH = "คำถามที่แก้ไขภายหลัง ไม่ควรไปเปลี่ยนเวิร์กช็อปที่สร้างไว้แล้ว"


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert view.currentIndex().row() == row


def replace_text(qtbot, editor, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, text)


def set_minutes(qtbot, spin, minutes: int) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(minutes))


def activate(qtbot, window) -> None:
    """Keyboard shortcuts (Alt+letter) reach the active window only."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_templates(main_window, qtbot) -> TemplatesDialog:
    click(qtbot, main_window.home.templates_button)
    dialog = main_window.templates_dialog
    qtbot.waitUntil(dialog.isVisible)
    activate(qtbot, dialog)
    return dialog


def open_editor(dialog: TemplatesDialog, qtbot, template_id: str) -> TemplateEditorDialog:
    click_row(qtbot, dialog.view, dialog.model.row_of(template_id))
    click(qtbot, dialog.edit_button)
    qtbot.waitUntil(lambda: dialog.editor is not None and dialog.editor.isVisible())
    activate(qtbot, dialog.editor)
    return dialog.editor


def edit_question_and_minutes(editor: TemplateEditorDialog, qtbot, text: str, minutes: int) -> None:
    """Pillar 2 ("citizen"), question 1 in Thai; agenda item 6 (group work on that pillar)."""
    qtbot.keyClick(editor, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert editor.tabs.currentIndex() == 3
    editor.pillar_combo.setFocus()
    qtbot.keyClick(editor.pillar_combo, Qt.Key.Key_Down)
    assert editor.pillar_combo.currentData() == "citizen"
    click_row(qtbot, editor.questions_editor.view, 0)
    replace_text(qtbot, editor.questions_editor.editors["text_th"], text)
    qtbot.keyClick(editor, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert editor.tabs.currentIndex() == 4
    click_row(qtbot, editor.agenda_editor.view, 5)
    set_minutes(qtbot, editor.agenda_editor.editors["minutes"], minutes)


def test_edited_copy_of_builtin_creates_workshops_with_the_edits_and_later_edits_leave_them(main_window, qtbot):
    builtin = builtin_template()
    assert builtin.agenda[5].pillar == "citizen" and builtin.agenda[5].minutes != 50

    dialog = open_templates(main_window, qtbot)
    assert dialog.model.rowCount() == 1 and not dialog.edit_button.isEnabled()
    click(qtbot, dialog.duplicate_button)
    assert dialog.model.rowCount() == 2
    copy_id = dialog.selected().id
    assert copy_id != builtin.id and dialog.edit_button.isEnabled()

    editor = open_editor(dialog, qtbot, copy_id)
    edit_question_and_minutes(editor, qtbot, NEW_QUESTION_TH, 50)
    assert str(builtin.total_minutes + 15) in editor.total_label.text()  # 35 -> 50
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.result() == editor.DialogCode.Accepted

    saved = load_template(paths.user_templates_dir() / f"{copy_id}.json")
    assert saved.pillar("citizen").questions[0].text.th == NEW_QUESTION_TH
    assert saved.pillar("citizen").questions[0].text.en == builtin.pillar("citizen").questions[0].text.en
    assert saved.agenda[5].minutes == 50
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Close))
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The new-workshop dialog lists the saved template; the workshop is made from it.
    activate(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_dialog = main_window.new_dialog
    ids = [t.id for t in new_dialog.templates]
    assert copy_id in ids
    new_dialog.template_combo.setFocus()
    qtbot.keyClick(new_dialog.template_combo, Qt.Key.Key_Down)
    assert new_dialog.template().id == copy_id
    qtbot.keyClick(new_dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.workshop is not None)
    path = main_window.workshop.path
    main_window.close_workshop()

    def workshop_contents():
        workshop = Workshop.open(path)
        try:
            citizen = next(p for p in workshop.pillars() if p.key == "citizen")
            return (citizen.questions[0].text_th, [a.minutes for a in workshop.agenda()],
                    workshop.template())
        finally:
            workshop.close()

    question, minutes, snapshot = workshop_contents()
    assert question == NEW_QUESTION_TH
    assert minutes[5] == 50 and sum(minutes) == builtin.total_minutes + 15

    # Editing the template again (through the File menu this time) leaves the workshop as it was.
    main_window.templates_action.trigger()
    dialog = main_window.templates_dialog
    qtbot.waitUntil(dialog.isVisible)
    editor = open_editor(dialog, qtbot, copy_id)
    edit_question_and_minutes(editor, qtbot, LATER_QUESTION_TH, 20)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert load_template(paths.user_templates_dir() / f"{copy_id}.json").agenda[5].minutes == 20
    assert workshop_contents() == (question, minutes, snapshot)


def test_builtin_template_cannot_be_edited_or_deleted(main_window, qtbot):
    dialog = open_templates(main_window, qtbot)
    click_row(qtbot, dialog.view, 0)
    assert dialog.selected().builtin
    assert dialog.model.index(0, 2).data() == QCoreApplication.translate("TemplateTableModel", "Built-in · read-only")
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert dialog.duplicate_button.isEnabled() and dialog.export_button.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter edits a user template, not this one
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert dialog.editor is None and dialog.message_box is None
    assert list(paths.user_templates_dir().iterdir()) == []


def test_broken_import_shows_the_message_and_writes_nothing(main_window, qtbot, tmp_path, monkeypatch):
    data = template_to_dict(builtin_template())
    data["id"] = "region-5"
    data["builtin"] = False
    data["pillars"][1]["questions"][0]["text"]["en"] = " "
    bad = tmp_path / "region5.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(bad), ""))

    dialog = open_templates(main_window, qtbot)
    click(qtbot, dialog.import_button)
    box = dialog.message_box
    qtbot.waitUntil(box.isVisible)
    detail = box.informativeText()
    assert "region5.json" in detail and "pillars[1].questions[0].text.en" in detail
    assert "must not be empty" in detail  # the problem as the loader words it
    click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    assert list(paths.user_templates_dir().iterdir()) == []
    assert dialog.model.rowCount() == 1


def test_export_then_import_adds_a_user_template(main_window, qtbot, tmp_path, monkeypatch):
    shared = tmp_path / "shared.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(shared), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(shared), ""))
    dialog = open_templates(main_window, qtbot)
    click(qtbot, dialog.export_button)
    assert load_template(shared).builtin is False
    click(qtbot, dialog.import_button)
    assert dialog.message_box is None
    assert dialog.model.rowCount() == 2 and not dialog.selected().builtin
    templates, problems = list_templates(paths.user_templates_dir())
    assert len(templates) == 2 and problems == []


def test_unreadable_template_files_are_listed_as_problems(main_window, qtbot):
    (paths.user_templates_dir() / "broken.json").write_text("{", encoding="utf-8")
    dialog = open_templates(main_window, qtbot)
    assert dialog.problems_label.isVisible()
    assert "broken.json" in dialog.problems_label.text()
    assert dialog.model.rowCount() == 1


def test_a_broken_template_is_explained_in_thai(main_window, qtbot, tmp_path, monkeypatch):
    """The problem is said from the error's code in the interface's language; the file name and the
    place in it stay as they are in the file, for someone editing it by hand."""
    main_window.set_language("th")
    (paths.user_templates_dir() / "broken.json").write_text("[1]", encoding="utf-8")
    data = template_to_dict(builtin_template())
    data.update(id="region-5", builtin=False)
    data["agenda"][5]["pillar"] = "nosuch"
    bad = tmp_path / "region5.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(bad), ""))

    dialog = open_templates(main_window, qtbot)
    assert dialog.problems_label.text() == ("ไฟล์ต่อไปนี้ในโฟลเดอร์แม่แบบใช้งานไม่ได้:\n• broken.json: "
                                            "แม่แบบต้องเป็นกลุ่มข้อมูล JSON ({...}) แต่ไฟล์นี้เก็บข้อมูลชนิดอื่น")
    click(qtbot, dialog.import_button)
    box = dialog.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "นำเข้าแม่แบบไม่ได้"
    assert box.informativeText() == ('region5.json: agenda[5].pillar: ไม่มีมิติ "nosuch" มิติที่มีอยู่คือ open, '
                                     "citizen, smart\n\nไม่มีข้อมูลใดถูกนำเข้า")
    click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    assert list(paths.user_templates_dir().iterdir()) == [paths.user_templates_dir() / "broken.json"]


def test_the_editor_says_why_it_did_not_save_in_thai(qtbot):
    from ui.common.i18n import install_language

    copy = duplicate_template(builtin_template())
    file = save_template(copy, paths.user_templates_dir())
    install_language("th")
    editor = TemplateEditorDialog(copy, paths.user_templates_dir(), "th", file)
    qtbot.addWidget(editor)
    editor.open()
    activate(qtbot, editor)
    replace_text(qtbot, editor.name_en_edit, " ")
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.error_label.text() == "ยังไม่ได้บันทึก ชื่อ (ภาษาอังกฤษ): กรุณากรอกช่องนี้ ห้ามเว้นว่าง"
    assert editor.name_en_edit.hasFocus()


def test_delete_asks_first_and_keep_keeps_the_file(main_window, qtbot):
    copy = duplicate_template(builtin_template())
    file = save_template(copy, paths.user_templates_dir())
    dialog = open_templates(main_window, qtbot)
    click_row(qtbot, dialog.view, dialog.model.row_of(copy.id))
    click(qtbot, dialog.delete_button)
    box = dialog.message_box
    qtbot.waitUntil(box.isVisible)
    click(qtbot, box.button(QMessageBox.StandardButton.No))
    assert file.exists() and dialog.model.rowCount() == 2
    click_row(qtbot, dialog.view, dialog.model.row_of(copy.id))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    box = dialog.message_box
    qtbot.waitUntil(box.isVisible)
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert not file.exists() and dialog.model.rowCount() == 1


def test_invalid_edit_is_shown_beside_the_field_and_not_saved(qtbot):
    copy = duplicate_template(builtin_template())
    file = save_template(copy, paths.user_templates_dir())
    before = file.read_bytes()
    editor = TemplateEditorDialog(copy, paths.user_templates_dir(), "en", file)
    qtbot.addWidget(editor)
    editor.open()
    activate(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    click_row(qtbot, editor.questions_editor.view, 2)
    field = editor.questions_editor.editors["help_en"]
    replace_text(qtbot, field, "   ")
    qtbot.keyClick(editor, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # the problem is elsewhere
    click(qtbot, editor.save_button)
    assert editor.isVisible() and file.read_bytes() == before
    assert editor.tabs.currentIndex() == 3 and editor.questions_editor.current_row() == 2
    assert "must not be empty" in editor.error_label.text()
    assert field.hasFocus() and field.styleSheet()
    type_text(field, "Name the people who will use it.")
    click(qtbot, editor.save_button)
    assert not editor.isVisible()
    assert load_template(file).pillars[0].questions[2].help.en == "Name the people who will use it."


def test_questions_and_agenda_items_can_be_added_removed_and_reordered(qtbot):
    copy = duplicate_template(builtin_template())
    folder = paths.user_templates_dir()
    editor = TemplateEditorDialog(copy, folder, "th")
    qtbot.addWidget(editor)
    editor.open()
    activate(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    rows = editor.questions_editor
    click_row(qtbot, rows.view, 2)
    click(qtbot, rows.add_button)
    assert rows.current_row() == 3 and rows.editors["text_th"].hasFocus()
    for key, text in (("text_th", "เราจะวัดผลอย่างไร"), ("text_en", "How will we measure it?"),
                      ("help_th", "ตัวชี้วัดที่นับได้"), ("help_en", "Countable indicators.")):
        replace_text(qtbot, rows.editors[key], text)
    qtbot.keyClick(rows.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # move it up
    assert rows.current_row() == 2
    click_row(qtbot, rows.view, 0)
    qtbot.keyClick(rows.view, Qt.Key.Key_Delete)
    assert rows.model.rowCount() == 3

    qtbot.keyClick(editor, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    agenda = editor.agenda_editor
    click_row(qtbot, agenda.view, agenda.model.rowCount() - 1)  # closing, 20 minutes
    click(qtbot, agenda.remove_button)
    assert "460" in editor.total_label.text()
    click(qtbot, editor.save_button)
    assert not editor.isVisible(), editor.error_label.text()

    saved = load_template(folder / f"{copy.id}.json")
    keys = [q.key for q in saved.pillars[0].questions]
    original = [q.key for q in copy.pillars[0].questions]
    assert keys == [original[1], "question-1", original[2]]
    assert saved.pillars[0].questions[1].text.en == "How will we measure it?"
    assert [a.kind for a in saved.agenda] == [a.kind for a in copy.agenda[:-1]]


def test_group_work_pillar_is_cleared_when_the_kind_changes(qtbot):
    copy = duplicate_template(builtin_template())
    editor = TemplateEditorDialog(copy, paths.user_templates_dir(), "en")
    qtbot.addWidget(editor)
    editor.open()
    activate(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    agenda = editor.agenda_editor
    click_row(qtbot, agenda.view, 4)
    assert agenda.editors["pillar"].isEnabled() and agenda.model.row(4)["pillar"] == "open"
    kind = agenda.editors["kind"]
    kind.setCurrentIndex(kind.findData("briefing"))
    assert not agenda.editors["pillar"].isEnabled() and agenda.model.row(4)["pillar"] is None
    click(qtbot, editor.save_button)
    assert not editor.isVisible(), editor.error_label.text()


def test_workshop_keeps_its_own_copy_of_an_edited_template(tmp_path):
    """The core guarantee behind the dialogs, without Qt: the workshop copies, it does not refer."""
    folder = paths.user_templates_dir()
    copy = duplicate_template(builtin_template())
    citizen = copy.pillar("citizen")
    edited_question = replace(citizen.questions[0], text=replace(citizen.questions[0].text, th=NEW_QUESTION_TH))
    pillars = tuple(replace(p, questions=(edited_question, *p.questions[1:])) if p.key == "citizen" else p
                    for p in copy.pillars)
    agenda = (replace(copy.agenda[0], minutes=25), *copy.agenda[1:])
    save_template(replace(copy, pillars=pillars, agenda=agenda), folder)
    template = next(t for t in list_templates(folder)[0] if t.id == copy.id)

    Workshop.create(tmp_path / "w.pmqa", template, title="เวิร์กช็อป").close()
    save_template(replace(template, agenda=(replace(template.agenda[0], minutes=5), *template.agenda[1:]),
                          pillars=copy.pillars), folder)
    workshop = Workshop.open(tmp_path / "w.pmqa")
    try:
        citizen_saved = next(p for p in workshop.pillars() if p.key == "citizen")
        assert citizen_saved.questions[0].text_th == NEW_QUESTION_TH
        assert workshop.agenda()[0].minutes == 25
    finally:
        workshop.close()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_dialogs_open_in_both_languages(qtbot, lang):
    dialog = TemplatesDialog(lang)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = TemplateEditorDialog(builtin_template(), paths.user_templates_dir(), lang)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.agenda_model.rowCount() == len(builtin_template().agenda)
