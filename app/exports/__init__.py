"""Exports: data plus template to file (Word, PDF, iCalendar, e-mail, Excel/CSV)."""
