"""File ▸ Import clients: a CSV or vCard file, its column mapping, then the report.

1. The file is read on the worker; a CSV gets its columns guessed (French or English
   headers) and the first rows previewed, each with what would be imported or why it
   would be refused. Every guess can be changed with the combo of its column.
2. The import runs on the worker, in one transaction, with a progress bar.
3. The report: how many clients were imported, duplicates skipped or merged, and the
   rejected rows with their line number and the reason, in French.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from artisan_crm.services.importing import (
    FIELD_LABELS,
    CsvPreview,
    DuplicatePolicy,
    ImportField,
    ImportReport,
    SourceRow,
    csv_clients,
    detect_format,
    preview_csv,
    run_import,
    vcard,
)
from artisan_crm.ui.clients.common import error_text, guarded, plain_tooltip
from artisan_crm.ui.taskman import ProgressRelay
from artisan_crm.ui.views.base import ViewContext, plain_label

INDEX = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 8
ERROR_COLOUR = QColor("#b3261e")
OK_COLOUR = QColor("#2e7d32")


# ---- Worker side ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedFile:
    """A file read for import: its bytes and what the preview shows."""

    path: Path
    fmt: str
    data: bytes
    #: CSV only
    preview: CsvPreview | None
    #: vCard only: (line, name, problem) of the first cards, and the number of cards
    cards: tuple[tuple[int, str, str], ...] = ()
    card_count: int = 0
    encoding: str = ""


def read_import_file(path: Path) -> LoadedFile:
    """Read and preview ``path`` (worker; no database needed)."""
    from artisan_crm.services.importing import read_import_bytes

    data = read_import_bytes(path)
    fmt = detect_format(path.name, data)
    if fmt == "vcard":
        from artisan_crm.domain.errors import ValidationError
        from artisan_crm.services.clients import display_name_of, validate_client

        cards = vcard.parse_vcards(data)
        shown = []
        for card in cards[:PREVIEW_ROWS]:
            draft = vcard.card_to_draft(card)
            problem = ""
            try:
                validate_client(draft)
            except ValidationError as exc:
                problem = " ".join(dict.fromkeys(exc.field_errors.values()))
            name = display_name_of(
                draft.kind, draft.first_name, draft.last_name, draft.company_name, 0
            )
            shown.append((card.line, name, problem))
        return LoadedFile(
            path,
            fmt,
            data,
            None,
            tuple(shown),
            len(cards),
            csv_clients.decode(data)[1],
        )
    return LoadedFile(path, fmt, data, preview_csv(data, limit=PREVIEW_ROWS))


def _counted(
    rows: Iterator[SourceRow], total: int, progress: Callable[[int, int], None]
) -> Iterator[SourceRow]:
    done = 0
    for row in rows:
        done += 1
        if done % 25 == 0:
            progress(done, total)
        yield row
    progress(done, max(total, done))


def import_file(
    session: Session,
    loaded: LoadedFile,
    mapping: Sequence[ImportField | None],
    policy: DuplicatePolicy,
    progress: Callable[[int, int], None],
) -> ImportReport:
    """Import the file with the chosen mapping, reporting progress (worker, one transaction)."""
    if loaded.fmt == "vcard":
        cards = vcard.parse_vcards(loaded.data)
        warnings = () if cards else (vcard.no_cards_warning(),)
        return run_import(
            session,
            _counted(vcard.source_rows(cards), len(cards), progress),
            fmt="vcard",
            policy=policy,
            encoding=loaded.encoding,
            warnings=warnings,
        )
    assert loaded.preview is not None
    csv_file = csv_clients.read_csv(loaded.data, delimiter=loaded.preview.delimiter)
    fresh = preview_csv(loaded.data, mapping, limit=0, delimiter=loaded.preview.delimiter)
    return run_import(
        session,
        _counted(csv_clients.source_rows(csv_file, mapping), fresh.data_rows, progress),
        fmt="csv",
        policy=policy,
        encoding=csv_file.encoding,
        delimiter=csv_file.delimiter,
        warnings=fresh.warnings,
    )


# ---- Models -----------------------------------------------------------------------------------


class PreviewModel(QAbstractTableModel):
    """The first rows of the file: line, what would be imported, and any problem."""

    LINE, CONTENT, PROBLEM = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: (line, content, problem)
        self.rows: list[tuple[int, str, str]] = []
        self._headers = (self.tr("Line"), self.tr("What will be imported"), self.tr("Check"))

    def set_rows(self, rows: Sequence[tuple[int, str, str]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        line, content, problem = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE:
                return str(line)
            if column == self.CONTENT:
                return content
            return problem or self.tr("OK")
        if role == Qt.ItemDataRole.ToolTipRole and column != self.LINE:
            return plain_tooltip(problem if column == self.PROBLEM else content) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PROBLEM:
            return QBrush(ERROR_COLOUR if problem else OK_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class ReportModel(QAbstractTableModel):
    """The rows that were not simply imported: rejected, skipped or merged duplicates."""

    LINE, OUTCOME, DETAIL = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: (line, outcome, detail, is_error)
        self.rows: list[tuple[int, str, str, bool]] = []
        self._headers = (self.tr("Line"), self.tr("Outcome"), self.tr("Details"))

    def set_report(self, report: ImportReport) -> None:
        rows: list[tuple[int, str, str, bool]] = []
        for rejected in report.rejected:
            rows.append((rejected.line, self.tr("Rejected"), rejected.reason, True))
        for dup in report.duplicates:
            outcome = self.tr("Merged") if dup.merged else self.tr("Duplicate skipped")
            detail = self.tr("{client} ({reason})").format(
                client=dup.client_name, reason=dup.reason
            )
            rows.append((dup.line, outcome, detail, False))
        rows.sort(key=lambda r: r[0])
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        line, outcome, detail, is_error = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(line), outcome, detail)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAIL:
            return plain_tooltip(detail) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OUTCOME and is_error:
            return QBrush(ERROR_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setColumnWidth(1, 430)
    return table


# ---- The dialog -------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Preview and mapping, progress, report.

    Signals:
        sig_finished(object): the :class:`ImportReport` of the import just done.
        sig_ready(): the file was read and its preview is shown.
    """

    sig_finished = Signal(object)
    sig_ready = Signal()

    def __init__(self, context: ViewContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.loaded: LoadedFile | None = None
        self.report: ImportReport | None = None
        self.mapping_combos: list[QComboBox] = []
        self._preview_generation = 0
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import clients — {file}").format(file=path.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.pages = QStackedWidget(self)

        # ---- Page 0: preview and mapping
        self.preview_page = QWidget()
        self.file_info = plain_label(self.tr("Reading the file…"), object_name="importFileInfo")
        self.mapping_title = plain_label(
            self.tr(
                "Columns of the file and the client field each one fills (change a guess "
                "with its list):"
            ),
            object_name="importMappingTitle",
        )
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setHorizontalSpacing(12)
        self.mapping_grid.setVerticalSpacing(4)
        mapping_holder = QWidget()
        mapping_holder.setLayout(self.mapping_grid)
        self.mapping_scroll = QScrollArea()
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.mapping_scroll.setWidget(mapping_holder)
        self.mapping_scroll.setMinimumHeight(150)
        self.warnings = plain_label("", object_name="importWarnings")
        self.warnings.setStyleSheet("color: #8a5300;")
        self.preview_model = PreviewModel(self)
        self.preview_table = _table(self.preview_model, "importPreview")
        self.preview_title = plain_label(self.tr("First rows:"), object_name="importPreviewTitle")
        self.policy = QComboBox()
        self.policy.setObjectName("duplicatePolicy")
        self.policy.addItem(self.tr("skip the row (keep the existing card)"), DuplicatePolicy.SKIP)
        self.policy.addItem(self.tr("complete the existing card"), DuplicatePolicy.MERGE)
        self.policy.addItem(self.tr("import it as a new client anyway"), DuplicatePolicy.IMPORT)
        policy_row = QHBoxLayout()
        policy_label = plain_label(self.tr("When a row looks like a client already in the file:"))
        policy_label.setWordWrap(False)
        policy_row.addWidget(policy_label)
        policy_row.addWidget(self.policy)
        policy_row.addStretch(1)
        page = QVBoxLayout(self.preview_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.file_info)
        page.addWidget(self.mapping_title)
        page.addWidget(self.mapping_scroll, 2)
        page.addWidget(self.warnings)
        page.addWidget(self.preview_title)
        page.addWidget(self.preview_table, 3)
        page.addLayout(policy_row)

        # ---- Page 1: progress
        self.progress_page = QWidget()
        self.progress_label = plain_label(self.tr("Importing…"), object_name="importProgressText")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        progress = QVBoxLayout(self.progress_page)
        progress.addStretch(1)
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress)
        progress.addStretch(1)

        # ---- Page 2: report
        self.report_page = QWidget()
        self.summary = plain_label("", object_name="importSummary")
        self.summary.setStyleSheet("font-size: 12pt;")
        self.report_warnings = plain_label("", object_name="importReportWarnings")
        self.report_warnings.setStyleSheet("color: #8a5300;")
        self.report_model = ReportModel(self)
        self.report_table = _table(self.report_model, "importReport")
        self.report_table.setColumnWidth(ReportModel.OUTCOME, 170)
        self.report_hint = plain_label(
            self.tr(
                "Rejected rows were not imported: correct them in the file and import it "
                "again (the clients already imported are recognised as duplicates)."
            ),
            object_name="importReportHint",
        )
        report = QVBoxLayout(self.report_page)
        report.setContentsMargins(0, 0, 0, 0)
        report.addWidget(self.summary)
        report.addWidget(self.report_warnings)
        report.addWidget(self.report_table, 1)
        report.addWidget(self.report_hint)

        self.pages.addWidget(self.preview_page)
        self.pages.addWidget(self.progress_page)
        self.pages.addWidget(self.report_page)

        self.buttons = QDialogButtonBox(self)
        self.import_button: QPushButton = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button: QPushButton = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.hide()
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.windowTitle(), object_name="dialogTitle"))
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

        context.tasks.run(
            read_import_file,
            path,
            on_done=guarded(self, self._on_loaded),
            on_error=guarded(self, self._on_load_failed),
        )

    # ---- Preview ------------------------------------------------------------------------------

    def _on_load_failed(self, exc: BaseException) -> None:
        self.file_info.setText(
            self.tr("The file cannot be imported: {error}").format(error=error_text(exc))
        )
        self.file_info.setStyleSheet("color: #b3261e;")
        self.mapping_title.hide()
        self.mapping_scroll.hide()
        self.preview_title.hide()
        self.preview_table.hide()

    def _on_loaded(self, loaded: LoadedFile) -> None:
        self.loaded = loaded
        if loaded.fmt == "vcard":
            self.file_info.setText(
                self.tr("{file}: vCard address book, {count} card(s).").format(
                    file=loaded.path.name, count=loaded.card_count
                )
            )
            self.mapping_title.hide()
            self.mapping_scroll.hide()
            self.preview_model.set_rows(loaded.cards)
            self.import_button.setEnabled(loaded.card_count > 0)
        else:
            preview = loaded.preview
            assert preview is not None
            delimiter = {";": "« ; »", ",": "« , »", "\t": self.tr("tab")}.get(
                preview.delimiter, preview.delimiter
            )
            self.file_info.setText(
                self.tr(
                    "{file}: spreadsheet (CSV), {rows} row(s), encoding {encoding}, separator {sep}."
                ).format(
                    file=loaded.path.name,
                    rows=preview.data_rows,
                    encoding=preview.encoding,
                    sep=delimiter,
                )
            )
            self._build_mapping(preview)
            self._show_preview(preview)
            self.import_button.setEnabled(preview.data_rows > 0)
        self.sig_ready.emit()

    def _build_mapping(self, preview: CsvPreview) -> None:
        header = plain_label(self.tr("Column of the file"))
        header.setStyleSheet("font-weight: 600;")
        field = plain_label(self.tr("Client field"))
        field.setStyleSheet("font-weight: 600;")
        sample = plain_label(self.tr("Example"))
        sample.setStyleSheet("font-weight: 600;")
        self.mapping_grid.addWidget(header, 0, 0)
        self.mapping_grid.addWidget(field, 0, 1)
        self.mapping_grid.addWidget(sample, 0, 2)
        for column, (name, chosen) in enumerate(
            zip(preview.headers, preview.mapping, strict=False)
        ):
            label = plain_label(name or self.tr("(column {n}, no title)").format(n=column + 1))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column}")
            combo.addItem(self.tr("— ignore —"), None)
            for import_field, text in FIELD_LABELS.items():
                combo.addItem(text, import_field)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            example = next(
                (
                    row.cells[column]
                    for row in preview.rows
                    if column < len(row.cells) and row.cells[column].strip()
                ),
                "",
            )
            example_label = plain_label(" ".join(example.split())[:60])
            example_label.setStyleSheet("color: #5a6b78;")
            self.mapping_grid.addWidget(label, column + 1, 0)
            self.mapping_grid.addWidget(combo, column + 1, 1)
            self.mapping_grid.addWidget(example_label, column + 1, 2)
            self.mapping_combos.append(combo)
        self.mapping_grid.setColumnStretch(2, 1)

    def mapping(self) -> tuple[ImportField | None, ...]:
        return tuple(combo.currentData() for combo in self.mapping_combos)

    def _show_preview(self, preview: CsvPreview) -> None:
        rows = []
        for row in preview.rows:
            content = " · ".join(
                f"{FIELD_LABELS[f]} : {' '.join(v.split())}" for f, v in row.mapped
            )
            rows.append((row.line, content, row.error or ""))
        self.preview_model.set_rows(rows)
        self.warnings.setText("\n".join(f"⚠ {w}" for w in preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))

    @Slot()
    def _on_mapping_changed(self) -> None:
        if self.loaded is None or self.loaded.preview is None:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        self.context.tasks.run(
            preview_csv,
            self.loaded.data,
            self.mapping(),
            limit=PREVIEW_ROWS,
            delimiter=self.loaded.preview.delimiter,
            on_done=guarded(self, lambda p: self._on_preview(generation, p)),
            on_error=guarded(self, lambda exc: self.warnings.setText(error_text(exc))),
        )

    def _on_preview(self, generation: int, preview: CsvPreview) -> None:
        if generation == self._preview_generation:
            self._show_preview(preview)

    # ---- Import -------------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        if self.loaded is None:
            return
        self.pages.setCurrentWidget(self.progress_page)
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.relay = ProgressRelay(self)
        self.relay.sig_progress.connect(self._on_progress)
        self.context.tasks.run_write(
            import_file,
            self.loaded,
            self.mapping(),
            self.policy.currentData(),
            self.relay,
            on_done=guarded(self, self._on_imported),
            on_error=guarded(self, self._on_import_failed),
        )

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress_label.setText(
            self.tr("Importing… {done} / {total} rows").format(done=done, total=total)
        )

    def _on_imported(self, report: ImportReport) -> None:
        self.report = report
        self.pages.setCurrentWidget(self.report_page)
        self.import_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.summary.setText(
            self.tr(
                "{rows} row(s) read: {imported} client(s) imported, {skipped} duplicate(s) "
                "skipped, {merged} merged, {rejected} row(s) rejected."
            ).format(
                rows=report.data_rows,
                imported=report.imported,
                skipped=report.skipped,
                merged=report.merged,
                rejected=len(report.rejected),
            )
        )
        self.report_warnings.setText("\n".join(f"⚠ {w}" for w in report.warnings))
        self.report_warnings.setVisible(bool(report.warnings))
        self.report_model.set_report(report)
        has_rows = bool(self.report_model.rows)
        self.report_table.setVisible(has_rows)
        self.report_hint.setVisible(bool(report.rejected))
        self.sig_finished.emit(report)

    def _on_import_failed(self, exc: BaseException) -> None:
        self.pages.setCurrentWidget(self.preview_page)
        self.cancel_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.warnings.setText(
            self.tr("Nothing was imported: {error}").format(error=error_text(exc))
        )
        self.warnings.setStyleSheet("color: #b3261e;")
        self.warnings.show()
