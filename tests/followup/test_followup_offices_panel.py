"""The consolidated follow-up in the window (issue #23, item 5): At a glance chooses the agency or
one office, shows every office side by side at the chosen checkpoint (adding up to the agency),
and the Progress list names each item's office; an ordinary workshop's step has none of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.merge.combine import merge_workshops
from app.merge.offices import followup_by_office, read_consolidation
from app.workshop import Workshop
from tests.common.test_look import SCREENS
from tests.consolidation.test_merge import make_office
from tests.followup.test_followup_merge import HQ, R1, R2, report_followup
from ui.common.screen_fit import FRAME_ALLOWANCE
from ui.followup.office_glance import AGENCY

STANDINGS = ("done", "on_track", "delayed", "cancelled", "no_update")


@pytest.fixture(scope="module")
def consolidated_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("followup-offices-panel")
    hq, r1, r2 = (make_office(folder / f"{n}.pmqa", unit) for n, unit in (("hq", HQ), ("r1", R1), ("r2", R2)))
    report_followup(hq, seed=1)
    report_followup(r1, seed=2, checkpoints=3)
    out = folder / "combined.pmqa"
    merge_workshops(out, [hq, r1, r2])  # r2 reported nothing: every item of it without an update
    return out


@pytest.fixture
def consolidated(consolidated_file, tmp_path) -> Path:
    path = tmp_path / "รวมหน่วยงาน.pmqa"
    shutil.copy(consolidated_file, path)
    return path


def open_followup(window, path, qtbot):
    assert window.open_path(path)
    window.workshop_panel.show_step("followup")
    panel = window.workshop_panel.panels["followup"]
    qtbot.waitUntil(panel.isVisible)
    assert panel.body.isVisible()
    return panel


def shown_counts(glance) -> list[int]:
    """The counts of the glance table's first row (all items of whoever is chosen)."""
    return [int(glance.model.item(0, c).text()) for c in range(1, 7)]


def test_the_chooser_lists_the_agency_then_each_office(main_window, consolidated, qtbot):
    panel = open_followup(main_window, consolidated, qtbot)
    panel.tabs.setCurrentIndex(1)
    glance = panel.glance
    assert glance.chooser.isVisible() and glance.office_table.isVisible()
    combo = glance.chooser.combo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [HQ, R1, R2]
    assert combo.itemData(0) == AGENCY and glance.chosen_office() is None


def test_each_office_shown_adds_up_to_the_agency_at_every_checkpoint(main_window, consolidated, qtbot):
    panel = open_followup(main_window, consolidated, qtbot)
    panel.tabs.setCurrentIndex(1)
    glance, combo = panel.glance, panel.glance.chooser.combo
    truth = followup_by_office(main_window.workshop)
    for checkpoint in range(panel.checkpoint_combo.count()):
        panel.choose_checkpoint(checkpoint)
        agency = shown_counts(glance)
        per_office = []
        for i in range(1, combo.count()):
            combo.setCurrentIndex(i)
            counts = shown_counts(glance)
            expected = truth.by_office[combo.itemData(i)][checkpoint].overall
            assert counts == [expected.items] + [getattr(expected, s) for s in STANDINGS]
            assert glance.chart.columns[checkpoint][2] == expected  # the chart follows the chooser
            per_office.append(counts)
        combo.setCurrentIndex(0)
        assert shown_counts(glance) == agency
        assert [sum(column) for column in zip(*per_office)] == agency
        side_by_side = glance.office_table.office_counts()  # the offices, then the agency, in one table
        assert [name for name, _ in side_by_side] == [HQ, R1, R2, glance.office_table.model.item(3, 0).text()]
        assert [counts for _, counts in side_by_side] == per_office + [agency]
    assert agency[0] == len(main_window.workshop.plan_items()) and 0 < per_office[2][5] == per_office[2][0]


def test_an_office_double_clicked_in_the_side_by_side_table_is_shown(main_window, consolidated, qtbot):
    panel = open_followup(main_window, consolidated, qtbot)
    panel.tabs.setCurrentIndex(1)
    table = panel.glance.office_table
    table.table.activated.emit(table.model.index(1, 0))
    assert panel.glance.chosen_office() == 2 and panel.glance.chooser.combo.currentText() == R1
    panel.choose_checkpoint(1)  # the choice stays through another checkpoint and an edit's redraw
    assert panel.glance.chosen_office() == 2


def test_the_progress_list_names_each_items_office(main_window, consolidated, qtbot):
    panel = open_followup(main_window, consolidated, qtbot)
    model = panel.model
    assert model.columnCount() == 4
    consolidation = read_consolidation(main_window.workshop)
    named = [model.index(row, 3).data() for row in range(model.rowCount())]
    assert named == [consolidation.label("plan_items", item.id) for item in model.items]
    assert set(named) == {HQ, R1, R2}


def test_an_ordinary_workshop_shows_no_chooser_and_no_office_column(main_window, consolidated, demo_path, qtbot):
    w = Workshop.open(demo_path)
    w.start_followup()
    w.close()
    before = open_followup(main_window, consolidated, qtbot)
    list_share = before.splitter.sizes()[0] / sum(before.splitter.sizes())
    panel = open_followup(main_window, demo_path, qtbot)  # after a consolidated one, in the same window
    assert panel.splitter.sizes()[0] / sum(panel.splitter.sizes()) < list_share  # the form's room back
    panel.tabs.setCurrentIndex(1)
    assert not panel.glance.chooser.isVisible() and not panel.glance.office_table.isVisible()
    assert panel.glance.chosen_office() is None and panel.model.columnCount() == 3


def test_at_1366_in_thai_the_consolidated_step_fits_and_names_wrap_whole(main_window, consolidated, qtbot):
    from ui.common.i18n import install_language

    install_language("th")
    main_window.resize(1366, 768)
    panel = open_followup(main_window, consolidated, qtbot)
    qtbot.wait(50)
    for tab in (1, 0):
        panel.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        needed = main_window.minimumSizeHint() + FRAME_ALLOWANCE
        assert all(needed.width() <= room.width() and needed.height() <= room.height() for room in SCREENS.values())
    for view, model in ((panel.view, panel.model), (panel.glance.office_table.table, panel.glance.office_table.model)):
        panel.tabs.setCurrentIndex(0 if view is panel.view else 1)
        qtbot.wait(20)
        assert view.horizontalScrollBar().maximum() == 0
        for row in range(model.rowCount()):  # wrapped whole, never "…"
            for column in range(model.columnCount()):
                assert view.rowHeight(row) >= view.sizeHintForIndex(model.index(row, column)).height() - 1


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_consolidated_step_speaks_the_interface_language(main_window, consolidated, qtbot, lang):
    from tests.common.test_interface_language import content_strings, english_words, thai_words, visible_texts

    main_window.set_language(lang)
    panel = open_followup(main_window, consolidated, qtbot)
    w = main_window.workshop
    notes = [p.note for p in w.progress()] + [e.name for e in w.evidence()] + [c.name for c in w.checkpoints()]
    content = sorted(content_strings(lang) + notes + [HQ, R1, R2], key=len, reverse=True)
    judge = english_words if lang == "th" else thai_words
    found = []
    for tab, office in ((0, 0), (1, 0), (1, 2)):  # progress; at a glance for the agency, then an office
        panel.tabs.setCurrentIndex(tab)
        panel.glance.chooser.combo.setCurrentIndex(office)
        qtbot.wait(10)
        found += [f"{where}: {text!r}" for where, text in visible_texts(panel) if judge(text, content)]
    assert found == []
