"""Aide ▸ Premiers pas (F1): a one-page guide, shown once after the first start.

Each step has a link that takes the user where the step happens (a view, « Mon
entreprise… », the import, the settings): the links emit ``sig_go(target)`` and the
main window does the rest.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

#: Link targets the main window understands (``MainWindow.go_to``).
TARGETS = (
    "company",
    "import",
    "view:clients",
    "view:quotes",
    "view:today",
    "view:reminders",
    "view:rating",
    "settings",
    "backups",
)


class FirstStepsDialog(QDialog):
    """The « Premiers pas » page.

    Signals:
        sig_go(str): a step's link was clicked (one of :data:`TARGETS`).
    """

    sig_go = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStepsDialog")
        self.setWindowTitle(self.tr("First steps"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("firstStepsText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def steps(self) -> list[tuple[str, str, str, str]]:
        """``(title, text, link target, link text)`` per step, in the order of a first day."""
        return [
            (
                self.tr("1. Your company"),
                self.tr(
                    "Enter your firm's name, SIRET, address, insurance and bank details once: "
                    "they are printed on every quote and invoice."
                ),
                "company",
                self.tr("Open « My company… »"),
            ),
            (
                self.tr("2. Your clients"),
                self.tr(
                    "Create a client with Ctrl+N, or import your address book (CSV from a "
                    "spreadsheet, vCard from a phone). The search box finds a client by name, "
                    "town, phone (in any format) or email, accents or not: Ctrl+F."
                ),
                "import",
                self.tr("Import clients…"),
            ),
            (
                self.tr("3. Quotes, jobs, invoices"),
                self.tr(
                    "Write a quote from the client card or the Quotes view. When the client "
                    "accepts, turn it into a job, then invoice the deposit and the balance. "
                    "Totals and VAT are computed as you type; Ctrl+P prints or makes a PDF."
                ),
                "view:quotes",
                self.tr("Go to Quotes"),
            ),
            (
                self.tr("4. Every morning: Today"),
                self.tr(
                    "Today lists the calls to make, the quotes to follow up (a yes then nothing "
                    "is not a no), the unpaid invoices and the day's appointments, with the "
                    "phone numbers. Reminders due while the PC was off are shown at the next start."
                ),
                "view:today",
                self.tr("Go to Today"),
            ),
            (
                self.tr("5. Who is worth it"),
                self.tr(
                    "Client rating compares what each client brings with the time they take "
                    "(on site, travel, phone, quotes, complaints, payment chasing) and says why "
                    "in plain words. A demanding client is not a bad one: their complaints are "
                    "kept as feedback."
                ),
                "view:rating",
                self.tr("Go to Client rating"),
            ),
            (
                self.tr("6. Your settings"),
                self.tr(
                    "Set your target hourly margin, the reminder delays, where backups go and, "
                    "for a firm with several PCs, the shared database."
                ),
                "settings",
                self.tr("Open the settings"),
            ),
            (
                self.tr("7. Backups"),
                self.tr(
                    "A verified backup is made every day. Put them on a USB key in the settings; "
                    "File ▸ Backups… restores one in two clicks."
                ),
                "backups",
                self.tr("Open the backups"),
            ),
        ]

    def html(self) -> str:
        welcome = self.tr("Welcome to Artisan CRM")
        parts = [
            f"<h2>{escape(welcome)}</h2>",
            "<p>"
            + escape(
                self.tr(
                    "Your clients, quotes, jobs and reminders, on this PC, without internet. "
                    "Seven steps to get going; this page stays in Help ▸ First steps (F1)."
                )
            )
            + "</p>",
        ]
        for title, text, target, link in self.steps():
            parts.append(
                f"<h3>{escape(title)}</h3><p>{escape(text)}<br>"
                f'<a href="go:{target}">{escape(link)} →</a></p>'
            )
        return "\n".join(parts)

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        target = url.toString().removeprefix("go:")
        if target in TARGETS:
            self.sig_go.emit(target)
