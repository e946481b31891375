"""File ▸ Import clients… and File ▸ Export clients… (the main window's menu)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from artisan_crm.ui.clients.common import error_text, guarded, tell
from artisan_crm.ui.views.base import ViewContext

if TYPE_CHECKING:
    from artisan_crm.ui.clients.import_wizard import ImportDialog


class ClientFileActions(QObject):
    """The two menu actions and what they do; ``choose_*`` are separate so tests answer them.

    ``dialog`` is the import dialog last opened.
    """

    def __init__(self, context: ViewContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.dialog: ImportDialog | None = None
        self.import_action = QAction(self.tr("&Import clients…"), window)
        self.import_action.setObjectName("importClientsAction")
        self.import_action.setStatusTip(
            self.tr("Bring clients in from a CSV file or a vCard address book")
        )
        self.import_action.triggered.connect(self.start_import)
        self.export_action = QAction(self.tr("&Export clients…"), window)
        self.export_action.setObjectName("exportClientsAction")
        self.export_action.setStatusTip(
            self.tr("Write every client to a CSV file or a vCard address book")
        )
        self.export_action.triggered.connect(self.start_export)

    # ---- Import -------------------------------------------------------------------------------

    def choose_import_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import clients"),
            str(Path.home()),
            self.tr("Client files (*.csv *.txt *.vcf *.vcard);;All files (*)"),
        )
        return path

    def start_import(self) -> ImportDialog | None:
        path = self.choose_import_file()
        if not path:
            return None
        return self.open_import(Path(path))

    def open_import(self, path: Path) -> ImportDialog:
        # Imported on use: the File menu is built at start, the wizard is rarely opened.
        from artisan_crm.ui.clients.import_wizard import ImportDialog

        self.dialog = ImportDialog(self.context, path, self.window)
        self.dialog.open()
        return self.dialog

    # ---- Export -------------------------------------------------------------------------------

    def choose_export_file(self) -> tuple[str, str]:
        """``(path, format)``; format ``csv`` or ``vcf``."""
        csv_filter = self.tr("Spreadsheet (CSV) (*.csv)")
        vcf_filter = self.tr("vCard address book (*.vcf)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export clients"),
            str(Path.home() / "clients.csv"),
            f"{csv_filter};;{vcf_filter}",
        )
        if not path:
            return "", ""
        fmt = "vcf" if chosen == vcf_filter or path.lower().endswith((".vcf", ".vcard")) else "csv"
        if fmt == "csv" and not path.lower().endswith(".csv"):
            path += ".csv"
        if fmt == "vcf" and not path.lower().endswith((".vcf", ".vcard")):
            path += ".vcf"
        return path, fmt

    def start_export(self) -> None:
        path, fmt = self.choose_export_file()
        if not path:
            return
        from artisan_crm.services.exporting import export_clients

        self.context.tasks.run_read(
            export_clients,
            Path(path),
            fmt=fmt,
            on_done=guarded(self.window, lambda count: self._on_exported(path, count)),
            on_error=guarded(
                self.window,
                lambda exc: tell(self.window, self.tr("Export clients"), error_text(exc)),
            ),
        )

    def _on_exported(self, path: str, count: int) -> None:
        self.last_message = tell(
            self.window,
            self.tr("Export clients"),
            self.tr("{count} client(s) written to:\n{path}").format(count=count, path=path),
            error=False,
        )


def client_file_actions(context: ViewContext, window: QWidget) -> ClientFileActions:
    """The File-menu actions of the Clients feature, owned by ``window``."""
    return ClientFileActions(context, window)
