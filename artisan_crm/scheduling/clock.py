"""Clocks: the wall clock (aware UTC) and a monotonic one, injectable for tests."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Wall-clock time, aware UTC (jumps when the user or NTP sets the clock)."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never jumps (``time.monotonic``)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock for tests: ``advance`` moves both clocks, ``jump`` only the wall clock."""

    def __init__(self, start: datetime, monotonic: float = 1000.0) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._wall = start.astimezone(UTC)
        self._mono = monotonic

    def now(self) -> datetime:
        return self._wall

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: timedelta | float) -> None:
        seconds = delta.total_seconds() if isinstance(delta, timedelta) else float(delta)
        self._wall += timedelta(seconds=seconds)
        self._mono += seconds

    def jump(self, delta: timedelta) -> None:
        """The user (or NTP) sets the wall clock; monotonic time does not move."""
        self._wall += delta

    def suspend(self, delta: timedelta) -> None:
        """Sleep/resume: the wall clock moves, CLOCK_MONOTONIC does not (Linux)."""
        self._wall += delta
