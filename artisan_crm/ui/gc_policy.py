"""When Python's cyclic garbage collector may pause the window.

A full collection holds the GIL and walks every tracked object of the process: in a Qt +
SQLAlchemy application that is about 100,000 objects (modules, classes, mappers, widget
wrappers) that live as long as the process. Measured with ``bench_clients_ui.py`` and
``bench_rating_ui.py``: 60 ms on a quiet machine, 110-450 ms while 20,000 clients are
rated on the worker, a frozen window each time. Two rules (Instagram's ``gc.freeze``
recipe, and what the client list already did while rating the whole file):

* :func:`freeze_long_lived` once the first view is on screen, and again after a heavy
  result was shown: what is alive then is moved to the permanent generation, which full
  collections skip. Those objects are still freed by reference counting; only a cycle
  among them is never collected (none is expected: they live as long as the window).
* :func:`no_full_collection` around heavy work on the worker (rating a whole file,
  importing pyqtgraph): the collector pauses while rows pile up, reference counting
  frees the temporary ones when the work ends (they hold no cycles), and what survives
  (the result) is frozen before the collector resumes.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")


#: how long a thread may hold the GIL while another waits for it (Python's default: 5 ms)
GUI_SWITCH_INTERVAL_S = 0.001


def share_the_gil_with_the_window() -> None:
    """Hand the GIL over sooner (1 ms instead of 5) when another thread asks for it.

    While the worker computes, every Python call the GUI thread makes (a model's
    ``data()``, a timer slot) must take the GIL back from it, waiting up to the switch
    interval each time: a repaint of a table makes hundreds of such calls. Measured on
    the rating view's first load (600 clients): the longest stalls went from 130-220 ms
    to 80-110 ms. The worker loses a little throughput to the extra switches."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def freeze_long_lived() -> None:
    """Move every object alive now out of the collector's reach (``gc.freeze``)."""
    gc.freeze()


@contextmanager
def no_full_collection() -> Iterator[None]:
    """No cyclic collection while the block runs (restored after, even on error).

    What the block leaves alive is frozen before the collector comes back: otherwise its
    first young collection would walk every row the block made (50-150 ms at 20,000
    clients), the very pause this avoids."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


def without_collection(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` under :func:`no_full_collection` (to submit to the worker)."""
    with no_full_collection():
        return fn(*args, **kwargs)
