"""Bündnisbüro: the desktop application for the secretariat of a regional alliance."""

__version__ = "0.1.0"
APP_NAME = "Buendnisbuero"
APP_DISPLAY_NAME = "Bündnisbüro"
