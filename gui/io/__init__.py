"""Files: the one atomic writer, the readers of what users give the app, scenario files."""
