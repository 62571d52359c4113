"""Helpers: fftfreq, rfftfreq (sample frequencies) and fftshift, ifftshift (reordering).

``fftfreq`` / ``rfftfreq`` return float64 (complex128 for a complex ``d``) and, unlike NumPy,
accept any torch device for ``device=`` and the array API's ``dtype=`` (a real floating dtype;
beyond NumPy 2.4's signature).  ``n`` must be a Python or NumPy integer (or a tnp
integer scalar); anything else is a ValueError, as in NumPy.
"""

from __future__ import annotations

import numbers
import operator
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, DeviceLike, DTypeLike
from tnp_core.kernel_utils import normalize_axis, to_tensor

__all__ = ["KERNELS", "fftfreq", "rfftfreq", "fftshift", "ifftshift"]

_F64 = torch.float64
_C128 = torch.complex128


def _is_integer(n: Any) -> bool:
    if isinstance(n, numbers.Integral):
        return True
    import tnp_core

    return isinstance(n, tnp_core.integer)


def _integer_count(n: Any) -> int:
    if not _is_integer(n):
        raise ValueError("n should be an integer")
    return operator.index(n)


def _inverse_span(n: int, d: Any, python_n: bool) -> Any:
    """``1 / (n * d)`` as NumPy computes it, before any array is made (so its errors come first).

    With a Python ``n`` and a Python scalar ``d`` it is Python arithmetic (ZeroDivisionError
    for ``n * d == 0``, as in NumPy); otherwise a tensor in ``d``'s dtype (float64 for an
    integer ``d``; NEP 50), where a zero gives inf as NumPy's scalar arithmetic does.
    """
    if python_n and isinstance(d, (int, float, complex)) and not isinstance(d, bool):
        return 1.0 / (n * d)
    nd = n * to_tensor(d)
    if not (nd.dtype.is_floating_point or nd.dtype.is_complex):
        nd = nd.to(_F64)
    return 1.0 / nd


def _scale(k: torch.Tensor, val: Any) -> torch.Tensor:
    """``k * val`` in float64, or complex128 for a complex ``val``."""
    if not isinstance(val, torch.Tensor):
        return k.to(_C128 if isinstance(val, complex) else _F64) * val
    dt = _C128 if val.is_complex() else _F64
    return k.to(dt) * val.to(device=k.device, dtype=dt)


def _as_dtype(r: torch.Tensor, dtype: torch.dtype | None) -> torch.Tensor:
    """The array API's ``dtype=``: a real floating dtype for the result, else ValueError."""
    if dtype is None:
        return r
    if not dtype.is_floating_point:
        raise ValueError(f"`dtype` must be a real floating-point type, got {dtype}")
    return r.to(dtype)


def fftfreq(
    n: int, d: float = 1.0, device: DeviceLike = None, *, dtype: DTypeLike = None
) -> torch.Tensor:
    """Sample frequencies of :func:`fft`: ``[0, 1, ..., -1] / (d * n)``."""
    n_in = n
    n = _integer_count(n)
    val = _inverse_span(n, d, isinstance(n_in, int))
    if isinstance(n_in, bool):  # NumPy: np.empty(True) is a TypeError
        raise TypeError(f"expected a sequence of integers or a single integer, got '{n_in!r}'")
    if n < 0:
        raise ValueError("negative dimensions are not allowed")
    half = (n - 1) // 2 + 1
    k = torch.cat(
        [
            torch.arange(0, half, dtype=torch.int64, device=device),
            torch.arange(-(n // 2), 0, dtype=torch.int64, device=device),
        ]
    )
    return _as_dtype(_scale(k, val), dtype)


def rfftfreq(
    n: int, d: float = 1.0, device: DeviceLike = None, *, dtype: DTypeLike = None
) -> torch.Tensor:
    """Sample frequencies of :func:`rfft`: ``[0, 1, ..., n // 2] / (d * n)``."""
    n_in = n
    n = _integer_count(n)
    val = _inverse_span(n, d, isinstance(n_in, int))
    k = torch.arange(0, max(n // 2 + 1, 0), dtype=torch.int64, device=device)
    return _as_dtype(_scale(k, val), dtype)


def _shift(x: torch.Tensor, axes: Any, sign: int) -> torch.Tensor:
    if axes is None:
        dims = list(range(x.dim()))
    elif isinstance(axes, numbers.Integral) or (
        hasattr(axes, "__index__") and getattr(axes, "ndim", 1) == 0
    ):
        ax = operator.index(axes)
        if not -x.dim() <= ax < x.dim():
            raise IndexError("tuple index out of range")
        dims = [ax % x.dim()]
    else:
        if isinstance(axes, torch.Tensor):
            axes = axes.tolist()
        try:
            raw = [operator.index(ax) for ax in axes]
        except TypeError:
            raise TypeError(f"'{type(axes).__name__}' object is not iterable") from None
        dims = []
        for ax in raw:
            if not -x.dim() <= ax < x.dim():
                raise IndexError("tuple index out of range")
            dims.append(normalize_axis(ax, x.dim()))
    if x.dim() == 0:
        raise ValueError("not enough values to unpack (expected 2, got 0)")
    totals: dict[int, int] = {}
    for ax in dims:  # a repeated axis is shifted once per occurrence, like np.roll
        totals[ax] = totals.get(ax, 0) + sign * (x.shape[ax] // 2)
    if not totals:
        return x.clone()
    return torch.roll(x, list(totals.values()), list(totals))


def fftshift(x: ArrayLike, axes: Any = None) -> torch.Tensor:
    """Move the zero-frequency term to the centre (``roll`` by ``n // 2`` along ``axes``)."""
    return _shift(x, axes, 1)


def ifftshift(x: ArrayLike, axes: Any = None) -> torch.Tensor:
    """Inverse of :func:`fftshift` (``roll`` by ``-(n // 2)``)."""
    return _shift(x, axes, -1)


KERNELS: dict[str, Callable[..., Any]] = {
    "fft.fftfreq": fftfreq,
    "fft.rfftfreq": rfftfreq,
    "fft.fftshift": fftshift,
    "fft.ifftshift": ifftshift,
}
