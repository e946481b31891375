"""Client rating: the "Notation clients" view and the quote guard dialog.

Modules:

- ``data``: what the view asks the background worker for (the rated table sorted in the
  table's order, its counts and chart arrays), Qt-free;
- ``columns``: the table's columns, cell texts and sort keys (sorting on the worker), Qt-free;
- ``plotdata``: the charts' numpy arrays, prepared on the worker, Qt-free;
- ``style``: category colours, badges, escaped tool tips;
- ``model``: the table model (sorting on raw values, filter by category) and the badge
  delegate;
- ``details``: the pane explaining a client's verdict (reasons, the fair side, the score's
  components);
- ``charts``: the pyqtgraph pictures (hours vs margin scatter, whale curve); imported only
  when the view is first shown, on the worker, so that start-up stays fast;
- ``view``: :class:`RatingView`, the page of the main window;
- ``guard``: :class:`QuoteGuardDialog` and :func:`check_quote_guard`, for the quote editor.
"""
