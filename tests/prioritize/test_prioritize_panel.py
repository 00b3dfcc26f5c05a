"""The Prioritize step: initiatives from proposals, dot voting, impact/effort and the ranked list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMessageBox

from app.workshop import Workshop
from ui.prioritize.panel import PrioritizePanel


def initiatives(path):
    w = Workshop.open(path)
    try:
        return w.initiatives(), w.votes()
    finally:
        w.close()


@pytest.fixture
def proposals_path(workshop_path):
    """Two groups, three proposal cards of which two are merged into one, and a "gaps" card."""
    w = Workshop.open(workshop_path)
    w.update_details(dots_per_group=3)
    w.add_group("Red")
    w.add_group("Green")
    red, green = (g.id for g in w.groups())
    pillar = w.pillars()[0]
    gaps, proposals = pillar.questions[1].id, pillar.questions[2].id
    w.add_answer(red, gaps, "not a proposal")
    first = w.add_answer(red, proposals, "Open data").new_id
    second = w.add_answer(green, proposals, "Publish data sets").new_id
    w.add_answer(green, proposals, "E-service").new_id
    w.merge_answers([first, second])
    w.close()
    return workshop_path


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.informativeText()))
    return shown


def open_prioritize(main_window, path, qtbot) -> PrioritizePanel:
    assert main_window.open_path(path)
    main_window.workshop_panel.show_step("prioritize")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window.workshop_panel.panels["prioritize"]


def type_in_cell(qtbot, panel, row, column, text):
    panel.select_cell(row, column)
    qtbot.keyClicks(panel.view, text)  # typing opens the cell's editor
    editor = panel.view.indexWidget(panel.view.currentIndex())
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)


def test_make_initiatives_uses_each_proposal_card_once(main_window, proposals_path, qtbot, messages):
    panel = open_prioritize(main_window, proposals_path, qtbot)
    qtbot.mouseClick(panel.toolbar.widgetForAction(panel.make_action), Qt.MouseButton.LeftButton)
    made, _votes = initiatives(proposals_path)
    assert [i.title for i in made] == ["Open data / Publish data sets", "E-service"]
    assert all(i.answer_id and i.pillar_id for i in made)
    assert panel.model.rowCount() == 2

    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(initiatives(proposals_path)[0]) == 2 and len(messages) == 1  # no duplicates, a message instead

    main_window.undo_action.trigger()
    assert initiatives(proposals_path)[0] == []
    main_window.redo_action.trigger()
    assert [i.id for i in initiatives(proposals_path)[0]] == [i.id for i in made]


def test_groups_spend_their_dots_and_cannot_overspend(main_window, proposals_path, qtbot, messages):
    panel = open_prioritize(main_window, proposals_path, qtbot)
    panel.make_initiatives()
    red_column = panel.model.column_of("dots", panel.model.groups[0].id)
    type_in_cell(qtbot, panel, 1, red_column, "2")
    made, votes = initiatives(proposals_path)
    assert [(v.initiative_id, v.dots) for v in votes] == [(made[1].id, 2)]
    assert "1" in panel.model.headerData(red_column, Qt.Orientation.Horizontal)  # 1 left

    type_in_cell(qtbot, panel, 0, red_column, "2")  # 2 + 2 > 3
    assert len(messages) == 1 and "1 of 3" in messages[0]
    assert [(v.initiative_id, v.dots) for v in initiatives(proposals_path)[1]] == [(made[1].id, 2)]

    type_in_cell(qtbot, panel, 0, red_column, "1")
    assert panel.ranked_model.index(0, 1).data() == "E-service"
    main_window.undo_action.trigger()
    assert [(v.initiative_id, v.dots) for v in initiatives(proposals_path)[1]] == [(made[1].id, 2)]


def test_impact_and_effort_scores_rank_and_ties_share_a_rank(main_window, proposals_path, qtbot):
    panel = open_prioritize(main_window, proposals_path, qtbot)
    panel.make_initiatives()
    assert [panel.ranked_model.index(r, 0).data() for r in range(2)] == ["1=", "1="]
    impact, effort = panel.model.column_of("impact"), panel.model.column_of("effort")
    for row, (i, e) in enumerate(((3, 4), (5, 2))):
        for column, value in ((impact, i), (effort, e)):
            panel.select_cell(row, column)
            qtbot.keyClick(panel.view, Qt.Key.Key_F2)
            combo = panel.view.indexWidget(panel.view.currentIndex())
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findData(value))
            qtbot.keyClick(combo, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)
    made, _votes = initiatives(proposals_path)
    assert [(i.impact, i.effort) for i in made] == [(3, 4), (5, 2)]
    assert [(panel.ranked_model.index(r, 0).data(), panel.ranked_model.index(r, 1).data()) for r in range(2)] == [
        ("1", "E-service"), ("2", "Open data / Publish data sets")]
    main_window.undo_action.trigger()
    assert initiatives(proposals_path)[0][1].effort is None
    panel.chart.grab()  # the 2×2 paints with scored and unscored initiatives


def test_delete_removes_an_initiative_and_undo_restores_it_with_its_votes(main_window, proposals_path, qtbot):
    panel = open_prioritize(main_window, proposals_path, qtbot)
    panel.make_initiatives()
    made, _ = initiatives(proposals_path)
    w = main_window.workshop
    w.set_votes(made[0].id, w.groups()[0].id, 3)
    panel.select_cell(0, 0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert [i.id for i in initiatives(proposals_path)[0]] == [made[1].id]
    main_window.undo_action.trigger()
    remaining, votes = initiatives(proposals_path)
    assert [i.id for i in remaining] == [i.id for i in made] and [v.dots for v in votes] == [3]


def test_at_1366_in_thai_the_voting_table_fits_and_names_every_group_whole(laptop_window):
    panel = laptop_window("prioritize")
    assert not panel.view.horizontalScrollBar().isVisible()  # nothing off to the right
    header = panel.view.horizontalHeader()
    last = panel.model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= panel.view.viewport().width()
    for group in panel.model.groups:
        text = panel.model.headerData(panel.model.column_of("dots", group.id), Qt.Orientation.Horizontal)
        name_lines = text.split("\n")[:-1]  # the last line is the dots left
        assert "…" not in text and "".join(name_lines).replace(" ", "") == group.name.replace(" ", "")
