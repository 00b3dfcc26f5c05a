"""What every item model of the workshop screens shares.

# WORKAROUND: with PySide6 6.12 on CPython < 3.12, each time C++ (a view, a proxy, a delegate) calls
# a Python ``data()`` override that returns ``None``, the binding drops one reference to ``None``
# that it never took. Scrolling a few thousand cards brings None's count to zero and the
# interpreter aborts ("Fatal Python error: none_dealloc"). ``none_safe`` gives that reference
# back. When the binding is fixed, the extra references only keep ``None`` (immortal anyway) alive:
# harmless, so this can be removed once the bug is gone (test_none_is_not_released_by_views checks).
"""

from __future__ import annotations

import ctypes
import functools
import sys

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
_NEEDED = sys.version_info < (3, 12)  # from 3.12 on None is immortal and cannot be released


def none_safe(data):
    """Decorates a model's ``data()`` so that returning ``None`` cannot release ``None``."""
    if not _NEEDED:
        return data

    @functools.wraps(data)
    def wrapper(self, *args):
        value = data(self, *args)
        if value is None:
            _incref(None)
        return value

    return wrapper
