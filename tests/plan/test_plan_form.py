"""The plan on a 1366×768 laptop: a compact list, and the chosen item whole in a form beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from tests.conftest import type_text
from ui.plan.item_form import MULTI_LINE
from ui.plan.model import COLUMNS


def item_of(window, item_id):
    return next(i for i in window.workshop.plan_items() if i.id == item_id)


def open_laptop_plan(laptop_window):
    return laptop_window("plan")


def test_at_1366_in_thai_the_list_wraps_and_the_form_holds_the_whole_item(laptop_window, qtbot):
    panel = open_laptop_plan(laptop_window)
    qtbot.wait(50)  # the rows are fitted to their wrapped text once the columns have their widths
    assert panel.form.isVisible() and panel.form.row == 0
    item = panel.model.items[0]
    for field in MULTI_LINE:  # every long Thai field whole in its box, none cut
        editor = panel.form.editors[field]
        assert isinstance(editor, QPlainTextEdit) and editor.toPlainText() == (getattr(item, field) or "")
    assert panel.form.editors["status"].currentText() == panel.model.status_name(item.status)
    view = panel.view
    shown = [c for c in range(len(COLUMNS)) if not view.isColumnHidden(c)]
    assert [COLUMNS[c].field for c in shown] == ["issue", "activity", "status"]
    assert view.horizontalScrollBar().maximum() == 0  # nothing off to the side
    for row in range(panel.proxy.rowCount()):  # wrapped whole, never elided
        for column in shown:
            assert view.rowHeight(row) >= view.sizeHintForIndex(panel.proxy.index(row, column)).height() - 1


def test_an_edit_in_the_form_is_saved_through_the_core_and_undone(laptop_window, main_window, demo_path, qtbot):
    panel = open_laptop_plan(laptop_window)
    panel.view.setCurrentIndex(panel.proxy.index(2, 0))
    assert panel.form.row == 2
    item_id = panel.model.items[2].id
    kpi = panel.form.editors["kpi"]
    kpi.setFocus()
    kpi.selectAll()
    type_text(kpi, "ร้อยละของผู้รับบริการที่พึงพอใจ")
    qtbot.keyClick(kpi, Qt.Key.Key_Return)
    assert item_of(main_window, item_id).kpi == "ร้อยละของผู้รับบริการที่พึงพอใจ"
    status = panel.form.editors["status"]
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("done"))
    status.activated.emit(status.currentIndex())
    assert item_of(main_window, item_id).status == "done"
    assert panel.proxy.index(2, [c.field for c in COLUMNS].index("status")).data() == panel.model.status_name("done")
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    item = item_of(main_window, item_id)
    assert item.kpi != "ร้อยละของผู้รับบริการที่พึงพอใจ" and item.status != "done"
    assert panel.form.editors["kpi"].toPlainText() == item.kpi  # the form follows the undo


def test_all_columns_shows_the_wide_table_without_the_form(laptop_window, qtbot):
    panel = open_laptop_plan(laptop_window)
    panel.all_columns_action.trigger()
    assert not panel.form.isVisible()
    assert not any(panel.view.isColumnHidden(c) for c in range(len(COLUMNS)))
    panel.all_columns_action.trigger()
    assert panel.form.isVisible() and panel.view.isColumnHidden([c.field for c in COLUMNS].index("kpi"))
