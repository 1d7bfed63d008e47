"""Electoral College What-If: replay and change how the electors voted."""

__version__ = "0.1.0"
