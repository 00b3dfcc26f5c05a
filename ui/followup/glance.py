"""At a glance: where the plan stands at the chosen checkpoint, overall, per pillar and per PMQA
category (items on track, delayed, done; budget spent against planned), and a chart across all
the checkpoints. Plain data from ``Workshop.followup_glance`` (app/followup_summary.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from app.followup_summary import CheckpointGlance, Tally
from app.merge.offices import OfficeFollowup
from app.model import Category, Pillar
from ui.common import theme
from ui.common.table_rows import wrap_rows
from ui.followup.chart import ProgressChart
from ui.followup.names import short_date
from ui.followup.office_glance import AGENCY, OfficeChooser, OfficeTable, glances_of
from ui.plan.model import format_baht

COUNTED = ("done", "on_track", "delayed", "cancelled", "no_update")


class GlanceView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("followupGlance")
        self.summary_label = QLabel(objectName="glanceSummary", wordWrap=True)
        self.model = QStandardItemModel(self)
        self.table = QTableView(objectName="glanceTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self._fit_rows = wrap_rows(self.table)
        self.chart_label = QLabel(objectName="sectionLabel", wordWrap=True)
        self.chart = ProgressChart()
        # a consolidated workshop's: whose follow-up is shown, and every office side by side
        self.chooser = OfficeChooser()
        self.chooser.chosen.connect(self._redraw)
        self.office_table = OfficeTable(self._row, self._headers)
        self.office_table.office_activated.connect(self.chooser.choose)
        self._shown: tuple | None = None
        left = QSplitter(Qt.Orientation.Vertical, objectName="glanceLeftSplitter")
        left.addWidget(self.table)
        left.addWidget(self.office_table)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart_label)
        right_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="glanceSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        self._show_offices(None)

    def _headers(self) -> list[str]:
        # short headers: the standings' full names are in the chart's legend; the name column keeps the room
        return [self.tr("Where"), self.tr("Items"), self.tr("Done", "short header"), self.tr("On track", "short header"),
                self.tr("Delayed", "short header"), self.tr("Cancelled", "short header"),
                self.tr("No update", "short header"), self.tr("Spent / planned (baht)")]

    def _show_offices(self, offices: OfficeFollowup | None) -> None:
        self.chooser.setVisible(offices is not None)
        self.office_table.setVisible(offices is not None)
        if offices is not None:
            self.chooser.fill(offices)

    def _redraw(self) -> None:
        if self._shown is not None:
            self.show_glance(*self._shown)

    def chosen_office(self) -> int | None:
        """The office whose follow-up the table and chart show; None for the agency or an ordinary workshop."""
        if not self.chooser.isVisibleTo(self):
            return None
        number = self.chooser.chosen_number()
        return None if number == AGENCY else number

    def show_glance(self, glances: list[CheckpointGlance], current: int, pillars: list[Pillar],
                    categories: list[Category], content_lang: str, ui_lang: str,
                    offices: OfficeFollowup | None = None) -> None:
        """``current``: the index of the checkpoint chosen (its tallies fill the table). ``offices``:
        a consolidated workshop's follow-up by office; the chooser picks whose glances are shown."""
        self._shown = (glances, current, pillars, categories, content_lang, ui_lang, offices)
        self._show_offices(offices)
        self.chart_label.setText(self.tr("Items at each checkpoint"))
        if offices is not None:
            self.office_table.show_offices(offices, current, self.chooser.chosen_number())
            glances = glances_of(offices, self.chooser.chosen_number())
            if self.chooser.chosen_number() != AGENCY:
                self.chart_label.setText(self.tr("Items of %1 at each checkpoint").replace(
                    "%1", self.chooser.combo.currentText()))
        self.chart.set_data([(str(n), short_date(g.checkpoint.due_date, ui_lang), g.overall)
                             for n, g in enumerate(glances, start=1)], current)
        headers = self._headers()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers)
        if not 0 <= current < len(glances):
            self.summary_label.setText(self.tr("No checkpoint yet."))
            return
        glance = glances[current]
        self.summary_label.setText(self._summary(glance.overall))
        rows = [(self.tr("All items"), glance.overall, True)]
        rows += [(self.tr("Pillar: %1").replace("%1", p.short(content_lang)), glance.by_pillar[p.id], False)
                 for p in pillars if p.id in glance.by_pillar]
        if None in glance.by_pillar:
            rows.append((self.tr("No pillar"), glance.by_pillar[None], False))
        rows += [(f"{c.number}. {c.name(content_lang)}", glance.by_category[c.id], False)
                 for c in categories if c.id in glance.by_category]
        if None in glance.by_category:
            rows.append((self.tr("No PMQA category"), glance.by_category[None], False))
        for name, tally, bold in rows:
            self.model.appendRow(self._row(name, tally, bold))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_rows.start()

    def _row(self, name: str, tally: Tally, bold: bool) -> list[QStandardItem]:
        cells = [QStandardItem(name), QStandardItem(str(tally.items))]
        cells += [QStandardItem(str(getattr(tally, s))) for s in COUNTED]
        cells.append(QStandardItem(self._money(tally)))
        for cell in cells[1:]:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = cells[0].font()
            font.setBold(True)
            for cell in cells:
                cell.setFont(font)
        if tally.delayed:
            cells[4].setForeground(theme_colour(theme.WARNING))
        return cells

    def _money(self, tally: Tally) -> str:
        if not tally.planned_satang:
            return format_baht(tally.spent_satang) if tally.spent_satang else "—"
        share = round(100 * tally.spent_satang / tally.planned_satang)
        return f"{format_baht(tally.spent_satang)}\n/ {format_baht(tally.planned_satang)} ({share}%)"

    def _summary(self, tally: Tally) -> str:
        text = self.tr("%n item(s): ", "", tally.items) + self.tr(
            "%1 done, %2 on track, %3 delayed, %4 cancelled, %5 without an update. Budget spent %6 of %7 baht planned.")
        values = (tally.done, tally.on_track, tally.delayed, tally.cancelled, tally.no_update)
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", str(value))
        return text.replace("%6", format_baht(tally.spent_satang) or "0.00").replace(
            "%7", format_baht(tally.planned_satang) or "0.00")


def theme_colour(name: str):
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(name))
