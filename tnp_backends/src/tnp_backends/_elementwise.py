"""Elementwise functions that are not ufuncs: angle, round, isclose, nan_to_num, windows"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["KERNELS"]

KERNELS: dict[str, Callable[..., Any]] = {}
