"""Registering a client: build the anonymous code, optional facts, "same person?" check, under-18 rule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from dropin.clients import choices
from dropin.clients.codes import (
    ADULT_AGE,
    AGE_BANDS,
    SEX_MARKERS,
    UNDER_18,
    UNDER_18_LABEL,
    build_code,
    normalise_code,
    recipe,
)
from dropin.clients.referrals import ReferralService
from dropin.clients.service import ClientHit, ClientInput, ClientService, UnderAge
from dropin.i18n import translate
from dropin.security.permissions import Permission
from dropin.ui.common import InlineError, form_buttons, format_date, run_action
from dropin.visits.service import ServiceGiven, VisitInput, VisitService


def fill_choices(combo: QComboBox, options: dict[str, str], context: str = "Clients", none_label: str | None = None):
    combo.addItem(none_label or translate("Clients", choices.NOT_STATED_LABEL), None)
    for code, label in options.items():
        combo.addItem(translate(context, label), code)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #616161;")
    return label


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))


class SamePersonDialog(QDialog):
    """ "Is this the same person?" before a new client is created."""

    def __init__(self, candidates, parent=None, new_code: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Same person?"))
        self.chosen = None
        self.new_person = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Someone with a similar code is already registered. Ask a question only the "
                "person would know (for example the year of birth) before deciding."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("candidateList")
        for c in candidates:
            last = format_date(c.last_visit) if c.last_visit else self.tr("no visits yet")
            text = self.tr("{code}: {reason} Last visit: {last}.").format(code=c.code, reason=c.reason, last=last)
            if c.nickname:
                text += "  " + self.tr("Nickname: {nick}.").format(nick=c.nickname)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMinimumWidth(560)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.same_button = buttons.addButton(
            self.tr("&Same person: use this code"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        new_text = (
            self.tr("&Different person: register as {code}").format(code=new_code)
            if new_code
            else self.tr("&Different person: register new")
        )
        self.new_button = buttons.addButton(new_text, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.same_button.clicked.connect(self._same)
        self.new_button.clicked.connect(self._new)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.same_button.setDefault(True)

    def _same(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    def _new(self) -> None:
        self.new_person = True
        self.accept()


class RegisterDialog(QDialog):
    """New client: the code is built from facts the person repeats at each visit; nothing else is required."""

    def __init__(self, ctx, parent=None, code: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.service = ClientService(ctx)
        self.result_client: ClientHit | None = None
        self.safeguarding_saved = False
        #: set when the person got another code than the one built (someone else has it): words for the card
        self.new_code_notice = ""
        self.new_code: str | None = None
        #: replaced in tests; returns a SamePersonDialog-like object after exec()
        self.ask_same_person = self._ask_same_person
        ok, key = run_action(self, self.service.recipe_key)
        self.recipe = recipe(key if ok else "default")
        self.setWindowTitle(self.tr("New client"))
        self.setMinimumWidth(900)
        self._build(code)

    def _build(self, code: str) -> None:
        layout = QVBoxLayout(self)
        builder = QGroupBox(self.tr("Client code"))  # short titles: the explanations wrap below them
        form = QFormLayout(builder)
        form.addRow(_note(self.tr("The answers are used only for the code and are not saved.")))
        self.fact_edits: dict[str, QComboBox | QLineEdit] = {}
        year_now = self.ctx.today().year
        for part in self.recipe.parts:
            if part.fact in self.fact_edits:
                continue
            widget: QComboBox | QLineEdit
            if part.kind == "sex":
                widget = combo = QComboBox()
                for marker, label in SEX_MARKERS.items():
                    combo.addItem(translate("Codes", label), marker)
                combo.currentIndexChanged.connect(self._update_code)
            else:
                widget = edit = QLineEdit()
                if part.kind in ("year", "digits"):
                    edit.setValidator(QIntValidator(0, year_now if part.kind == "year" else 99, edit))
                    edit.setMaxLength(4 if part.kind == "year" else 2)
                    edit.setPlaceholderText(self.tr("unknown: leave empty"))
                else:
                    edit.setPlaceholderText(self.tr("unknown: leave empty"))
                edit.textChanged.connect(self._update_code)
            widget.setObjectName(f"fact_{part.fact}")
            self.fact_edits[part.fact] = widget
            form.addRow(translate("Codes", part.label), widget)
        self.code_edit = QLineEdit(code)
        self.code_edit.setObjectName("newCodeEdit")
        font = QFont(self.code_edit.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.code_edit.setFont(font)
        self.code_edit.setMaxLength(32)
        form.addRow(self.tr("Code"), self.code_edit)
        hint = QLabel(self.tr("Recipe: {recipe}.").format(recipe=self.recipe.tr_label()))
        hint.setStyleSheet("color: #616161;")
        hint.setWordWrap(True)
        form.addRow(hint)
        columns = QHBoxLayout()  # side by side: the dialog fits a 720-pixel-high screen
        columns.addWidget(builder, 1)
        layout.addLayout(columns)

        facts = QGroupBox(self.tr("Optional facts"))
        form2 = QFormLayout(facts)
        form2.addRow(_note(self.tr("Ask only what the person is happy to tell.")))
        self.nickname = QLineEdit()
        self.nickname.setObjectName("nicknameEdit")
        self.nickname.setMaxLength(64)
        self.nickname.setPlaceholderText(self.tr("A nickname, never a real name"))
        form2.addRow(self.tr("Nickname"), self.nickname)
        year_edit = self.fact_edits.get("birth_year")
        self.birth_year: QLineEdit
        if isinstance(year_edit, QLineEdit):
            self.birth_year = year_edit
        else:
            self.birth_year = QLineEdit()
            self.birth_year.setObjectName("fact_birth_year")
            self.birth_year.setValidator(QIntValidator(0, self.ctx.today().year, self.birth_year))
            self.birth_year.setMaxLength(4)
            self.birth_year.textChanged.connect(self._update_code)
            form2.addRow(self.tr("Year of birth"), self.birth_year)
        self.age_band = QComboBox()
        self.age_band.setObjectName("ageBandCombo")
        fill_choices(self.age_band, {UNDER_18: UNDER_18_LABEL, **AGE_BANDS})
        self.age_band.currentIndexChanged.connect(self._update_code)
        form2.addRow(self.tr("Age band (if no year)"), self.age_band)
        self.gender = QComboBox()
        self.gender.setObjectName("genderCombo")
        fill_choices(self.gender, choices.GENDERS)
        form2.addRow(self.tr("Gender"), self.gender)
        self.kp_type = QComboBox()
        self.kp_type.setObjectName("kpTypeCombo")
        fill_choices(self.kp_type, choices.KP_TYPES)
        form2.addRow(self.tr("Key population"), self.kp_type)
        self.language = QComboBox()
        fill_choices(self.language, choices.LANGUAGES)
        form2.addRow(self.tr("Preferred language"), self.language)
        self.migrant = QComboBox()
        fill_choices(self.migrant, choices.MIGRANT_STATUSES)
        form2.addRow(self.tr("Migrant status"), self.migrant)
        self.work = QComboBox()
        fill_choices(self.work, choices.WORK_SETTINGS)
        form2.addRow(self.tr("Work setting"), self.work)
        self.children_count = QSpinBox()
        self.children_count.setRange(-1, 20)
        self.children_count.setSpecialValueText(translate("Clients", choices.NOT_STATED_LABEL))
        self.children_count.setValue(-1)
        form2.addRow(self.tr("Number of children"), self.children_count)
        columns.addWidget(facts, 1)

        self.minor_box = QFrame()
        self.minor_box.setObjectName("under18Box")
        self.minor_box.setStyleSheet("#under18Box { background: #fff3e0; border: 1px solid #ef6c00; }")
        minor = QHBoxLayout(self.minor_box)
        self.minor_label = QLabel(
            self.tr(
                "This person is under 18 and cannot be registered as an adult client. "
                "Please make a safeguarding referral instead."
            )
        )
        self.minor_label.setObjectName("under18Message")
        self.minor_label.setWordWrap(True)
        self.referral_button = QPushButton(self.tr("Record safeguarding referral…"))
        self.referral_button.setObjectName("safeguardingButton")
        self.referral_button.clicked.connect(self.safeguarding_referral)
        self.referral_button.setEnabled(self.ctx.can(Permission.VISIT_RECORD))
        self.referral_button.setAutoDefault(False)  # Enter registers; this button is only for a minor
        minor.addWidget(self.minor_label, 1)
        minor.addWidget(self.referral_button)
        self.minor_box.hide()
        layout.addWidget(self.minor_box)

        self.error = InlineError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_button = buttons.addButton(self.tr("&Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setObjectName("registerButton")
        self.register_button.clicked.connect(self.register)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for button in buttons.buttons():  # only Register answers Enter (set once the buttons are in the dialog)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.register_button.setDefault(True)
        first = next(iter(self.fact_edits.values()), self.code_edit)
        first.setFocus()

    # -------------------------------------------------------------- helpers
    def facts(self) -> dict:
        out = {}
        for fact, widget in self.fact_edits.items():
            out[fact] = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
        return out

    def _year(self) -> int | None:
        text = self.birth_year.text().strip()
        return int(text) if text.isdigit() and int(text) > 0 else None

    def _update_code(self, *_args) -> None:
        if self.fact_edits:
            self.code_edit.setText(build_code(self.facts(), self.recipe.key))
        year = self._year()
        minor = (
            year is not None and self.ctx.today().year - year < ADULT_AGE
        ) or self.age_band.currentData() == UNDER_18
        self.minor_box.setVisible(minor)
        self.register_button.setEnabled(not minor)

    def data(self) -> ClientInput:
        return ClientInput(
            code=self.code_edit.text(),
            nickname=self.nickname.text(),
            birth_year=self._year(),
            age_band=self.age_band.currentData(),
            gender=self.gender.currentData(),
            preferred_language=self.language.currentData(),
            migrant_status=self.migrant.currentData(),
            work_setting=self.work.currentData(),
            children_count=None if self.children_count.value() < 0 else self.children_count.value(),
            kp_type=self.kp_type.currentData(),
        )

    def _ask_same_person(self, candidates):
        dialog = SamePersonDialog(candidates, self, self.new_code)
        dialog.exec()
        return dialog

    # -------------------------------------------------------------- actions
    def register(self) -> None:
        data = self.data()
        fields = {"code": self.code_edit, "birth_year": self.birth_year, "age_band": self.age_band}
        ok, candidates = run_action(
            self, lambda: self.service.similar(data.code, data.birth_year), inline=self.error, fields=fields
        )
        if not ok:
            return
        if candidates:
            self.new_code = None  # the code a different person would get, said on the button
            if any(c.code == normalise_code(data.code) for c in candidates):
                ok, code = run_action(self, lambda: self.service.code_for_new_person(data.code), inline=self.error)
                self.new_code = code if ok else None
            answer = self.ask_same_person(candidates)
            if answer.chosen is not None:
                self.result_client = ClientHit(answer.chosen.id, answer.chosen.code)
                self.accept()
                return
            if not answer.new_person:
                return
        minor = []

        def attempt():
            try:
                return self.service.register(data, confirmed_new=True)
            except UnderAge:
                minor.append(True)
                raise

        ok, info = run_action(self, attempt, inline=self.error, fields=fields)
        if not ok:
            if minor:
                self.minor_box.show()
            return
        given = normalise_code(data.code)
        if info.code != given:
            self.new_code_notice = self.tr(
                "{given} is already someone else's code, so this person's code is {code}. Please write {code} on "
                "the person's card and ask for it next time."
            ).format(given=given, code=info.code)
        self.result_client = ClientHit(info.id, info.code)
        self.accept()

    def safeguarding_referral(self) -> None:
        """Record an anonymous contact with a referral (no client record is created for a minor)."""
        dialog = SafeguardingDialog(self.ctx, self)
        if dialog.exec():
            self.safeguarding_saved = True
            self.reject()


class SafeguardingDialog(QDialog):
    """Choose where a minor is referred to; saved as an anonymous contact with a referral."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Safeguarding referral"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "The contact is saved without a code or any details about the young person. "
                "Choose where they were referred to."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.destination = QComboBox()
        self.destination.setObjectName("safeguardingDestination")
        ok, dests = run_action(self, lambda: ReferralService(ctx).list_active())
        preferred = ("child_protection", "crisis_centre", "social_services")
        for dest in sorted(dests if ok else [], key=lambda d: (d.kind not in preferred, d.name)):
            self.destination.addItem(dest.name, dest.id)
        layout.addWidget(self.destination)
        self.error, buttons = form_buttons(self, layout, self.save, QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        dest = self.destination.currentData()
        data = VisitInput(
            None,
            "walk_in",
            (ServiceGiven("referral", 1, dest),),
            self.tr("Safeguarding referral (under 18)"),
            anonymous=True,
        )
        ok, _ = run_action(self, lambda: VisitService(self.ctx).record(data), inline=self.error)
        if ok:
            self.accept()


class EditClientDialog(QDialog):
    """Change a registered client's optional facts; the code itself never changes."""

    def __init__(self, ctx, info, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.saved = None
        self.setWindowTitle(self.tr("Edit client {code}").format(code=info.code))
        layout = QVBoxLayout(self)
        facts = QGroupBox(self.tr("Optional facts"))
        form = QFormLayout(facts)
        form.addRow(_note(self.tr("Ask only what the person is happy to tell.")))
        self.nickname = QLineEdit(info.nickname or "")
        self.nickname.setObjectName("editNickname")
        self.nickname.setMaxLength(64)
        self.nickname.setPlaceholderText(self.tr("A nickname, never a real name"))
        form.addRow(self.tr("&Nickname"), self.nickname)
        self.birth_year = QLineEdit(str(info.birth_year) if info.birth_year else "")
        self.birth_year.setObjectName("editBirthYear")
        self.birth_year.setValidator(QIntValidator(0, ctx.today().year, self.birth_year))
        self.birth_year.setMaxLength(4)
        form.addRow(self.tr("&Year of birth"), self.birth_year)
        self.age_band = QComboBox()
        fill_choices(self.age_band, {UNDER_18: UNDER_18_LABEL, **AGE_BANDS})
        select_data(self.age_band, info.age_band)
        form.addRow(self.tr("&Age band (if no year)"), self.age_band)
        self.gender = QComboBox()
        self.gender.setObjectName("editGender")
        fill_choices(self.gender, choices.GENDERS)
        select_data(self.gender, info.gender)
        form.addRow(self.tr("&Gender"), self.gender)
        self.kp_type = QComboBox()
        self.kp_type.setObjectName("editKpType")
        fill_choices(self.kp_type, choices.KP_TYPES)
        select_data(self.kp_type, info.kp_type)
        form.addRow(self.tr("&Key population"), self.kp_type)
        self.language = QComboBox()
        fill_choices(self.language, choices.LANGUAGES)
        select_data(self.language, info.preferred_language)
        form.addRow(self.tr("Preferred &language"), self.language)
        self.migrant = QComboBox()
        fill_choices(self.migrant, choices.MIGRANT_STATUSES)
        select_data(self.migrant, info.migrant_status)
        form.addRow(self.tr("&Migrant status"), self.migrant)
        self.work = QComboBox()
        fill_choices(self.work, choices.WORK_SETTINGS)
        select_data(self.work, info.work_setting)
        form.addRow(self.tr("&Work setting"), self.work)
        self.children_count = QSpinBox()
        self.children_count.setRange(-1, 20)
        self.children_count.setSpecialValueText(translate("Clients", choices.NOT_STATED_LABEL))
        self.children_count.setValue(-1 if info.children_count is None else info.children_count)
        form.addRow(self.tr("Number of &children"), self.children_count)
        layout.addWidget(facts)
        self.error = InlineError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveClientButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.nickname.setFocus()

    def data(self) -> ClientInput:
        year = self.birth_year.text().strip()
        return ClientInput(
            code=self.info.code,
            nickname=self.nickname.text(),
            birth_year=int(year) if year.isdigit() and int(year) > 0 else None,
            age_band=self.age_band.currentData(),
            gender=self.gender.currentData(),
            preferred_language=self.language.currentData(),
            migrant_status=self.migrant.currentData(),
            work_setting=self.work.currentData(),
            children_count=None if self.children_count.value() < 0 else self.children_count.value(),
            kp_type=self.kp_type.currentData(),
        )

    def save(self) -> None:
        ok, info = run_action(
            self,
            lambda: ClientService(self.ctx).update(self.info.id, self.data()),
            inline=self.error,
            fields={"birth_year": self.birth_year, "nickname": self.nickname},
        )
        if ok:
            self.saved = info
            self.accept()
