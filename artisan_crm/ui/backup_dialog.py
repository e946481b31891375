"""Fichier ▸ Sauvegardes…: back up now, and restore a backup (the app restarts on it).

The list shows only complete, verified backups (``storage.backup.list_backups``). A
restore is confirmed, the chosen file is checked on the worker, then the window closes;
``app.run_gui`` replaces the database once it is closed (keeping a copy of the current
one) and starts the application again on the restored data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from artisan_crm.storage.backup import BackupInfo, backup_sqlite, list_backups, verify_backup
from artisan_crm.ui.common import error_text, guarded
from artisan_crm.ui.views.base import ViewContext, plain_label

# QApplication property naming the backup to restore once the database is closed.
RESTORE_PROPERTY = "artisanCrmRestoreBackup"

INDEX = QModelIndex | QPersistentModelIndex


def human_size(size: int) -> str:
    locale = QLocale()
    if size >= 1024 * 1024:
        return f"{locale.toString(size / (1024 * 1024), 'f', 1)} Mo"
    return f"{locale.toString(max(1, round(size / 1024)))} Ko"


def when_text(info: BackupInfo) -> str:
    from PySide6.QtCore import QDateTime

    moment = QDateTime.fromSecsSinceEpoch(int(info.created_at.timestamp()))
    return QLocale().toString(moment, "dddd d MMMM yyyy, HH:mm")


class BackupListModel(QAbstractTableModel):
    """The verified backups of the folder, newest first."""

    HEADERS = ("Date", "Size", "Kind")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        info = self.backups[index.row()]
        if index.column() == 0:
            return when_text(info)
        if index.column() == 1:
            return human_size(info.size)
        return _reason_label(info.reason)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (
            QCoreApplication.translate("BackupDialog", "Date"),
            QCoreApplication.translate("BackupDialog", "Size"),
            QCoreApplication.translate("BackupDialog", "Kind"),
        )
        return labels[section] if 0 <= section < 3 else None


def _reason_label(reason: str) -> str:
    if reason == "quotidienne":
        return QCoreApplication.translate("BackupDialog", "Daily (at start)")
    if reason == "manuelle":
        return QCoreApplication.translate("BackupDialog", "Made by hand")
    if reason == "avant-restauration":
        return QCoreApplication.translate("BackupDialog", "Before a restore")
    if reason.startswith("avant-mise-a-jour"):
        return QCoreApplication.translate("BackupDialog", "Before an update")
    return reason


class BackupDialog(QDialog):
    """Back up now, restore a backup.

    Signals:
        sig_restore_chosen(str): the user confirmed the restore of this (verified) backup.
    """

    sig_restore_chosen = Signal(str)

    def __init__(self, context: ViewContext, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder = folder
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)
        shared = not context.db.is_sqlite
        intro = (
            self.tr(
                "In shared mode the backups are made on the server (pg_dump): see the "
                "README, or run “artisan-crm backup”."
            )
            if shared
            else self.tr(
                "A verified copy is made every day at start, before every update and when "
                "you ask. Restoring keeps a copy of the current database first."
            )
        )
        self.intro = plain_label(intro, self)
        self.folder_label = plain_label(self.tr("Folder: {folder}").format(folder=folder), self)
        self.model = BackupListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.ask_restore())
        self.status = plain_label("", self)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.clicked.connect(self.ask_restore)
        self.open_button = QPushButton(self.tr("Open the folder"), self)
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
        )
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not shared)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_backups(list_backups(self.folder))
        if self.model.rowCount():
            self.table.selectRow(0)
        count = self.model.rowCount()
        self.status.setText(
            self.tr("Backups kept: {count}.").format(count=count)
            if count
            else self.tr("No backup yet.")
        )

    def backup_now(self) -> None:
        live = self.context.db.sqlite_path
        if live is None:
            return
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))

        def done(made: Path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()
            self.status.setText(
                self.tr("Backup written and verified: {name}").format(name=made.name)
            )

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.status.setText(error_text(exc))

        self.context.tasks.run(
            backup_sqlite,
            live,
            self.folder,
            reason="manuelle",
            on_done=guarded(self, done),
            on_error=guarded(self, failed),
        )

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def ask_restore(self) -> QMessageBox | None:
        info = self.selected()
        if info is None or self.context.db.sqlite_path is None:
            return None
        box = QMessageBox(self)
        box.setObjectName("restoreQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            self.tr(
                "Replace the current database with the backup of {when}? A copy of the "
                "current database is made first. Artisan CRM then restarts on the restored data."
            ).format(when=when_text(info))
        )
        restore = box.addButton(self.tr("Restore and restart"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _r: self._check_then_restore(info) if box.clickedButton() is restore else None
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_box = box
        return box

    def _check_then_restore(self, info: BackupInfo) -> None:
        self.status.setText(self.tr("Checking the backup…"))

        def checked(_result: object) -> None:
            self.sig_restore_chosen.emit(str(info.path))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.status.setText(error_text(exc))

        self.context.tasks.run(
            verify_backup, info.path, on_done=guarded(self, checked), on_error=guarded(self, failed)
        )


def request_restore_and_quit(window: QWidget, backup: str) -> None:
    """Remember the backup to restore, then close the window: ``run_gui`` restores it once
    the database is closed and starts the application again."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(RESTORE_PROPERTY, backup)
    window.close()
