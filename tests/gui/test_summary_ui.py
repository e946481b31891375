"""Printing client summaries from the GUI: options dialog, then preview with pages, PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from artisan_crm.services.clients import ClientDraft, create_client
from artisan_crm.ui.summary import (
    SummaryOptionsDialog,
    add_print_summary_action,
    print_client_summaries,
)
from artisan_crm.ui.summary.printing import load_options
from artisan_crm.ui.views.base import ViewContext


def add_clients(context: ViewContext, *names: str) -> list[int]:
    with context.db.write() as session:
        return [
            create_client(
                session,
                ClientDraft(first_name=name, last_name="Dupont", notes="Portail <b>bleu</b>"),
            ).id
            for name in names
        ]


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def preview_pages(qtbot: QtBot, job: Any) -> int:
    qtbot.waitUntil(lambda: job.preview_dialog is not None, timeout=15_000)
    preview = job.preview_dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=15_000)
    return preview.pageCount()


def test_options_then_preview_with_pages_then_pdf(
    qtbot: QtBot,
    french: None,
    context: ViewContext,
    parent: QWidget,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (client_id,) = add_clients(context, "Jean")
    job = print_client_summaries(parent, context, [client_id])
    assert job is not None
    dialog = job.options_dialog
    assert isinstance(dialog, SummaryOptionsDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Imprimer la fiche client"
    assert dialog.rating_box.text() == "Inclure la notation"
    assert dialog.amounts_box.text() == "Inclure les montants"
    assert dialog.history_box.text() == "Historique complet"
    assert dialog.preview_button.text() == "Aperçu avant impression…"
    assert dialog.pdf_button.text() == "Enregistrer en PDF…"
    assert dialog.rating_box.isChecked() and dialog.interactions_spin.value() == 15
    dialog.history_box.setChecked(True)
    assert not dialog.interactions_spin.isEnabled()
    dialog.rating_box.setChecked(False)

    with qtbot.waitSignal(job.sig_preview_opened, timeout=15_000):
        dialog.preview_button.click()
    assert preview_pages(qtbot, job) == 1
    preview_dialog = job.preview_dialog
    assert preview_dialog.windowTitle() == "Aperçu avant impression – Fiche client – Jean Dupont"
    toolbar = preview_dialog.findChild(QToolBar)
    assert job.save_action in toolbar.actions()
    assert job.save_action.text() == "Enregistrer en PDF…"
    assert [d.extra["client_id"] for d in job.documents] == [client_id]
    assert "Notation" not in job.documents[0].html
    assert "&lt;b&gt;bleu" in job.documents[0].html
    # The choices are remembered for the next time.
    remembered = load_options(context.settings)
    assert remembered.full_history and not remembered.include_rating

    target = tmp_path / "sortie" / "fiche"
    asked: list[str] = []

    def fake_save(_parent: Any, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    with qtbot.waitSignal(job.sig_pdf_written, timeout=15_000) as blocker:
        job.save_action.trigger()
    written = Path(blocker.args[0])
    assert written == target.with_name("fiche.pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert Path(asked[0]).name == "Jean-Dupont.pdf"
    preview_dialog.close()


def test_several_clients_print_as_one_job(
    qtbot: QtBot,
    french: None,
    context: ViewContext,
    parent: QWidget,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = add_clients(context, "Jean", "Marie", "Paul")
    action = add_print_summary_action(parent, context, lambda: ids)
    assert action.text() == "Imprimer la fiche client…"
    assert action.shortcut().toString() == "Ctrl+P"
    jobs: list[Any] = []
    monkeypatch.setattr(
        "artisan_crm.ui.summary.printing.SummaryPrintJob.start",
        _recording_start(jobs),
    )
    action.trigger()
    (job,) = jobs
    assert job.options_dialog.windowTitle() == "Imprimer 3 fiches client"
    with qtbot.waitSignal(job.sig_preview_opened, timeout=15_000):
        job.options_dialog.preview_button.click()
    assert preview_pages(qtbot, job) == 3  # one page each, numbered per client
    assert job.preview_dialog.windowTitle() == "Aperçu avant impression – 3 fiches client"
    job.preview_dialog.close()

    # "Enregistrer en PDF…" straight from the options dialog.
    target = tmp_path / "fiches.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "PDF"))
    )
    job = print_client_summaries(parent, context, ids)
    with qtbot.waitSignal(job.sig_pdf_written, timeout=15_000):
        job.options_dialog.pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert job.preview_dialog is None


def test_no_client_no_dialog(context: ViewContext, parent: QWidget) -> None:
    assert print_client_summaries(parent, context, []) is None


def test_a_missing_client_says_so_in_french(
    qtbot: QtBot, french: None, context: ViewContext, parent: QWidget
) -> None:
    job = print_client_summaries(parent, context, [4242])
    with qtbot.waitSignal(job.sig_failed, timeout=15_000) as blocker:
        job.options_dialog.preview_button.click()
    assert "4242" in blocker.args[0] and "n'existe pas" in blocker.args[0]
    assert job.message_box is not None and job.message_box.isVisible()
    job.message_box.close()


def _recording_start(jobs: list[Any]) -> Any:
    from artisan_crm.ui.summary.printing import SummaryPrintJob

    original = SummaryPrintJob.start

    def start(self: SummaryPrintJob) -> Any:
        jobs.append(self)
        return original(self)

    return start
