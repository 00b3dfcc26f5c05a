"""Starting the GUI: one QApplication, the Sarabun font, the saved language, the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

# WORKAROUND: https://github.com/napari/napari/issues/8584 (PySide6's shibokensupport/feature.py)
# Once PySide6 is loaded it replaces __import__, and the first import of each module after that has
# the module's source read (_mod_uses_pyside: inspect.getsource) to see whether it uses PySide's
# __feature__ switches. Loading the Qt-free core the first window needs, and the standard modules it
# brings, before PySide6 spares most of them: 98 modules and 9 ms of every start. (A module named in
# a later import statement is still looked at once; its own imports are not.)
import fontpkg_sarabun  # noqa: F401
from app import __version__, backups, library, settings, thaidate, workshop  # noqa: F401
from app.resources import resource_path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from ui.common.fonts import register_fonts, ui_font
from ui.common.i18n import current_language, install_language
from ui.common.messages import install_crash_handler
from ui.common.theme import stylesheet


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("PMQA Workshop")
    app.setOrganizationName("PMQA Workshop")
    app.setApplicationVersion(__version__)
    with resource_path("icons/app.png") as icon:
        app.setWindowIcon(QIcon(str(icon)))
    if register_fonts():
        app.setFont(ui_font(11))
    app.setStyleSheet(stylesheet())
    install_language(current_language())
    return app


def start_window(file: Path | None = None):
    """The main window, shown: on ``file`` if it opens, else on the home screen (with any error)."""
    from ui.main_window import MainWindow

    window = MainWindow()
    install_crash_handler(window)
    if file is not None:
        window.open_path(Path(file))  # before showing, so a window that opens on it never builds the home screen
    window.show()
    if file is None:
        window.ensure_demo_on_first_run()
    elif window.workshop is None:  # the file could not be opened: its message was shown before the window
        from PySide6.QtWidgets import QDialog

        for box in window.findChildren(QDialog):
            if box.isVisible():
                box.raise_()
                box.activateWindow()
    return window


# Platforms that draw without a display server (tests, a remote screen); any other needs one.
_DISPLAYS = {"xcb": ("DISPLAY",), "wayland": ("WAYLAND_DISPLAY",), "wayland-egl": ("WAYLAND_DISPLAY",)}


def display_missing(environ=None, platform: str = sys.platform) -> bool:
    """True when Qt would find no display to open the window on (X11/Wayland systems only).

    Qt then aborts with seven lines and a hint about libxcb-cursor0 that is wrong here; this is
    asked before the QApplication exists, when the interface cannot say anything yet.
    """
    import os

    environ = os.environ if environ is None else environ
    if platform in ("win32", "darwin", "cygwin"):
        return False
    # QT_QPA_PLATFORM is "name[:options]", or a list of names to try in turn ("wayland;xcb").
    names = [part.split(":", 1)[0].strip() for part in environ.get("QT_QPA_PLATFORM", "").split(";")]
    for name in [name for name in names if name] or ["wayland", "xcb"]:
        variables = _DISPLAYS.get(name)
        if variables is None or any(environ.get(variable) for variable in variables):
            return False  # this platform needs no display, or has one
    return True


def no_display_message() -> str:
    """One line, both languages: the interface's translations are not loaded without a QApplication."""
    command = "python -m app --help" if not getattr(sys, "frozen", False) else f"{Path(sys.executable).name} --help"
    return (f"pmqa-workshop: ไม่พบจอภาพ จึงเปิดหน้าต่างโปรแกรมไม่ได้ ใช้งานผ่านบรรทัดคำสั่งได้ ดูวิธีใช้: {command} | "
            f"no display found, so the window cannot open; the command line works without one: {command}")


def settle_heap() -> None:
    """What start-up made (modules, translations, the first window and workshop) lives as long as
    the program: keep it out of the garbage collector's full passes, which otherwise walk all of
    it and stalled the window 36–43 ms at a time under a full room's input (bench/bench_room.py)."""
    gc.collect()
    gc.freeze()


def run_gui(file: Path | None = None, exit_when_ready: bool = False) -> int:
    if display_missing():
        print(no_display_message(), file=sys.stderr)
        return 2  # the command line's status for an error the user can act on
    app = make_application()
    window = start_window(file)  # a name that keeps the window alive as long as the event loop
    QTimer.singleShot(1500, settle_heap)  # once the window is in use, not on the way to it
    if exit_when_ready:
        QTimer.singleShot(0, app.quit)  # fires once the event loop is idle: the window is usable
    code = app.exec()
    # A report or an export may still be running on the thread pool: let it end while the window
    # that will hear of it still exists (its signals must not be emitted into deleted objects), but
    # do not keep a windowless process waiting on a stalled disk for ever.
    QThreadPool.globalInstance().waitForDone(30_000)
    del window
    return code
