"""Where due reminders are shown: always in the window, and in the tray when there is one.

* a bell button in the status bar with the number of reminders waiting; it opens the
  "Rappels à traiter" list (a dock on the right) with Reporter / Fait / Ouvrir;
* a toast in the bottom-right corner of the window for each new batch (non-modal,
  hides itself after a while, stays while the mouse is over it);
* a tray message when ``QSystemTrayIcon.isSystemTrayAvailable()`` (a tray may silently
  not exist: the in-app area is always there);
* the "Pendant votre absence" panel at start.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.config import resources_dir
from artisan_crm.domain.reminder_rules import local_day
from artisan_crm.ui.planning.actions import BatchOutcome, ReminderActions
from artisan_crm.ui.planning.common import (
    STYLE,
    contact_line,
    emit_open,
    guarded,
    moment_label,
    open_target,
    rule_settings,
    tr,
    utc_now,
    zone_of,
)
from artisan_crm.ui.planning.panel import ReminderPanel
from artisan_crm.ui.views.base import plain_label

if TYPE_CHECKING:
    from artisan_crm.services.reminders import AwayPanel, ReminderView
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)

TOAST_MS = 20_000
TRAY_MESSAGE_MS = 15_000
TOAST_WIDTH = 420


def app_icon() -> QIcon:
    path = resources_dir() / "icons" / "artisan-crm.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def reminders_icon() -> QIcon:
    path = resources_dir() / "icons" / "reminders.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def _open_signals(source: QObject, target: QObject) -> None:
    for kind in ("client", "quote", "job", "invoice"):
        getattr(source, f"sig_open_{kind}").connect(getattr(target, f"sig_open_{kind}"))


def count_text(count: int) -> str:
    if count == 0:
        return tr("No reminder waiting")
    if count == 1:
        return tr("1 reminder to handle")
    return tr("{n} reminders to handle").format(n=count)


# ---- Toast ----------------------------------------------------------------------------------


class Toast(QFrame):
    """A non-modal card in the window's bottom-right corner for newly due reminders.

    Signals:
        sig_show_all(): "Tout voir" (the notification list).
    """

    sig_show_all = Signal()

    def __init__(self, area: NotificationArea, window: QWidget) -> None:
        super().__init__(window)
        self.area = area
        self.setObjectName("toast")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.current: ReminderView | None = None
        self.heading = plain_label("", self, object_name="toastHeading")
        self.title = plain_label("", self, object_name="toastTitle")
        self.detail = plain_label("", self, object_name="toastDetail")
        self.more = plain_label("", self, object_name="toastMore")
        close = QToolButton(self)
        close.setObjectName("toastClose")
        close.setText("✕")
        close.setToolTip(tr("Hide (the reminder stays in the list)"))
        close.clicked.connect(self.hide)
        self.snooze_button = QPushButton(tr("Snooze"), self)
        self.snooze_button.setObjectName("toastSnooze")
        self.snooze_button.setMenu(area.actions.snooze_menu(self._current_list, self))
        self.done_button = QPushButton(tr("Done"), self)
        self.done_button.setObjectName("toastDone")
        self.done_button.clicked.connect(lambda: area.actions.done(self._current_list()))
        self.open_button = QPushButton(tr("Open"), self)
        self.open_button.setObjectName("toastOpen")
        self.open_button.clicked.connect(self._on_open)
        self.all_button = QPushButton(tr("See all"), self)
        self.all_button.setObjectName("toastAll")
        self.all_button.clicked.connect(self.sig_show_all)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.snooze_button, self.done_button, self.open_button, self.all_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 12)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.more)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.setFixedWidth(TOAST_WIDTH)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TOAST_MS)
        self.timer.timeout.connect(self._on_timeout)
        window.installEventFilter(self)
        self.hide()

    def _current_list(self) -> list[ReminderView]:
        return [self.current] if self.current is not None else []

    def show_items(self, items: Sequence[ReminderView], waiting: int) -> None:
        if not items:
            return
        self.current = items[0]
        r = items[0]
        settings = self.area.settings
        self.heading.setText(
            tr("Reminder — {moment}").format(
                moment=moment_label(r.effective_due_at, settings, utc_now())
            )
        )
        self.title.setText(r.title)
        self.detail.setText(contact_line(r.client_name, r.client_phone))
        self.detail.setVisible(bool(self.detail.text()))
        others = waiting - 1
        self.more.setText(
            tr("and {n} other reminders waiting").format(n=others)
            if others > 1
            else tr("and 1 other reminder waiting")
            if others == 1
            else ""
        )
        self.more.setVisible(others > 0)
        self.open_button.setEnabled(open_target(r) is not None)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self.timer.start()

    def forget(self, reminder_ids: set[int]) -> None:
        if self.current is not None and self.current.id in reminder_ids:
            self.current = None
            self.hide()

    def _on_open(self) -> None:
        if self.current is not None:
            target = open_target(self.current)
            if target is not None:
                emit_open(self.area, *target)
        self.hide()

    def _on_timeout(self) -> None:
        if self.underMouse():
            self.timer.start()
        else:
            self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        margin = 16
        bottom = parent.height() - margin
        if isinstance(parent, QMainWindow) and parent.statusBar().isVisible():
            bottom -= parent.statusBar().height()
        self.move(QPoint(parent.width() - self.width() - margin, bottom - self.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False


# ---- "Pendant votre absence" -----------------------------------------------------------------


class AwayDialog(QDialog):
    """Everything that fell due while the application was closed, in one non-modal panel.

    The reminders are already recorded as shown (none twice): "Tout marquer comme vu"
    only closes the panel; they stay open in the Reminders view until done.

    Signals: those of :class:`ReminderPanel` for opening records (forwarded).
    """

    sig_open_client = Signal(int)
    sig_open_quote = Signal(int)
    sig_open_job = Signal(int)
    sig_open_invoice = Signal(int)

    def __init__(self, context: ViewContext, panel: AwayPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("awayDialog")
        self.setWindowTitle(tr("While you were away"))
        self.setStyleSheet(STYLE)
        self.setModal(False)
        self.away = panel
        settings = rule_settings(context.settings)
        zone = zone_of(settings)
        title = plain_label(tr("While you were away"), self, object_name="dialogTitle")
        count = len(panel)
        if panel.since is not None:
            since = moment_label(panel.since, settings, panel.now)
            text = (
                tr("1 reminder fell due since {moment}.")
                if count == 1
                else tr("{n} reminders fell due since {moment}.")
            ).format(n=count, moment=since)
        else:
            text = (
                tr("1 reminder is due.") if count == 1 else tr("{n} reminders are due.")
            ).format(n=count)
        if panel.earlier and panel.since is not None:
            text += " " + tr(
                "{n} of them were due earlier but never shown on this computer."
            ).format(n=len(panel.earlier))
        today = local_day(panel.now, zone)
        late = sum(1 for r in panel.items if local_day(r.effective_due_at, zone) < today)
        if late:
            text += " " + tr("Overdue before today: {n}.").format(n=late)
        self.summary = plain_label(text, self, object_name="dialogText")
        hint = plain_label(
            tr(
                "Select one or several lines, then snooze them, mark them done or open the "
                "card. Nothing is lost: what you do not handle now stays in Reminders."
            ),
            self,
            object_name="pageSubtitle",
        )
        self.panel = ReminderPanel(context, remove_on_action=True, parent=self)
        self.panel.set_rows(panel.items, panel.now)
        _open_signals(self.panel, self)
        self.panel.sig_emptied.connect(self.accept)
        self.seen_button = QPushButton(tr("Mark all as seen"), self)
        self.seen_button.setObjectName("markAllSeen")
        self.seen_button.setDefault(True)
        self.seen_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.seen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(self.panel, 1)
        layout.addLayout(bottom)
        self.resize(980, 560)


# ---- The area ------------------------------------------------------------------------------


class NotificationArea(QObject):
    """The always-present in-app notification area of the main window (plus the tray).

    Signals:
        sig_open_client(int), sig_open_quote(int), sig_open_job(int), sig_open_invoice(int):
            the user asked to open the record a notification is about.
        sig_count_changed(int): reminders waiting in the list.
        sig_notified(tuple): a batch of newly due reminders was shown (``ReminderView``).
        sig_away_shown(object): the "Pendant votre absence" dialog (``AwayDialog``) is open.
    """

    sig_open_client = Signal(int)
    sig_open_quote = Signal(int)
    sig_open_job = Signal(int)
    sig_open_invoice = Signal(int)
    sig_count_changed = Signal(int)
    sig_notified = Signal(tuple)
    sig_away_shown = Signal(object)

    def __init__(self, context: ViewContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.settings = rule_settings(context.settings)
        self.tray: QSystemTrayIcon | None = None
        self.away_dialog: AwayDialog | None = None
        self._refreshing = False
        self.actions = ReminderActions(context, window)
        self.actions.sig_done.connect(self._on_toast_acted)

        self.bell = QToolButton(window)
        self.bell.setObjectName("notificationBell")
        self.bell.setIcon(reminders_icon())
        self.bell.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.bell.setAutoRaise(True)
        self.bell.setToolTip(tr("Reminders due: show the list"))
        self.bell.setAccessibleName(tr("Notifications"))
        self.bell.clicked.connect(self.toggle_list)

        self.panel = ReminderPanel(context, remove_on_action=True)
        self.panel.setObjectName("notificationList")
        _open_signals(self.panel, self)
        self.panel.model.rowsInserted.connect(self._on_count_changed)
        self.panel.model.rowsRemoved.connect(self._on_count_changed)
        self.panel.model.modelReset.connect(self._on_count_changed)
        # The dock is narrow: the kind column goes (its text is in the title's tooltip).
        self.panel.table.setColumnHidden(1, True)
        clear = QPushButton(tr("Clear the list"))
        clear.setObjectName("clearNotifications")
        clear.setToolTip(tr("Empty this list; the reminders stay in Reminders"))
        clear.clicked.connect(self.clear)
        self.panel.bar.addWidget(clear)
        self.dock = QDockWidget(tr("Reminders to handle"), window)
        self.dock.setObjectName("notificationDock")
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(8, 8, 8, 8)
        holder_layout.addWidget(self.panel)
        self.dock.setWidget(holder)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()

        self.toast = Toast(self, window)
        self.toast.sig_show_all.connect(self.show_list)
        context.events.data_changed.connect(self._on_data_changed)
        self._on_count_changed()

    # ---- Public API ------------------------------------------------------------------------

    def count(self) -> int:
        return self.panel.model.rowCount()

    def reminders(self) -> list[ReminderView]:
        return self.panel.model.rows()

    @Slot(tuple)
    def add(self, items: Sequence[ReminderView]) -> None:
        """Connect to ``ReminderCoordinator.sig_notify``: show newly due reminders."""
        items = tuple(items)
        if not items:
            return
        self.panel.add_rows(items)
        self.panel.model.set_now(utc_now())
        self.toast.show_items(items, self.count())
        self._tray_message(items)
        self.sig_notified.emit(items)

    def show_list(self) -> None:
        self.toast.hide()
        self.dock.show()
        self.dock.raise_()
        self.panel.table.setFocus()

    def toggle_list(self) -> None:
        if self.dock.isVisible():
            self.dock.hide()
        else:
            self.show_list()

    def clear(self) -> None:
        self.panel.set_rows(())
        self.toast.hide()

    @Slot(object)
    def show_away_panel(self, panel: AwayPanel) -> AwayDialog | None:
        """Connect to ``ReminderCoordinator.sig_away``; nothing is shown when nothing is due."""
        if panel is None or len(panel) == 0:
            return None
        if self.away_dialog is not None:
            self.away_dialog.close()
        dialog = AwayDialog(self.context, panel, self.window)
        _open_signals(dialog, self)
        dialog.finished.connect(lambda _r: self._on_away_closed(dialog))
        dialog.show()
        dialog.raise_()
        self.away_dialog = dialog
        self.sig_away_shown.emit(dialog)
        return dialog

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        self.tray = tray
        if tray is not None:
            tray.messageClicked.connect(self._on_tray_clicked)

    # ---- Internals -------------------------------------------------------------------------

    def _on_away_closed(self, dialog: AwayDialog) -> None:
        if self.away_dialog is dialog:
            self.away_dialog = None
        dialog.deleteLater()

    def _tray_message(self, items: Sequence[ReminderView]) -> None:
        tray = self.tray
        if tray is None or not tray.isVisible() or not QSystemTrayIcon.supportsMessages():
            return
        first = items[0]
        if len(items) == 1:
            title = tr("Reminder: {title}").format(title=first.title)
        else:
            title = tr("{n} reminders are due").format(n=len(items))
        body = "\n".join(
            contact_line(r.title if len(items) > 1 else "", r.client_name, r.client_phone)
            for r in items[:4]
        )
        tray.showMessage(title, body, app_icon(), TRAY_MESSAGE_MS)

    def _on_tray_clicked(self) -> None:
        bring = getattr(self.window, "bring_to_front", None)
        if callable(bring):
            bring()
        self.show_list()

    def _on_count_changed(self, *_args: Any) -> None:
        count = self.count()
        self.bell.setText(count_text(count))
        font = self.bell.font()
        font.setBold(count > 0)
        self.bell.setFont(font)
        self.sig_count_changed.emit(count)

    def _on_toast_acted(self, outcome: BatchOutcome) -> None:
        now = utc_now()
        gone = {v.id for v in outcome.changed if not v.is_open or v.effective_due_at > now}
        for reminder_id in gone:
            self.panel.model.remove_id(reminder_id)
        self.toast.forget(gone)

    @Slot(object)
    def _on_data_changed(self, changes: Any) -> None:
        # A reminder handled elsewhere (Reminders view, another workstation's write seen
        # here) leaves the list: read the listed ones again.
        if not changes.touches("reminder") or not self.count() or self._refreshing:
            return
        self._refreshing = True
        ids = [r.id for r in self.reminders()]
        self.context.tasks.run_read(
            _read_views,
            ids,
            on_done=guarded(self, self._on_fresh),
            on_error=guarded(self, self._on_fresh_failed),
        )

    def _on_fresh(self, views: tuple[ReminderView, ...]) -> None:
        self._refreshing = False
        now = utc_now()
        fresh = {v.id: v for v in views}
        gone = set()
        for r in self.reminders():
            view = fresh.get(r.id)
            if view is None or not view.is_open or view.effective_due_at > now:
                gone.add(r.id)
        for reminder_id in gone:
            self.panel.model.remove_id(reminder_id)
        self.toast.forget(gone)

    def _on_fresh_failed(self, exc: BaseException) -> None:
        self._refreshing = False
        log.warning("notification list not refreshed: %s", exc)


def _read_views(session: Any, ids: list[int]) -> Any:
    from artisan_crm.services.reminders import reminder_views

    return reminder_views(session, ids)


# ---- Tray ------------------------------------------------------------------------------------


def make_tray(window: QWidget) -> QSystemTrayIcon | None:
    """The tray icon (with "Ouvrir" / "Quitter"), or None where no tray exists."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        log.info("no system tray: reminders are shown in the window only")
        return None
    from PySide6.QtWidgets import QMenu

    tray = QSystemTrayIcon(app_icon(), window)
    tray.setToolTip(tr("Artisan CRM"))
    menu = QMenu(window)
    show = menu.addAction(tr("Show Artisan CRM"))
    bring = getattr(window, "bring_to_front", window.show)
    show.triggered.connect(bring)
    menu.addSeparator()
    quit_action = menu.addAction(tr("Quit"))
    quit_action.triggered.connect(window.close)
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: bring() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
    )
    tray._menu = menu  # type: ignore[attr-defined]  # the menu lives as long as the icon
    tray.show()
    return tray
