"""The quote guard in the real flow: a new quote for a client to watch shows why first."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from artisan_crm.demo import generate_demo
from artisan_crm.domain.rating import Category
from artisan_crm.services import rating as rating_service
from artisan_crm.ui.quotes.list_view import QuotesView
from artisan_crm.ui.views.base import ViewContext


def test_new_quote_for_a_vampire_shows_the_guard_and_prefills_its_terms(
    qtbot: QtBot, french: None, context: ViewContext
) -> None:
    generate_demo(context.db, clients=60, seed=42)
    table = context.db.run_read(rating_service.rate_clients)
    vampire = next(r for r in table.rows if r.category is Category.VAMPIRE)
    gem = next(r for r in table.rows if r.category is Category.GEM)
    view = QuotesView(context)
    qtbot.addWidget(view)
    view.show()

    view._on_client_chosen(vampire.client_id, vampire.name)
    qtbot.waitUntil(
        lambda: view.guard_check.dialog is not None and view.guard_check.dialog.isVisible(),
        timeout=10_000,
    )
    dialog = view.guard_check.dialog
    assert dialog.badge.text() == "Vampire"
    days = dialog.advice.suggested_validity_days
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: getattr(view, "editor", None) is not None and view.editor.loaded, timeout=10_000
    )
    editor = view.editor
    qtbot.addWidget(editor)
    assert editor.deposit_edit.text() == "50"
    assert editor.valid_until.date().toPython() == date.today() + timedelta(days=days)
    editor.close()

    # A gem: no dialog, the company's usual terms.
    view.editor = None
    view._on_client_chosen(gem.client_id, gem.name)
    qtbot.waitUntil(lambda: view.editor is not None and view.editor.loaded, timeout=10_000)
    qtbot.addWidget(view.editor)
    assert view.guard_check.dialog is None
    assert view.editor.deposit_edit.text() == "30"
