"""Printing client summaries (fiches client) from the client card or the client list.

Entry points for the Clients UI::

    from artisan_crm.ui.summary import add_print_summary_action, print_client_summaries

    print_client_summaries(parent_widget, context, [client_id, ...])
    add_print_summary_action(widget, context, lambda: selected_ids)  # button/menu + Ctrl+P

See :mod:`artisan_crm.ui.summary.printing`.
"""

from artisan_crm.ui.summary.printing import (
    SummaryOptionsDialog,
    SummaryPrintJob,
    add_print_summary_action,
    print_client_summaries,
)

__all__ = [
    "SummaryOptionsDialog",
    "SummaryPrintJob",
    "add_print_summary_action",
    "print_client_summaries",
]
