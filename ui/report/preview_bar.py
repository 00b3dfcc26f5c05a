"""The report preview's own bar: go to a page, zoom in and out, fit the width or the whole page.

A 15-page plan read on a 1366×768 laptop needs both: the width to read a table, the whole page to
see how a landscape section sits. The bar drives the ``QPdfView`` it is given and follows it (the
page shown changes as the user scrolls).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QToolButton, QWidget

from ui.common.icons import set_icon

FIT_WIDTH, FIT_PAGE = "width", "page"
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
_POINTS_PER_INCH = 72.0


class PreviewBar(QWidget):
    """Page navigation and zoom for ``view`` showing ``document``; its actions (Ctrl++, Ctrl+-, Ctrl+0,
    Ctrl+Home, Ctrl+End) belong to the widget the caller adds them to (``actions()``)."""

    def __init__(self, view: QPdfView, document: QPdfDocument, parent=None):
        super().__init__(parent)
        self.setObjectName("previewBar")
        self.view, self.document = view, document
        self._count = document.pageCount()
        self.first_button = QToolButton(objectName="firstPageButton")
        self.previous_button = QToolButton(objectName="previousPageButton")
        self.page_spin = QSpinBox(objectName="pageSpin", minimum=1, maximum=1)
        self.page_spin.setKeyboardTracking(False)  # typing "12" must not visit page 1 on the way
        self.count_label = QLabel(objectName="pageCount")
        self.next_button = QToolButton(objectName="nextPageButton")
        self.last_button = QToolButton(objectName="lastPageButton")
        self.zoom_out_button = QToolButton(objectName="zoomOutButton")
        self.zoom_combo = QComboBox(objectName="zoomCombo")
        self.zoom_combo.addItem("", FIT_WIDTH)
        self.zoom_combo.addItem("", FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom_combo.addItem(f"{factor:.0%}", factor)
        self.zoom_in_button = QToolButton(objectName="zoomInButton")
        for button, name in ((self.first_button, "page-first"), (self.previous_button, "chevron-left"),
                             (self.next_button, "chevron-right"), (self.last_button, "page-last"),
                             (self.zoom_out_button, "zoom-out"), (self.zoom_in_button, "zoom-in")):
            set_icon(button, name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.first_button, self.previous_button, self.page_spin, self.count_label,
                       self.next_button, self.last_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_combo, self.zoom_in_button):
            layout.addWidget(widget)

        shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.zoom_in_action = QAction(self, triggered=self.zoom_in, shortcutContext=shortcut)
        self.zoom_in_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_out_action = QAction(self, triggered=self.zoom_out, shortcutContext=shortcut,
                                       shortcut=QKeySequence.StandardKey.ZoomOut)
        self.fit_action = QAction(self, triggered=self.fit_width, shortcutContext=shortcut,
                                  shortcut=QKeySequence("Ctrl+0"))
        self.first_action = QAction(self, triggered=self.first_page, shortcutContext=shortcut,
                                    shortcut=QKeySequence("Ctrl+Home"))
        self.last_action = QAction(self, triggered=self.last_page, shortcutContext=shortcut,
                                   shortcut=QKeySequence("Ctrl+End"))

        self.first_button.clicked.connect(self.first_page)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.last_button.clicked.connect(self.last_page)
        self.page_spin.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_combo.activated.connect(self._on_zoom_combo_activated)
        view.pageNavigator().currentPageChanged.connect(self._show_page)
        document.pageCountChanged.connect(self._on_document_page_count_changed)
        self.retranslate()
        self._show_page(0)

    def shortcut_actions(self) -> tuple[QAction, ...]:
        return (self.zoom_in_action, self.zoom_out_action, self.fit_action, self.first_action, self.last_action)

    def retranslate(self) -> None:
        tips = ((self.first_button, self.tr("First page (Ctrl+Home)")),
                (self.previous_button, self.tr("Previous page")), (self.next_button, self.tr("Next page")),
                (self.last_button, self.tr("Last page (Ctrl+End)")), (self.zoom_out_button, self.tr("Zoom out (Ctrl+-)")),
                (self.zoom_in_button, self.tr("Zoom in (Ctrl++)")), (self.page_spin, self.tr("Go to page")))
        for widget, tip in tips:
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
        self.zoom_combo.setItemText(0, self.tr("Fit width"))
        self.zoom_combo.setItemText(1, self.tr("Whole page"))
        self.zoom_combo.setToolTip(self.tr("Zoom (Ctrl+0: fit width)"))
        self.zoom_in_action.setText(self.tr("Zoom in on the report"))
        self.zoom_out_action.setText(self.tr("Zoom out of the report"))
        self.fit_action.setText(self.tr("Fit the report to the width"))
        self.first_action.setText(self.tr("First page of the report"))
        self.last_action.setText(self.tr("Last page of the report"))
        self._show_page(self.current_page())

    # ----------------------------------------------------------------- pages
    def page_count(self) -> int:
        return self._count

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if not count:
            return
        page = max(0, min(page, count - 1))
        if page != self.current_page():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self._show_page(page)

    def first_page(self) -> None:
        self.go_to(0)

    def last_page(self) -> None:
        self.go_to(self.page_count() - 1)

    def _on_document_page_count_changed(self, count: int) -> None:
        # kept, not asked: the document says 0 while it is being destroyed, before this bar and the view
        self._count = count
        self._show_page(self.current_page())

    def _show_page(self, page: int) -> None:
        count = self._count
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(count, 1))
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.count_label.setText(self.tr("of %1").replace("%1", str(count)))
        for widget in (self.page_spin, self.first_button, self.last_button):
            widget.setEnabled(count > 1)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)
        for widget in (self.zoom_in_button, self.zoom_out_button, self.zoom_combo):
            widget.setEnabled(count > 0)

    # ----------------------------------------------------------------- zoom
    def effective_zoom(self) -> float:
        """The zoom factor the view shows now, also while it fits the width or the page."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        size = self.document.pagePointSize(self.current_page())
        scale = self.view.logicalDpiX() / _POINTS_PER_INCH
        margins = self.view.documentMargins()
        viewport = self.view.viewport()
        width = (viewport.width() - margins.left() - margins.right()) / (size.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return width
        return min(width, (viewport.height() - margins.top() - margins.bottom()) / (size.height() * scale))

    def set_zoom(self, factor: float) -> None:
        self._zoom_mode(QPdfView.ZoomMode.Custom, max(ZOOM_STEPS[0], min(factor, ZOOM_STEPS[-1])))
        self.zoom_combo.setCurrentIndex(self.zoom_combo.findData(self.view.zoomFactor()))  # -1 between steps

    def zoom_in(self) -> None:
        now = self.effective_zoom()
        self.set_zoom(next((step for step in ZOOM_STEPS if step > now + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.effective_zoom()
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < now - 0.01), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self._zoom_mode(QPdfView.ZoomMode.FitToWidth)
        self.zoom_combo.setCurrentIndex(0)

    def fit_page(self) -> None:
        self._zoom_mode(QPdfView.ZoomMode.FitInView)
        self.zoom_combo.setCurrentIndex(1)

    def _zoom_mode(self, mode: QPdfView.ZoomMode, factor: float | None = None) -> None:
        """A new zoom, with the page the user was reading still at the top of the view."""
        page = self.current_page()
        self.view.setZoomMode(mode)
        if factor is not None:
            self.view.setZoomFactor(factor)
        if self.page_count():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())

    def _on_zoom_combo_activated(self, index: int) -> None:
        choice = self.zoom_combo.itemData(index)
        if choice == FIT_WIDTH:
            self.fit_width()
        elif choice == FIT_PAGE:
            self.fit_page()
        else:
            self.set_zoom(choice)
