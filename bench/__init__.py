"""Benchmarks: each prints its figures and a floor measured in the same run (see docs/performance.md)."""
