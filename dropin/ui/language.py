"""Switch the interface language at run time (Qt side of :mod:`dropin.i18n`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dropin import i18n


class PseudoTranslator(QTranslator):
    """Pseudo-localisation: every string longer and accented, to find cut-off layouts."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        if not source_text:
            return source_text
        return i18n.pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


class LanguageManager:
    """Installs the catalogues for one language (with its fallback) and Qt's own translations."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> str:
        if language not in i18n.LANGUAGES and language != i18n.PSEUDO:
            language = "en"
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        if language == i18n.PSEUDO:
            self._install(PseudoTranslator(self.app))
            QLocale.setDefault(QLocale(QLocale.Language.English))
        else:
            # Qt searches the most recently installed translator first: fallback first, then the language.
            chain = [language] + ([i18n.FALLBACK[language]] if language in i18n.FALLBACK else [])
            for lang in reversed(chain):
                qt_own = QTranslator(self.app)
                if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                    self._install(qt_own)
                ours = QTranslator(self.app)
                if ours.load(f"dropin_{lang}", str(i18n.translations_dir())):
                    self._install(ours)
            QLocale.setDefault(QLocale(language))
        i18n.install(qt_translate, language)
        self.language = language
        return language

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


_manager: LanguageManager | None = None


def manager() -> LanguageManager:
    """The application's language manager (created on first use)."""
    global _manager
    app = QCoreApplication.instance()
    assert app is not None  # the application is made first (dropin.ui.app)
    if _manager is None or _manager.app is not app:
        _manager = LanguageManager(app)
    return _manager


def saved_language() -> str:
    """The language last used on this computer (for the screens before login)."""
    from PySide6.QtCore import QSettings

    value = QSettings().value("language", "", type=str)
    if value in i18n.LANGUAGES:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in i18n.LANGUAGES else "en"


def remember_language(language: str) -> None:
    """Keep ``language`` as this computer's language for the screens before login (not the pseudo one)."""
    from PySide6.QtCore import QSettings

    if language in i18n.LANGUAGES:
        QSettings().setValue("language", language)


def apply_language(language: str, remember: bool = True) -> str:
    applied = manager().apply(language)
    if remember:
        remember_language(applied)
    return applied
