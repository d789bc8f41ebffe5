"""Shared measuring helpers: medians of repeated runs and a CPU yardstick for the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def baseline() -> None:
    """A fixed amount of pure-Python work: the yardstick for this machine right now."""
    total = 0
    for number in range(300_000):
        total += number * number % 7
    assert total > 0


def print_figures(figures: list[tuple[str, float, float]], base: float, runs: int) -> None:
    """One line per measurement: median, target, ratio to the baseline and the verdict."""
    print(f"\nBasis (feste CPU-Arbeit): {base * 1000:7.1f} ms (Median aus {runs})")
    print(f"{'Messung':<48}{'Median':>10}{'Ziel':>9}{'× Basis':>10}  Ergebnis")
    for name, target, seconds in figures:
        verdict = "erreicht" if seconds <= target else "VERFEHLT"
        print(f"{name:<48}{seconds * 1000:8.1f} ms{target * 1000:6.0f} ms"
              f"{seconds / base:10.2f}  {verdict}")
