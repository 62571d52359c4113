"""Monte-Carlo estimate of pi: the fraction of uniform points in the unit square
that fall inside the quarter circle, times 4.

Uses ``np.random.default_rng``; NumPy and tnp produce different random streams,
so the result is checked against ``pi`` statistically, not against NumPy exactly.
"""

from __future__ import annotations

from typing import Any

SEED = 20240601
SIZES = {"small": 1_000_000, "large": 20_000_000}
CHUNK = 1_000_000


def run(np: Any, size: str = "small") -> Any:
    """Return the estimate of pi (a scalar) from ``SIZES[size]`` samples."""
    rng = np.random.default_rng(SEED)
    total = SIZES[size]
    inside = 0
    done = 0
    while done < total:  # process in chunks to bound memory
        m = min(CHUNK, total - done)
        x = rng.random(m)
        y = rng.random(m)
        inside = inside + (x * x + y * y < 1.0).sum()
        done += m
    return 4.0 * inside / total
