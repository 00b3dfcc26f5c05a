"""Keyboard commands of a step panel: QActions the shortcuts dialog lists, with tooltips that name
their keys."""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

_MNEMONIC_SUFFIX = re.compile(r"\s*\(&\w\)")  # the "(&F)" form used where the letter is not in the text
SHORTCUT_CONTEXT = Qt.ShortcutContext.WidgetWithChildrenShortcut
# One list or table: its Del and Ctrl+Up must not act while the focus is in a field beside it.
VIEW_ONLY = Qt.ShortcutContext.WidgetShortcut


def make_action(parent: QWidget, slot: Callable, *shortcuts: str | QKeySequence,
                context: Qt.ShortcutContext = SHORTCUT_CONTEXT) -> QAction:
    """A keyboard command of ``parent`` (listed by the shortcuts dialog). By default it works while
    the focus is in ``parent`` or its children; ``WidgetShortcut`` narrows it to one view,
    ``WindowShortcut`` widens it to the window while ``parent`` is shown."""
    action = QAction(parent)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def plain_text(text: str) -> str:
    """A label or menu text without its mnemonic: "&Open…" → "Open…", "เปิด (&O)…" → "เปิด…"."""
    text = _MNEMONIC_SUFFIX.sub("", text.replace("&&", "\0"))
    return text.replace("&", "").replace("\0", "&")


def set_action_text(action: QAction, text: str, tip: str | None = None) -> None:
    """Sets the text and a tooltip that names the shortcut."""
    action.setText(text)
    keys = " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
    tip = plain_text(tip or text).rstrip("…")
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
