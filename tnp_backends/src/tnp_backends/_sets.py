"""Set operations: unique family, isin, intersect1d, union1d, setdiff1d, setxor1d."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["KERNELS"]

KERNELS: dict[str, Callable[..., Any]] = {}
