"""The follow-up's words shown in several places: the statuses of progress and the standings the
summaries count. One context (``Followup``), so the list, the form and the chart say the same."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS_NAMES = {
    "not_started": QT_TRANSLATE_NOOP("Followup", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Followup", "In progress"),
    "done": QT_TRANSLATE_NOOP("Followup", "Done"),
    "delayed": QT_TRANSLATE_NOOP("Followup", "Delayed"),
    "cancelled": QT_TRANSLATE_NOOP("Followup", "Cancelled"),
}
# The summaries' standings (app/followup_summary.STANDINGS), in the order the chart stacks them.
STANDING_NAMES = {
    "done": QT_TRANSLATE_NOOP("Followup", "Done"),
    "on_track": QT_TRANSLATE_NOOP("Followup", "On track"),
    "delayed": QT_TRANSLATE_NOOP("Followup", "Delayed"),
    "cancelled": QT_TRANSLATE_NOOP("Followup", "Cancelled"),
    "no_update": QT_TRANSLATE_NOOP("Followup", "No update"),
}


def status_name(status: str) -> str:
    return QCoreApplication.translate("Followup", STATUS_NAMES[status])


def standing_name(standing: str) -> str:
    return QCoreApplication.translate("Followup", STANDING_NAMES[standing])


def megabytes(size: int) -> str:
    """A size as the limits are said: in MB (2**20 bytes), one decimal; small files in kB."""
    if size < 1024 * 1024:
        return f"{max(1, -(-size // 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def short_date(day, lang: str) -> str:
    """A checkpoint's date in few letters, Buddhist Era: ``31 ธ.ค. 2568`` / ``31 Dec 2568 B.E.``."""
    from app.thaidate import ENGLISH_MONTHS, be_year, format_date

    if lang == "en":
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {be_year(day)} B.E."
    return format_date(day, "th", short=True)
