"""Views only: the main window, tables, chart and map."""
