"""Histograms and counting: histogram(2d/dd), histogram_bin_edges, bincount, digitize."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["KERNELS"]

KERNELS: dict[str, Callable[..., Any]] = {}
