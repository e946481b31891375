"""One module per view of the main window; each subscribes to ``AppEvents`` on its own."""
