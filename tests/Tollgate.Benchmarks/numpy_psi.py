"""The peers' PSI in NumPy (decile cuts of the reference, empty bins floored at eps), shared by stat_peer.py and
compare_scipy.py."""
import numpy as np


def psi(ref, cur, bins=10, eps=1e-4):
    cuts = np.unique(np.quantile(ref, np.arange(1, bins) / bins))
    rc = np.bincount(np.searchsorted(cuts, ref, side="left"), minlength=len(cuts) + 1) / len(ref)
    cc = np.bincount(np.searchsorted(cuts, cur, side="left"), minlength=len(cuts) + 1) / len(cur)
    rc = np.where(rc == 0, eps, rc)
    cc = np.where(cc == 0, eps, cc)
    return float(np.sum((cc - rc) * np.log(cc / rc)))
