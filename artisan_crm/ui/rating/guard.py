"""The quote guard: advice before quoting a client rated À surveiller or Vampire.

Nothing is blocked: the dialog shows the category, the reasons and the suggestions
(larger deposit, price the time really spent, shorter validity, decline politely) and the
user chooses "Continuer le devis" or "Ne pas faire de devis".

For the quote editor::

    from artisan_crm.ui.rating.guard import check_quote_guard

    check_quote_guard(self, context, client_id, on_continue=self._on_guard_passed)

    def _on_guard_passed(self, decision: GuardDecision) -> None:
        if decision.deposit_percent is not None:
            ...  # pre-fill the deposit %
        if decision.validity_days is not None:
            ...  # pre-fill the validity (days from today)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from artisan_crm.domain.rating import GuardAdvice, RatingSettings
from artisan_crm.ui.rating.style import (
    AGAINST_BACKGROUND,
    AGAINST_COLOUR,
    FAIR_BACKGROUND,
    FAIR_COLOUR,
    CategoryBadge,
)
from artisan_crm.ui.views.base import plain_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)

GUARD_STYLE = f"""
QLabel#dialogTitle {{ font-size: 15pt; font-weight: 600; color: #1f3b52; }}
QLabel#guardClient {{ font-size: 12pt; font-weight: 600; color: #1f3b52; }}
QFrame#guardReasons {{ background: {AGAINST_BACKGROUND}; border-left: 4px solid {AGAINST_COLOUR};
    border-radius: 6px; }}
QFrame#guardSuggestions {{ background: {FAIR_BACKGROUND}; border-left: 4px solid {FAIR_COLOUR};
    border-radius: 6px; }}
