"""What a value typed by a user must be before the workshop stores it: the checks the operations of
``app/workshop.py`` share. Each returns the value to store, cleaned, or raises ValidationError naming
the field."""

from __future__ import annotations

import re
from datetime import date

from app.errors import ValidationError
from app.model import EDITABLE_DETAILS, LANGUAGES
from app.text import encodable

MAX_TEXT = 20_000
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def is_color(value: str) -> bool:
    return bool(_COLOR.match(value))


def clean_text(field: str, value: object, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "not_text")
    # Control characters (other than line breaks and tabs) come from pasting and break files and PDFs.
    text = "".join(ch for ch in value if ch in "\n\t" or not (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0))
    text = text.strip()
    if not encodable(text):
        raise ValidationError(field, "broken_text")
    if required and not text:
        raise ValidationError(field, "empty")
    if len(text) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    return text


def whole_number(field: str, value: object, low: int, high: int, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, "not_in_range", low=low, high=high)
    return value


def _text_list(key: str, value: object) -> list[str]:
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ValidationError(key, "not_a_text_list")
    return [clean_text(key, v) for v in value if v.strip()]


def _event_date(key: str, value: object) -> date | None:
    if value is not None and not isinstance(value, date):
        raise ValidationError(key, "not_a_date")
    return value


def _start_time(key: str, value: object) -> str:
    if not isinstance(value, str) or not _TIME.match(value):
        raise ValidationError(key, "not_a_time")
    return value


def _language(key: str, value: object) -> str:
    if value not in LANGUAGES:
        raise ValidationError(key, "not_a_language")
    return value


def _detail_text(key: str, value: object) -> str:
    return clean_text(key, value, required=(key == "title"), limit=1000)


# Each detail's check (plain text unless listed): it returns the value to store or raises ValidationError.
_DETAIL_CHECKS = {
    "facilitators": _text_list, "objectives": _text_list, "event_date": _event_date, "start_time": _start_time,
    "language": _language, "thai_digits": lambda key, value: bool(value),
    "dots_per_group": lambda key, value: whole_number(key, value, 0, 100),
}


def validated_details(fields: dict) -> dict:
    out: dict = {}
    for key, value in fields.items():
        if key not in EDITABLE_DETAILS:
            raise ValidationError(key, "not_workshop_detail")
        out[key] = _DETAIL_CHECKS.get(key, _detail_text)(key, value)
    return out
