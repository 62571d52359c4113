"""A small data-analysis program: synthesize sensor readings, write and read them back
as ``.npz`` and CSV text, then summarise them with percentiles, a histogram, a robust
z-score filter, a per-sensor polynomial trend fit (``np.polynomial``) and a correlation
matrix.

Everything is deterministic (no random numbers), so tnp must match NumPy.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

SIZES = {"small": (8, 20_000), "large": (16, 400_000)}


def readings(np: Any, sensors: int, samples: int) -> Any:
    """Smooth signals with drifts, periodic bursts and a few spikes."""
    t = np.linspace(0.0, 10.0, samples)
    k = np.arange(sensors)[:, None]
    signal = np.sin(t * (1.0 + 0.1 * k)) + 0.05 * k * t + 0.3 * np.cos(37.0 * t + k)
    spikes = (np.arange(samples) % 997 == 0) & (k % 3 == 0)
    return np.where(spikes, signal + 25.0, signal)


def run(np: Any, size: str = "small") -> Any:
    """Return a vector of summary numbers (identical for NumPy and tnp)."""
    sensors, samples = SIZES[size]
    data = readings(np, sensors, samples)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "readings.npz"
        np.savez_compressed(path, data=data, sensors=np.arange(sensors))
        with np.load(path) as archive:
            data = archive["data"]
        text = io.StringIO()
        np.savetxt(text, data[:, :200].T, delimiter=",", fmt="%.17g")
        head = np.loadtxt(io.StringIO(text.getvalue()), delimiter=",")
    p05, p50, p95 = np.percentile(data, [5, 50, 95], axis=1)
    mad = np.median(np.abs(data - p50[:, None]), axis=1)
    robust_z = (data - p50[:, None]) / (1.4826 * mad[:, None])
    clean = np.where(np.abs(robust_z) > 6.0, np.nan, data)
    counts, edges = np.histogram(np.nan_to_num(clean, nan=0.0), bins=40)
    t = np.linspace(0.0, 10.0, samples)
    slopes = np.array([
        np.polynomial.Polynomial.fit(t, np.nan_to_num(row, nan=float(np.nanmean(row))), 2)
        .convert().coef[1]
        for row in clean
    ])
    corr = np.corrcoef(np.nan_to_num(clean, nan=0.0))
    return np.concatenate([
        p05, p50, p95, mad, np.nanmean(clean, axis=1), np.nanstd(clean, axis=1),
        counts[:5].astype(float), edges[:3], slopes, corr[0], head.sum(axis=0),
        [float(np.isnan(clean).sum())],
    ])
