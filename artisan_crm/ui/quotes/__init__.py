"""Quotes, jobs and invoices: the list views, the quote editor and their dialogs.

Every widget here reads and writes through the services on the background worker
(:class:`artisan_crm.ui.taskman.TaskManager`) and refreshes on
``AppEvents.data_changed``. Modules:

- ``common``: formatting (money, dates, decimals typed the French way), the row table
  model and the list page shared by the three views, non-blocking question boxes;
- ``list_view`` (Devis), ``jobs_view`` (Chantiers), ``invoices_view`` (Factures);
- ``editor`` with ``lines_model`` and ``delegates``: the quote editor;
- ``client_picker``, ``catalog_picker``, ``job_dialog``, ``invoice_dialog``,
  ``payment_dialog``, ``company_dialog``: the dialogs;
- ``printing``: print preview and PDF of quotes and invoices.
"""
