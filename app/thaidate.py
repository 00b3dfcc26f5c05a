"""Dates the Thai government way: Buddhist Era years, Thai month names, fiscal years from 1 October."""

from __future__ import annotations

from datetime import date, datetime

BE_OFFSET = 543
THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
                     "พ.ย.", "ธ.ค.")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thai_digits(text: str) -> str:
    """Arabic digits 0-9 become Thai digits ๐-๙ (encouraged in official documents since the
    cabinet resolution of 2 May 2543 BE); nothing else changes."""
    return text.translate(_TO_THAI)


def arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


def be_year(day: date) -> int:
    return day.year + BE_OFFSET


def format_date(day: date | None, lang: str = "th", thai_digits: bool = False, short: bool = False) -> str:
    """``๑๗ ธันวาคม ๒๕๖๑`` / ``17 ธันวาคม 2561`` in Thai; ``17 December 2018 (B.E. 2561)`` in English."""
    if day is None:
        return ""
    if lang == "en":
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year} (B.E. {be_year(day)})"
    months = THAI_MONTHS_SHORT if short else THAI_MONTHS
    text = f"{day.day} {months[day.month - 1]} {be_year(day)}"
    return text.translate(_TO_THAI) if thai_digits else text


def format_moment(moment: datetime, lang: str = "th", seconds: bool = False) -> str:
    """A point in time for lists and messages: ``17 ธ.ค. 2561 14.05 น.`` / ``17 Dec 2018 (B.E. 2561) 14:05``."""
    parts = (moment.hour, moment.minute, moment.second) if seconds else (moment.hour, moment.minute)
    if lang == "en":
        clock = ":".join(f"{p:02d}" for p in parts)
        return f"{moment.day} {ENGLISH_MONTHS[moment.month - 1][:3]} {moment.year} (B.E. {be_year(moment)}) {clock}"
    clock = ".".join(f"{p:02d}" for p in parts)  # the Thai official style: 14.05 น.
    return f"{moment.day} {THAI_MONTHS_SHORT[moment.month - 1]} {be_year(moment)} {clock} น."


def fiscal_year(day: date) -> int:
    """The Thai fiscal year (Buddhist Era) containing ``day``: it starts on 1 October."""
    return be_year(day) + (1 if day.month >= 10 else 0)
