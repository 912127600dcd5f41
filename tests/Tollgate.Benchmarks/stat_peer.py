#!/usr/bin/python3
"""Peer for stat-bench.sh: what a Python user runs for `tollgate stat TEST --a A --b B` (whole process).

Usage:
  /usr/bin/python3 stat_peer.py gen PATH N SHIFT SEED FORMAT   # FORMAT: repr (shortest round-trip, as pandas/NumPy
                                                              # write) or 17g ('%.17g'); one column 'x'
  /usr/bin/python3 stat_peer.py ks|wasserstein|psi A B         # pandas.read_csv + scipy.stats / NumPy PSI
"""
import sys

import numpy as np

from numpy_psi import psi


def gen(path, n, shift, seed, fmt):
    rng = np.random.default_rng(seed)
    x = rng.normal(shift, 1.0, n)
    to_text = repr if fmt == "repr" else (lambda v: "%.17g" % v)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write("x\n")
        step = 1_000_000
        for i in range(0, n, step):
            f.write("\n".join(map(to_text, x[i:i + step].tolist())))
            f.write("\n")
    import os
    os.replace(tmp, path)


def run(test, a_path, b_path):
    import pandas as pd
    from scipy import stats
    a = pd.read_csv(a_path)["x"].to_numpy()
    b = pd.read_csv(b_path)["x"].to_numpy()
    if test == "ks":
        r = stats.ks_2samp(a, b)
        print(f"ks statistic {r.statistic:.17g} p {r.pvalue:.17g}")
    elif test == "wasserstein":
        print(f"wasserstein {stats.wasserstein_distance(a, b):.17g}")
    else:
        print(f"psi {psi(a, b):.17g}")


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(sys.argv[2], int(float(sys.argv[3])), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
    else:
        run(sys.argv[1], sys.argv[2], sys.argv[3])
