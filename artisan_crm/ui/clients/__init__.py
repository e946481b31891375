"""The Clients feature: the client list, the client card and their dialogs.

- :mod:`.list_model` / :mod:`.list_page`: the list, paged from SQL, searched as you type;
- :mod:`.card` / :mod:`.form`: the client card (identity, contacts, addresses, timeline,
  totals), edited in place;
- :mod:`.dialogs`: log a contact, feedback, time entry, duplicates, anonymisation;
- :mod:`.timer`: the call/visit stopwatch of the card;
- :mod:`.feedback_list`: "Retours clients", every complaint across clients;
- :mod:`.import_wizard` / :mod:`.actions`: File ▸ Import / Export clients;
- :mod:`.view`: :class:`ClientsView`, the page the main window shows.
"""
