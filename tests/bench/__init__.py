"""Benchmarks: ratios measured side by side in one run, printed as a Markdown table.

``python -m tests.bench`` (or ``nox -s bench``) from the repository root. Nothing here asserts on
time; ``test_bench_counts.py`` checks the counts and that the runner still works.
"""
