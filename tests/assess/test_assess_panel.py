"""The Assess step: groups score categories and pillars; the grid aggregates and the chart draws."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox

from app.workshop import Workshop
from ui.assess.panel import AssessPanel


def scores(path) -> list[tuple]:
    w = Workshop.open(path)
    try:
        names = {g.id: g.name for g in w.groups()}
        return sorted((names[a.group_id], a.target, a.target_id, a.level, a.reason) for a in w.assessments())
    finally:
        w.close()


@pytest.fixture
def groups_path(workshop_path):
    w = Workshop.open(workshop_path)
    for name in ("Red", "Green", "Blue"):
        w.add_group(name)
    w.close()
    return workshop_path


def open_assess(main_window, path, qtbot) -> AssessPanel:
    assert main_window.open_path(path)
    main_window.workshop_panel.show_step("assess")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window.workshop_panel.panels["assess"]


def score_cell(qtbot, panel, row, group_index, level):
    panel.select_cell(row, panel.model.AGGREGATES + group_index)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    combo = panel.view.indexWidget(panel.view.currentIndex())
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(level))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)


def test_groups_score_categories_and_the_aggregate_follows(main_window, groups_path, qtbot):
    panel = open_assess(main_window, groups_path, qtbot)
    first = panel.model.targets[0].id
    score_cell(qtbot, panel, 0, 0, 1)
    score_cell(qtbot, panel, 0, 1, 3)
    assert scores(groups_path) == [("Green", "category", first, 3, ""), ("Red", "category", first, 1, "")]
    mean, low, high, spread, count = (panel.model.index(0, c).data() for c in range(5))
    assert (mean, low, high, spread, count) == ("2.00", "1", "3", "2", "2")
    assert panel.model.index(1, 0).data() == "–"  # nobody scored it yet
    assert first in panel.model.disputed
    panel.chart.grab()

    main_window.undo_action.trigger()
    assert scores(groups_path) == [("Red", "category", first, 1, "")]


def test_a_reason_is_kept_with_the_score_and_delete_clears_it(main_window, groups_path, qtbot):
    panel = open_assess(main_window, groups_path, qtbot)
    first = panel.model.targets[0].id
    score_cell(qtbot, panel, 0, 2, 2)
    qtbot.keyClick(panel.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert panel.reason_edit.hasFocus()
    qtbot.keyClicks(panel.reason_edit, "plans exist but are not followed")
    qtbot.keyClick(panel.reason_edit, Qt.Key.Key_Return)
    assert scores(groups_path) == [("Blue", "category", first, 2, "plans exist but are not followed")]
    assert "✎" in panel.model.index(0, panel.model.AGGREGATES + 2).data()

    score_cell(qtbot, panel, 0, 2, 3)  # a new level keeps the reason
    assert scores(groups_path) == [("Blue", "category", first, 3, "plans exist but are not followed")]
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert scores(groups_path) == []
    main_window.undo_action.trigger()
    assert scores(groups_path) == [("Blue", "category", first, 3, "plans exist but are not followed")]


def test_pillars_are_scored_on_their_own_tab(main_window, groups_path, qtbot):
    panel = open_assess(main_window, groups_path, qtbot)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert panel.kind() == "pillar" and panel.model.rowCount() == 3
    score_cell(qtbot, panel, 2, 0, 2)
    pillar = panel.model.targets[2].id
    assert scores(groups_path) == [("Red", "pillar", pillar, 2, "")]


def test_the_demo_workshop_shows_its_weakest_category(main_window, demo_path, qtbot):
    panel = open_assess(main_window, demo_path, qtbot)
    assert panel.model.rowCount() == 7 and all(a.count == 4 for a in panel.model.aggregates)
    weakest = min(panel.model.aggregates, key=lambda a: a.mean)
    label = next(t.label for t in panel.model.targets if t.id == weakest.target_id)
    assert label in panel.summary_label.text()


def test_at_1366_in_thai_row_labels_and_group_names_show_whole(laptop_window):
    from PySide6.QtGui import QFontMetrics

    panel = laptop_window("assess")
    model, rows, columns = panel.model, panel.view.verticalHeader(), panel.view.horizontalHeader()
    metrics = QFontMetrics(rows.font())
    for row, target in enumerate(model.targets):  # "3. การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย" wraps
        lines = model.headerData(row, Qt.Orientation.Vertical).split("\n")
        assert "".join(lines).replace(" ", "") == target.label.replace(" ", "")
        assert max(metrics.horizontalAdvance(line) for line in lines) < rows.width()
        assert rows.sectionSize(row) >= metrics.lineSpacing() * len(lines)
    for group in model.groups:
        column = next(c for c in range(model.columnCount()) if model.is_group_column(c) and model.group_at(c) == group)
        lines = model.headerData(column, Qt.Orientation.Horizontal).split("\n")
        assert "".join(lines).replace(" ", "") == group.name.replace(" ", "")
        assert max(metrics.horizontalAdvance(line) for line in lines) < columns.sectionSize(column)
