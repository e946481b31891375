"""Reminders reaching the user: notification area, toast, tray, "Pendant votre absence",
and the scheduler wired as ``app.py`` does (start after the first view, scoped regeneration).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta
from time import perf_counter
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from artisan_crm.app import _start_reminders_after_first_view
from artisan_crm.domain.changes import ChangeSet
from artisan_crm.domain.enums import ContactKind, QuoteStatus, ReminderKind, ReminderState
from artisan_crm.scheduling.notification_log import MemoryNotificationLog
from artisan_crm.services.reminders import (
    ManualReminderDraft,
    create_manual_reminder,
    get_reminder,
    mark_done,
)
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database
from artisan_crm.ui.main_window import MainWindow
from artisan_crm.ui.planning.notifications import make_tray
from artisan_crm.ui.planning.runtime import (
    PlanningRuntime,
    RegenerationScope,
    client_ids_of,
)
from artisan_crm.ui.views.base import ViewContext

PHONE = "06 11 22 33 44"


def seed_client(db: Database, name: str = "Moreau") -> int:
    with db.write() as s:
        c = m.Client(first_name="Léa", last_name=name)
        c.contacts = [m.ClientContact(kind=ContactKind.PHONE, value=PHONE)]
        s.add(c)
        s.flush()
        return c.id


def remind(db: Database, title: str, due: datetime, client_id: int | None = None) -> Any:
    view, _ = db.run_write(
        create_manual_reminder, ManualReminderDraft(title, due, client_id=client_id)
    )
    return view


@pytest.fixture
def runtime(gui: Any) -> Iterator[PlanningRuntime]:
    planning = PlanningRuntime(
        gui.context, gui.window.notifications, notification_log=MemoryNotificationLog()
    )
    try:
        yield planning
    finally:
        planning.stop()


def start(qtbot: QtBot, planning: PlanningRuntime) -> Any:
    with qtbot.waitSignal(planning.coordinator.sig_away, timeout=10_000) as away:
        planning.start()
    return away.args[0]


# ---- Notification area ------------------------------------------------------------------------


def test_a_reminder_due_in_a_second_shows_in_the_notification_area(
    gui: Any, qtbot: QtBot, runtime: PlanningRuntime
) -> None:
    cid = seed_client(gui.db)
    due = datetime.now(UTC) + timedelta(seconds=1)
    reminder = remind(gui.db, "Rappeler Léa pour le devis", due, cid)
    area = gui.window.notifications
    assert area.bell.text() == "Aucun rappel en attente"
    assert len(start(qtbot, runtime)) == 0
    with qtbot.waitSignal(area.sig_notified, timeout=10_000) as shown:
        pass
    assert datetime.now(UTC) >= due  # never early
    (item,) = shown.args[0]
    assert item.id == reminder.id and item.client_phone == PHONE
    assert area.count() == 1
    assert area.bell.text() == "1 rappel à traiter"
    assert area.toast.isVisible()
    assert area.toast.title.text() == "Rappeler Léa pour le devis"
    assert area.toast.detail.text() == f"Léa Moreau · {PHONE}"
    assert area.toast.heading.text().startswith("Rappel — aujourd'hui à ")
    # The bell opens the list, with the reminder in it.
    qtbot.mouseClick(area.bell, Qt.MouseButton.LeftButton)
    assert area.dock.isVisible()
    assert area.panel.model.index(0, 2).data() == "Rappeler Léa pour le devis"


def test_snooze_and_done_from_the_notifications(
    gui: Any, qtbot: QtBot, runtime: PlanningRuntime
) -> None:
    cid = seed_client(gui.db)
    now = datetime.now(UTC)
    first = remind(gui.db, "Commander le carrelage", now + timedelta(milliseconds=1500), cid)
    second = remind(gui.db, "Envoyer la facture", now + timedelta(milliseconds=1600), cid)
    area = gui.window.notifications
    start(qtbot, runtime)
    qtbot.waitUntil(lambda: area.count() == 2, timeout=10_000)

    # Snooze from the toast: it leaves the list; the Reminders view shows its new time.
    area.toast.current = next(r for r in area.reminders() if r.id == first.id)
    [one_hour] = [a for a in area.toast.snooze_button.menu().actions() if a.data() == "1h"]
    one_hour.trigger()
    qtbot.waitUntil(lambda: area.count() == 1, timeout=10_000)
    assert not area.toast.isVisible()
    reminders = gui.window.reminders
    with qtbot.waitSignal(reminders.sig_loaded, timeout=10_000):
        gui.window.show_view(5)
    with qtbot.waitSignal(reminders.sig_loaded, timeout=10_000):
        reminders.set_filter("snoozed")
    [snoozed] = reminders.panel.model.rows()
    assert snoozed.id == first.id and snoozed.state == ReminderState.SNOOZED
    assert reminders.panel.model.index(0, 0).data() in {"dans 1 h", "dans 59 min"}

    # Done from the notification list: it leaves the list and the to-do list.
    area.show_list()
    assert area.panel.select_id(second.id)
    qtbot.mouseClick(area.panel.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.count() == 0, timeout=10_000)
    assert area.bell.text() == "Aucun rappel en attente"
    with gui.db.read() as s:
        assert get_reminder(s, second.id).state == ReminderState.DONE


def test_a_reminder_done_elsewhere_leaves_the_notification_list(
    gui: Any, qtbot: QtBot, runtime: PlanningRuntime
) -> None:
    reminder = remind(
        gui.db, "Appeler le plombier", datetime.now(UTC) + timedelta(milliseconds=1500)
    )
    area = gui.window.notifications
    start(qtbot, runtime)
    qtbot.waitUntil(lambda: area.count() == 1, timeout=10_000)
    gui.tasks.run_write(mark_done, reminder.id, expected_version=reminder.version)
    qtbot.waitUntil(lambda: area.count() == 0, timeout=10_000)


def test_tray_message_where_a_tray_exists(
    gui: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Offscreen there is no tray: the in-app area is all there is.
    assert make_tray(gui.window) is None

    class FakeTray(QObject):
        messageClicked = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.messages: list[tuple[str, str]] = []

        def isVisible(self) -> bool:
            return True

        def showMessage(self, title: str, body: str, *_args: Any) -> None:
            self.messages.append((title, body))

    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    tray = FakeTray()
    area = gui.window.notifications
    area.set_tray(tray)  # type: ignore[arg-type]
    cid = seed_client(gui.db)
    reminder = remind(gui.db, "Relancer M. Moreau", datetime.now(UTC) - timedelta(minutes=5), cid)
    with gui.db.read() as s:
        area.add((get_reminder(s, reminder.id),))
    assert tray.messages == [("Rappel : Relancer M. Moreau", f"Léa Moreau · {PHONE}")]
    tray.messageClicked.emit()
    assert area.dock.isVisible()


# ---- "Pendant votre absence" ------------------------------------------------------------------


def test_away_panel_lists_exactly_what_fell_due_while_closed(gui: Any, qtbot: QtBot) -> None:
    cid = seed_client(gui.db)
    now = datetime.now(UTC)
    due = [remind(gui.db, f"Rappel {n}", now - timedelta(days=n, hours=1), cid) for n in (3, 1, 0)]
    closed = remind(gui.db, "Déjà fait", now - timedelta(days=2), cid)
    gui.db.run_write(mark_done, closed.id, expected_version=closed.version)
    remind(gui.db, "Plus tard", now + timedelta(days=2), cid)
    log = MemoryNotificationLog()
    area = gui.window.notifications
    planning = PlanningRuntime(gui.context, area, notification_log=log)
    try:
        with qtbot.waitSignal(area.sig_away_shown, timeout=10_000) as shown:
            planning.start()
        dialog = shown.args[0]
        assert dialog.windowTitle() == "Pendant votre absence"
        assert not dialog.isModal()
        rows = dialog.panel.model.rows()
        assert [r.id for r in rows] == [r.id for r in due]
        assert {r.client_phone for r in rows} == {PHONE}
        assert dialog.summary.text().startswith("3 rappels sont arrivés à échéance")
        assert dialog.panel.model.index(0, 0).data() == "en retard de 3 jours"
        # One is handled right there; the others stay open after "Tout marquer comme vu".
        dialog.panel.select_id(due[0].id)
        qtbot.mouseClick(dialog.panel.done_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.panel.model.rowCount() == 2, timeout=10_000)
        assert dialog.seen_button.text() == "Tout marquer comme vu"
        qtbot.mouseClick(dialog.seen_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        # No notification repeats what the panel showed.
        assert area.count() == 0
    finally:
        planning.stop()
    with gui.db.read() as s:
        assert [get_reminder(s, r.id).state for r in due] == [
            ReminderState.DONE, ReminderState.PENDING, ReminderState.PENDING,
        ]  # fmt: skip
    # Next start on this workstation: nothing twice.
    again = PlanningRuntime(gui.context, area, notification_log=log)
    try:
        shown_again: list[Any] = []
        area.sig_away_shown.connect(shown_again.append)
        with qtbot.waitSignal(again.coordinator.sig_away, timeout=10_000) as away:
            again.start()
        assert len(away.args[0]) == 0 and shown_again == []
    finally:
        again.stop()


# ---- Start-up -----------------------------------------------------------------------------------


def _bulk_overdue(db: Database, count: int) -> None:
    now = datetime.now(UTC)
    with db.write() as s:
        clients = []
        for n in range(200):
            c = m.Client(first_name="Client", last_name=f"Numéro {n}")
            c.contacts = [m.ClientContact(kind=ContactKind.PHONE, value=f"06 00 00 {n:02d} 00")]
            clients.append(c)
        s.add_all(clients)
        s.flush()
        ids = [c.id for c in clients]
        if count:
            s.execute(
                insert(m.Reminder),
                [
                    {
                        "due_at": now - timedelta(days=1 + n % 300, minutes=n),
                        "kind": ReminderKind.MANUAL,
                        "state": ReminderState.PENDING,
                        "title": f"Rappel en retard n°{n}",
                        "note": "",
                        "client_id": ids[n % len(ids)],
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for n in range(count)
                ],
            )


@pytest.mark.parametrize("overdue", [0, 5_000])
def test_start_up_does_not_wait_for_the_away_panel(
    qtbot: QtBot, french: None, context: ViewContext, overdue: int
) -> None:
    _bulk_overdue(context.db, overdue)
    timings: list[tuple[str, float]] = []
    with ExitStack() as cleanup:
        started = perf_counter()
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.today.sig_loaded.connect(
            lambda _s: timings.append(("first view loaded", perf_counter() - started))
        )
        window.notifications.sig_away_shown.connect(
            lambda _d: timings.append(("away panel shown", perf_counter() - started))
        )
        # Exactly what app.py does after creating the window.
        window.show()
        window.today.refresh()
        _start_reminders_after_first_view(context, window, cleanup)
        qtbot.waitUntil(lambda: len(timings) >= 1, timeout=30_000)
        if overdue:
            qtbot.waitUntil(lambda: len(timings) == 2, timeout=60_000)
            assert [name for name, _ in timings] == ["first view loaded", "away panel shown"]
            dialog = window.notifications.away_dialog
            assert dialog is not None and dialog.panel.model.rowCount() == overdue
            assert window.today.stats["overdue_reminders"] == overdue
            # The Today view lists a capped number of cards and counts the rest.
            assert len(window.today.sections["overdue"].cards) == 10
        else:
            qtbot.waitUntil(
                lambda: (
                    getattr(window, "planning", None) is not None
                    and window.planning.coordinator.scheduler.armed_at() is not None
                ),
                timeout=10_000,
            )
            assert window.notifications.away_dialog is None
        first_view = timings[0][1]
        print(
            f"\nstart-up with {overdue} overdue reminders: "
            + ", ".join(f"{name} after {seconds * 1000:.0f} ms" for name, seconds in timings)
        )
        assert first_view < 5.0
    assert window.planning.stopped  # stopped by the ExitStack, before the database closes


# ---- Scoped regeneration --------------------------------------------------------------------------


def test_regeneration_scope_and_owners(sqlite_db: Database) -> None:
    cid = seed_client(sqlite_db)
    other = seed_client(sqlite_db, "Petit")
    with sqlite_db.write() as s:
        quote = m.Quote(
            number="DEV-2026-0001",
            client_id=other,
            status=QuoteStatus.DRAFT,
            issued_on=date(2026, 3, 1),
        )
        s.add(quote)
        s.flush()
        quote_id = quote.id
    scope = RegenerationScope()
    assert scope.take() is None  # nothing known: everything
    scope.add(ChangeSet.of([("quote", quote_id), ("client", cid), ("reminder", 4)]))
    entities = scope.take()
    assert entities == frozenset({("quote", quote_id), ("client", cid)})
    assert scope.take() is None
    with sqlite_db.read() as s:
        assert client_ids_of(s, entities) == sorted({cid, other})
        assert client_ids_of(s, frozenset({("quote", 999)})) is None  # deleted: full pass
    scope.add(ChangeSet.of([("invoice", None)]))  # bulk change
    assert scope.take() is None


def test_a_change_regenerates_only_its_clients(
    gui: Any, qtbot: QtBot, runtime: PlanningRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from artisan_crm.services import reminders as service

    cid = seed_client(gui.db)
    with gui.db.write() as s:
        quote = m.Quote(
            number="DEV-2026-0002",
            client_id=cid,
            status=QuoteStatus.DRAFT,
            issued_on=date(2026, 3, 1),
        )
        s.add(quote)
        s.flush()
        quote_id = quote.id
    start(qtbot, runtime)
    calls: list[Any] = []
    real = service.regenerate_rule_reminders

    def spy(session: Any, now: Any, settings: Any = None, *, client_ids: Any = None) -> Any:
        calls.append(client_ids)
        return real(session, now, settings, client_ids=client_ids)

    monkeypatch.setattr(service, "regenerate_rule_reminders", spy)
    with qtbot.waitSignal(runtime.coordinator.sig_regenerated, timeout=10_000):
        gui.context.events.data_changed.emit(ChangeSet.of([("quote", quote_id)]))
    assert calls == [[cid]]
    with qtbot.waitSignal(runtime.coordinator.sig_regenerated, timeout=10_000):
        runtime.coordinator.request_rescan("daily")
    assert calls == [[cid], None]


def test_stop_stops_the_scheduler(gui: Any, qtbot: QtBot, runtime: PlanningRuntime) -> None:
    start(qtbot, runtime)
    assert runtime.coordinator.scheduler.running
    runtime.stop()
    assert not runtime.coordinator.scheduler.running
    with gui.db.read() as s:
        assert s.scalars(select(m.Reminder)).all() == []


def test_new_reminder_delays_from_the_settings_apply_at_once(
    gui: Any, qtbot: QtBot, runtime: PlanningRuntime
) -> None:
    """Outils ▸ Paramètres ▸ Rappels: a shorter first follow-up moves the pending reminder."""
    from artisan_crm.config import Options

    cid = seed_client(gui.db)
    sent = datetime.now(UTC) - timedelta(days=1)
    with gui.db.write() as s:
        s.add(
            m.Quote(
                number="DEV-2026-0003",
                client_id=cid,
                status=QuoteStatus.SENT,
                issued_on=sent.date(),
                sent_at=sent,
            )
        )
    gui.window.planning = runtime
    start(qtbot, runtime)

    def followups() -> list[Any]:
        with gui.db.read() as s:
            rows = s.scalars(
                select(m.Reminder).where(m.Reminder.rule_key.like("quote:%:followup:1"))
            ).all()
            return sorted(r.due_at.date() for r in rows if r.state is ReminderState.PENDING)

    (before,) = followups()
    assert (before - sent.date()).days == 7
    dialog = gui.window.show_settings()
    dialog.reminder_days[Options.QUOTE_FOLLOWUP_1_DAYS.key].setValue(3)
    with qtbot.waitSignal(runtime.coordinator.sig_regenerated, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    (after,) = followups()
    assert (after - sent.date()).days == 3
