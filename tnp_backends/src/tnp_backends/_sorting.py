"""sort and argsort.

Sorts are always stable (a stable sort satisfies every ``kind``).  NaNs go last like NumPy's;
complex values sort lexicographically with NumPy's NaN order
``R + Rj < R + nanj < nan + Rj < nan + nanj``; uint16/32/64 sort through an order-preserving
int64 key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, AxisLike
from tnp_core.kernel_utils import normalize_axis

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_SIGN_BIT = -(2**63)


def _check(kind: Any, order: Any, stable: Any) -> None:
    if order is not None:
        raise ValueError("Cannot specify order when the array has no fields.")
    if kind is not None:
        if stable is not None:
            raise ValueError(
                "`kind` and keyword parameters can't be provided at the same time. Use only "
                "one of them."
            )
        if not isinstance(kind, str) or kind[:1].lower() not in ("q", "h", "m", "s"):
            raise ValueError(
                f"sort kind must be one of 'quick', 'heap', or 'stable' (got {kind!r})"
            )


def _key(t: _Tensor) -> _Tensor:
    """A tensor torch can sort in the order of ``t`` (not complex)."""
    if t.dtype is torch.uint64:
        return t.view(torch.int64) ^ _SIGN_BIT
    if t.dtype in _SHELL:
        return t.to(torch.int64)
    return t


def _argsort_keys(keys: list[_Tensor], dim: int) -> _Tensor:
    """Stable lexicographic argsort: ``keys[0]`` least significant, ``keys[-1]`` most."""
    perm = torch.sort(keys[0], dim=dim, stable=True).indices
    for k in keys[1:]:
        p = torch.sort(k.gather(dim, perm), dim=dim, stable=True).indices
        perm = perm.gather(dim, p)
    return perm


def _complex_argsort(t: _Tensor, dim: int) -> _Tensor:
    re, im = t.real, t.imag
    nan_rank = re.isnan().to(torch.int8) * 2 + im.isnan().to(torch.int8)
    return _argsort_keys([im, re, nan_rank], dim)


def _prepare(a: _Tensor, axis: Any, zero_d_as_1d: bool) -> tuple[_Tensor, int]:
    if axis is None:
        return a.reshape(-1), 0
    if isinstance(axis, tuple):
        raise TypeError("'tuple' object cannot be interpreted as an integer")
    t = a.reshape(1) if zero_d_as_1d and a.dim() == 0 else a
    return t, normalize_axis(axis, t.dim())


def sort(
    a: ArrayLike,
    axis: AxisLike = -1,
    kind: str | None = None,
    order: Any = None,
    *,
    stable: bool | None = None,
) -> torch.Tensor:
    """A sorted copy of the array along ``axis`` (the flattened array for ``axis=None``)."""
    _check(kind, order, stable)
    t, ax = _prepare(a, axis, False)
    if t.is_complex():
        return t.gather(ax, _complex_argsort(t, ax))
    dt = t.dtype
    v = torch.sort(_key(t), dim=ax, stable=True).values
    if dt is torch.uint64:
        return (v ^ _SIGN_BIT).view(torch.uint64)
    return v if v.dtype is dt else v.to(dt)


def argsort(
    a: ArrayLike,
    axis: AxisLike = -1,
    kind: str | None = None,
    order: Any = None,
    *,
    stable: bool | None = None,
) -> torch.Tensor:
    """Indices (int64) that sort the array along ``axis``; stable."""
    _check(kind, order, stable)
    t, ax = _prepare(a, axis, True)
    if t.is_complex():
        return _complex_argsort(t, ax)
    return torch.sort(_key(t), dim=ax, stable=True).indices


KERNELS: dict[str, Callable[..., Any]] = {
    "sort": sort,
    "argsort": argsort,
}
