"""Dialogs that validate input and return values."""
