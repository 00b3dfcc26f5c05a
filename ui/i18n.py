"""Interface language: Qt translations (.ts sources and compiled .qm in resources/translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

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
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Thai if lang == "th" else QLocale.Language.English))
    if lang == "en":  # the source strings are English
        return True
    translator = QTranslator(app)
    with resource_path(f"translations/pmqa_{lang}.qm") as path:
        ok = path.exists() and translator.load(str(path))
    if ok:
        app.installTranslator(translator)
        _installed.append(translator)
    return ok
