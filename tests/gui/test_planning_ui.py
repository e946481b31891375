"""Planning UI: the Today view, the week agenda, the Reminders view and the dialogs.

Real widgets on a real SQLite database (pytest-qt, offscreen, French). The day is
frozen with time-machine (ticking) where "today" matters.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from artisan_crm.domain.enums import (
    ContactKind,
    InvoiceStatus,
    JobStatus,
    QuoteStatus,
    ReminderKind,
    ReminderState,
)
from artisan_crm.domain.reminder_rules import local_moment
from artisan_crm.services.appointments import AppointmentDraft, create_appointment
from artisan_crm.services.reminders import (
    ManualReminderDraft,
    create_manual_reminder,
    get_reminder,
    list_reminders,
)
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database
from artisan_crm.ui.planning.dialogs import AppointmentDialog, ManualReminderDialog
from artisan_crm.ui.planning.models import ReminderRole, ReminderTableModel
from artisan_crm.ui.planning.reminders_view import RemindersView
from artisan_crm.ui.planning.today_view import TodayView
from artisan_crm.ui.views.base import ViewContext

PARIS = ZoneInfo("Europe/Paris")
#: a Tuesday, 8:00 in Paris: before the day's appointments
NOW = datetime(2026, 3, 10, 8, 0, tzinfo=PARIS)
TODAY = date(2026, 3, 10)
PHONE = "06 12 34 56 78"
ADDRESS = "2 quai Perrache, 69002 Lyon"


@pytest.fixture
def frozen() -> Iterator[None]:
    with time_machine.travel(NOW, tick=True):
        yield


def seed_client(db: Database, last_name: str = "Roche", phone: str = PHONE) -> int:
    with db.write() as s:
        c = m.Client(first_name="Paul", last_name=last_name)
        c.contacts = [m.ClientContact(kind=ContactKind.PHONE, value=phone)]
        c.addresses = [m.ClientAddress(line1="2 quai Perrache", postcode="69002", city="Lyon")]
        s.add(c)
        s.flush()
        return c.id


def seed_day(db: Database) -> int:
    """A client with an overdue invoice, a quote awaiting an answer, an appointment today."""
    cid = seed_client(db)
    with db.write() as s:
        s.add_all([
            m.Quote(number="DEV-2026-0009", client_id=cid, status=QuoteStatus.SENT,
                    title="Salle de bains", issued_on=date(2026, 3, 1),
                    sent_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                    total_incl_vat=Decimal("880.00")),
            m.Invoice(client_id=cid, number="FAC-2026-0004", status=InvoiceStatus.ISSUED,
                      due_on=date(2026, 3, 1), total_incl_vat=Decimal("500.00")),
            m.Job(client_id=cid, title="Cuisine", status=JobStatus.PLANNED,
                  deadline=date(2026, 3, 13)),
        ])  # fmt: skip
    db.run_write(
        create_appointment,
        AppointmentDraft(
            local_moment(TODAY, time(14, 0), PARIS), 90, cid, purpose="Mesures cuisine"
        ),
        now=NOW,
    )
    return cid


def loaded_today(qtbot: QtBot, context: ViewContext) -> TodayView:
    view = TodayView(context)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
        view.refresh()
    return view


def card_texts(view: TodayView, section: str) -> list[str]:
    return [
        " | ".join((c.when.text(), c.title.text(), c.detail.text()))
        for c in view.sections[section].cards
    ]


# ---- Model ------------------------------------------------------------------------------------


def test_reminder_model_passes_the_model_tester(qtmodeltester: Any, sqlite_db: Database) -> None:
    cid = seed_client(sqlite_db)
    now = datetime.now(UTC)
    for title, delta in (("Hier", -timedelta(days=3)), ("Bientôt", timedelta(hours=2))):
        sqlite_db.run_write(
            create_manual_reminder, ManualReminderDraft(title, now + delta, client_id=cid)
        )
    with sqlite_db.read() as s:
        rows = list_reminders(s).rows
    model = ReminderTableModel()
    model.set_rows(rows, now)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, model.TITLE)) == "Hier"
    assert model.data(model.index(0, model.PHONE)) == PHONE
    assert model.index(0, 0).data(ReminderRole).title == "Hier"
    model.add_rows(rows[:1])  # same id: replaced, not added
    model.remove_id(rows[1].id)
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_relative_due_wording_in_french(french: None) -> None:
    from artisan_crm.ui.planning.common import relative_due

    now = datetime(2026, 3, 10, 8, tzinfo=UTC)
    assert relative_due(now + timedelta(hours=2), now) == "dans 2 h"
    assert relative_due(now - timedelta(days=3), now) == "en retard de 3 jours"
    assert relative_due(now - timedelta(days=1, hours=2), now) == "en retard de 1 jour"
    assert relative_due(now + timedelta(minutes=25), now) == "dans 25 min"
    assert relative_due(now, now) == "maintenant"


# ---- Today ------------------------------------------------------------------------------------


def test_today_shows_the_day_with_phones(
    qtbot: QtBot, french: None, frozen: None, context: ViewContext
) -> None:
    seed_day(context.db)
    context.db.run_write(
        create_manual_reminder,
        ManualReminderDraft("Rappeler M. Roche", NOW - timedelta(days=2), client_id=1),
    )
    view = loaded_today(qtbot, context)
    assert view.header.title.text() == "Aujourd'hui"
    assert view.header.subtitle.text() == "Mardi 10 mars 2026"
    stats = view.stats
    assert stats is not None and stats["appointments_today"] == 1 and stats["overdue_invoices"] == 1
    [appointment] = card_texts(view, "appointments")
    assert appointment.startswith("14\u00a0h – 15\u00a0h\u00a030 | Paul Roche — Mesures cuisine")
    assert PHONE in appointment and ADDRESS in appointment
    [invoice] = card_texts(view, "invoices")
    assert "FAC-2026-0004" in invoice and "9 jours de retard" in invoice and PHONE in invoice
    assert "500,00" in invoice
    [quote] = card_texts(view, "quotes")
    assert "DEV-2026-0009 — Salle de bains" in quote and PHONE in quote
    [deadline] = card_texts(view, "deadlines")
    assert "Cuisine" in deadline and ADDRESS in deadline
    overdue = card_texts(view, "overdue")
    assert any("Rappeler M. Roche" in text and "en retard de 2 jours" in text for text in overdue)
    assert view.summary.text().startswith("Bonjour ! Aujourd'hui : 1 rendez-vous")
    # Every card offers one click to log a call.
    for section in ("appointments", "invoices", "quotes", "deadlines", "overdue"):
        for card in view.sections[section].cards:
            assert card.findChild(QPushButton, "logCall") is not None


def test_empty_database_says_so_in_french(qtbot: QtBot, french: None, context: ViewContext) -> None:
    view = loaded_today(qtbot, context)
    assert "Votre base est vide" in view.summary.text()
    assert view.sections["appointments"].empty.text() == "Aucun rendez-vous aujourd'hui."
    assert view.sections["appointments"].empty.isVisibleTo(view)


def test_log_a_call_from_today_creates_an_interaction(
    qtbot: QtBot, french: None, frozen: None, context: ViewContext
) -> None:
    cid = seed_day(context.db)
    view = loaded_today(qtbot, context)
    [card] = view.sections["invoices"].cards
    qtbot.mouseClick(card.findChild(QPushButton, "logCall"), Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.windowTitle() == "Noter un appel"
    dialog.summary.setPlainText("Promet de payer vendredi")
    dialog.minutes.setValue(7)
    dialog.discount.setChecked(True)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].client_id == cid
    with context.db.read() as s:
        row = s.scalars(select(m.Interaction)).one()
        assert (row.summary, row.minutes, row.is_discount_request) == (
            "Promet de payer vendredi", 7, True,
        )  # fmt: skip
        assert s.scalar(select(func.count(m.TimeEntry.id))) == 1


def test_week_agenda_and_navigation(
    qtbot: QtBot, french: None, frozen: None, context: ViewContext
) -> None:
    seed_day(context.db)
    view = loaded_today(qtbot, context)
    with qtbot.waitSignal(view.agenda.sig_loaded, timeout=10_000) as loaded:
        view.tabs.setCurrentWidget(view.agenda)
    assert loaded.args[0].monday == date(2026, 3, 9)
    tuesday = view.agenda.columns[1]
    assert [b.text().splitlines()[:2] for b in tuesday.appointment_buttons] == [
        ["14\u00a0h – 15\u00a0h\u00a030", "Paul Roche"]
    ]
    [deadline] = view.agenda.columns[4].findChildren(QLabel, "agendaDeadline")
    assert deadline.text() == "⚑ Échéance : Cuisine (Paul Roche)"
    with qtbot.waitSignal(view.agenda.sig_loaded, timeout=10_000) as loaded:
        qtbot.mouseClick(view.agenda.next_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0].monday == date(2026, 3, 16)
    assert view.print_day() == date(2026, 3, 16)
    with qtbot.waitSignal(view.agenda.sig_loaded, timeout=10_000) as loaded:
        qtbot.mouseClick(view.agenda.previous_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0].monday == date(2026, 3, 9)


def test_print_preview_of_the_day_has_pages_and_pdf(
    qtbot: QtBot,
    french: None,
    frozen: None,
    context: ViewContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_day(context.db)
    view = loaded_today(qtbot, context)
    with qtbot.waitSignal(view.sig_action_done, timeout=10_000) as done:
        qtbot.mouseClick(view.print_day_button, Qt.MouseButton.LeftButton)
    kind, dialog = done.args
    assert kind == "preview"
    assert "Feuille de route du 10/03/2026" in dialog.windowTitle()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=10_000)
    print(f"\nday sheet preview: {preview.pageCount()} page(s)")
    dialog.close()

    target = tmp_path / "journee.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(view.sig_action_done, timeout=10_000) as done:
        view.printer.save_pdf(TODAY, week=True)
    assert done.args == ["pdf", target]
    assert target.read_bytes().startswith(b"%PDF")


def test_ics_export_writes_vevents(
    qtbot: QtBot,
    french: None,
    frozen: None,
    context: ViewContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_day(context.db)
    view = loaded_today(qtbot, context)
    target = tmp_path / "agenda"  # no suffix typed: .ics is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(view.sig_action_done, timeout=10_000) as done:
        qtbot.mouseClick(view.ics_button, Qt.MouseButton.LeftButton)
    kind, (path, count) = done.args
    assert kind == "ics" and path == tmp_path / "agenda.ics" and count == 2
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 2 and "RDV Paul Roche" in text


# ---- Dialogs -----------------------------------------------------------------------------------


def test_manual_reminder_refuses_a_past_date_and_keeps_the_text(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    cid = seed_client(context.db)
    dialog = ManualReminderDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.client.sig_loaded, timeout=10_000):
        dialog.show()
    assert dialog.windowTitle() == "Nouveau rappel"
    dialog.client.set_client_id(cid)
    dialog.title_edit.setText("Rappeler ce client jeudi à 9 h")
    dialog.note_edit.setPlainText("Parler du chauffe-eau")
    dialog.date_edit.setDate(QDate(2020, 1, 2))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    message = dialog.errors["due_at"]
    assert message.isVisibleTo(dialog)
    assert message.text() == (
        "Cette date est déjà passée : choisissez un jour et une heure à venir."
    )
    assert dialog.isVisible()
    assert dialog.title_edit.text() == "Rappeler ce client jeudi à 9 h"
    assert dialog.note_edit.toPlainText() == "Parler du chauffe-eau"
    # Corrected, it saves.
    dialog.date_edit.setDate(QDate.currentDate().addDays(2))
    dialog.time_edit.setTime(QTime(9, 0))
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    view = saved.args[0]
    assert (view.title, view.client_id, view.kind) == (
        "Rappeler ce client jeudi à 9 h", cid, ReminderKind.MANUAL,
    )  # fmt: skip
    assert view.due_at.astimezone(PARIS).hour == 9


def test_manual_reminder_needs_a_title(qtbot: QtBot, french: None, context: ViewContext) -> None:
    dialog = ManualReminderDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["title"].text().startswith("Dites de quoi il s'agit")


def test_new_appointment_prefills_the_address_and_raises_its_reminder(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    cid = seed_client(context.db)
    dialog = AppointmentDialog(context, day=date.today() + timedelta(days=3))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.client.sig_loaded, timeout=10_000):
        dialog.show()
    assert dialog.windowTitle() == "Nouveau rendez-vous"
    assert dialog.remind.currentText() == "1 h avant"
    dialog.client.set_client_id(cid)
    qtbot.waitUntil(lambda: dialog.address.text() == ADDRESS, timeout=10_000)
    dialog.time_edit.setTime(QTime(10, 30))
    dialog.purpose.setText("Devis salle de bains")
    dialog.to_bring.setText("Mètre, échantillons")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    appointment = saved.args[0]
    assert appointment.address == ADDRESS and appointment.client_phone == PHONE
    with context.db.read() as s:
        reminder = s.scalars(
            select(m.Reminder).where(m.Reminder.appointment_id == appointment.id)
        ).one()
        assert reminder.kind == ReminderKind.APPOINTMENT
        assert reminder.due_at == appointment.starts_at - timedelta(minutes=60)


def test_delete_appointment_and_undo(
    qtbot: QtBot, french: None, frozen: None, context: ViewContext, monkeypatch: Any
) -> None:
    seed_day(context.db)
    view = loaded_today(qtbot, context)
    [card] = view.sections["appointments"].cards
    qtbot.mouseClick(card.findChild(QPushButton, "editAppointment"), Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.windowTitle() == "Modifier le rendez-vous"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box.text() == "Supprimer ce rendez-vous et son rappel ?"
    [delete] = [b for b in box.buttons() if b.text() == "Supprimer"]
    with qtbot.waitSignal(view.sig_action_done, timeout=10_000) as done:
        delete.click()
    assert done.args[0] == "deleted"
    qtbot.waitUntil(lambda: view.stats is not None and view.stats["appointments_today"] == 0)
    assert view.undo_bar.isVisible()
    assert "a été supprimé" in view.undo_text.text()
    with qtbot.waitSignal(view.sig_action_done, timeout=10_000) as done:
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert done.args[0] == "restored" and done.args[1].purpose == "Mesures cuisine"
    qtbot.waitUntil(lambda: view.stats is not None and view.stats["appointments_today"] == 1)


# ---- Reminders view ------------------------------------------------------------------------------


def loaded_reminders(qtbot: QtBot, context: ViewContext) -> RemindersView:
    view = RemindersView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
    return view


def test_reminders_view_filters_and_actions(
    qtbot: QtBot, french: None, context: ViewContext, qtmodeltester: Any
) -> None:
    cid = seed_client(context.db)
    now = datetime.now(UTC)
    late, _ = context.db.run_write(
        create_manual_reminder,
        ManualReminderDraft("Relancer le devis", now - timedelta(days=3), client_id=cid),
    )
    soon, _ = context.db.run_write(
        create_manual_reminder,
        ManualReminderDraft("Passer commande", now + timedelta(hours=2, minutes=5)),
    )
    view = loaded_reminders(qtbot, context)
    assert view.header.title.text() == "Rappels"
    model = view.panel.model
    qtmodeltester.check(model)
    assert [r.title for r in model.rows()] == ["Relancer le devis", "Passer commande"]
    assert model.index(0, 0).data() == "en retard de 3 jours"
    assert model.index(1, 0).data() == "dans 2 h 05"
    assert model.index(0, model.PHONE).data() == PHONE
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Échéance"

    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.mouseClick(view.filter_buttons["late"], Qt.MouseButton.LeftButton)
    assert [r.title for r in model.rows()] == ["Relancer le devis"]

    # Snooze one hour: it leaves "en retard" and shows its new due time under "reportés".
    view.panel.table.selectRow(0)
    action = next(a for a in view.panel.snooze_menu.actions() if a.data() == "1h")
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        action.trigger()
    assert model.rowCount() == 0
    assert view.empty.text() == "Aucun rappel en retard. Bravo !"
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.set_filter("snoozed")
    [snoozed] = model.rows()
    assert snoozed.id == late.id and snoozed.state == ReminderState.SNOOZED
    assert model.index(0, 0).data() in {"dans 1 h", "dans 59 min"}

    # Done: it leaves the open list and appears under "faits".
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.set_filter("open")
    view.panel.select_id(soon.id)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.mouseClick(view.panel.done_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in model.rows()] == ["Relancer le devis"]
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.set_filter("done")
    assert [r.title for r in model.rows()] == ["Passer commande"]
    assert model.index(0, 0).data() == "fait"


def test_conflict_gives_a_french_message_and_reloads(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    now = datetime.now(UTC)
    reminder, _ = context.db.run_write(
        create_manual_reminder, ManualReminderDraft("Appeler Léa", now - timedelta(hours=1))
    )
    view = loaded_reminders(qtbot, context)
    # Another workstation snoozes it meanwhile (version 2).
    from artisan_crm.services.reminders import SnoozeChoice, snooze

    context.db.run_write(snooze, reminder.id, SnoozeChoice.ONE_HOUR, expected_version=1)
    view.panel.select_id(reminder.id)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.mouseClick(view.panel.done_button, Qt.MouseButton.LeftButton)
    boxes = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "Un autre poste a modifié ce rappel entre-temps." in boxes[0].text()
    with context.db.read() as s:
        assert get_reminder(s, reminder.id).state == ReminderState.SNOOZED
    [fresh] = view.panel.model.rows()
    assert fresh.version == 2
    # Done again with the fresh version works.
    view.panel.select_id(reminder.id)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.mouseClick(view.panel.done_button, Qt.MouseButton.LeftButton)
    assert view.panel.model.rowCount() == 0


def test_snooze_to_a_chosen_date(qtbot: QtBot, french: None, context: ViewContext) -> None:
    reminder, _ = context.db.run_write(
        create_manual_reminder, ManualReminderDraft("Relancer", datetime.now(UTC))
    )
    view = loaded_reminders(qtbot, context)
    view.panel.select_id(reminder.id)
    [pick] = [a for a in view.panel.snooze_menu.actions() if a.data() == "date"]
    pick.trigger()
    dialog = view.panel.reminder_actions.date_dialog
    assert dialog is not None and dialog.windowTitle() == "Reporter jusqu’au…"
    dialog.edit.setDate(QDate(2020, 5, 4))
    dialog.accept()
    assert dialog.error.text() == "Ce moment est déjà passé : choisissez-en un à venir."
    dialog.edit.setDate(QDate.currentDate().addDays(10))
    dialog.edit.setTime(QTime(7, 30))
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        dialog.accept()
    with context.db.read() as s:
        snoozed = get_reminder(s, reminder.id)
    assert snoozed.state == ReminderState.SNOOZED
    assert snoozed.snoozed_until.astimezone(PARIS).strftime("%H:%M") == "07:30"
