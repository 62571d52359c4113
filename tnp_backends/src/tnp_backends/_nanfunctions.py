"""The nan* reductions: nansum, nanmean, nanmedian, nanpercentile, ...

Each replaces NaNs by the reduction's neutral value (or masks them with ``where``) and runs the
plain kernel of ``_reductions`` / ``_statistics``; integer and bool inputs hold no NaN and go
straight to the plain kernel.  All-NaN slices give NaN with NumPy's RuntimeWarning
(``nanargmin``/``nanargmax`` raise ValueError).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import (
    ArrayLike,
    ArrayOrScalar,
    AxisLike,
    DTypeLike,
    OptionalArrayLike,
    OutArray,
    OutArrayUnsafe,
    OutIndexArray,
    ScalarOrArray,
)
from tnp_core.kernel_utils import NoValue, compiling, require

from . import _reductions as _r
from . import _statistics as _s

__all__ = ["KERNELS"]

_Tensor = torch.Tensor


def _inexact(a: _Tensor) -> bool:
    return a.dtype.is_floating_point or a.dtype.is_complex


def _nan_mask(a: _Tensor) -> _Tensor:
    return a.isnan()


def _replace(a: _Tensor, value: float) -> tuple[_Tensor, _Tensor]:
    """``a`` with NaNs replaced by ``value`` (complex: both parts), and the NaN mask."""
    m = _nan_mask(a)
    fill = torch.tensor(complex(value, value) if a.is_complex() else value, dtype=a.dtype,
                        device=a.device)
    return torch.where(m, fill, a), m


def _nan_like(a: _Tensor) -> _Tensor:
    """A 0-d NaN of ``a``'s dtype (NaN + NaNj for complex)."""
    nan = torch.tensor(float("nan"), dtype=a.real.dtype, device=a.device)
    return torch.complex(nan, nan) if a.is_complex() else nan


def _axis_0d(a: _Tensor, axis: Any) -> Any:
    """NumPy's ufunc reductions let a 0-d array take ``axis=0`` / ``-1``: as ``None``."""
    if type(axis) is int and axis in (0, -1) and a.dim() == 0:
        return None
    return axis


def _and_where(m: _Tensor, where: Any) -> Any:
    """The ``where`` mask that also excludes NaNs."""
    if where is NoValue:
        return ~m
    w = where if where.dtype is torch.bool else where != 0
    return ~m & w


# ---------------------------------------------------------------- sums and products


def nansum(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    initial: Any = NoValue,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Sum treating NaNs as zero."""
    if _inexact(a):
        a = _replace(a, 0.0)[0]
    return _r.sum(a, axis, dtype, None, keepdims, initial, where)


def nanprod(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    initial: Any = NoValue,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Product treating NaNs as one."""
    if _inexact(a):
        m = _nan_mask(a)
        a = torch.where(m, torch.ones((), dtype=a.dtype, device=a.device), a)
    return _r.prod(a, axis, dtype, None, keepdims, initial, where)


def nancumsum(
    a: ArrayLike, axis: AxisLike = None, dtype: DTypeLike = None, out: OutArrayUnsafe = None
) -> torch.Tensor:
    """Cumulative sum treating NaNs as zero."""
    if _inexact(a):
        a = _replace(a, 0.0)[0]
    return _r.cumsum(a, axis, dtype)


def nancumprod(
    a: ArrayLike, axis: AxisLike = None, dtype: DTypeLike = None, out: OutArrayUnsafe = None
) -> torch.Tensor:
    """Cumulative product treating NaNs as one."""
    if _inexact(a):
        m = _nan_mask(a)
        a = torch.where(m, torch.ones((), dtype=a.dtype, device=a.device), a)
    return _r.cumprod(a, axis, dtype)


# ---------------------------------------------------------------- min / max / argmin / argmax


def _nan_extreme(
    a: _Tensor, axis: Any, keepdims: Any, initial: Any, where: Any, largest: bool
) -> _Tensor:
    if not _inexact(a):
        return _r._extreme(a, axis, keepdims, initial, where, largest)
    fill = -float("inf") if largest else float("inf")
    t, m = _replace(a, fill)
    r = _r._extreme(t, axis, keepdims, initial, where, largest)
    # slices with no non-NaN value (within ``where``) are NaN
    valid = _and_where(m, where)
    if valid is not None:
        if valid.shape != a.shape:
            valid = valid.broadcast_to(a.shape)
        kd = keepdims is not NoValue and bool(keepdims)
        if a.dim() == 0 and type(axis) is int and axis in (0, -1):
            axes: tuple[int, ...] = ()
        else:
            axes = _r._ufunc_axes(a, axis)
        anyv = valid.clone() if not axes else torch.any(valid, dim=axes, keepdim=kd)
        if _r._given(initial):
            return r  # an initial value makes every slice non-empty
        if compiling():  # NaN where needed, without the (data-dependent) warning
            r = torch.where(anyv.reshape(r.shape), r, _nan_like(a))
        elif not bool(anyv.all()):
            warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=3)
            r = torch.where(anyv.reshape(r.shape), r, _nan_like(a))
    return r


