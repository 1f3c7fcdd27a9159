"""Benchmarks: `python -m bench` runs every `bench/bench_*.py` module's `main()`.

Each module prints its own figures (one line per measurement) and may be run alone with
`python -m bench.bench_<name>`.
"""
