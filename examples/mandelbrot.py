"""Mandelbrot set escape-time counts on a rectangular grid, using real arithmetic.

``z = zr + i*zi`` is iterated as ``z <- z**2 + c`` on two float arrays; points that
have escaped (``|z|**2 >= 4``) are frozen with ``np.where`` so nothing overflows.
"""

from __future__ import annotations

from typing import Any

SIZES = {"small": (200, 50), "large": (1000, 100)}


def escape_counts(np: Any, n: int, iterations: int) -> Any:
    """Return an ``(n, n)`` int array: iterations each point stayed bounded."""
    cr = np.linspace(-2.2, 0.8, n)[None, :] + np.zeros((n, 1))
    ci = np.linspace(-1.5, 1.5, n)[:, None] + np.zeros((1, n))
    zr = np.zeros_like(cr)
    zi = np.zeros_like(ci)
    counts = np.zeros((n, n), dtype=np.int64)
    for _ in range(iterations):
        zr2 = zr * zr
        zi2 = zi * zi
        active = (zr2 + zi2) < 4.0
        counts = np.where(active, counts + 1, counts)
        new_zi = 2.0 * zr * zi + ci
        zr = np.where(active, zr2 - zi2 + cr, zr)
        zi = np.where(active, new_zi, zi)
    return counts


def run(np: Any, size: str = "small") -> Any:
    """Return the escape-count image."""
    n, iterations = SIZES[size]
    return escape_counts(np, n, iterations)
