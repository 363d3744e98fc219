"""Vyapar Lite: offline bookkeeping for a single shop."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Vyapar Lite"
ORG_NAME = "VyaparLite"

try:
    __version__ = version("vyapar-lite")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+src"
