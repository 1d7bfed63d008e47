"""The truth of the app, in plain Python: no Qt, no pyqtgraph."""
