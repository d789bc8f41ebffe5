"""The day the tests' demo database is built for (the demo lives up to its ``today``)."""

from datetime import date

DEMO_TODAY = date(2026, 11, 29)
