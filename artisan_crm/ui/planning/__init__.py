"""Reminders and daily planning: the Today and Reminders views, the notification area,
the "Pendant votre absence" panel, appointment / reminder / call-log dialogs, printing
of the day sheet and the calendar export, and the wiring of the reminder scheduler.

Every widget that can lead to a client or a document says so with documented
signals (``sig_open_client(int)``, ``sig_open_quote(int)``, ``sig_open_job(int)``,
``sig_open_invoice(int)``); the main window connects the ones its views can honour.
"""
