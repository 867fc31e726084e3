"""Benchmarks of tension (pytest-benchmark); size by TENSION_BENCH_SIZE=small|full."""
