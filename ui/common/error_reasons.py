"""The core's reasons for a failed read or write, in the interface's language.

``app/`` raises errors with English reasons (the command line prints them as they are). Every
reason it can give is listed here, so that the translation tool sees it; a test keeps this list in
step with the code. A reason that carries the operating system's own words in brackets, such as
``cannot write the PDF (No space left on device)``, is translated around the bracket.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REASONS = (
    QT_TRANSLATE_NOOP("Reasons", "the file does not exist"),
    QT_TRANSLATE_NOOP("Reasons", "the folder does not exist (nothing was written)"),
    QT_TRANSLATE_NOOP("Reasons", "the disk is full; nothing was written"),
    QT_TRANSLATE_NOOP("Reasons", "the file is damaged (its copy of the template is unreadable)"),
    QT_TRANSLATE_NOOP("Reasons", "is the open workshop itself; choose another name for the copy (nothing was written)"),
    QT_TRANSLATE_NOOP("Reasons", "it is a folder"),
    QT_TRANSLATE_NOOP("Reasons", "no permission to read the file"),
    QT_TRANSLATE_NOOP("Reasons", "the file does not exist (a part of its folder path is a file)"),
    QT_TRANSLATE_NOOP("Reasons", "the file is empty"),
    QT_TRANSLATE_NOOP("Reasons", "the file is damaged or of another kind"),
    QT_TRANSLATE_NOOP("Reasons", "it is a database of another program"),
    QT_TRANSLATE_NOOP("Reasons", "the disk is full; your earlier edits are safe in the file"),
    QT_TRANSLATE_NOOP("Reasons", "the file or its folder cannot be written (read-only or no permission)"),
    QT_TRANSLATE_NOOP("Reasons", "the file is in use by another program or window"),
    QT_TRANSLATE_NOOP("Reasons", "the file is damaged"),
    QT_TRANSLATE_NOOP("Reasons", "the disk reported an error"),
    QT_TRANSLATE_NOOP("Reasons", "the file was never finished being created"),
    QT_TRANSLATE_NOOP("Reasons", "the file needs upgrading and cannot be opened read-only"),
    QT_TRANSLATE_NOOP("Reasons", "a file with this name already exists"),
    QT_TRANSLATE_NOOP("Reasons", "the workshop record is missing"),
    QT_TRANSLATE_NOOP("Reasons", "made by an older version; open it to upgrade it"),
    QT_TRANSLATE_NOOP("Reasons", "the folder cannot be written (read-only or no permission)"),
    QT_TRANSLATE_NOOP("Reasons", "the folder cannot be written"),
    QT_TRANSLATE_NOOP("Reasons", "the workshop is open read-only"),
    QT_TRANSLATE_NOOP("Reasons", "the workshop has changed since this step; it cannot be undone"),
    QT_TRANSLATE_NOOP("Reasons", "the file is being opened by another program at the same moment; try again"),
    QT_TRANSLATE_NOOP("Reasons", "already exists; choose another name (nothing was overwritten)"),
    QT_TRANSLATE_NOOP("Reasons", "does not exist"),
    QT_TRANSLATE_NOOP("Reasons", "cannot read the file"),
    QT_TRANSLATE_NOOP("Reasons", "the file cannot be read"),
    QT_TRANSLATE_NOOP("Reasons", "cannot create the file"),
    QT_TRANSLATE_NOOP("Reasons", "cannot write the file"),
    QT_TRANSLATE_NOOP("Reasons", "cannot write the PDF"),
    QT_TRANSLATE_NOOP("Reasons", "cannot write the copy"),
    QT_TRANSLATE_NOOP("Reasons", "cannot write the restored copy"),
    QT_TRANSLATE_NOOP("Reasons", "cannot write to the backup folder"),
    QT_TRANSLATE_NOOP("Reasons", "cannot make a backup copy before upgrading"),
    QT_TRANSLATE_NOOP("Reasons", "cannot mark the file as open"),
    QT_TRANSLATE_NOOP("Reasons", "cannot create the application's folder"),
    QT_TRANSLATE_NOOP("Reasons", "the compact copy did not verify"),
    QT_TRANSLATE_NOOP("Reasons", "the workshop itself is safe"),
    QT_TRANSLATE_NOOP("Reasons", "the file was not changed"),
    QT_TRANSLATE_NOOP("Reasons", "nothing was written"),
)

# "HEAD (detail)" or "HEAD (detail); TAIL": the detail is the system's or SQLite's own words.
_WITH_DETAIL = re.compile(r"(?P<head>[^()]+) \((?P<detail>.*)\)(?:; (?P<tail>[^()]+))?", re.DOTALL)


def reason_text(reason: str) -> str:
    """``reason`` in the interface's language; a reason not listed above is shown as it is."""
    whole = _translate(reason)
    if whole != reason:
        return whole
    match = _WITH_DETAIL.fullmatch(reason)
    if match is None:
        return reason
    text = f"{_translate(match['head'])} ({match['detail']})"
    return f"{text}; {_translate(match['tail'])}" if match["tail"] else text


def _translate(text: str) -> str:
    return QCoreApplication.translate("Reasons", text)
