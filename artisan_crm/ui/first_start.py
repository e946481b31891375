"""The first start: offer demonstration data or an empty database.

Offered once, when the database has no client and the choice was never made.
Demonstration data is generated on the background worker (the single writer)
behind a progress dialog; the views refresh through ``AppEvents.data_changed``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.config import Options
from artisan_crm.domain.changes import ChangeSet
from artisan_crm.domain.errors import UserFacingError
from artisan_crm.ui.taskman import ProgressRelay
from artisan_crm.ui.views.base import plain_label

if TYPE_CHECKING:
    from artisan_crm.ui.views.base import ViewContext

log = logging.getLogger(__name__)


def _is_empty(session: Any) -> bool:
    from artisan_crm.services.stats import is_empty

    return is_empty(session)


def _generate_demo(db: Any, progress: Any) -> Any:
    from artisan_crm.demo import generate_demo  # lazy: Faker is heavy, and only needed here

    return generate_demo(db, progress=progress)


def _written_tables() -> ChangeSet:
    from artisan_crm.services.stats import COUNTED

    return ChangeSet.everything(model.__tablename__ for model in COUNTED.values())


class FirstStartDialog(QDialog):
    """Welcome, and the choice between demonstration data and an empty database."""

    DEMO = 1
    EMPTY = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome to Artisan CRM"))
        self.setModal(True)

        title = plain_label(self.tr("Welcome to Artisan CRM"), self, object_name="dialogTitle")
        text = plain_label(
            self.tr(
                "Your database is empty. Do you want to discover the application with "
                "demonstration data (fictitious clients, quotes, jobs and invoices)?\n\n"
                "You can also start right away with an empty database and enter your own "
                "clients. Demonstration data is fictitious: do not mix it with your real "
                "clients."
            ),
            self,
            object_name="dialogText",
        )
        text.setMinimumWidth(520)

        self.demo_button = QPushButton(self.tr("Load demonstration data"), self)
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        self.empty_button = QPushButton(self.tr("Start with an empty database"), self)
        self.empty_button.clicked.connect(lambda: self.done(self.EMPTY))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.demo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)


class FirstStart(QObject):
    """Runs the first-start flow without blocking the event loop.

    Signals:
        sig_finished(str): ``"demo"`` (data loaded), ``"empty"`` (empty base
            chosen), ``"skipped"`` (not needed or postponed) or ``"failed"``.
    """

    sig_finished = Signal(str)

    def __init__(self, context: ViewContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self.dialog: FirstStartDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._relay: ProgressRelay | None = None
        self.failure_box: QMessageBox | None = None

    def start(self) -> None:
        settings = self.context.settings
        if settings.get(Options.FIRST_START_DONE):
            self.sig_finished.emit("skipped")
            return
        self.context.tasks.run_read(_is_empty, on_done=self._on_emptiness_known)

    def _mark_done(self) -> None:
        self.context.settings.set(Options.FIRST_START_DONE, True)
        self.context.settings.sync()

    def _on_emptiness_known(self, empty: bool) -> None:
        if not empty:
            # Data is already there (a shared database, a restored backup): nothing to offer.
            self._mark_done()
            self.sig_finished.emit("skipped")
            return
        self.dialog = FirstStartDialog(self.parent_widget)
        self.dialog.finished.connect(self._on_choice)
        self.dialog.open()

    @Slot(int)
    def _on_choice(self, choice: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        if choice == FirstStartDialog.DEMO:
            self._load_demo()
        elif choice == FirstStartDialog.EMPTY:
            self._mark_done()
            self._show_first_steps()
            self.sig_finished.emit("empty")
        else:  # closed without choosing: ask again next time
            self.sig_finished.emit("skipped")

    # ---- Demonstration data --------------------------------------------------------------

    def _load_demo(self) -> None:
        progress = QProgressDialog(self.parent_widget)
        progress.setObjectName("demoProgress")
        progress.setWindowTitle(self.tr("Demonstration data"))
        progress.setLabelText(self.tr("Creating the demonstration data…"))
        progress.setCancelButton(None)  # the generator cannot be interrupted halfway
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setRange(0, 0)  # busy until the first report
        progress.setMinimumWidth(420)
        progress.show()
        self.progress_dialog = progress

        relay = ProgressRelay(self)
        relay.sig_progress.connect(self._on_progress)
        self._relay = relay
        self.context.tasks.run(
            _generate_demo,
            self.context.db,
            relay,
            on_done=self._on_demo_loaded,
            on_error=self._on_demo_failed,
        )

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is None:
            return
        if total > 0:
            self.progress_dialog.setRange(0, total)
            self.progress_dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        if self._relay is not None:
            self._relay.deleteLater()
            self._relay = None

    def _on_demo_loaded(self, summary: Any) -> None:
        log.info("demonstration data loaded: %s", summary)
        self._close_progress()
        self._mark_done()
        self.context.tasks.publish(_written_tables())
        self._show_first_steps()
        self.sig_finished.emit("demo")

    def _show_first_steps(self) -> None:
        """A first start ends on the « Premiers pas » page (the main window's Help ▸ First steps)."""
        show = getattr(self.parent_widget, "show_first_steps", None)
        if callable(show):
            show()

    def _on_demo_failed(self, exc: BaseException) -> None:
        log.error("demonstration data failed", exc_info=exc)
        self._close_progress()
        if isinstance(exc, UserFacingError):
            detail = str(exc)
        else:
            detail = self.tr("Technical detail: {error}").format(
                error=f"{type(exc).__name__}: {exc}"
            )
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Demonstration data"))
        message = self.tr(
            "The demonstration data could not be created. Your database was left as it "
            "was; you will be offered the choice again at the next start."
        )
        box.setText(f"{message}\n\n{detail}")
        box.setObjectName("demoFailedBox")
        box.open()
        self.failure_box = box
        self.sig_finished.emit("failed")
