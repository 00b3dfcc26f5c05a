"""No English in the Thai interface, and no Thai in the English interface's own words.

The main window opens the demo workshop, visits every step (every tab of each), the home screen and
the dialogs that open without blocking, and reads every visible text a widget shows: labels,
buttons, tabs, group boxes, table and list headers and cells, tool tips, placeholder texts, window
titles and menu actions. What the workshop holds (its title, cards, the template's words) is the
user's content and is taken out first; what is left is the interface's own words.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDialog, QDockWidget, QGroupBox, QLabel, QLineEdit,
    QMainWindow, QMenu, QPlainTextEdit, QTabBar, QTabWidget, QTextEdit, QWidget,
)

from app.resources import read_text
from app.thaidate import format_date

THAI = re.compile("[\u0e00-\u0e7f]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
TAG = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
# A mnemonic in brackets, "(&R)", and a shortcut, "Ctrl+Shift+M", name keys, not words.
KEYS = re.compile(r"\(&?[A-Z0-9]\)|\b(?:Ctrl|Shift|Alt|Meta)\+[^\s)·,]+")
# Latin words the Thai interface keeps: names, formats, units, keys.
THAI_KEEPS = {
    "PMQA", "KPI", "JSON", "PDF", "CSV", "XLSX", "DOCX", "xlsx", "csv", "docx", "json", "pdf", "pmqa", "Excel", "Word",
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Del", "Delete", "Home", "End", "PgUp", "PgDown", "Space",
    "Backspace", "Up", "Down", "Left", "Right", "Ins", "F", "QR", "URL", "IP", "Wi", "Fi", "http", "https",
    "PgDn", "pt", "px", "MB", "KB", "A", "SQLite", "Sarabun", "TH", "SarabunPSK", "English", "Q",
}
# Thai the English interface keeps: the language menu names Thai in Thai.
ENGLISH_KEEPS = {"ไทย", "๐๑๒"}  # and the setting of Thai digits shows what they look like
# Widgets that show the workshop's content in the workshop's language whatever the interface's: the
# Brief step's slide titles (made from the template, as the projector shows them).
CONTENT_WIDGETS = {"slideList"}
# Values, not words: a colour, a room's join code.
VALUES = re.compile(r"#[0-9a-fA-F]{6}\b|\b(?=[A-Z0-9]*\d)[A-Z0-9]{5}\b|\b[A-Z]{5}\b")


def content_strings(lang: str) -> list[str]:
    """Every text of the demo workshop (its template included), longest first: the user's content.

    A bilingual template text counts in the interface's language only, except that the demo is a
    Thai workshop, whose content shows in Thai whatever the interface's language.
    """
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            if set(value) == {"th", "en"}:
                found.update(v for k, v in value.items() if isinstance(v, str) and k in ("th", lang))
                return
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and value.strip():
            found.add(value.strip())

    demo = json.loads(read_text("demo/ldd-2561.json"))
    for document in (demo, json.loads(read_text("templates/pmqa4-gov4.json"))):
        walk(document)
    # the Overview gives the workshop's date in the workshop's language, as its content
    found.add(format_date(date.fromisoformat(demo["workshop"]["date"]), "th"))
    return sorted(found, key=len, reverse=True)


def widget_texts(widget: QWidget) -> list[str]:
    """The texts one widget shows the user (not its children's)."""
    texts = [widget.toolTip(), widget.windowTitle() if widget.isWindow() else ""]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        texts += [t for i in range(widget.count()) for t in (widget.tabText(i), widget.tabToolTip(i))]
    if isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += model_texts(widget.model())
    texts += [t for action in widget.actions() for t in (action.text(), action.toolTip())]
    return [t for t in texts if t]


def columns(model, parent) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def model_texts(model, parent=QModelIndex(), limit: int = 400) -> list[str]:
    texts = []
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns(model, parent) if orientation == Qt.Orientation.Horizontal else model.rowCount(parent)
        texts += [str(model.headerData(i, orientation) or "") for i in range(min(count, 50))]
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(columns(model, parent)):
            index = model.index(row, column, parent)
            texts += [str(index.data(role) or "") for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
            if isinstance(model, QAbstractItemModel) and not isinstance(model, QAbstractListModel) \
                    and model.rowCount(index) > 0:  # a tree's branches
                texts += model_texts(model, index, limit=50)
    return texts


def menu_texts(window: QMainWindow) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        for item in menu.actions() if isinstance(menu, QMenu) else ():
            texts += [item.text(), item.toolTip() if item.toolTip() != item.text().replace("&", "") else ""]
            if isinstance(item.menu(), QMenu):
                texts += [sub.text() for sub in item.menu().actions()]
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for ``root`` and every visible widget under it."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and widget.objectName() not in CONTENT_WIDGETS:
            where = f"{type(widget).__name__}#{widget.objectName()}"
            out += [(where, t) for t in widget_texts(widget)]
    return out


def chrome(text: str, content: list[str]) -> str:
    """``text`` without markup and without the user's content in it."""
    # a cell wraps long Thai with line breaks of its own: the content is found without them
    text = VALUES.sub(" ", KEYS.sub(" ", TAG.sub(" ", text))).replace("&", "").replace("\n", "")
    for piece in content:
        if (len(piece) > 3 or THAI.search(piece)) and piece in text:  # not "th", the language code
            text = text.replace(piece, " ")
    return text


def english_words(text: str, content: list[str]) -> list[str]:
    if not LATIN_WORD.search(text):
        return []
    rest = re.sub(r"\S+\.(pmqa|json|pdf|xlsx|csv|docx)\b|\S+[/\\]\S+", " ", chrome(text, content))  # file names, paths
    return [w for w in LATIN_WORD.findall(rest) if w not in THAI_KEEPS and not re.fullmatch(r"F\d+|Q\d", w)]


def thai_words(text: str, content: list[str]) -> list[str]:
    if not THAI.search(text):
        return []
    rest = chrome(text, content)
    for kept in ENGLISH_KEEPS:
        rest = rest.replace(kept, " ")
    return re.findall("[\u0e00-\u0e7f]+", rest)


def every_screen(window, qtbot, demo_path: Path):
    """Yields (screen, widget) for each screen the walk reads, the main window showing it."""
    window.resize(1366, 768)
    yield "home", window
    assert window.open_path(demo_path)
    window.workshop.add_plan_item()  # an empty item, so that the Plan step lists what it lacks
    panel = window.workshop_panel
    from ui.workshop.panel import STEPS

    for key, *_ in STEPS:
        panel.show_step(key)
        step = panel.panels[key]
        qtbot.waitUntil(step.isVisible)
        qtbot.wait(10)
        yield key, window
        for tabs in [t for t in step.findChildren(QTabWidget) if t.isVisible()]:
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.wait(10)
                yield f"{key}/tab {i}", window
            tabs.setCurrentIndex(0)
    combining = window.consolidation_actions
    for owner, opener, attribute in ((window, window.show_shortcuts, "shortcuts_dialog"),
                                     (window, window.show_backups, "backups_dialog"),
                                     (window, window.new_workshop, "new_dialog"),
                                     (window, window.show_templates, "templates_dialog"),
                                     (combining, combining.show_combine, "combine_dialog")):
        opener()
        dialog: QDialog = getattr(owner, attribute)
        qtbot.waitUntil(dialog.isVisible)
        yield attribute, dialog
        dialog.reject()
    window.show_room()
    yield "room", window.room_dock
    window.show_presenter()
    qtbot.waitUntil(window.presenter.isVisible)
    yield "presenter", window.presenter
    window.presenter.close()


def untranslated(window, qtbot, demo_path, lang: str) -> list[str]:
    from app import library, paths

    # the home screen's lists say why a file cannot be opened: one is gone, one is not a workshop
    library.remember(demo_path.parent / "gone.pmqa")
    (paths.library_dir() / "broken.pmqa").write_bytes(b"not a workshop")
    window.set_language(lang)  # as the Language menu does: remembered, so that dialogs opened later follow
    qtbot.wait(10)  # widgets retranslate on the LanguageChange event
    content = content_strings(lang)
    judge = english_words if lang == "th" else thai_words
    found: dict[str, str] = {}
    for screen, root in every_screen(window, qtbot, demo_path):
        texts = visible_texts(root) + ([("menu", t) for t in menu_texts(window)] if root is window else [])
        for where, text in texts:
            words = judge(text, content)
            if words and text not in found:
                found[text] = f"{screen} {where}: {text!r} -> {words}"
    return sorted(found.values())


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_interface_speaks_one_language(main_window, qtbot, demo_path, lang):
    wrong = untranslated(main_window, qtbot, demo_path, lang)
    other = "English" if lang == "th" else "Thai"
    assert wrong == [], f"{other} words in the {lang} interface:\n" + "\n".join(wrong)
