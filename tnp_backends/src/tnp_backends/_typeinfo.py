"""Array and type predicates: ndim, shape, size, isscalar, common_type, ..."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["KERNELS"]

KERNELS: dict[str, Callable[..., Any]] = {}
