"""The Quotes view: every quote by status, searchable and sortable; opens the editor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QPushButton, QTabBar, QWidget

from artisan_crm.domain.enums import QuoteStatus
from artisan_crm.ui.quotes.common import (
    LIST_LIMIT,
    MUTED_COLOUR,
    Column,
    ListPage,
    RowsModel,
    money,
)
from artisan_crm.ui.quotes.editor import QuoteEditor, open_quote_editor
from artisan_crm.ui.views.base import ViewContext


@dataclass(frozen=True)
class QuoteList:
    rows: list[Any]
    summary: list[Any]
    total: int


def read_quotes(session: Any, status: str | None, search: str) -> QuoteList:
    """Worker side: the quotes of one status tab, and the count of every tab."""
    from artisan_crm.services.quotes import count_quotes, list_quotes, quote_status_summary

    wanted = QuoteStatus(status) if status else None
    rows = list_quotes(session, status=wanted, search=search or None, limit=LIST_LIMIT)
    total = len(rows)
    if total >= LIST_LIMIT:
        total = count_quotes(session, status=wanted, search=search or None)
    return QuoteList(rows, quote_status_summary(session), total)


def status_tab_texts() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("QuotesView", "All")),
        (QuoteStatus.DRAFT.value, QCoreApplication.translate("QuotesView", "Drafts")),
        (QuoteStatus.SENT.value, QCoreApplication.translate("QuotesView", "Sent")),
        (QuoteStatus.ACCEPTED.value, QCoreApplication.translate("QuotesView", "Accepted")),
        (QuoteStatus.REFUSED.value, QCoreApplication.translate("QuotesView", "Refused")),
        (QuoteStatus.EXPIRED.value, QCoreApplication.translate("QuotesView", "Expired")),
        (QuoteStatus.CANCELLED.value, QCoreApplication.translate("QuotesView", "Cancelled")),
    ]


class QuotesView(ListPage):
    """Signals: see :class:`ListPage` (``sig_loaded``, ``sig_open_requested``)."""

    view_id = "quotes"
    watched_tables = ("quote", "quote_line", "client", "job", "invoice")

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        model: RowsModel[Any] = RowsModel(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Client"), lambda r: r.client_name),
                Column(self.tr("Subject"), lambda r: r.title),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(
                    self.tr("Since"),
                    lambda r: r.age_text,
                    lambda r: r.age_days,
                    colour=lambda r: MUTED_COLOUR,
                ),
                Column(
                    self.tr("Total excl. VAT"),
                    lambda r: money(r.total_excl_vat),
                    lambda r: r.total_excl_vat,
                    numeric=True,
                ),
                Column(
                    self.tr("Total incl. VAT"),
                    lambda r: money(r.total_incl_vat),
                    lambda r: r.total_incl_vat,
                    numeric=True,
                ),
            ]
        )
        super().__init__(
            context,
            title=self.tr("Quotes"),
            subtitle=self.tr("Your quotes, from draft to signature."),
            empty_text=self.tr(
                "No quote yet. Your quotes (DEV-2026-0001…) and their status will appear here."
            ),
            search_placeholder=self.tr("Search: number, client, subject, line…"),
            model=model,
            parent=parent,
        )
        model.setParent(self)
        self.empty_hint.setText(self.tr("Create the first one with “New quote” (Ctrl+N)."))
        self.summary: list[Any] = []

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("quoteStatusTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for status, text in status_tab_texts():
            index = self.tabs.addTab(text)
            self.tabs.setTabData(index, status)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.filter_bar.addWidget(self.tabs)
        self.filter_bar.addStretch(1)

        self.new_button = QPushButton(self.tr("New quote"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("New quote (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_quote)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open the selected quote (Enter)"))
        self.open_button.clicked.connect(self._on_open_current)
        self.actions_bar.addWidget(self.new_button)
        self.actions_bar.addWidget(self.open_button)
        self.actions_bar.addStretch(1)
        # Active only while this view is the one shown (a hidden widget's shortcut sleeps).
        window_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        window_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        window_shortcut.activated.connect(self.new_quote)
        self.new_shortcut = window_shortcut

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 125), (1, 210), (3, 85), (4, 165), (5, 110), (6, 110)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.sig_open_requested.connect(self.open_quote)
        self.update_actions()

    # ---- Loading --------------------------------------------------------------------------

    def status_filter(self) -> str | None:
        return self.tabs.tabData(self.tabs.currentIndex())

    def fetch_args(self) -> tuple[Any, ...]:
        return (self.status_filter(), self.search.text().strip())

    @staticmethod
    def fetch(session: Any, *args: Any) -> QuoteList:
        return read_quotes(session, *args)

    def filtering(self) -> bool:
        return super().filtering() or self.status_filter() is not None

    def show_result(self, result: QuoteList) -> None:
        self.summary = result.summary
        self.model.set_rows(result.rows)
        counts = {s.status.value: s.count for s in result.summary}
        for index, (status, text) in enumerate(status_tab_texts()):
            count = sum(counts.values()) if status is None else counts.get(status, 0)
            self.tabs.setTabText(index, f"{text} ({count})")
        shown = len(result.rows)
        excl = sum((r.total_excl_vat for r in result.rows), start=0)
        if result.total > shown:
            text = self.tr(
                "{shown} most recent quotes shown out of {total}: refine the search to see the "
                "others."
            ).format(shown=shown, total=result.total)
        else:
            text = self.tr("{count} quote(s) · {amount} excl. VAT").format(
                count=shown, amount=money(excl)
            )
        self.status_text.setText(text)

    def update_actions(self) -> None:
        self.open_button.setEnabled(self.current_id() is not None)

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self.refresh()

    # ---- Opening --------------------------------------------------------------------------

    @Slot(int)
    def open_quote(self, quote_id: int) -> QuoteEditor:
        self.editor = open_quote_editor(self.context, self.window(), quote_id=quote_id)
        return self.editor

    @Slot()
    def new_quote(self) -> None:
        from artisan_crm.ui.quotes.client_picker import ClientPickerDialog

        picker = ClientPickerDialog(self.context, self.window())
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.sig_client_chosen.connect(self._on_client_chosen)
        self.client_picker = picker
        picker.open()

    @Slot(int, str)
    def _on_client_chosen(self, client_id: int, _name: str) -> None:
        from artisan_crm.ui.rating.guard import check_quote_guard

        # A client to watch or a "vampire": show why first, and suggest the terms
        # artisans use (larger deposit, shorter validity); the user decides.
        self.guard_check = check_quote_guard(
            self,
            self.context,
            client_id,
            on_continue=lambda decision: self._open_new_quote(client_id, decision),
        )

    def _open_new_quote(self, client_id: int, decision: Any) -> None:
        self.editor = open_quote_editor(
            self.context,
            self.window(),
            client_id=client_id,
            suggested_deposit=decision.deposit_percent,
            suggested_validity_days=decision.validity_days,
        )
