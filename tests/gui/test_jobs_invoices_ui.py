"""Jobs and invoices views, the invoice and payment dialogs, the company settings (French)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from artisan_crm.domain.enums import JobStatus, LineKind, QuoteStatus
from artisan_crm.domain.quotes import PaymentState
from artisan_crm.services import invoices as inv
from artisan_crm.services import jobs as job_svc
from artisan_crm.services import quotes as svc
from artisan_crm.services.company import get_company
from artisan_crm.storage.database import Database
from artisan_crm.storage.models import Client
from artisan_crm.ui.quotes.common import LATE_COLOUR
from artisan_crm.ui.quotes.company_dialog import CompanyDialog
from artisan_crm.ui.quotes.invoice_dialog import InvoiceDialog
from artisan_crm.ui.quotes.invoices_view import InvoicesView
from artisan_crm.ui.quotes.jobs_view import JobsView
from artisan_crm.ui.views.base import ViewContext

TODAY = date.today()
YEAR = TODAY.year


def euros(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def click_box(box: QMessageBox, text: str) -> None:
    for button in box.buttons():
        if button.text() == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def accepted_quote(db: Database, last: str = "Dupont", title: str = "Salle de bains") -> Any:
    with db.write() as session:
        client = Client(first_name="Marie", last_name=last)
        session.add(client)
        session.flush()
        quote = svc.create_quote(
            session,
            svc.QuoteDraft(
                client_id=client.id,
                title=title,
                deposit_percent=Decimal("30"),
                lines=(
                    svc.QuoteLineDraft("Pose", Decimal("10"), "h", Decimal("50"), Decimal("10")),
                    svc.QuoteLineDraft(
                        "Bac",
                        Decimal("1"),
                        "u",
                        Decimal("500"),
                        Decimal("10"),
                        kind=LineKind.MATERIAL,
                        unit_cost=Decimal("300"),
                    ),
                ),
            ),
        )
        quote = svc.send_quote(session, quote.id, version=quote.version)
        return svc.accept_quote(session, quote.id, version=quote.version)


def issued_deposit(db: Database, quote_id: int, day: date = TODAY) -> Any:
    with db.write() as session:
        draft = inv.create_deposit_invoice(session, quote_id)
        return inv.issue_invoice(session, draft.id, version=draft.version, today=day)


# ---- Jobs ---------------------------------------------------------------------------------------


def test_jobs_by_deadline_late_in_red_start_finish_and_filters(
    qtbot: QtBot, french: None, context: ViewContext, qtmodeltester: Any
) -> None:
    late_quote = accepted_quote(context.db, "Dupont", "Salle de bains")
    soon_quote = accepted_quote(context.db, "Martin", "Cuisine")
    with context.db.write() as session:
        late = job_svc.create_job_from_quote(
            session,
            late_quote.id,
            planned_start=TODAY - timedelta(days=10),
            deadline=TODAY - timedelta(days=3),
        )
        job_svc.create_job_from_quote(session, soon_quote.id, deadline=TODAY + timedelta(days=5))

    view = JobsView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
    qtmodeltester.check(view.model)
    assert view.header.title.text() == "Chantiers"
    assert [r.title for r in view.model.rows] == ["Salle de bains", "Cuisine"]
    assert view.model.data(view.model.index(0, 6)) == "en retard de 3 jours"
    colour = view.model.data(view.model.index(0, 5), Qt.ItemDataRole.ForegroundRole).color()
    assert colour == LATE_COLOUR
    assert view.model.data(view.model.index(1, 6)) == ""
    assert view.model.data(view.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert view.model.data(view.model.index(0, 3)) == "Prévu"
    assert view.model.data(view.model.index(0, 7)) == "10"  # labour hours of the quote
    assert view.status_text.text() == "2 chantier(s) · 1 en retard"

    view.select_id(late.id)
    assert view.start_button.isEnabled() and view.start_button.text() == "Démarrer"
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.start_button.click()
    view.select_id(late.id)
    assert view.current_row().status == JobStatus.IN_PROGRESS
    assert view.model.data(view.model.index(view.model.row_of_id(late.id), 3)) == "En cours"

    view.complete_button.click()
    dialog = view.complete_dialog
    assert dialog.windowTitle() == "Chantier terminé"
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        dialog.ok_button.click()
    assert [r.title for r in view.model.rows] == ["Cuisine"]

    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.filter_combo.setCurrentIndex(view.filter_combo.findData("done"))
    assert [r.title for r in view.model.rows] == ["Salle de bains"]
    assert view.model.data(view.model.index(0, 6)) == f"terminé le {TODAY:%d/%m/%Y}"
    qtmodeltester.check(view.model)

    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.filter_combo.setCurrentIndex(view.filter_combo.findData("all"))
    assert len(view.model.rows) == 2
    view.search.setText("cuis")
    qtbot.waitUntil(lambda: len(view.model.rows) == 1, timeout=10_000)

    # Cancelling is confirmed.
    view.select_id(view.model.rows[0].id)
    view.cancel_button.click()
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        click_box(view.last_box, "Annuler le chantier")
    assert view.model.rows[0].status == JobStatus.CANCELLED

    # Opened from elsewhere (main window's open_record): the list shows it and selects it.
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.filter_combo.setCurrentIndex(view.filter_combo.findData("open"))
    view.search.clear()
    view.open_job(late.id)
    qtbot.waitUntil(lambda: view.current_id() == late.id, timeout=10_000)


# ---- Invoices -----------------------------------------------------------------------------------


def test_invoices_view_states_filters_and_totals(
    qtbot: QtBot, french: None, context: ViewContext, qtmodeltester: Any
) -> None:
    late_quote = accepted_quote(context.db, "Dupont")
    fresh_quote = accepted_quote(context.db, "Martin", "Cuisine")
    issued_deposit(context.db, late_quote.id, TODAY - timedelta(days=45))  # due after 30 days
    fresh = issued_deposit(context.db, fresh_quote.id)
    with context.db.write() as session:
        inv.create_final_invoice(session, quote_id=fresh_quote.id)  # a draft
        inv.record_payment(session, fresh.id, inv.PaymentDraft(TODAY, Decimal("100")))

    view = InvoicesView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
    qtmodeltester.check(view.model)
    assert view.header.title.text() == "Factures"
    states = {
        r.title.split(" – ")[-1] + ":" + r.kind.value: view.model.data(view.model.index(n, 9))
        for n, r in enumerate(view.model.rows)
    }
    assert states == {
        "Salle de bains:deposit": "En retard de 15 jours",
        "Cuisine:deposit": "Partiellement payée",
        "Cuisine:final": "Brouillon",
    }
    late_row = next(n for n, r in enumerate(view.model.rows) if r.state == PaymentState.OVERDUE)
    assert (
        view.model.data(view.model.index(late_row, 9), Qt.ItemDataRole.ForegroundRole).color()
        == LATE_COLOUR
    )
    # 30 % of 1 100,00 € incl. VAT = 330,00 € each; 100 € paid on one.
    assert (
        euros(view.status_text.text())
        == "3 facture(s) · reste à encaisser 560,00 € · dont 330,00 € en retard"
    )

    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.set_state_filter(PaymentState.OVERDUE)
    assert [r.state for r in view.model.rows] == [PaymentState.OVERDUE]
    assert view.state_combo.currentText() == "En retard"
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.set_state_filter(PaymentState.PARTIALLY_PAID)
    assert [r.paid for r in view.model.rows] == [Decimal("100.00")]
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.set_state_filter(PaymentState.PAID)
    assert view.model.rowCount() == 0 and view.stack.currentIndex() == 1
    assert view.empty_hint.text() == "Rien ne correspond à ces filtres."


def test_invoice_dialog_issue_pay_partly_then_fully_and_refuse_too_much(
    qtbot: QtBot, french: None, context: ViewContext, qtmodeltester: Any
) -> None:
    quote = accepted_quote(context.db)
    with context.db.write() as session:
        draft = inv.create_deposit_invoice(session, quote.id)
    dialog = InvoiceDialog.open_invoice(context, draft.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.invoice is not None, timeout=10_000)
    qtmodeltester.check(dialog.lines_model)
    qtmodeltester.check(dialog.payments_model)
    assert dialog.heading.text() == "Facture d'acompte brouillon"
    assert dialog.dates_value.text() == "pas encore émise (sans numéro)"
    assert dialog.pay_button.isHidden() and not dialog.issue_button.isHidden()

    dialog.issue_button.click()
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        click_box(dialog.last_box, "Émettre")
    assert dialog.heading.text() == f"Facture d'acompte FAC-{YEAR}-0001"
    assert dialog.state_label.text() == "À payer"
    assert euros(dialog.total_values["remaining"].text()) == "330,00 €"

    # Partial payment: the amount is prefilled with what remains due.
    dialog.pay_button.click()
    payment = dialog.payment_dialog
    assert payment.windowTitle() == "Enregistrer un paiement"
    assert payment.amount.text() == "330,00"
    assert payment.method.currentText() == "Virement"
    payment.amount.setText("100")
    payment.method.setCurrentIndex(payment.method.findData("cheque"))
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        payment.ok_button.click()
    assert dialog.state_label.text() == "Partiellement payée"
    assert euros(dialog.total_values["paid"].text()) == "100,00 €"
    assert dialog.payments_model.data(dialog.payments_model.index(0, 2)) == "Chèque"
    qtmodeltester.check(dialog.payments_model)

    # More than due: refused with the service's message, next to the amount, dialog kept.
    dialog.pay_button.click()
    payment = dialog.payment_dialog
    assert payment.amount.text() == "230,00"
    payment.amount.setText("500")
    payment.ok_button.click()
    qtbot.waitUntil(lambda: not payment.errors["amount"].isHidden(), timeout=10_000)
    assert euros(payment.errors["amount"].text()) == (
        "Le paiement (500,00 €) dépasse le reste à payer (230,00 €)."
    )
    assert payment.isVisible() and payment.amount.text() == "500"
    payment.amount.setText("abc")
    payment.ok_button.click()
    assert payment.errors["amount"].text() == "Saisissez le montant reçu, par ex. 250,00."

    payment.amount.setText("230,00")
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        payment.ok_button.click()
    assert dialog.state_label.text() == "Payée"
    assert not dialog.pay_button.isEnabled()
    assert euros(dialog.total_values["remaining"].text()) == "0,00 €"


def test_invoice_cancel_by_credit_note_and_print(
    qtbot: QtBot,
    french: None,
    context: ViewContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quote = accepted_quote(context.db)
    issued = issued_deposit(context.db, quote.id)
    dialog = InvoiceDialog.open_invoice(context, issued.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.invoice is not None, timeout=10_000)

    dialog.print_preview()
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None, timeout=10_000)
    preview = dialog.preview_dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=10_000)
    dialog.preview_dialog.close()

    target = tmp_path / "facture.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "PDF"))
    )
    dialog.save_pdf()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("Erreur", True)))
    dialog.cancel_button.click()
    assert dialog.last_box.icon() == QMessageBox.Icon.Warning
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        click_box(dialog.last_box, "Émettre l'avoir")
    qtbot.waitUntil(lambda: dialog.invoice.status == "cancelled", timeout=10_000)
    assert dialog.state_label.text() == "Annulée par avoir"
    assert dialog.reference_value.text() == f"devis {quote.number} · annulée par FAC-{YEAR}-0002"
    credit = dialog.credit_note_dialog
    qtbot.addWidget(credit)
    qtbot.waitUntil(lambda: credit.invoice is not None, timeout=10_000)
    assert credit.heading.text() == f"Avoir FAC-{YEAR}-0002"


# ---- Company settings ---------------------------------------------------------------------------


def test_company_dialog_field_errors_logo_and_save(
    qtbot: QtBot, french: None, context: ViewContext, tmp_path: Path
) -> None:
    dialog = CompanyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.company is not None, timeout=10_000)
    assert dialog.windowTitle() == "Mon entreprise"
    assert dialog.validity.value() == 30 and euros(dialog.vat.currentText()) == "10 %"
    assert dialog.deposit.text() == "30"

    dialog.edits["name"].setText("Plomberie Martin")
    dialog.edits["siret"].setText("123")
    dialog.edits["email"].setText("pas-un-mail")
    dialog.deposit.setText("trente")
    dialog.accept()
    assert (
        dialog.errors["default_deposit_percent"].text() == "Saisissez un pourcentage, par ex. 30."
    )
    dialog.deposit.setText("40")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.errors["siret"].isHidden(), timeout=10_000)
    assert dialog.errors["siret"].text() == "Le SIRET doit comporter 14 chiffres valides."
    assert dialog.errors["email"].text() == "L'adresse e-mail est invalide."
    assert dialog.edits["siret"].text() == "123"  # what was typed stays

    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5f8c"))
    logo = tmp_path / "logo.png"
    assert image.save(str(logo))
    dialog.load_logo_file(logo)
    assert not dialog.logo_preview.pixmap().isNull()

    dialog.edits["siret"].setText("732 829 320 00074")
    dialog.edits["email"].setText("contact@plomberie-martin.fr")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        dialog.accept()
    with context.db.read() as session:
        company = get_company(session)
    assert company.name == "Plomberie Martin" and company.siret == "73282932000074"
    assert company.default_deposit_percent == Decimal("40")
    assert company.logo_png == logo.read_bytes()


def test_company_menu_action_in_the_file_menu(gui, qtbot: QtBot) -> None:
    action = gui.window.company_action
    assert action.text() == "Mon &entreprise…"
    file_menu = gui.window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()
    dialog = gui.window.findChild(CompanyDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.company is not None, timeout=10_000)
    dialog.close()


def test_quote_status_views_refresh_on_data_changed(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    quote = accepted_quote(context.db)
    view = InvoicesView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
    assert view.model.rowCount() == 0
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        context.tasks.run_write(inv.create_deposit_invoice, quote.id)
    assert view.model.rowCount() == 1
    assert quote.status == QuoteStatus.ACCEPTED
