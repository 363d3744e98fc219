"""Vyapar Lite: offline bookkeeping for a single shop."""

APP_NAME = "Vyapar Lite"
ORG_NAME = "VyaparLite"
__version__ = "0.1.0"  # the one place the version is set (pyproject.toml reads it from here)
