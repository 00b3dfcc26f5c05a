"""Interface language: Qt translations (.ts sources and compiled .qm in resources/translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from app import settings
from app.resources import resource_path

LANGUAGES = {"th": "ไทย", "en": "English"}
DEFAULT_LANGUAGE = "th"
_installed: list[QTranslator] = []


def current_language() -> str:
    lang = settings.get("ui_language", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def install_language(lang: str) -> bool:
    """Swap the application's translator; widgets retranslate on QEvent.LanguageChange."""
    app = QCoreApplication.instance()
    if _installed and _installed[0].property("pmqa_language") == lang:
        return True  # already in place: a LanguageChange now would redraw every widget for nothing
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Thai if lang == "th" else QLocale.Language.English))
    # The source strings are English; pmqa_en.qm only adds plural forms ("%n answer(s)" → "1 answer").
    translator = QTranslator(app)
    with resource_path(f"translations/pmqa_{lang}.qm") as path:
        ok = path.exists() and translator.load(str(path))
    if ok and lang == "th" and _needs_word_breaks(app):
        translator = _WordBreakingTranslator(translator, app)
    if ok:
        translator.setProperty("pmqa_language", lang)
        app.installTranslator(translator)
        _installed.append(translator)
    return ok or lang == "en"


def _needs_word_breaks(app) -> bool:
    from PySide6.QtGui import QGuiApplication

    from ui.common.thai_breaks import qt_breaks_thai

    return isinstance(app, QGuiApplication) and not qt_breaks_thai()


class _WordBreakingTranslator(QTranslator):
    """The Thai catalogue with the words of each text marked for Qt's line breaker, where Qt cannot
    find Thai words itself (Windows: ui/common/thai_breaks.py). Every label, button and message
    then wraps between words, not only at the spaces."""

    def __init__(self, catalogue: QTranslator, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue
        catalogue.setParent(self)

    def translate(self, context, source, disambiguation=None, n=-1):
        from ui.common.thai_breaks import breakable

        found = self.catalogue.translate(context, source, disambiguation, n)
        # None, not "": Qt takes an empty text for a translation and looks no further
        return breakable(found) if found else None

    def isEmpty(self) -> bool:
        return self.catalogue.isEmpty()


class Retranslating:
    """Mixin for a widget with a ``retranslate()``: it runs again when the language is switched.

    Put it first among the bases (``class HomePanel(Retranslating, QWidget)``) so its
    ``changeEvent`` runs and hands on to Qt's.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
