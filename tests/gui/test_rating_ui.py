"""The "Notation clients" view and the quote guard dialog, on the demo data (real widgets)."""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from artisan_crm.config import Options
from artisan_crm.demo import generate_demo
from artisan_crm.demo.generator import DemoSummary
from artisan_crm.domain.changes import ChangeSet
from artisan_crm.domain.rating import Category, RatingSettings, format_euros, format_rate
from artisan_crm.services import rating as rating_service
from artisan_crm.storage.database import Database, open_database
from artisan_crm.ui.rating.guard import GuardDecision, check_quote_guard
from artisan_crm.ui.rating.model import CATEGORY_ROLE, NUMERIC_COLUMNS, SORT_ROLE, Column
from artisan_crm.ui.rating.style import CATEGORY_COLOURS, readable_text_colour, rich_tooltip
from artisan_crm.ui.rating.view import RatingView
from artisan_crm.ui.views.base import ViewContext

ROOT = Path(__file__).resolve().parents[2]
LOAD_TIMEOUT = 20_000


# ---- Fixtures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoTemplate:
    path: Path
    summary: DemoSummary


def _make_demo(folder: Path, clients: int) -> DemoTemplate:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}", backups_dir=folder / "backups")
    try:
        summary = generate_demo(db, clients=clients, seed=42)
    finally:
        db.dispose()  # the last connection checkpoints the WAL into the file
    return DemoTemplate(path, summary)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    return _make_demo(tmp_path_factory.mktemp("rating-demo"), 60)


@pytest.fixture
def demo(demo_template: DemoTemplate) -> DemoSummary:
    return demo_template.summary


@pytest.fixture
def sqlite_db(demo_template: DemoTemplate, tmp_path: Path) -> Iterator[Database]:
    """Overrides the conftest's empty database: a private copy of the 60-client demo."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template.path, copy)
    database = open_database(f"sqlite:///{copy}", backups_dir=tmp_path / "backups")
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sql_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the SQL rating runs (``rate_clients``), wherever they are called from."""
    calls: list[int] = []
    real = rating_service.rate_clients

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(rating_service, "rate_clients", counting)
    return calls


