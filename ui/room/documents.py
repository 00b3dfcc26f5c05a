"""What room input prints: the groups' code slips (PDF) and the one-page Thai request to the IT
office for the firewall rule (shown, copied or saved as PDF)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPlainTextEdit, QVBoxLayout

from app.resources import read_text
from app.room import settings as room_settings
from app.room.firewall import RULE_NAME
from app.room.qr import qr_matrix
from ui.common.fonts import FAMILY
from ui.presenter.join_stage import paint_qr

translate = QCoreApplication.translate
COLUMNS, ROWS = 2, 4  # slips per A4 page: cut along the lines


def _pdf(path: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle("PMQA 4.0 Workshop")
    return writer


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def write_slips(path: str, workshop, url: str) -> int:
    """One slip per group: its name, its code in large type, the URL, and a QR code that opens the
    page with the code filled in. Returns the number of slips."""
    codes = room_settings.ensure_codes(workshop).codes
    groups = workshop.groups()
    writer = _pdf(path)
    painter = QPainter(writer)
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    page.moveTo(0, 0)
    width, height = page.width() / COLUMNS, page.height() / ROWS
    for n, group in enumerate(groups):
        if n and n % (COLUMNS * ROWS) == 0:
            writer.newPage()
        cell = QRectF((n % COLUMNS) * width, (n // COLUMNS % ROWS) * height, width, height)
        painter.setPen(Qt.PenStyle.DashLine)
        painter.drawRect(cell)
        inner = cell.adjusted(60, 60, -60, -60)
        qr = paint_qr(painter, QRectF(inner.right() - inner.height() * 0.8, inner.top(), inner.height() * 0.8,
                                      inner.height() * 0.8), qr_matrix(f"{url}#{codes[group.id]}"))
        text = QRectF(inner.left(), inner.top(), qr.left() - inner.left() - 30, inner.height())
        painter.setPen(Qt.PenStyle.SolidLine)
        for line, font in ((group.name, _font(13, True)),
                           (translate("RoomSlips", "Group code"), _font(10)),
                           (codes[group.id], _font(26, True)),
                           (url.removeprefix("http://").rstrip("/"), _font(11, True)),
                           (translate("RoomSlips", "Connect to the room's Wi-Fi, scan the code or open the address, "
                                                   "and type the group code."), _font(9))):
            painter.setFont(font)
            box = painter.boundingRect(text, int(Qt.TextFlag.TextWordWrap), line)
            painter.drawText(text, int(Qt.TextFlag.TextWordWrap), line)
            text.setTop(text.top() + box.height() + 12)
    painter.end()
    return len(groups)


def save_slips(parent, workshop, url: str) -> None:
    if workshop is None:
        return
    path, _ = QFileDialog.getSaveFileName(parent, translate("RoomSlips", "Save code slips"), "room-codes.pdf",
                                          translate("RoomSlips", "PDF files (*.pdf)"))
    if path:
        write_slips(path, workshop, url)


def it_request_text(port: int = 8470) -> str:
    """The request, in Thai: the program, the rule, the commands, and what the program does and does not."""
    program = sys.executable if getattr(sys, "frozen", False) else r"C:\Program Files\PMQA Workshop\pmqa-workshop.exe"
    return read_text("room/it-request.th.txt").format(program=program, rule=RULE_NAME, port=port)


class ItRequestDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("itRequestDialog")
        self.text = QPlainTextEdit(objectName="itRequestText", readOnly=True)
        self.text.setPlainText(it_request_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Request for the IT office"))
        self.resize(760, 640)

    def _on_save_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the request"), "room-input-request.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            write_request(path, self.text.toPlainText())


def write_request(path: str, text: str) -> None:
    document = QTextDocument()
    document.setDefaultFont(_font(11))  # one A4 page
    document.setPlainText(text)
    document.print_(_pdf(path))


def show_it_request(parent) -> ItRequestDialog:
    dialog = ItRequestDialog(parent)
    dialog.open()
    return dialog
