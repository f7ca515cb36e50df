"""F1: a short help page for the area on screen, in the user's language.

Each area's help is a title and a few paragraphs, each a whole translatable
sentence group (context "Help"), so the page follows the interface language.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from dropin.i18n import QT_TRANSLATE_NOOP

HELP: dict[str, tuple[str, tuple[str, ...]]] = {
    "frontdesk": (
        QT_TRANSLATE_NOOP("Help", "Front desk"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Type the client code: matches appear as you type, Up and Down pick one. "
                "Tab goes to the services, Enter saves the visit.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Ctrl+N registers a new client, Ctrl+Z undoes the last visit saved at this desk "
                "and Ctrl+K goes back to the code field.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "The code is made from the letters of the mother's and father's names, the year "
                "of birth and a letter for sex. Never write a real name anywhere.",
            ),
        ),
    ),
    "testing": (
        QT_TRANSLATE_NOOP("Help", "Testing"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Record pre-test counselling, the rapid test with its kit lot, and the result. "
                "A reactive result needs a referral for confirmation.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "The follow-up list shows referrals that are due or overdue; record each attempt to reach the person.",
            ),
            QT_TRANSLATE_NOOP(
                "Help", "Results are seen only by peer counsellors. Every look at a test is written to the audit log."
            ),
        ),
    ),
    "shelter": (
        QT_TRANSLATE_NOOP("Help", "Shelter"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "The bed board shows every bed as free, occupied, reserved or out of service. "
                "Click a bed, then use the buttons above it; Enter on a bed opens the usual action.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Admit and Reserve offer only beds that are free for all the nights chosen. A "
                "crisis stay longer than 14 nights needs a review date.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Mistakes are corrected with Correct: undo an extension, a move or a discharge, "
                "shorten a stay, change the number of children, or void an admission with a reason.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Case work (social workers) lists reviews that are due and goals past their "
                "target. Opening a case file is recorded.",
            ),
        ),
    ),
    "children": (
        QT_TRANSLATE_NOOP("Help", "Children"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Sessions lists the children's sessions; Take attendance opens the attendance "
                "sheet of the chosen session.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "On the attendance sheet, type a name or a parent's code and press Enter to tick "
                "the child; Space ticks the selected row; Alt+S saves.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "A parent is found only by the exact client code. Nothing about the parent's "
                "visits, tests or stays is shown here.",
            ),
        ),
    ),
    "outreach": (
        QT_TRANSLATE_NOOP("Help", "Outreach"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "At the end of a shift, enter each outreach session in the tally: type a number "
                "into a counter or change it with + and −, Tab moves on, Enter saves.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Choose the district from the list, never an address. A client is noted only by "
                "the whole code, and notes never hold names.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Print a blank tally sheet to take on the street; Coverage shows the districts "
                "not visited for some weeks.",
            ),
        ),
    ),
    "incidents": (
        QT_TRANSLATE_NOOP("Help", "Incidents"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Record an incident of violence or a rights violation with what is known: the "
                "client code is optional and the date may be only a month or a year.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Complaining to the police or anyone else is always the person's own choice; "
                "nothing is chosen for them. Log what evidence exists and who holds it, never "
                "the files themselves.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "The advocacy report counts only the cases whose person agreed to their "
                "anonymised use. Every look at an incident is written to the audit log.",
            ),
        ),
    ),
    "reports": (
        QT_TRANSLATE_NOOP("Help", "Reports"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Choose a week and press Show: the preview shows the pages of the weekly summary "
                "exactly as they will print.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Save PDF keeps the summary as a file, Print sends the same pages to a printer. "
                "Small counts are hidden so that no one can be recognised.",
            ),
            QT_TRANSLATE_NOOP("Help", "Export CSV writes the same figures for a funder's system, one file per area."),
        ),
    ),
    "admin": (
        QT_TRANSLATE_NOOP("Help", "Admin"),
        (
            QT_TRANSLATE_NOOP(
                "Help", "Add staff accounts with the role they need: each role sees only what its work requires."
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Back up the database often to a removable drive kept in a safe place. Backups "
                "are encrypted with the database passphrase; on the centre's server, with a passphrase you "
                "choose for the backup and keep apart from it.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "The audit log records every change and every look at sensitive records; check it from time to time.",
            ),
        ),
    ),
}
GENERAL = (
    QT_TRANSLATE_NOOP("Help", "Ctrl+L locks the screen at once; Ctrl+1 to Ctrl+9 switch areas; F1 shows this help."),
)


def help_html(key: str) -> str:
    """The help page of an area as simple HTML, in the interface language."""
    title, paragraphs = HELP.get(key, (QT_TRANSLATE_NOOP("Help", "Help"), ()))
    texts = [QCoreApplication.translate("Help", text) for text in (*paragraphs, *GENERAL)]
    heading = QCoreApplication.translate("Help", title)
    return "<h2>" + escape(heading) + "</h2>" + "".join("<p>" + escape(text) + "</p>" for text in texts)


class HelpDialog(QDialog):
    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        title = HELP.get(key, ("Help", ()))[0]
        self.setWindowTitle(
            QCoreApplication.translate("Help", "Help: {area}").format(area=QCoreApplication.translate("Help", title))
        )
        self.setObjectName("helpDialog")
        self.text = QTextBrowser(self)
        self.text.setObjectName("helpText")
        self.text.setHtml(help_html(key))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 420)


def show_help(parent: QWidget | None, key: str) -> HelpDialog:
    dialog = HelpDialog(key, parent)
    dialog.setModal(False)
    dialog.show()
    return dialog
