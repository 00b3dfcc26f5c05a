"""Turning errors into messages a facilitator can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import (
    ExchangeError, FileTooNewError, NotAWorkshopError, StorageError, ValidationError, WorkshopError,
)
from ui.common.error_catalogue import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def describe_error(exc: Exception) -> tuple[str, str]:
    """(headline, detail) for an error; the detail names the file and what to do.

    The words come from the error's code (``ui/common/error_catalogue.py``), never from its English.
    """
    if isinstance(exc, FileTooNewError):
        return (translate("Messages", "This workshop was made by a newer version"),
                translate("Messages", "{file} uses file format {found}; this version reads up to {supported}. "
                                      "Install the newer version of PMQA Workshop to open it. The file was not changed.")
                .format(file=exc.path.name, found=exc.found, supported=exc.supported))
    if isinstance(exc, NotAWorkshopError):
        return (translate("Messages", "This is not a workshop file that can be opened"),
                translate("Messages", "{file}: {reason}. The file was not changed.")
                .format(file=exc.path.name, reason=error_text(exc)))
    if isinstance(exc, StorageError):
        return (translate("Messages", "The file could not be read or written"),
                translate("Messages", "{file}: {detail}.").format(file=exc.path.name, detail=error_text(exc)))
    if isinstance(exc, ExchangeError):
        where = f"{exc.source}: {exc.place}" if exc.place else exc.source
        return (translate("Messages", "The file cannot be imported"),
                f"{where}: {error_text(exc)}\n" + translate("Messages", "Nothing was imported."))
    if isinstance(exc, ValidationError):
        return (translate("Messages", "Please check this value"), error_text(exc))
    if isinstance(exc, WorkshopError):
        return (translate("Messages", "The action could not be completed"), error_text(exc))
    return (translate("Messages", "Something went wrong"), f"{type(exc).__name__}: {exc}")


_unowned: list[QMessageBox] = []


def show_error(parent: QWidget | None, exc: Exception) -> QMessageBox:
    """Shows the error without blocking (tests can find and close the box)."""
    from PySide6.QtWidgets import QMessageBox  # only when something went wrong: start-up stays quick

    headline, detail = describe_error(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Messages", "PMQA Workshop"), headline,
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(detail)
    box.setObjectName("errorBox")
    if parent is None:  # nothing owns a parentless box: keep it alive until it is closed
        _unowned.append(box)
        box.finished.connect(lambda _result: _unowned.remove(box))
    box.open()
    return box


def install_crash_handler(parent: QWidget) -> None:
    """A bug in a slot must not vanish into a console nobody sees: log it and say so in the window.

    Every edit is already in the file, so the message can say that nothing typed is lost.
    """
    import sys

    def hook(kind, value, tb) -> None:
        import traceback

        from PySide6.QtWidgets import QMessageBox

        from app.crashlog import write_crash_log

        where = write_crash_log("".join(traceback.format_exception(kind, value, tb)))
        box = QMessageBox(QMessageBox.Icon.Critical, translate("Messages", "PMQA Workshop"),
                          translate("Messages", "Something went wrong"), QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText(translate("Messages", "Everything entered so far is saved in the workshop file. "
                                                     "Details for support were written to {file}.").format(file=where))
        box.setObjectName("crashBox")
        box.open()

    sys.excepthook = hook


def validation_text(widget: QWidget, exc: ValidationError) -> str:
    """The message shown beside the field ``exc.field``, in the interface's language (from its code)."""
    return error_text(exc)
