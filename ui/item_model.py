"""Keeping the screens alive on a PySide6 build that releases references it never took.

# WORKAROUND: the PySide6 6.12.0 wheels we run on (CPython 3.11; 6.11.3 is not affected) release
# a reference to ``None`` on every void C++ call made from Python (``painter.setPen()``…) and every
# Python override that returns ``None`` (``data()``, ``paint()``), and a reference to ``True`` on
# every ``Signal.emit()``. Painting a few hundred cards or typing a few dozen of them brings the
# count to zero and the interpreter aborts ("Fatal Python error: none_dealloc" / "bool_dealloc").
# CPython 3.12 made these singletons immortal; on 3.11 we do the same by hand, once, by giving
# them a reference count no session can use up. They are statically allocated and never freed,
# so extra references cost nothing. Inert on any other PySide6 version or on Python >= 3.12;
# remove it once 6.12.0 is excluded from the project's dependencies.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

AFFECTED = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"
_RESERVE = 1 << 48  # references: more than a session can lose at any rate the binding loses them


def immortalize_singletons() -> bool:
    """Raise the reference counts of None, True and False out of reach; True if it was needed."""
    if not AFFECTED or sys.getrefcount(None) > _RESERVE // 2:
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython's (non-debug) object layout
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    return True


immortalize_singletons()  # on import: every screen that shows cards or tables imports this module


def none_safe(method):
    """Marks a Python override that Qt calls and that may return ``None`` (``data()``…).

    Kept for the models that adopted it; with the singletons immortal it has nothing left to do.
    """
    return method


def emit(signal, *args) -> None:
    """``signal.emit(*args)``; kept for callers that adopted it (see ``none_safe``)."""
    signal.emit(*args)
