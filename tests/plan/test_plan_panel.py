"""The Plan step, driven from the keyboard, checked against the workshop file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMessageBox

from app.workshop import Workshop
from ui.plan.model import FIELDS, format_baht, parse_baht, plan_problems
from ui.plan.panel import PlanPanel


def plan(path) -> list:
    w = Workshop.open(path)
    try:
        return w.plan_items()
    finally:
        w.close()


@pytest.fixture
def initiatives_path(workshop_path):
    """Two proposals made into initiatives; the second has more dots."""
    w = Workshop.open(workshop_path)
    w.update_details(dots_per_group=3)
    w.add_group("Red")
    group = w.groups()[0].id
    pillar = w.pillars()[0]
    proposals = pillar.questions[2].id
    first = w.add_answer(group, proposals, "Publish open data sets").new_id
    w.add_initiative("Open data", pillar_id=pillar.id, answer_id=first, impact=4, effort=2)
    second = w.add_initiative("E-service", pillar_id=pillar.id, impact=5, effort=3).new_id
    w.set_votes(second, group, 2)
    w.close()
    return workshop_path


def open_plan(main_window, path, qtbot) -> PlanPanel:
    assert main_window.open_path(path)
    main_window.workshop_panel.show_step("plan")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window.workshop_panel.panels["plan"]


def cell(panel, row, field):
    return panel.proxy.index(row, FIELDS.index(field))


def edit_text(qtbot, panel, row, field, text):
    panel.view.setCurrentIndex(cell(panel, row, field))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = panel.view.indexWidget(panel.view.currentIndex())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_editor_closed(qtbot, panel)


def wait_editor_closed(qtbot, panel):
    """Qt commits an editor's value on Enter once control is back in the event loop."""
    qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)


def test_parse_baht_accepts_commas_thai_digits_and_satang():
    assert parse_baht("150,000") == 15_000_000
    assert parse_baht("๑,๒๐๐.๕ บาท") == 120_050
    assert parse_baht(" ") is None
    assert format_baht(15_000_050) == "150,000.50"
    for bad in ("-5", "1.234", "abc", "1e5"):
        with pytest.raises(ValueError):
            parse_baht(bad)


def test_ranked_initiatives_are_added_to_the_plan_once(main_window, initiatives_path, qtbot):
    panel = open_plan(main_window, initiatives_path, qtbot)
    assert [panel.ranked_model.index(r, 1).data() for r in range(2)] == ["E-service", "Open data"]
    panel.ranked_view.selectAll()
    panel.ranked_view.setFocus()
    qtbot.keyClick(panel.ranked_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    items = plan(initiatives_path)
    assert [(i.activity, i.issue, i.fiscal_year, i.status) for i in items] == [
        ("E-service", "E-service", items[0].fiscal_year, "planned"),
        ("Open data", "Publish open data sets", items[0].fiscal_year, "planned")]
    assert all(i.initiative_id and i.pillar_id for i in items)
    assert panel.ranked_model.index(0, 6).data() == "✓"
    panel.add_from_initiative_action.trigger()  # already planned: nothing added twice
    assert len(plan(initiatives_path)) == 2
    main_window.undo_action.trigger()
    assert [i.activity for i in plan(initiatives_path)] == ["E-service"]


def test_an_item_typed_by_hand_is_saved_field_by_field(main_window, initiatives_path, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.informativeText()))
    panel = open_plan(main_window, initiatives_path, qtbot)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    editor = panel.view.indexWidget(panel.view.currentIndex())
    qtbot.keyClicks(editor, "Slow service")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_editor_closed(qtbot, panel)
    assert plan(initiatives_path)[0].issue == "Slow service"
    assert plan_problems(plan(initiatives_path)[0])[0] in panel.problems_label.text()

    edit_text(qtbot, panel, 0, "activity", "One-stop counter")
    edit_text(qtbot, panel, 0, "budget_satang", "150,000.50")
    assert plan(initiatives_path)[0].budget_satang == 15_000_050
    edit_text(qtbot, panel, 0, "budget_satang", "lots")
    assert shown and "lots" in shown[0]
    assert plan(initiatives_path)[0].budget_satang == 15_000_050

    panel.view.setCurrentIndex(cell(panel, 0, "status"))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    combo = panel.view.indexWidget(panel.view.currentIndex())
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("done"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    wait_editor_closed(qtbot, panel)
    assert plan(initiatives_path)[0].status == "done"
    assert panel.proxy.index(0, FIELDS.index("status")).data() == panel.model.status_name("done")

    main_window.undo_action.trigger()
    assert plan(initiatives_path)[0].status == "planned"


def test_items_reorder_with_ctrl_arrows_and_sort_by_column(main_window, initiatives_path, qtbot):
    w = Workshop.open(initiatives_path)
    for activity, budget in (("A", 300), ("B", 100), ("C", 200)):
        w.add_plan_item(activity=activity, budget_satang=budget)
    w.close()
    panel = open_plan(main_window, initiatives_path, qtbot)
    panel.view.setCurrentIndex(cell(panel, 0, "activity"))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [i.activity for i in plan(initiatives_path)] == ["B", "A", "C"]
    assert panel.proxy.mapToSource(panel.view.currentIndex()).row() == 1
    main_window.undo_action.trigger()
    assert [i.activity for i in plan(initiatives_path)] == ["A", "B", "C"]

    panel.view.sortByColumn(FIELDS.index("budget_satang"), Qt.SortOrder.AscendingOrder)
    assert [cell(panel, r, "activity").data() for r in range(3)] == ["B", "C", "A"]
    panel.view.setCurrentIndex(cell(panel, 0, "activity"))  # "B"
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # back to plan order
    assert [i.activity for i in plan(initiatives_path)] == ["B", "A", "C"]
    assert [cell(panel, r, "activity").data() for r in range(3)] == ["B", "A", "C"]


def test_delete_removes_items_and_undo_restores_them(main_window, initiatives_path, qtbot):
    w = Workshop.open(initiatives_path)
    w.add_plan_item(activity="Keep")
    w.add_plan_item(activity="Drop")
    w.close()
    panel = open_plan(main_window, initiatives_path, qtbot)
    panel.view.setCurrentIndex(cell(panel, 1, "activity"))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert [i.activity for i in plan(initiatives_path)] == ["Keep"]
    main_window.undo_action.trigger()
    assert [i.activity for i in plan(initiatives_path)] == ["Keep", "Drop"]


def test_the_coverage_view_names_pillars_and_categories_without_items(main_window, initiatives_path, qtbot):
    w = Workshop.open(initiatives_path)
    pillar, category = w.pillars()[0], w.categories()[0]
    w.add_plan_item(activity="X", pillar_id=pillar.id, category_id=category.id)
    other_pillar = w.pillars()[1].short("th")
    w.close()
    panel = open_plan(main_window, initiatives_path, qtbot)
    text = panel.coverage_label.text()
    assert other_pillar in text and pillar.short("th") not in text
    assert "2." in text and "1." not in text


def test_the_plan_checks_are_in_thai_in_the_thai_interface(qapp, demo):
    from ui.common.i18n import install_language

    empty = demo.plan_items()[0]._replace(activity="", kpi="", target="", fiscal_year=None, responsible="")
    install_language("th")
    problems = plan_problems(empty)
    assert len(problems) == 5
    assert all(not any("a" <= ch.lower() <= "z" for ch in p) for p in problems), problems
