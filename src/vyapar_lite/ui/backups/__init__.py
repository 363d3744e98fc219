"""Backups in the app: automatic ones, the status bar, and restoring."""
