"""Starting the GUI: one QApplication, the Sarabun font, the saved language, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

# The Qt-free core the first window needs is loaded before PySide6: once PySide6 is in, it reads the
# source of every module imported after it (to see whether the module uses its __feature__
# switches), which cost the start about 8 ms.
import fontpkg_sarabun  # noqa: F401
from app import __version__, backups, library, settings, thaidate, workshop  # noqa: F401
from app.resources import read_text, resource_path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from ui.fonts import register_fonts, ui_font
from ui.i18n import current_language, install_language
from ui.messages import install_crash_handler


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("PMQA Workshop")
    app.setOrganizationName("PMQA Workshop")
    app.setApplicationVersion(__version__)
    with resource_path("icons/app.png") as icon:
        app.setWindowIcon(QIcon(str(icon)))
    if register_fonts():
        app.setFont(ui_font(11))
    app.setStyleSheet(read_text("styles/app.qss"))
    install_language(current_language())
    return app


def start_window(file: Path | None = None):
    """The main window, shown: on ``file`` if it opens, else on the home screen (with any error)."""
    from ui.main_window import MainWindow

    window = MainWindow()
    install_crash_handler(window)
    if file is not None:
        window.open_path(Path(file))  # before showing: a window that opens on the workshop never builds the home screen
    window.show()
    if file is None:
        window.ensure_demo_on_first_run()
    return window


def run_gui(file: Path | None = None, exit_when_ready: bool = False) -> int:
    app = make_application()
    window = start_window(file)
    if exit_when_ready:
        QTimer.singleShot(0, app.quit)  # fires once the event loop is idle: the window is usable
    code = app.exec()
    del window  # held until the loop ends
    return code
