#!/usr/bin/python3
"""Peer timings for the Tollgate benchmarks (Debian python3-scipy 1.10 / pandas 1.5 / NumPy 1.24).

Usage:
  /usr/bin/python3 compare_scipy.py micro            # ks_2samp, wasserstein_distance, NumPy PSI, chi2 at 1e5/1e6/1e7
  /usr/bin/python3 compare_scipy.py e2e REF CUR      # pandas read_csv + per-column KS/PSI/Wasserstein, 20 x 1e6

Same sizes and distributions as the C# benchmarks (N(0,1) vs N(0.01,1); 20 skewed categories); each figure is
the best of 3 runs, in seconds.
"""
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats

from numpy_psi import psi


def chi2(a, b):
    table = pd.concat([pd.Series(a).value_counts(), pd.Series(b).value_counts()], axis=1).fillna(0).to_numpy().T
    return stats.chi2_contingency(table, correction=False)[1]


def best(fn, repeat=3):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def micro():
    rng = np.random.default_rng(1)
    print("| N | ks_2samp | wasserstein_distance | NumPy PSI | chi2_contingency |")
    print("|---:|---:|---:|---:|---:|")
    for n in (100_000, 1_000_000, 10_000_000):
        a = rng.normal(0, 1, n)
        b = rng.normal(0.01, 1, n)
        labels = np.array([f"c{i}" for i in range(20)])
        ca = labels[(20 * rng.random(n) * rng.random(n)).astype(int)]
        cb = labels[(20 * rng.random(n) * rng.random(n)).astype(int)]
        row = [best(lambda: stats.ks_2samp(a, b)), best(lambda: stats.wasserstein_distance(a, b)),
               best(lambda: psi(a, b)), best(lambda: chi2(ca, cb))]
        print(f"| {n:.0e} | " + " | ".join(f"{t:.4f}" for t in row) + " |", flush=True)


def e2e(ref_path, cur_path):
    t = time.perf_counter()
    ref = pd.read_csv(ref_path)
    cur = pd.read_csv(cur_path)
    load = time.perf_counter() - t
    for col in ref.columns:
        a = ref[col].to_numpy()
        b = cur[col].to_numpy()
        stats.ks_2samp(a, b)
        psi(a, b)
        stats.wasserstein_distance(a, b)
    total = time.perf_counter() - t
    print(f"pandas read_csv {load:.2f} s, tests {total - load:.2f} s, total {total:.2f} s")


if __name__ == "__main__":
    if sys.argv[1] == "micro":
        micro()
    else:
        e2e(sys.argv[2], sys.argv[3])
