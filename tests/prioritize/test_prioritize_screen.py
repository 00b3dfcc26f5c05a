"""Prioritize at 1366×768: titles wrapped whole; the impact–effort chart with its dots in their cells, clear of the quadrants' names."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from app.model import Initiative
from app.ranking import rank_initiatives
from ui.prioritize.impact_effort_chart import ImpactEffortChart


def initiatives(scores) -> list[Initiative]:
    return [Initiative(id=n, title=f"ข้อเสนอ {n}", pillar_id=None, answer_id=None, impact=impact, effort=effort,
                       position=n) for n, (impact, effort) in enumerate(scores, start=1)]


def test_every_dot_is_inside_the_cell_of_its_scores_and_scores_of_3_are_mid_cell(qtbot):
    chart = ImpactEffortChart()
    qtbot.addWidget(chart)
    scores = [(3, 3), (5, 1), (1, 5), (4, 2), (4, 2), (4, 2), (4, 2), (4, 2)]  # five share one cell
    chart.set_ranked(rank_initiatives(initiatives(scores), []))
    plot = QRectF(40, 30, 300, 250)
    cell_w, cell_h = plot.width() / 5, plot.height() / 5
    placed = chart.dots(plot, cell_w, cell_h, 12)
    assert len(placed) == len(scores)
    for ranked, centre, radius in placed:
        effort, impact = ranked.initiative.effort, ranked.initiative.impact
        cell = QRectF(plot.left() + (effort - 1) * cell_w, plot.top() + (5 - impact) * cell_h, cell_w, cell_h)
        assert cell.adjusted(-0.5, -0.5, 0.5, 0.5).contains(QRectF(centre.x() - radius, centre.y() - radius,
                                                                   2 * radius, 2 * radius))
        if (effort, impact) == (3, 3):  # the middle of the middle band, not on a quadrant's edge
            assert (centre.x(), centre.y()) == (plot.center().x(), plot.center().y())
    assert all(radius > 0 for _r, _c, radius in placed)



def test_at_1366_in_thai_initiative_titles_wrap_whole_in_both_tables(laptop_window, qtbot):
    panel = laptop_window("prioritize")
    qtbot.wait(50)  # rows are fitted to their wrapped text on the next turn of the event loop
    for view in (panel.view, panel.ranked_view):
        model = view.model()
        title = 0 if view is panel.view else 1
        assert view.wordWrap()
        for row in range(model.rowCount()):
            assert view.rowHeight(row) >= view.sizeHintForIndex(model.index(row, title)).height() - 1, row
