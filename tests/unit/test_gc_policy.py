"""The collector pauses during heavy work and what it leaves is out of the full walk."""

from __future__ import annotations

import gc
import sys

import pytest

from artisan_crm.ui import gc_policy


@pytest.fixture(autouse=True)
def restore_gc() -> object:
    interval = sys.getswitchinterval()
    yield None
    gc.unfreeze()
    gc.enable()
    sys.setswitchinterval(interval)


def test_heavy_work_runs_without_collection_and_its_result_is_frozen() -> None:
    gc.unfreeze()
    seen: list[bool] = []

    def work() -> list[list[int]]:
        seen.append(gc.isenabled())
        return [[i] for i in range(10_000)]

    rows = gc_policy.without_collection(work)
    assert seen == [False] and gc.isenabled()
    assert len(rows) == 10_000
    assert gc.get_freeze_count() >= 10_000  # the result left the collector's walk
    assert gc.get_count()[0] < 1_000  # the next young collection will not walk the rows


def test_the_collector_comes_back_after_a_failure() -> None:
    def fail() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError):
        gc_policy.without_collection(fail)
    assert gc.isenabled()


def test_the_window_gets_the_gil_back_sooner() -> None:
    gc_policy.share_the_gil_with_the_window()
    assert sys.getswitchinterval() == pytest.approx(0.001)