@pytest.fixture
def view(qtbot: QtBot, french: None, context: ViewContext, sql_runs: list[int]) -> RatingView:
    widget = RatingView(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    with qtbot.waitSignal(widget.sig_loaded, timeout=LOAD_TIMEOUT):
        widget.show()
    return widget


def backend_table(view: RatingView, settings: RatingSettings | None = None):
    """What the service says for the view's period and settings."""
    return view.context.db.run_read(
        rating_service.rate_clients, view._period, settings or view.settings()
    )


def shown_categories(view: RatingView) -> dict[int, Category]:
    model = view.model
    return {
        model.client_at(row).client_id: Category(
            model.index(row, Column.CATEGORY).data(CATEGORY_ROLE)
        )
        for row in range(model.rowCount())
    }


def click_row(qtbot: QtBot, view: RatingView, client_id: int) -> None:
    row = view.model.row_of(client_id)
    assert row is not None
    index = view.model.index(row, Column.NAME)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# ---- The table ----------------------------------------------------------------------------------


def test_the_table_model_passes_the_model_tester(view: RatingView, qtmodeltester) -> None:
    qtmodeltester.check(view.model)
    view.table.sortByColumn(Column.REVENUE, Qt.SortOrder.AscendingOrder)
    view.set_category_filter(Category.WATCH)
    qtmodeltester.check(view.model)


def test_the_demo_vampires_are_rated_as_the_back_end_says(
    view: RatingView, demo: DemoSummary
) -> None:
    expected = backend_table(view)
    shown = shown_categories(view)
    assert shown == {row.client_id: row.category for row in expected.rows}
    assert demo.vampire_client_ids
    for client_id in demo.vampire_client_ids:
        assert shown[client_id] in (Category.WATCH, Category.VAMPIRE)
    assert Category.VAMPIRE in {shown[c] for c in demo.vampire_client_ids}
    for client_id in demo.gem_client_ids:
        assert shown[client_id] is Category.GEM
    # In colour, with readable text.
    for row in range(view.model.rowCount()):
        index = view.model.index(row, Column.CATEGORY)
        category = Category(index.data(CATEGORY_ROLE))
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        assert background.name() == CATEGORY_COLOURS[category]
        assert index.data(Qt.ItemDataRole.ForegroundRole) == readable_text_colour(background)
        assert index.data() == category.label
    assert view.header.title.text() == "Notation clients"
    assert view.busy_label.isHidden()


def test_selecting_a_vampire_shows_its_reasons_strongest_first(
    view: RatingView, qtbot: QtBot, demo: DemoSummary
) -> None:
    expected = backend_table(view)
    vampire = next(
        expected.get(c) for c in demo.vampire_client_ids if expected.get(c).category.judged
    )
    click_row(qtbot, view, vampire.client_id)
    assert view.selected_client().client_id == vampire.client_id
    details = view.details
    assert details.name.text() == vampire.name
    assert details.name.textFormat() == Qt.TextFormat.PlainText
    texts = details.reason_texts()
    against = [r for r in vampire.reasons if not r.fair]
    assert texts["against"] == [r.text for r in against]
    assert [r.weight for r in against] == sorted((r.weight for r in against), reverse=True)
    assert texts["fair"] == [r.text for r in vampire.reasons if r.fair]
    assert details.against_box is not None and details.against_box.isVisible()
    assert details.against_box.title.text() == "Ce qui lui coûte des points"
    assert f"{vampire.score}/100" in details.score.text()
    # How the score is computed: every component, in French.
    tip = details.how_button.toolTip()
    for component in vampire.rating.components:
        assert component.label in tip
    assert details.how_button.text() == "Comment est calculé le score ?"
    qtbot.mouseClick(details.how_button, Qt.MouseButton.LeftButton)
    assert details.components_box.isVisible()
    for label in view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_fair_side_is_shown_apart_in_green(view: RatingView, qtbot: QtBot) -> None:
    table = view.table_data
    client = next(
        r
        for r in table.rows
        if r.category.judged and r.figures.complaints and r.figures.improvements
    )
    click_row(qtbot, view, client.client_id)
    fair = view.details.reason_texts()["fair"]
    assert any("conduit à" in text for text in fair)
    assert view.details.fair_box.title.text() == "À son crédit"
    assert view.details.fair_box.objectName() == "ratingFairBox"


def test_changing_the_target_rerates_without_sql(
    view: RatingView, qtbot: QtBot, sql_runs: list[int], demo: DemoSummary
) -> None:
    runs = len(sql_runs)
    assert runs == 1
    before = {r.client_id: (r.score, r.category) for r in view.table_data.rows}
    gem = demo.gem_client_ids[0]
    assert before[gem][1] is Category.GEM
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT) as blocker:
        view.target_spin.setValue(150)
    table = blocker.args[0]
    assert len(sql_runs) == runs  # re-rated from the figures in memory
    assert table.settings.target_hourly_rate == Decimal(150)
    expected = backend_table(view, view.settings().with_target(Decimal(150)))
    assert shown_categories(view) == {r.client_id: r.category for r in expected.rows}
    after = {r.client_id: (r.score, r.category) for r in table.rows}
    assert after[gem][0] < before[gem][0]
    assert after[gem][1] is not Category.GEM  # 150 €/h is out of reach
    assert view.context.settings.get(Options.TARGET_HOURLY_RATE) == Decimal(150)
    assert "150 €/h" in view.summary.text()


def test_new_weights_from_the_settings_dialog_rerate_the_open_view(
    view: RatingView, qtbot: QtBot, sql_runs: list[int], demo: DemoSummary
) -> None:
    """Outils ▸ Paramètres ▸ Notation clients: saved weights and target apply at once."""
    from artisan_crm.ui.settings_dialog import SettingsDialog

    runs = len(sql_runs)
    dialog = SettingsDialog(view.context, view)
    dialog.target_rate.setValue(150)
    for name, box in dialog.weights.items():
        box.setValue(100 if name == "weight_hourly_margin" else 0)
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        dialog.save()
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT) as blocker:
        view.on_settings_changed(saved.args[0])
    table = blocker.args[0]
    assert len(sql_runs) == runs  # re-rated from the figures in memory
    assert view.target_spin.value() == 150
    assert table.settings.target_hourly_rate == Decimal(150)
    assert table.settings.weight_unbilled == 0.0 and table.settings.weight_hourly_margin == 100.0
    expected = backend_table(view, table.settings)
    assert shown_categories(view) == {r.client_id: r.category for r in expected.rows}
    gem = demo.gem_client_ids[0]
    assert shown_categories(view)[gem] is not Category.GEM  # 150 €/h is out of reach


