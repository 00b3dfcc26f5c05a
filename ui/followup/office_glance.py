"""At a glance for a consolidated workshop (issue #23, item 5): a chooser of whose follow-up the
table and the chart show (the agency as a whole, or one office), and a compact table of every
office side by side at the chosen checkpoint, then the agency. Plain data from
``app.merge.offices.followup_by_office``; hidden for an ordinary workshop."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QSizePolicy, QTableView, QVBoxLayout, QWidget,
)

from app.followup_summary import CheckpointGlance
from app.merge.offices import OfficeFollowup
from ui.common.table_rows import wrap_rows

AGENCY = -1       # the chooser's data for the agency as a whole
UNASSIGNED = 0    # items of no office (office numbers start at 1)


class OfficeChooser(QWidget):
    """"Show: the agency / office A / office B …" above the glance table."""
    chosen = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(objectName="officeChooserLabel")
        self.combo = QComboBox(objectName="officeChooser")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMaximumWidth(560)  # an office's long name must not widen the window
        self.label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.chosen.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addStretch(1)

    def fill(self, offices: OfficeFollowup) -> None:
        """The agency first, then each office in the order combined; the choice is kept by office."""
        self.label.setText(self.tr("&Show:"))
        kept = self.combo.currentData()
        entries = [(self.tr("The agency as a whole"), AGENCY)] + [(o.label, o.number) for o in offices.offices]
        if offices.unassigned is not None:
            entries.append((self.tr("Items of no office"), UNASSIGNED))
        self.combo.blockSignals(True)
        self.combo.clear()
        for text, number in entries:
            self.combo.addItem(text, number)
        index = self.combo.findData(kept) if kept is not None else -1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def choose(self, number: int) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(number), 0))

    def chosen_number(self) -> int:
        data = self.combo.currentData()
        return AGENCY if data is None else data


def glances_of(offices: OfficeFollowup, number: int) -> list[CheckpointGlance]:
    """The checkpoints' glances of the agency (``AGENCY``), an office, or the items of no office."""
    if number == AGENCY:
        return offices.agency
    if number == UNASSIGNED:
        return offices.unassigned or offices.agency
    return offices.by_office.get(number, offices.agency)


class OfficeTable(QWidget):
    """Every office's tallies at the chosen checkpoint, one row each, then the agency in bold; a
    row double-clicked (or Enter) becomes the chooser's choice."""
    office_activated = Signal(int)

    def __init__(self, make_row, headers, parent=None):
        super().__init__(parent)
        self._make_row, self._headers = make_row, headers  # the glance table's own row and headers
        self.label = QLabel(objectName="sectionLabel", wordWrap=True)
        self.model = QStandardItemModel(self)
        self.table = QTableView(objectName="glanceOffices")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.activated.connect(self._on_activated)
        self._fit_rows = wrap_rows(self.table)
        self._numbers: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)

    def show_offices(self, offices: OfficeFollowup, current: int, chosen: int) -> None:
        """``chosen``: the office (or ``AGENCY``) shown above, its row selected here."""
        self.label.setText(self.tr("Each office at this checkpoint (double-click one to show it above)"))
        headers = self._headers()
        headers[0] = self.tr("Office")
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers)
        self._numbers = []
        if not 0 <= current < len(offices.agency):
            return
        rows = [(o.label, o.number, offices.by_office[o.number][current]) for o in offices.offices]
        if offices.unassigned is not None:
            rows.append((self.tr("Items of no office"), UNASSIGNED, offices.unassigned[current]))
        for name, number, glance in rows:
            self.model.appendRow(self._make_row(name, glance.overall, False))
            self._numbers.append(number)
        self.model.appendRow(self._make_row(self.tr("The agency as a whole"), offices.agency[current].overall, True))
        self._numbers.append(AGENCY)
        if chosen in self._numbers:
            self.table.selectRow(self._numbers.index(chosen))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_rows.start()

    def _on_activated(self, index) -> None:
        if 0 <= index.row() < len(self._numbers):
            self.office_activated.emit(self._numbers[index.row()])

    def office_counts(self) -> list[tuple[str, list[int]]]:
        """What the table shows: each row's name and its counts (items, then each standing)."""
        return [(self.model.item(r, 0).text(), [int(self.model.item(r, c).text()) for c in range(1, 7)])
                for r in range(self.model.rowCount())]

