"""Thai digits for formal documents (cabinet resolution of 2 May 2543 BE encourages them)."""

from __future__ import annotations

__all__ = ["thai_digits", "arabic_digits"]

_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thai_digits(s: str) -> str:
    """Replace the ASCII digits 0-9 in ``s`` by Thai digits ๐-๙; nothing else changes.

    >>> thai_digits("ปีงบประมาณ 2569, 17.5%")
    'ปีงบประมาณ ๒๕๖๙, ๑๗.๕%'
    """
    return s.translate(_TO_THAI)


def arabic_digits(s: str) -> str:
    """The inverse of :func:`thai_digits` (Thai digits ๐-๙ become 0-9)."""
    return s.translate(_TO_ARABIC)
