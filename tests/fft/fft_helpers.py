"""Input data shared by the fft tests."""

from __future__ import annotations

from typing import Any

import numpy as np


def data(shape: tuple[int, ...], dtype: Any, seed: int = 0) -> np.ndarray:
    """Random values of ``dtype``."""
    rng = np.random.default_rng(seed)
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return rng.integers(0, 2, shape).astype(bool)
    if dt.kind in "iu":
        return rng.integers(0 if dt.kind == "u" else -8, 9, shape).astype(dt)
    x = rng.standard_normal(shape)
    if dt.kind == "c":
        x = x + 1j * rng.standard_normal(shape)
    return x.astype(dt)