QLabel#guardReasonsTitle {{ color: {AGAINST_COLOUR}; font-weight: 600; font-size: 11pt; }}
QLabel#guardSuggestionsTitle {{ color: {FAIR_COLOUR}; font-weight: 600; font-size: 11pt; }}
QLabel#guardLine {{ font-size: 10.5pt; background: transparent; }}
QLabel#guardHint {{ color: #5a6b78; }}
QPushButton {{ padding: 6px 14px; }}
"""


@dataclass(frozen=True)
class GuardDecision:
    """What the user chose, and what the quote form may pre-fill.

    ``proceed``: make the quote (always True when no advice was shown).
    ``deposit_percent`` / ``validity_days``: the suggested deposit and validity, when the
    advice has them and the user kept "pre-fill" ticked; None = keep the form's defaults.
    """

    client_id: int
    proceed: bool
    advice: GuardAdvice | None = None
    deposit_percent: Decimal | None = None
    validity_days: int | None = None

    @property
    def shown(self) -> bool:
        """True when the dialog was shown (the client is to watch or a vampire)."""
        return self.advice is not None


def _box(kind: str, title: str, lines: list[str], parent: QWidget) -> QFrame:
    box = QFrame(parent)
    box.setObjectName(f"guard{kind}")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 8, 10, 10)
    layout.setSpacing(4)
    layout.addWidget(plain_label(title, box, object_name=f"guard{kind}Title"))
    for line in lines:
        text = line[:1].upper() + line[1:]
        layout.addWidget(plain_label(f"•  {text}", box, object_name="guardLine"))
    return box


class QuoteGuardDialog(QDialog):
    """Shows the advice for a client to watch; "Continuer le devis" accepts, "Ne pas faire
    de devis" rejects. Window-modal, opened with ``open()`` (no nested event loop).

    Signals:
        sig_decided(object): the :class:`GuardDecision`, when the user closed the dialog.
    """

    sig_decided = Signal(object)

    def __init__(self, advice: GuardAdvice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.advice = advice
        self.setObjectName("quoteGuardDialog")
        self.setWindowTitle(self.tr("Before making this quote"))
        self.setStyleSheet(GUARD_STYLE)
        self.setMinimumWidth(620)

        title = plain_label(self.tr("Before making this quote"), self, object_name="dialogTitle")
        client = plain_label(advice.client_name, self, object_name="guardClient")
        self.badge = CategoryBadge(self)
        self.badge.set_category(advice.category)
        score = plain_label(
            self.tr("Score {score}/100").format(score=advice.score), self, object_name="guardHint"
        )
        score.setWordWrap(False)
        verdict = QHBoxLayout()
        verdict.setSpacing(10)
        verdict.addWidget(client, 1)
        verdict.addWidget(self.badge)
        verdict.addWidget(score)

        self.reasons_box = _box(
            "Reasons",
            self.tr("Why be careful"),
            [r.text for r in advice.reasons],
            self,
        )
        self.reasons_box.setVisible(bool(advice.reasons))
        self.suggestions_box = _box(
            "Suggestions",
            self.tr("Our suggestions"),
            [s.text for s in advice.suggestions],
            self,
        )

        self.prefill = QCheckBox(self)
        self.prefill.setObjectName("guardPrefill")
        prefill_text = self._prefill_text()
        self.prefill.setText(prefill_text)
        self.prefill.setChecked(bool(prefill_text))
        self.prefill.setVisible(bool(prefill_text))

        hint = plain_label(
            self.tr("Nothing is blocked: you decide."), self, object_name="guardHint"
        )

        buttons = QDialogButtonBox(self)
        self.continue_button = QPushButton(self.tr("Continue the quote"), self)
        self.continue_button.setObjectName("guardContinue")
        self.continue_button.setDefault(True)
        self.decline_button = QPushButton(self.tr("Do not make a quote"), self)
        self.decline_button.setObjectName("guardDecline")
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.finished.connect(self._on_finished)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(verdict)
        layout.addWidget(self.reasons_box)
        layout.addWidget(self.suggestions_box)
        layout.addWidget(self.prefill)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        # A top-level window ignores the height its word-wrapped labels need at its width:
        # ask the layout, so that no suggestion is cut.
        width = max(self.width(), self.minimumWidth())
        layout = self.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else -1
        if needed > self.height():
            self.resize(width, needed)
        super().showEvent(event)

    def _prefill_text(self) -> str:
        deposit = self.advice.suggested_deposit_percent
        days = self.advice.suggested_validity_days
        if deposit is not None and days is not None:
            return self.tr(
                "Pre-fill the quote with a {deposit} % deposit and a {days}-day validity"
            ).format(deposit=_percent(deposit), days=days)
        if deposit is not None:
            return self.tr("Pre-fill the quote with a {deposit} % deposit").format(
                deposit=_percent(deposit)
            )
        if days is not None:
            return self.tr("Pre-fill the quote with a {days}-day validity").format(days=days)
        return ""

    def decision(self, proceed: bool) -> GuardDecision:
        prefill = proceed and self.prefill.isChecked()
        return GuardDecision(
            client_id=self.advice.client_id,
            proceed=proceed,
            advice=self.advice,
            deposit_percent=self.advice.suggested_deposit_percent if prefill else None,
            validity_days=self.advice.suggested_validity_days if prefill else None,
        )

    def suggestion_texts(self) -> list[str]:
        return [s.text for s in self.advice.suggestions]

    @Slot(int)
    def _on_finished(self, result: int) -> None:
        self.sig_decided.emit(self.decision(result == QDialog.DialogCode.Accepted))


def _percent(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def _advice(session: Session, client_id: int, settings: RatingSettings) -> GuardAdvice | None:
    # Looked up at call time (tests may wrap the service).
    from artisan_crm.services import rating as service

    return service.quote_guard(session, client_id, settings)


class QuoteGuardCheck(QObject):
    """One run of :func:`check_quote_guard`: keeps the dialog alive while it is open.

    Signals:
        sig_decided(object): the :class:`GuardDecision` (also when no dialog was needed).
    """

    sig_decided = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        client_id: int,
        on_continue: Callable[[GuardDecision], None],
        on_decline: Callable[[GuardDecision], None] | None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.client_id = client_id
        self.on_continue = on_continue
        self.on_decline = on_decline
        self.dialog: QuoteGuardDialog | None = None
        self.decision: GuardDecision | None = None

    def _on_advice(self, advice: GuardAdvice | None) -> None:
        if not isValid(self) or not isValid(self.parent_widget):
            return  # the quote editor was closed while the rating ran
        if advice is None:
            self._decide(GuardDecision(self.client_id, proceed=True))
            return
        self.dialog = QuoteGuardDialog(advice, self.parent_widget)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.sig_decided.connect(self._decide)
        self.dialog.open()

    def _on_error(self, exc: BaseException) -> None:
        # The advice is a help, never a gate: on any failure the quote goes ahead.
        log.warning("quote guard for client %s failed: %s", self.client_id, exc, exc_info=exc)
        if isValid(self) and isValid(self.parent_widget):
            self._decide(GuardDecision(self.client_id, proceed=True))

    @Slot(object)
    def _decide(self, decision: GuardDecision) -> None:
        self.decision = decision
        self.sig_decided.emit(decision)
        if decision.proceed:
            self.on_continue(decision)
        elif self.on_decline is not None:
            self.on_decline(decision)
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()


def check_quote_guard(
    parent: QWidget,
    context: ViewContext,
    client_id: int,
    on_continue: Callable[[GuardDecision], None],
    on_decline: Callable[[GuardDecision], None] | None = None,
) -> QuoteGuardCheck:
    """Rate ``client_id`` on the worker; for a client to watch or a vampire show
    :class:`QuoteGuardDialog`, else call ``on_continue`` directly.

    ``on_continue(decision)`` runs on the GUI thread when the quote should go ahead (no
    advice, "Continuer le devis", or the rating failed); ``decision.deposit_percent`` and
    ``decision.validity_days`` are the values to pre-fill (None = keep the defaults).
    ``on_decline(decision)`` runs when the user chose "Ne pas faire de devis".
    Returns the running check (its ``dialog`` while open); nothing blocks the GUI thread.
    """
    from artisan_crm.config import load_rating_settings

    check = QuoteGuardCheck(parent, client_id, on_continue, on_decline)
    settings = load_rating_settings(context.settings)
    context.tasks.run_read(
        _advice, client_id, settings, on_done=check._on_advice, on_error=check._on_error
    )
    return check