def nanmax(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    initial: Any = NoValue,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Maximum ignoring NaNs (NaN and a RuntimeWarning for all-NaN slices)."""
    return _nan_extreme(a, axis, keepdims, initial, where, True)


def nanmin(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    initial: Any = NoValue,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Minimum ignoring NaNs (NaN and a RuntimeWarning for all-NaN slices)."""
    return _nan_extreme(a, axis, keepdims, initial, where, False)


def _nan_arg(a: _Tensor, axis: Any, keepdims: Any, largest: bool) -> _Tensor:
    if not _inexact(a):
        return _r._arg(a, axis, keepdims, largest)
    t, m = _replace(a, -float("inf") if largest else float("inf"))
    if axis is None:
        if a.numel():
            require(~m.all(), ValueError, "All-NaN slice encountered")
    else:
        if isinstance(axis, tuple):
            raise TypeError("'tuple' object cannot be interpreted as an integer")
        mm = m if m.dim() else m.reshape(1)
        ax = _r.normalize_axis(axis, mm.dim())
        if mm.shape[ax]:
            require(~mm.all(dim=ax), ValueError, "All-NaN slice encountered")
    return _r._arg(t, axis, keepdims, largest)


def nanargmax(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutIndexArray = None,
    *,
    keepdims: bool = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Indices of the maximum values ignoring NaNs (ValueError for all-NaN slices)."""
    return _nan_arg(a, axis, keepdims, True)


def nanargmin(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutIndexArray = None,
    *,
    keepdims: bool = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Indices of the minimum values ignoring NaNs (ValueError for all-NaN slices)."""
    return _nan_arg(a, axis, keepdims, False)


# ---------------------------------------------------------------- mean / var / std


def nanmean(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    *,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Mean ignoring NaNs (NaN and a RuntimeWarning for all-NaN slices)."""
    if not _inexact(a):
        return _r.mean(a, axis, dtype, None, keepdims, where=where)
    if dtype is not None and not (dtype.is_floating_point or dtype.is_complex):
        raise TypeError("If a is inexact, then dtype must be inexact")
    axis = _axis_0d(a, axis)
    t, m = _replace(a, 0.0)
    valid = _and_where(m, where)
    axes = _r.normalize_axes(axis, a.dim())
    kd = keepdims is not NoValue and bool(keepdims)
    valid = valid.broadcast_to(a.shape)
    cnt = valid.sum(dim=axes, keepdim=kd) if axes else valid.to(torch.int64)
    tot = _r.sum(t, axis, dtype, None, keepdims, NoValue, where)
    if not compiling() and bool((cnt == 0).any()):  # (no data-dependent warning in a graph)
        warnings.warn("Mean of empty slice", RuntimeWarning, stacklevel=2)
    rdt = tot.real.dtype if tot.is_complex() else tot.dtype
    return tot / cnt.to(rdt)


def _nan_var(
    a: _Tensor, axis: Any, dtype: Any, ddof: Any, keepdims: Any, where: Any, mean: Any,
    correction: Any, std: bool,
) -> _Tensor:
    f = _r.std if std else _r.var
    if not _inexact(a):
        return f(a, axis, dtype, None, ddof, keepdims, where=where, mean=mean,
                 correction=correction)
    if dtype is not None and not (dtype.is_floating_point or dtype.is_complex):
        raise TypeError("If a is inexact, then dtype must be inexact")
    axis = _axis_0d(a, axis)
    t, m = _replace(a, 0.0)
    valid = _and_where(m, where)
    if compiling():  # (catch_warnings cannot be traced): NaN where dof <= 0, no warning
        r = f(t, axis, dtype, None, ddof, keepdims, where=valid, mean=mean,
              correction=correction)
        return _nan_where_few(r, a, axis, keepdims, valid, ddof, correction)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = f(t, axis, dtype, None, ddof, keepdims, where=valid, mean=mean,
              correction=correction)
    if caught:
        warnings.warn("Degrees of freedom <= 0 for slice.", RuntimeWarning, stacklevel=3)
        r = _nan_where_few(r, a, axis, keepdims, valid, ddof, correction)
    return r


def _nan_where_few(
    r: _Tensor, a: _Tensor, axis: Any, keepdims: Any, valid: _Tensor, ddof: Any,
    correction: Any,
) -> _Tensor:
    """NumPy: NaN (not inf) where the slice has no more valid values than ``ddof``."""
    dof = ddof if correction is NoValue else correction
    kd = keepdims is not NoValue and bool(keepdims)
    axes = _r.normalize_axes(axis, a.dim())
    valid = valid.broadcast_to(a.shape)
    cnt = valid.sum(dim=axes, keepdim=kd) if axes else valid.to(torch.int64)
    return torch.where(cnt <= dof, torch.tensor(float("nan"), dtype=r.dtype), r)


def nanvar(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    ddof: int | float = 0,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    *,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
    mean: ArrayLike = NoValue,  # type: ignore[assignment]
    correction: int | float = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Variance ignoring NaNs."""
    return _nan_var(a, axis, dtype, ddof, keepdims, where, mean, correction, False)


def nanstd(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArray = None,
    ddof: int | float = 0,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    *,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
    mean: ArrayLike = NoValue,  # type: ignore[assignment]
    correction: int | float = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Standard deviation ignoring NaNs."""
    return _nan_var(a, axis, dtype, ddof, keepdims, where, mean, correction, True)


# ---------------------------------------------------------------- median / quantiles


def nanmedian(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    overwrite_input: bool = False,
    keepdims: bool = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Median ignoring NaNs (NaN and a RuntimeWarning for all-NaN slices)."""
    kd = keepdims is not NoValue and bool(keepdims)
    return _s._kept(_s._median(a, axis, kd, True), kd)


def nanquantile(
    a: ArrayLike,
    q: ArrayOrScalar,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: bool = NoValue,  # type: ignore[assignment]
    *,
    weights: OptionalArrayLike = None,
) -> ScalarOrArray:
    """The ``q``-th quantiles ignoring NaNs."""
    kd = keepdims is not NoValue and bool(keepdims)
    return _s._kept(_s._quantile(a, q, axis, method, kd, weights, False, True), kd)


def nanpercentile(
    a: ArrayLike,
    q: ArrayOrScalar,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: bool = NoValue,  # type: ignore[assignment]
    *,
    weights: OptionalArrayLike = None,
) -> ScalarOrArray:
    """The ``q``-th percentiles ignoring NaNs."""
    kd = keepdims is not NoValue and bool(keepdims)
    return _s._kept(_s._quantile(a, q, axis, method, kd, weights, True, True), kd)


KERNELS: dict[str, Callable[..., Any]] = {
    "nansum": nansum,
    "nanprod": nanprod,
    "nancumsum": nancumsum,
    "nancumprod": nancumprod,
    "nanmax": nanmax,
    "nanmin": nanmin,
    "nanargmax": nanargmax,
    "nanargmin": nanargmin,
    "nanmean": nanmean,
    "nanvar": nanvar,
    "nanstd": nanstd,
    "nanmedian": nanmedian,
    "nanquantile": nanquantile,
    "nanpercentile": nanpercentile,
}
