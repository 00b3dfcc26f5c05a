"""Dates the Thai government way: Buddhist Era years, Thai month names, fiscal years from 1 October."""

from __future__ import annotations

import re
from datetime import date, datetime, time

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


# Where digits belong to Latin text and must stay Arabic: a URL or an e-mail address would stop
# working, and codes such as "PMQA 4.0", "ISO 9001", "A4" or "COVID-19" are names, not numbers.
_LATIN_CONTEXT = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s]+"                      # URLs
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"     # e-mail addresses
    r"|(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/[^\s]*)?"           # domain names, with a path
    r"|[A-Za-z0-9]*[A-Za-z][A-Za-z0-9./:_-]*[0-9][A-Za-z0-9./:_-]*"  # codes with letters and digits
    r"|[A-Z][A-Za-z]* [0-9][0-9.,:/-]*"                         # a number named by a Latin word
)


def thai_digits_in_text(text: str) -> str:
    """Thai digits for running text: every number becomes Thai, except where it belongs to Latin
    text (URLs, e-mail addresses, "PMQA 4.0", "ISO 9001", "A4"), which keeps Arabic digits."""
    if not any(c.isdigit() for c in text):
        return text
    out, start = [], 0
    for m in _LATIN_CONTEXT.finditer(text):
        out.append(text[start:m.start()].translate(_TO_THAI))
        out.append(m.group())
        start = m.end()
    out.append(text[start:].translate(_TO_THAI))
    return "".join(out)


def in_digit_style(text: str, thai: bool) -> str:
    """``text`` with its numbers in one style, as a workshop's "Thai digits" setting asks: Thai
    (``thai_digits_in_text``) or Arabic. For showing content whose author mixed the two."""
    return thai_digits_in_text(text) if thai else arabic_digits(text)


def format_time(moment: time | datetime, lang: str = "th", thai_digits: bool = False) -> str:
    """A clock time the Thai official way, ``08.30 น.`` (``๐๘.๓๐ น.``); ``08:30`` in English."""
    return format_time_range(moment, None, lang, thai_digits)


def format_time_range(start: time | datetime, end: time | datetime | None, lang: str = "th",
                      thai_digits: bool = False) -> str:
    """``08.30–09.15 น.`` in Thai (one น. after the range), ``08:30–09:15`` in English."""
    sep = ":" if lang == "en" else "."
    text = f"{start.hour:02d}{sep}{start.minute:02d}"
    if end is not None:
        text += f"–{end.hour:02d}{sep}{end.minute:02d}"
    if lang == "en":
        return text
    text += " น."
    return text.translate(_TO_THAI) if thai_digits else text


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
