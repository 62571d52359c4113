"""File and buffer I/O: .npy/.npz, text files (loadtxt, savetxt, genfromtxt), buffers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["KERNELS"]

KERNELS: dict[str, Callable[..., Any]] = {}

OBJECTS: dict[str, Any] = {}
"""Public classes of this category, registered through ``tnp_register_objects``."""