def test_the_category_filter_filters_and_counts(view: RatingView, qtbot: QtBot) -> None:
    counts = view.table_data.counts()
    total = len(view.table_data.rows)
    assert view.filter_buttons[None].text() == f"Tous ({total})"
    for category in Category:
        button = view.filter_buttons[category]
        assert button.text() == f"{category.label} ({counts[category]})"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert view.model.rowCount() == counts[category]
        assert set(shown_categories(view).values()) <= {category}
    qtbot.mouseClick(view.filter_buttons[None], Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == total


def test_sorting_is_numeric(view: RatingView, qtbot: QtBot) -> None:
    header = view.table.horizontalHeader()
    model = view.model
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft()
        + QPointF(header.sectionViewportPosition(Column.SCORE) + 10, 5).toPoint(),
    )
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.table.sortByColumn(Column.SCORE, order)
        scores = [model.index(r, Column.SCORE).data(SORT_ROLE) for r in range(model.rowCount())]
        judged = [s for s in scores if s is not None]
        assert judged == sorted(judged, reverse=order == Qt.SortOrder.DescendingOrder)
        assert scores[len(judged) :] == [None] * (len(scores) - len(judged))  # unrated last
    view.table.sortByColumn(Column.REVENUE, Qt.SortOrder.AscendingOrder)
    revenues = [model.client_at(r).figures.revenue_cents for r in range(model.rowCount())]
    assert revenues == sorted(revenues)
    shown = [model.index(r, Column.REVENUE).data() for r in range(model.rowCount())]
    assert shown != sorted(shown)  # the strings alone would sort otherwise


def test_a_selection_survives_a_sort_and_a_reload(view: RatingView, qtbot: QtBot) -> None:
    client = view.table_data.rows[5]
    click_row(qtbot, view, client.client_id)
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert view.selected_client().client_id == client.client_id
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT):
        view.context.events.data_changed.emit(ChangeSet.of([("time_entry", None)]))
    assert view.selected_client().client_id == client.client_id
    assert view.details.client.client_id == client.client_id


def test_refreshes_only_for_the_rating_inputs(
    view: RatingView, qtbot: QtBot, sql_runs: list[int]
) -> None:
    runs = len(sql_runs)
    view.context.events.data_changed.emit(ChangeSet.of([("appointment", 3)]))
    assert not view.is_busy()
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT):
        view.context.events.data_changed.emit(ChangeSet.of([("payment", 3)]))
    assert len(sql_runs) == runs + 1
    # Hidden: no SQL, but read again when shown.
    view.hide()
    view.context.events.data_changed.emit(ChangeSet.of([("quote", 1)]))
    assert len(sql_runs) == runs + 1 and not view.is_busy()
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT):
        view.show()
    assert len(sql_runs) == runs + 2


def test_changing_the_period_reads_again(
    view: RatingView, qtbot: QtBot, sql_runs: list[int]
) -> None:
    labels = [view.period_combo.itemText(i) for i in range(view.period_combo.count())]
    assert labels == ["24 derniers mois", "12 derniers mois", "Cette année", "Tout"]
    assert view.period_combo.currentIndex() == 0
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT) as blocker:
        view.period_combo.setCurrentIndex(3)
    assert blocker.args[0].period.code == "all"
    assert blocker.args[0].start is None
    assert len(sql_runs) == 2


