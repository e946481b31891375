"""Demo data and the scale generator (DESIGN.md §8).

``generate_demo`` fills an empty database with a plausible plumbing and heating
firm's last three years: individuals and companies, quotes in every status,
jobs, invoices and payments, time entries, appointments and reminders, with
about 10 % "vampire" clients and 10 % "gems". ``generate_scale`` writes the same
kind of data in bulk for the benchmarks. Both are deterministic for a given
seed and ``today``.
"""

from artisan_crm.demo.generator import DemoSummary, generate_demo, generate_scale

__all__ = ["DemoSummary", "generate_demo", "generate_scale"]
