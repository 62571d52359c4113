"""Continuous samplers at torch level: ``random``, ``uniform``, ``normal``.

Each takes a :class:`~tnp_random._seeding.Stream` and returns a Python float where NumPy does
(no ``size``, scalar parameters) and a tensor otherwise.
"""

from __future__ import annotations

import math
from typing import Any

import torch

import tnp_core

from . import _base
from ._params import check_non_negative, device_of, float_param, result_shape
from ._seeding import Stream

__all__ = ["random_floats", "uniform", "normal", "float_dtype"]

_F64 = torch.float64
_FLOATS = (torch.float64, torch.float32)


def float_dtype(dtype: Any, name: str) -> torch.dtype:
    """``dtype=`` of ``Generator.random``: float64 or float32, else NumPy's TypeError."""
    dt = dtype if isinstance(dtype, torch.dtype) else tnp_core.dtype(dtype).torch
    if dt not in _FLOATS:
        shown = str(dt).removeprefix("torch.")
        raise TypeError(f"Unsupported dtype dtype('{shown}') for {name}")
    return dt


def random_floats(
    stream: Stream, size: tuple[int, ...] | None, dtype: torch.dtype = _F64
) -> float | torch.Tensor:
    """Uniform samples in ``[0, 1)``."""
    device = torch.get_default_device()
    gen = stream.generator(device)
    t = _base.uniform(gen, size if size is not None else (), device, dtype)
    return float(t.item()) if size is None else t


def uniform(
    stream: Stream, low: Any, high: Any, size: tuple[int, ...] | None, range_message: str,
    ordered: bool = False,
) -> float | torch.Tensor:
    """Uniform samples in ``[low, high)``: ``low + (high - low) * U``.

    ``ordered``: ``high < low`` is a ValueError (Generator); the legacy API allows it.
    """
    lo, hi = float_param(low), float_param(high)
    span = hi - lo
    finite = bool(torch.isfinite(span).all()) if isinstance(span, torch.Tensor) else (
        math.isfinite(span)
    )
    if not finite:  # NumPy checks the range first: uniform(inf, 1) is an OverflowError
        # (array parameters: NumPy's shorter message, the same for Generator and RandomState)
        raise OverflowError(
            "Range exceeds valid bounds" if isinstance(span, torch.Tensor) else range_message
        )
    if ordered:  # NumPy tests the sign bit: uniform(0.0, -0.0) is an error too
        check_non_negative(span, "high - low")
    shape = result_shape(size, (lo, span))
    device = device_of(lo, hi)
    u = _base.uniform(stream.generator(device), shape or (), device)
    if shape is None:
        return float(lo + span * u.item())
    # in place, same arithmetic as ``lo + span * u`` (u has the broadcast shape already)
    return u.mul_(span).add_(lo)


def normal(
    stream: Stream, loc: Any, scale: Any, size: tuple[int, ...] | None
) -> float | torch.Tensor:
    """Normal samples: ``loc + scale * Z``."""
    mu, sigma = float_param(loc), float_param(scale)
    check_non_negative(sigma, "scale")
    shape = result_shape(size, (mu, sigma))
    device = device_of(mu, sigma)
    z = _base.normal(stream.generator(device), shape or (), device)
    if shape is None:
        return float(mu + sigma * z.item())
    # in place, same arithmetic as ``mu + sigma * z`` (z has the broadcast shape already)
    if isinstance(sigma, torch.Tensor) or sigma != 1.0:
        z.mul_(sigma)
    if isinstance(mu, torch.Tensor) or mu != 0.0:
        z.add_(mu)
    return z