def test_open_the_client_card(view: RatingView, qtbot: QtBot) -> None:
    client = view.table_data.rows[0]
    row = view.model.row_of(client.client_id)
    rect = view.table.visualRect(view.model.index(row, Column.NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.sig_open_client) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [client.client_id]
    assert view.details.open_button.text() == "Voir la fiche"
    with qtbot.waitSignal(view.sig_open_client) as blocker:
        qtbot.mouseClick(view.details.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [client.client_id]


def test_client_text_is_never_markup_in_tool_tips() -> None:
    tip = rich_tooltip(["<b>Durand</b> & fils"])
    assert "<b>" not in tip and "&lt;b&gt;Durand&lt;/b&gt; &amp; fils" in tip


# ---- The first opening: the window first, the work after --------------------------------------


class PaintLog(QObject):
    """Appends ``name`` to ``log`` each time ``widget`` is painted whole."""

    def __init__(self, widget: QWidget, log: list[str], name: str) -> None:
        super().__init__(widget)
        self.widget, self.log, self.name = widget, log, name
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and event.rect() == self.widget.rect():
            self.log.append(self.name)
        return False


def test_the_first_opening_shows_computing_before_it_rates(
    qtbot: QtBot, french: None, context: ViewContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rating on the worker while the window paints would freeze it (both want the GIL):
    the view paints « Calcul en cours… » first, then reads and rates."""
    log: list[str] = []
    real_run_read = context.tasks.run_read

    def run_read(*args, **kwargs):
        log.append("rate")
        assert view.table_stack.currentWidget() is view.message
        assert view.message.text() == "Calcul en cours…"
        assert view.charts_message.text() == "Chargement des graphiques…"
        return real_run_read(*args, **kwargs)

    monkeypatch.setattr(context.tasks, "run_read", run_read)
    view = RatingView(context)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    PaintLog(view, log, "paint")
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT):
        view.show()
    assert "paint" in log and "rate" in log
    assert log.index("paint") < log.index("rate")
    assert log.count("rate") == 1
    assert view.model.rowCount() == len(view.table_data.rows) > 0


def test_the_rated_table_is_painted_once(qtbot: QtBot, french: None, context: ViewContext) -> None:
    """Sizing the columns used to repaint the whole table a second time, just as the charts
    started loading on the worker: the longest freeze of the first opening."""
    view = RatingView(context)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    log: list[str] = []
    PaintLog(view.table.viewport(), log, "table")
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT):
        view.show()
    qtbot.waitUntil(lambda: view.charts_ready and view.is_idle(), timeout=LOAD_TIMEOUT)
    qtbot.wait(100)
    assert log == ["table"]
    header = view.table.horizontalHeader()
    # The columns were sized all the same (to their texts), and the table knows it.
    assert header.sectionSize(Column.NAME) != header.defaultSectionSize()
    assert view.table.columnWidth(Column.NAME) == header.sectionSize(Column.NAME)
    assert view.table.horizontalScrollBar().maximum() > 0  # wider than the view


class ChartPaints(QObject):
    """For every paint of a chart's plot: the chart and how many points it shows then."""

    def __init__(self, view: RatingView) -> None:
        super().__init__()
        self.view = view
        self.seen: list[tuple[str, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            for name in ("scatter", "whale"):
                chart = getattr(self.view, name)
                if chart is not None and watched is chart.plot.viewport():
                    self.seen.append((name, chart.point_count()))
        return False


def test_the_charts_appear_filled(qtbot: QtBot, qapp, french: None, context: ViewContext) -> None:
    """No empty or half-drawn chart on screen: both are filled, then shown."""
    view = RatingView(context)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    paints = ChartPaints(view)
    qapp.installEventFilter(paints)
    try:
        view.show()
        qtbot.waitUntil(lambda: view.charts_ready and view.is_idle(), timeout=LOAD_TIMEOUT)
    finally:
        qapp.removeEventFilter(paints)
    rows = view.table_data.rows
    judged = sum(1 for r in rows if r.category.judged)
    first = {name: count for name, count in reversed(paints.seen)}
    assert first == {"scatter": judged, "whale": len(rows)}


# ---- The pictures -------------------------------------------------------------------------------


def test_the_charts_show_every_client(view: RatingView, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: view.charts_ready, timeout=LOAD_TIMEOUT)
    table = view.table_data
    judged = [r for r in table.rows if r.category.judged]
    assert view.scatter.point_count() == len(judged)
    for category, item in view.scatter.items.items():
        assert len(item.data) == sum(1 for r in judged if r.category is category)
    assert view.whale.point_count() == len(table.rows)
    xs, _ys = view.whale.curve.getData()
    assert len(xs) == len(table.rows) + 1  # starts at 0 €
    # The target line is y = target × hours.
    lx, ly = view.scatter.target_curve.getData()
    assert ly[-1] == pytest.approx(lx[-1] * 45)
    plot = view.scatter.plot.getPlotItem()
    assert plot.getAxis("bottom").labelText == "Heures passées"
    assert plot.getAxis("left").labelText == "Marge (€)"
    assert view.scatter.title.text() == "Heures passées et marge par client"
    caption = view.whale.caption.text()
    whale = table.whale_curve()
    after = len(whale.points) - whale.peak.rank
    assert f"Les {after} clients les moins rentables vous coûtent" in caption
    assert view.whale.peak_label.textItem.toPlainText().startswith("Sommet : ")
    # Hover text: the client's name and figures.
    client = judged[0]
    lines = view.scatter.describe(client.client_id)
    assert lines[0] == client.name
    assert "marge" in lines[1] and "score" in lines[-1]
    item = view.scatter.items[client.category]
    spot = next(p for p in item.points() if p.data() == client.client_id)
    item.sigHovered.emit(item, [spot], None)
    view_box = view.scatter.plot.getPlotItem().getViewBox()
    assert html.escape(client.name) in view_box.toolTip()
    item.sigHovered.emit(item, [], None)
    assert view_box.toolTip() == ""


def test_clicking_a_point_selects_the_client(view: RatingView, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: view.charts_ready, timeout=LOAD_TIMEOUT)
    table = view.table_data
    vampire = next(r for r in table.rows if r.category is Category.VAMPIRE)
    view.set_category_filter(Category.GEM)  # the vampire is filtered out of the table
    plot = view.scatter.plot
    x, y = view.scatter.position_of(vampire.client_id)
    scene_pos = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    pos = plot.mapFromScene(scene_pos)
    with qtbot.waitSignal(view.scatter.sig_client_clicked) as blocker:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [vampire.client_id]
    assert view.selected_client().client_id == vampire.client_id
    assert view.filter_buttons[None].isChecked()
    assert view.details.client.client_id == vampire.client_id
    assert len(view.scatter.selected.data) == 1


def test_pyqtgraph_is_not_imported_at_start() -> None:
    code = (
        "import sys; import artisan_crm.ui.main_window; "
        "import artisan_crm.ui.rating.guard; "
        "sys.exit(1 if 'pyqtgraph' in sys.modules else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0


def test_the_main_window_shows_the_rating_view(gui, qtbot: QtBot) -> None:
    window = gui.window
    view = window.view("rating")
    assert isinstance(view, RatingView) and view.view_id == "rating"
    assert view.snapshot is None  # nothing computed before it is shown
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT):
        window.show_view(window.view_ids.index("rating"))
    assert view.model.rowCount() == len(view.table_data.rows) > 0


# ---- The quote guard ----------------------------------------------------------------------------


class Decisions(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.continued: list[GuardDecision] = []
        self.declined: list[GuardDecision] = []


@pytest.fixture
def editor(qtbot: QtBot, french: None) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_guard_dialog_appears_for_a_vampire(
    qtbot: QtBot, editor: QWidget, context: ViewContext, sql_runs: list[int]
) -> None:
    table = context.db.run_read(rating_service.rate_clients)
    vampire = next(r for r in table.rows if r.category is Category.VAMPIRE)
    decisions = Decisions()
    check = check_quote_guard(
        editor,
        context,
        vampire.client_id,
        on_continue=decisions.continued.append,
        on_decline=decisions.declined.append,
    )
    qtbot.waitUntil(lambda: check.dialog is not None and check.dialog.isVisible(), timeout=10_000)
    dialog = check.dialog
    advice = dialog.advice
    assert advice.category is Category.VAMPIRE
    assert dialog.badge.text() == "Vampire"
    assert dialog.windowTitle() == "Avant de faire ce devis"
    assert dialog.continue_button.text() == "Continuer le devis"
    assert dialog.decline_button.text() == "Ne pas faire de devis"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert vampire.name in texts
    for reason in advice.reasons:
        assert reason.text[1:] in texts
    assert any("acompte" in s for s in dialog.suggestion_texts())
    assert any("décliner poliment" in s for s in dialog.suggestion_texts())
    assert advice.suggested_deposit_percent == Decimal(50)
    assert "50 %" in dialog.prefill.text() and dialog.prefill.isChecked()
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(decisions.continued) == 1)
    decision = decisions.continued[0]
    assert decision.proceed and decision.shown
    assert decision.deposit_percent == Decimal(50)
    assert decision.validity_days == advice.suggested_validity_days
    assert decisions.declined == []


def test_the_guard_can_be_declined_and_suggestions_left_out(
    qtbot: QtBot, editor: QWidget, context: ViewContext, demo: DemoSummary
) -> None:
    table = context.db.run_read(rating_service.rate_clients)
    watched = next(r for r in table.rows if r.category is Category.WATCH)
    decisions = Decisions()
    check = check_quote_guard(
        editor, context, watched.client_id, decisions.continued.append, decisions.declined.append
    )
    qtbot.waitUntil(lambda: check.dialog is not None and check.dialog.isVisible(), timeout=10_000)
    check.dialog.prefill.setChecked(False)
    qtbot.mouseClick(check.dialog.decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(decisions.declined) == 1)
    assert decisions.declined[0].proceed is False
    assert decisions.declined[0].deposit_percent is None
    assert decisions.continued == []


def test_no_guard_dialog_for_a_gem(
    qtbot: QtBot, editor: QWidget, context: ViewContext, demo: DemoSummary
) -> None:
    decisions = Decisions()
    check = check_quote_guard(editor, context, demo.gem_client_ids[0], decisions.continued.append)
    qtbot.waitUntil(lambda: len(decisions.continued) == 1, timeout=10_000)
    assert check.dialog is None
    assert decisions.continued[0] == GuardDecision(demo.gem_client_ids[0], proceed=True)


def test_the_guard_never_blocks_a_quote_on_error(
    qtbot: QtBot, editor: QWidget, context: ViewContext
) -> None:
    decisions = Decisions()
    check_quote_guard(editor, context, 999_999, decisions.continued.append)  # no such client
    qtbot.waitUntil(lambda: len(decisions.continued) == 1, timeout=10_000)
    assert decisions.continued[0].proceed and not decisions.continued[0].shown


# ---- Re-rating, order and pictures on a bigger table ---------------------------------------------
# How long the GUI thread stalls is measured in tests/benchmarks/bench_rating_ui.py, not here.


def _plain(tip: str) -> str:
    """A rich-text tool tip as one line of text (its line breaks and no-break spaces as
    plain spaces)."""
    return " ".join(QTextDocumentFragment.fromHtml(tip).toPlainText().split())


def test_rerating_keeps_the_selection_order_and_updates_the_charts(
    view: RatingView, qtbot: QtBot, qtmodeltester
) -> None:
    qtbot.waitUntil(lambda: view.charts_ready, timeout=LOAD_TIMEOUT)
    view.table.sortByColumn(Column.HOURLY_MARGIN, Qt.SortOrder.AscendingOrder)
    client = view.table_data.rows[3]
    click_row(qtbot, view, client.client_id)
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(view.sig_loaded, timeout=LOAD_TIMEOUT) as blocker:
        view.target_spin.setValue(90)
    table = blocker.args[0]
    assert resets == []  # the same clients: moved, not reset
    assert view.selected_client().client_id == client.client_id
    assert view.details.client.client_id == client.client_id
    assert view.details.client.rating.settings.target_hourly_rate == Decimal(90)
    # Still in the user's order (sorted on the worker).
    hourly = [view.model.client_at(r).figures.hourly_margin_cents for r in range(len(table.rows))]
    present = [h for h in hourly if h is not None]
    assert present == sorted(present)
    assert hourly[len(present) :] == [None] * (len(hourly) - len(present))
    qtmodeltester.check(view.model)
    # The charts follow: the target line and the whale caption use 90 €/h.
    qtbot.waitUntil(lambda: view.charts_ready, timeout=LOAD_TIMEOUT)
    lx, ly = view.scatter.target_curve.getData()
    assert ly[-1] == pytest.approx(lx[-1] * 90)
    judged = [r for r in table.rows if r.category.judged]
    for category, item in view.scatter.items.items():
        assert len(item.data) == sum(1 for r in judged if r.category is category)
    whale = table.whale_curve()
    assert f"Profit = marge − heures × {format_rate(9000)}." in view.whale.caption.text()
    assert view.whale.peak_label.textItem.toPlainText() == (
        f"Sommet : {format_euros(whale.peak.cumulative_cents)}"
    )


def test_hidden_charts_are_updated_when_shown(view: RatingView, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: view.charts_ready, timeout=LOAD_TIMEOUT)
    before = view.scatter.target_curve.getData()[1][-1]
    view.hide()
    view.target_spin.setValue(120)
    view._on_target_timer()  # the debounce timer, now
    qtbot.waitUntil(lambda: view.is_idle() and view.table_data.settings.target_hourly_rate == 120)
    assert not view.charts_ready  # not drawn while hidden
    assert view.scatter.target_curve.getData()[1][-1] == before
    view.show()
    qtbot.waitUntil(lambda: view.charts_ready, timeout=LOAD_TIMEOUT)
    lx, ly = view.scatter.target_curve.getData()
    assert ly[-1] == pytest.approx(lx[-1] * 120)


def test_the_chart_arrays_match_the_back_end(view: RatingView) -> None:
    snapshot = view.snapshot
    table = snapshot.table
    whale = table.whale_curve()
    arrays = snapshot.whale_arrays
    assert arrays.ids.tolist() == [p.client_id for p in whale.points]
    assert arrays.cumulative_cents.tolist() == [p.cumulative_cents for p in whale.points]
    assert arrays.peak_rank == whale.peak.rank
    assert arrays.total_cents == whale.total_cents
    scatter = table.scatter()
    shown = {
        int(i): (x, y)
        for s in snapshot.scatter_arrays.series
        for i, x, y in zip(s.ids, s.x, s.y, strict=True)
    }
    expected = {p.client_id: (p.hours, p.margin) for p in scatter.points if p.category.judged}
    assert shown.keys() == expected.keys()
    for client_id, (x, y) in expected.items():
        assert shown[client_id] == (pytest.approx(x), pytest.approx(y))
    assert snapshot.counts == table.counts()


@pytest.fixture(scope="module")
def big_demo(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    return _make_demo(tmp_path_factory.mktemp("rating-big"), 600)


@pytest.mark.slow
def test_the_view_rates_600_clients(
    qtbot: QtBot, french: None, context: ViewContext, big_demo: DemoTemplate, tmp_path: Path
) -> None:
    copy = tmp_path / "big.sqlite3"
    shutil.copy(big_demo.path, copy)
    big = open_database(f"sqlite:///{copy}", backups_dir=tmp_path / "backups")
    context.tasks.db = big
    try:
        view = RatingView(context)
        qtbot.addWidget(view)
        view.resize(1300, 850)
        with qtbot.waitSignal(view.sig_loaded, timeout=60_000):
            view.show()
        qtbot.waitUntil(lambda: view.charts_ready and view.is_idle(), timeout=60_000)
        table = view.table_data
        assert len(table.rows) >= 550
        assert view.model.rowCount() == len(table.rows)
        assert view.scatter.point_count() == sum(1 for r in table.rows if r.category.judged)
        before = {r.client_id: r.category for r in table.rows}
        with qtbot.waitSignal(view.sig_loaded, timeout=60_000) as blocker:
            view.target_spin.setValue(90)
        after = {r.client_id: r.category for r in blocker.args[0].rows}
        assert after.keys() == before.keys()
        assert after != before  # a much higher target downgrades clients
        assert shown_categories(view) == after
        qtbot.waitUntil(lambda: view.charts_ready and view.is_idle(), timeout=60_000)
        assert view.whale.point_count() == len(table.rows)
        with qtbot.waitSignal(view.sig_loaded, timeout=60_000):
            view.context.events.data_changed.emit(ChangeSet.of([("invoice", None)]))
        assert shown_categories(view) == after
    finally:
        context.tasks.shutdown()
        big.dispose()


# ---- Tool tips on the figures ---------------------------------------------------------------------


def test_every_numeric_column_header_explains_its_figure(view: RatingView) -> None:
    model = view.model
    tips = {}
    for column in NUMERIC_COLUMNS:
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert isinstance(tip, str) and tip.startswith("<p"), column  # rich text, escaped
        tips[column] = _plain(tip)
        assert len(tips[column]) > 30, column
    assert len(set(tips.values())) == len(tips)
    assert tips[Column.HOURLY_MARGIN].startswith("Marge horaire effective = marge ÷ toutes")
    assert "objectif" in tips[Column.HOURLY_MARGIN]
    assert "hors taxes" in tips[Column.REVENUE]
    assert "facturé ou non" in tips[Column.HOURS]
    assert "pondérés par les montants" in tips[Column.DAYS_LATE]
    for column in (Column.NAME, Column.CATEGORY):
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_every_figure_of_the_details_has_a_tool_tip(view: RatingView, qtbot: QtBot) -> None:
    table = view.table_data
    client = next(r for r in table.rows if r.category.judged and r.figures.minutes)
    click_row(qtbot, view, client.client_id)
    details = view.details
    f = client.figures
    hourly = _plain(details.hourly.toolTip())
    assert hourly.startswith("Marge horaire effective = marge ÷ toutes les heures passées")
    assert format_euros(f.margin_cents) in hourly
    assert format_rate(f.hourly_margin_cents) in hourly
    assert f"objectif de {format_rate(4500)}" in hourly  # the target, 45 €/h
    margin = _plain(details.margin.toolTip())
    assert margin.startswith("Marge = chiffre d’affaires HT")
    assert format_euros(f.revenue_cents) in margin
    assert _plain(details.score.toolTip()).startswith("Score sur 100 : la somme des six")
    assert "« À surveiller »" in _plain(details.badge.toolTip())
    qtbot.mouseClick(details.how_button, Qt.MouseButton.LeftButton)
    grid = details.components_grid
    rows = len(client.rating.components)
    for row in range(1, rows + 1):  # row 0: the explanation
        for col in range(3):
            widget = grid.itemAtPosition(row, col).widget()
            tip = _plain(widget.toolTip())
            assert "Vaut jusqu’à" in tip and "points sur 100" in tip, (row, col)
    first = _plain(grid.itemAtPosition(1, 2).widget().toolTip())
    assert first.startswith("Marge horaire comparée à votre objectif")
    # A client without a score says why.
    unjudged = next((r for r in table.rows if not r.category.judged), None)
    if unjudged is not None:
        click_row(qtbot, view, unjudged.client_id)
        assert _plain(details.score.toolTip()).startswith("Pas de score")


# ---- The charts' axes ---------------------------------------------------------------------------


def test_the_axes_write_money_and_hours_in_french(qapp) -> None:
    from artisan_crm.ui.rating.charts import EuroAxis, UnitAxis

    euros, hours = EuroAxis("left"), UnitAxis("bottom", " h")
    assert euros.tickStrings([-300.0, 0.0, 12000.0], 1.0, 1000.0) == ["−300 €", "0 €", "12 000 €"]
    assert hours.tickStrings([0.5, 1.5], 1.0, 0.5) == ["0,5 h", "1,5 h"]
    assert hours.tickStrings([100.0, 2000.0], 1.0, 100.0) == ["100 h", "2 000 h"]


def test_the_axes_write_money_and_hours_in_english(qapp, english: None) -> None:
    from artisan_crm.ui.rating.charts import EuroAxis, UnitAxis

    euros, hours = EuroAxis("left"), UnitAxis("bottom", " h")
    assert euros.tickStrings([-300.0, 0.0, 12000.0], 1.0, 1000.0) == ["−€300", "€0", "€12,000"]
    assert hours.tickStrings([0.5, 1.5], 1.0, 0.5) == ["0.5 h", "1.5 h"]


def test_the_target_reads_like_a_rate_in_each_language(
    qtbot: QtBot, qapp, context: ViewContext
) -> None:
    from artisan_crm.ui.i18n import install_translators, remove_translators

    for language, expected in (("fr", "45 €/h"), ("en", "€45/h")):
        translators = install_translators(qapp, language)
        try:
            view = RatingView(context)
            qtbot.addWidget(view)
            assert view.target_spin.text() == expected
        finally:
            remove_translators(qapp, translators)
