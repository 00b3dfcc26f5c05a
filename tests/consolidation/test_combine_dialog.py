"""The Combine workshops dialog and the review of similar initiatives, driven like a user would."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QUndoStack

from app.merge.offices import read_consolidation, suggestions
from app.workshop import Workshop
from tests.conftest import type_text
from tests.consolidation.test_merge import RISK_A, RISK_B, make_office
from ui.consolidation.combine_dialog import CombineDialog
from ui.consolidation.suggestions_dialog import SuggestionsDialog


@pytest.fixture
def two_offices(tmp_path) -> list[Path]:
    return [make_office(tmp_path / "hq.pmqa", "ส่วนกลาง"),
            make_office(tmp_path / "r1.pmqa", "สำนักงานพัฒนาที่ดินเขต 1", level_shift=-1, risk_title=RISK_B)]


@pytest.fixture
def dialog(qtbot, qapp):
    opened = CombineDialog("en")
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    QThreadPool.globalInstance().waitForDone(5000)


def notes(dialog: CombineDialog) -> list[str]:
    return dialog.notes_model.stringList()


def test_combining_two_offices_writes_the_file_and_reports_the_duplicate(dialog, two_offices, tmp_path, qtbot):
    hashes = [hashlib.sha256(p.read_bytes()).hexdigest() for p in two_offices]
    dialog.set_inputs(two_offices + [two_offices[0]])
    qtbot.waitUntil(lambda: dialog.combine_button.isEnabled(), timeout=10000)
    assert dialog.model.rowCount() == 3
    assert dialog.model.index(1, 1).data() == "สำนักงานพัฒนาที่ดินเขต 1"
    assert dialog.model.index(2, 3).data() == "No: already included"
    assert dialog.model.index(2, 1).data() == "ส่วนกลาง"  # the duplicate still names its office
    assert any("chosen twice" in line for line in notes(dialog))
    assert any("similar initiatives" in line for line in notes(dialog))

    out = tmp_path / "รวมสองหน่วยงาน.pmqa"
    dialog.output_edit.clear()
    type_text(dialog.output_edit, str(out))
    assert dialog.output_edit.text() == str(out)
    with qtbot.waitSignal(dialog.combined, timeout=20000) as signal:
        qtbot.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert result.path == out and out.exists() and not dialog.isVisible()
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in two_offices] == hashes
    w = Workshop.open(out, readonly=True)
    try:
        assert [o.label for o in read_consolidation(w).offices] == ["ส่วนกลาง", "สำนักงานพัฒนาที่ดินเขต 1"]
        assert len(w.groups()) == 8
    finally:
        w.close()


def test_a_damaged_file_is_named_and_blocks_combining(dialog, two_offices, tmp_path, qtbot):
    bad = tmp_path / "broken.pmqa"
    bad.write_bytes(b"this is not a workshop")
    dialog.set_inputs([two_offices[0], bad])
    qtbot.waitUntil(lambda: not dialog.preview_running, timeout=10000)
    assert any("broken.pmqa" in line for line in notes(dialog))
    assert not dialog.combine_button.isEnabled()
    assert dialog.model.index(1, 3).data() == "Cannot be combined: remove it" and dialog.model.problems.keys() == {1}
    assert dialog.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    dialog.inputs_view.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.combine_button.isEnabled(), timeout=10000)
    assert dialog.inputs() == [two_offices[0]]


def test_the_default_name_is_dated_in_the_buddhist_era_and_notes_wrap(dialog, two_offices, qtbot):
    from datetime import date
    today = date.today()
    assert Path(dialog.output_edit.text()).name.endswith(f" - {today.year + 543}-{today:%m-%d}.pmqa")
    dialog.set_inputs(two_offices)
    qtbot.waitUntil(lambda: dialog.combine_button.isEnabled(), timeout=10000)
    assert dialog.notes_view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    width = dialog.notes_view.viewport().width()
    assert all(dialog.notes_view.visualRect(dialog.notes_model.index(n)).width() <= width
               for n in range(dialog.notes_model.rowCount()))


def test_reviewing_suggestions_merges_or_keeps_each_pair(two_offices, tmp_path, qtbot, qapp):
    from app.merge.combine import merge_workshops
    out = tmp_path / "agency.pmqa"
    merge_workshops(out, two_offices)
    workshop = Workshop.open(out)
    try:
        stack = QUndoStack()
        review = SuggestionsDialog(workshop, stack)
        qtbot.addWidget(review)
        review.show()
        review.activateWindow()
        qtbot.waitUntil(review.isActiveWindow)  # the undo and redo keys are the dialog's shortcuts
        assert review.model.rowCount() == 12 and not review.undo_button.isEnabled()
        before = (workshop.initiatives(), workshop.votes(), workshop.plan_items(), workshop.state("merge_suggestions"))
        risk_row = next(n for n, s in enumerate(review.model.items) if s.other.title == RISK_B)
        review.view.selectRow(risk_row)
        qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
        assert review.model.rowCount() == 11 and len(workshop.initiatives()) == len(before[0]) - 1
        # a wrong merge is undone: both initiatives, every dot, the plan links and the list as they were
        assert review.undo_button.isEnabled() and review.undo_button.text() == "&Undo Merge similar initiatives"
        qtbot.mouseClick(review.undo_button, Qt.MouseButton.LeftButton)
        assert (workshop.initiatives(), workshop.votes(), workshop.plan_items(),
                workshop.state("merge_suggestions")) == before
        assert review.model.rowCount() == 12
        qtbot.keyClick(review, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo
        assert review.model.rowCount() == 11 and len(workshop.initiatives()) == len(before[0]) - 1
        review.view.selectRow(0)
        kept_pair = review.model.items[0]
        qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
        assert review.model.rowCount() == 10
        qtbot.keyClick(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo "keep both"
        assert review.model.rowCount() == 11
        qtbot.keyClick(review, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        assert review.model.rowCount() == 10
    finally:
        workshop.close()
    reopened = Workshop.open(out, readonly=True)
    try:
        titles = [i.title for i in reopened.initiatives()]
        assert titles.count(RISK_A) == 1 and RISK_B not in titles
        assert {kept_pair.keep.id, kept_pair.other.id} <= {i.id for i in reopened.initiatives()}
        assert len(suggestions(reopened)) == 10
    finally:
        reopened.close()


def test_home_combine_button_opens_the_dialog_and_the_result_with_its_review(main_window, two_offices, tmp_path,
                                                                            qtbot):
    qtbot.mouseClick(main_window.home.combine_button, Qt.MouseButton.LeftButton)
    dialog = main_window.consolidation_actions.combine_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_inputs(two_offices)
    qtbot.waitUntil(lambda: dialog.combine_button.isEnabled(), timeout=10000)
    out = tmp_path / "agency.pmqa"
    dialog.output_edit.setText(str(out))
    with qtbot.waitSignal(dialog.combined, timeout=20000):
        qtbot.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    assert main_window.workshop is not None and main_window.workshop.path == out
    review = main_window.consolidation_actions.suggestions_dialog
    assert review is not None and review.isVisible() and review.model.rowCount() == 12
    main_window.file_menu.aboutToShow.emit()  # the action is checked when the menu opens
    assert main_window.consolidation_actions.review_action.isEnabled()
    review.close()


def test_send_a_copy_writes_a_compact_copy_of_the_open_workshop(main_window, demo_path, tmp_path, qtbot):
    assert main_window.open_path(demo_path)
    actions = main_window.consolidation_actions
    actions.update_actions()
    assert actions.send_action.isEnabled() and not actions.review_action.isEnabled()
    target = tmp_path / "sent.pmqa"
    actions.send_to(target)
    qtbot.waitUntil(lambda: actions._send_task is None, timeout=10000)
    assert target.exists()
    sent = Workshop.open(target, readonly=True)
    try:
        assert len(sent.answers()) == len(main_window.workshop.answers())
    finally:
        sent.close()


def counted(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def test_each_side_shows_its_office_pillar_dots_and_plan_and_the_second_wording_can_be_kept(two_offices, tmp_path,
                                                                                            qtbot, qapp):
    from app.merge.combine import merge_workshops
    from app.ranking import dots_by_initiative
    out = tmp_path / "agency.pmqa"
    merge_workshops(out, two_offices)
    workshop = Workshop.open(out)
    try:
        review = SuggestionsDialog(workshop, QUndoStack())
        qtbot.addWidget(review)
        review.show()
        row = next(n for n, s in enumerate(review.model.items) if s.other.title == RISK_B)
        item = review.model.items[row]
        dots = dots_by_initiative(workshop.votes())
        plans = [p for p in workshop.plan_items() if p.initiative_id == item.other.id]
        pillar = next(p for p in workshop.pillars() if p.id == item.other.pillar_id)
        text = review.model.index(row, 1).data()
        assert text.splitlines()[:3] == [
            RISK_B, f"สำนักงานพัฒนาที่ดินเขต 1 · {pillar.short('th')}",
            f"{counted(dots.get(item.other.id, 0), 'dot')} · {counted(len(plans), 'plan item')}"]
        assert plans and f"– {plans[0].activity or plans[0].issue}" in text
        review.view.selectRow(row)
        total = dots.get(item.keep.id, 0) + dots.get(item.other.id, 0)
        qtbot.mouseClick(review.accept_other_button, Qt.MouseButton.LeftButton)
        survivor = next(i for i in workshop.initiatives() if i.id == item.other.id)
        assert survivor.title == RISK_B and item.keep.id not in {i.id for i in workshop.initiatives()}
        assert dots_by_initiative(workshop.votes())[survivor.id] == total
        assert review.model.rowCount() == 11
    finally:
        workshop.close()


def test_the_ranking_shows_every_office_of_a_merged_initiative(two_offices, tmp_path, qapp):
    from app.merge.combine import merge_workshops
    from app.merge.offices import accept_suggestion, initiative_offices
    from ui.prioritize.ranking_model import HEADERS, RankedModel
    out = tmp_path / "agency.pmqa"
    merge_workshops(out, two_offices)
    workshop = Workshop.open(out)
    try:
        risk = next(s for s in suggestions(workshop) if s.other.title == RISK_B)
        accept_suggestion(workshop, risk.id)
        model = RankedModel()
        model.set_data(workshop.initiatives(), workshop.votes(), workshop.pillars(), workshop.plan_items(), "th",
                       initiative_offices(workshop))
        assert model.columnCount() == len(HEADERS) + 1 and model.headerData(len(HEADERS), Qt.Orientation.Horizontal) == "Offices"
        row = next(n for n in range(model.rowCount()) if model.ranked(n).initiative.id == risk.keep.id)
        assert model.index(row, len(HEADERS)).data() == "ส่วนกลาง, สำนักงานพัฒนาที่ดินเขต 1"
        other = next(n for n in range(model.rowCount()) if n != row)
        assert model.index(other, len(HEADERS)).data() in ("ส่วนกลาง", "สำนักงานพัฒนาที่ดินเขต 1")
        plain = RankedModel()
        plain.set_data(workshop.initiatives(), workshop.votes(), workshop.pillars(), [], "th", {})
        assert plain.columnCount() == len(HEADERS)  # an ordinary workshop: no office column
    finally:
        workshop.close()
