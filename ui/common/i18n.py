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
    if ok:
        translator.setProperty("pmqa_language", lang)
        app.installTranslator(translator)
        _installed.append(translator)
    return ok or lang == "en"


class Retranslating:
    """Mixin for a widget with a ``retranslate()``: it runs again when the language is switched.

    Put it first among the bases (``class HomePanel(Retranslating, QWidget)``) so its
    ``changeEvent`` runs and hands on to Qt's.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
