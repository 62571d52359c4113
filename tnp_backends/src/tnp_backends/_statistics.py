"""Order statistics, averages and correlation: median, percentile, quantile, average, cov, ...

Quantiles sort the reduced axes once (merged into one last axis, NaNs sort last) and gather the
neighbours of NumPy's "virtual index" of every ``q``; the 13 methods of Hyndman & Fan differ
only in how that index and the interpolation weight are computed.  The index arithmetic runs in
``q``'s float dtype (float64 for Python scalars), the interpolation in the result dtype, as
NumPy does.  The same core serves ``nanquantile`` with a per-slice count of valid values.
"""

from __future__ import annotations

import math
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
    ScalarOrArray,
)
from tnp_core.exceptions import ComplexWarning
from tnp_core.kernel_utils import (
    NoValue,
    array_result,
    compiling,
    normalize_axes,
    numpy_error,
    promote,
    require,
    to_tensor,
)

from ._reductions import _collapse, _kept_shape
from ._reductions import mean as _mean
from ._sorting import sort as _sort

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_METHODS = (
    "inverted_cdf", "averaged_inverted_cdf", "closest_observation",
    "interpolated_inverted_cdf", "hazen", "weibull", "linear", "median_unbiased",
    "normal_unbiased", "lower", "higher", "midpoint", "nearest",
)
# (alpha, beta) of the continuous methods of Hyndman & Fan
_ALPHA_BETA = {
    "interpolated_inverted_cdf": (0.0, 1.0),
    "hazen": (0.5, 0.5),
    "weibull": (0.0, 0.0),
    "median_unbiased": (1 / 3.0, 1 / 3.0),
    "normal_unbiased": (3 / 8.0, 3 / 8.0),
}
_INDEX_METHODS = frozenset({"inverted_cdf", "closest_observation", "lower", "higher", "nearest"})


# ---------------------------------------------------------------- helpers


def _is_int(dt: torch.dtype) -> bool:
    return not dt.is_floating_point and not dt.is_complex and dt is not torch.bool


def _gather_dims(
    a: _Tensor, axis: Any, keepdims: bool
) -> tuple[_Tensor, tuple[int, ...], tuple[int, ...]]:
    """``a`` with the reduced axes merged into the last one, and the result's kept shape."""
    if axis is None:
        axes = tuple(range(a.dim()))
    else:
        axes = normalize_axes(axis, a.dim())
    kept = _kept_shape(a, axes, keepdims)
    if axis is None:
        return a.reshape(-1), axes, kept
    return _collapse(a, axes), axes, kept


def _sorted_last(t: _Tensor) -> _Tensor:
    """``t`` sorted along its last axis (NaNs last; every dtype)."""
    if t.dtype in _SHELL or t.is_complex() or t.dtype is torch.bool:
        return _sort(t, -1)
    return torch.sort(t, dim=-1).values


_SELECTABLE = (torch.float32, torch.float64, torch.int8, torch.uint8, torch.int16, torch.int32,
               torch.int64)
_SELECT_MIN = 1 << 16  # below this a sort is as fast


def _selectable(t: _Tensor) -> bool:
    """A single long row without NaNs: order statistics by selection instead of a sort."""
    if t.numel() < _SELECT_MIN or t.numel() != t.shape[-1] or t.dtype not in _SELECTABLE:
        return False
    if compiling():  # selection reads ranks on the host: sort instead
        return False
    if not t.dtype.is_floating_point or bool(torch.isfinite(t.sum())):
        return True  # a NaN would make the sum NaN
    return not bool(t.isnan().any())


def _order_statistics(x: _Tensor, ks: list[int]) -> _Tensor:
    """The values of rank ``ks`` (sorted, 0-based) of the 1-d ``x``, in expected O(n).

    A strided sample brackets the ranks; only the values between the brackets are sorted.
    If the bracket misses (adversarial data), ``kthvalue`` answers exactly.
    """
    n = x.numel()
    step = max(n // 65536, 1)
    sample = torch.sort(x[::step]).values
    m = sample.numel()
    margin = 4 * int(math.sqrt(m)) + 8
    lo_pos = int(ks[0] / max(n - 1, 1) * (m - 1)) - margin
    hi_pos = int(ks[-1] / max(n - 1, 1) * (m - 1)) + margin + 1
    inside = None
    below = 0
    if lo_pos > 0:
        lo = sample[lo_pos]
        low = x < lo
        below = int(torch.count_nonzero(low))
        inside = ~low
    if hi_pos < m - 1:
        high = x <= sample[hi_pos]
        inside = high if inside is None else inside & high
    cand = x if inside is None else x[inside]
    ranks = [k - below for k in ks]
    if ranks[0] >= 0 and ranks[-1] < cand.numel():
        ordered = torch.sort(cand).values
        return ordered[torch.tensor(ranks, device=x.device)]
    return torch.stack([torch.kthvalue(x, k + 1).values for k in ks])


class _SelectedOrder:
    """Stands in for the sorted single row of ``x`` when only a few ranks are read:
    ``gather`` selects them (:func:`_order_statistics`) instead of sorting everything."""

    def __init__(self, x: _Tensor) -> None:
        self.x = x.reshape(-1)
        self.shape = x.shape
        self.dtype = x.dtype
        self._known: dict[int, _Tensor] = {}

    def gather(self, dim: int, idx: _Tensor) -> _Tensor:
        wanted = sorted(set(idx.reshape(-1).tolist()))
        missing = [k for k in wanted if k not in self._known]
        if missing:  # neighbours too: interpolating methods read rank k and k + 1
            n = self.x.numel()
            ks = sorted({j for k in missing for j in (k, k + 1) if j < n})
            self._known.update(zip(ks, _order_statistics(self.x, ks).unbind()))
        values = torch.stack([self._known[k] for k in wanted])
        pos = torch.searchsorted(torch.tensor(wanted, device=idx.device), idx.reshape(-1))
        return values[pos].reshape(idx.shape)


def _all_nan_slices(r: _Tensor, empty: _Tensor) -> _Tensor:
    """``r`` with NaN where ``empty`` (slices without a valid value), and NumPy's warning.

    Under torch.compile the warning, which depends on the data, is not given.
    """
    nan = torch.tensor(float("nan"), dtype=r.dtype)
    if compiling():
        return torch.where(empty, nan, r)
    if bool(empty.any()):
        warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=4)
        r = torch.where(empty, nan, r)
    return r


def _has_nan(t: _Tensor) -> bool:
    return t.dtype.is_floating_point or t.is_complex()


def _weights_valid(w: _Tensor, a: _Tensor, axes: tuple[int, ...] | None) -> _Tensor:
    """NumPy's check of ``weights`` against ``a``; the weights broadcastable to ``a``."""
    if tuple(w.shape) == tuple(a.shape):
        return w
    if axes is None:
        raise TypeError("Axis must be specified when shapes of a and weights differ.")
    if tuple(w.shape) != tuple(a.shape[ax] for ax in axes):
        raise ValueError(
            "Shape of weights must be consistent with shape of a along specified axis."
        )
    order = sorted(range(len(axes)), key=lambda i: axes[i])
    w = w.permute(order)
    return w.reshape(tuple(s if ax in axes else 1 for ax, s in enumerate(a.shape)))


# ---------------------------------------------------------------- quantile core


def _q_tensor(q: Any, percent: bool, a: _Tensor) -> tuple[_Tensor, bool]:
    """``q`` as a tensor (fractions) and whether it was a Python scalar (weak)."""
    weak = type(q) in (int, float)
    if type(q) is not _Tensor:
        q = to_tensor(q)
    q = q.to(a.device)
    if q.is_complex():
        raise TypeError("q must be real")
    if percent:
        if not q.dtype.is_floating_point:
            q = q.to(torch.float64)
        q = q / 100
    if q.dtype is torch.bool:
        q = q.to(torch.int64)
    if q.dim() > 2:
        raise ValueError("q must be a scalar or 1d")
    if percent:
        require((q >= 0) & (q <= 1), ValueError, "Percentiles must be in the range [0, 100]")
    else:
        require((q >= 0) & (q <= 1), ValueError, "Quantiles must be in the range [0, 1]")
    return q, weak


def _result_dtype(adt: torch.dtype, gdt: torch.dtype, weak: bool) -> torch.dtype:
    if adt is torch.bool:
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
            "the `^` operator, or the logical_xor function instead."
        )
    if weak:
        return adt if adt.is_floating_point else torch.float64
    return promote(adt, gdt)


def _lerp(lo: _Tensor, hi: _Tensor, g: _Tensor, rt: torch.dtype) -> _Tensor:
    """NumPy's ``_lerp``: from the lower end below 0.5, from the upper end above."""
    if lo.dtype in _SHELL:
        d = hi.to(torch.float64) - lo.to(torch.float64)
    else:
        d = hi - lo
    d = d.to(rt)
    g = g.to(rt)
    low = lo.to(rt) + d * g
    high = hi.to(rt) - d * (1 - g)
    return torch.where(g >= 0.5, high, low)


def _discrete(index: _Tensor, odd_rule: bool) -> _Tensor:
    prev = torch.floor(index)
    gamma = index - prev
    cond = gamma == 0
    if odd_rule:
        cond = cond & (torch.remainder(prev, 2) == 1)
    return torch.where(cond, prev, prev + 1).to(torch.int64).clamp(min=0)


def _gatherable(s: _Tensor) -> _Tensor:
    """``s`` in a dtype torch can gather (uint16/32 -> int64, uint64 -> its int64 bits)."""
    if s.dtype is torch.uint64:
        return s.view(torch.int64)
    if s.dtype in _SHELL:
        return s.to(torch.int64)
    return s


def _quantile_sorted(
    s: _Tensor, n: Any, q: _Tensor, method: str, weak: bool, adt: torch.dtype
) -> _Tensor:
    """Quantiles ``q`` (1-d) of each row of ``s`` (sorted, its first ``n`` values valid).

    ``n`` is an int or an int64 tensor of shape ``(..., 1)``; the result has shape
    ``(..., len(q))``.
    """
    rows = s.shape[:-1]
    int_q = not q.dtype.is_floating_point
    ct = torch.float64 if int_q else q.dtype
    nt = n.to(ct) if type(n) is _Tensor else n
    last = (n - 1).clamp(min=0) if type(n) is _Tensor else max(n - 1, 0)

    def take(idx: _Tensor) -> _Tensor:
        if idx.dtype is not torch.int64:  # integer q of any dtype (uint8, ...)
            idx = idx.to(torch.int64)
        if type(last) is _Tensor:
            idx = torch.minimum(idx, last)
        else:
            idx = idx.clamp(max=last)
        idx = idx.clamp(min=0).expand(*rows, q.shape[-1])
        return s.gather(-1, idx.contiguous())

    if method == "linear" and int_q:
        return take((n - 1) * q)
    qc = q.to(ct)
    if method in _INDEX_METHODS:
        if method == "inverted_cdf":
            idx = _discrete(nt * qc - 1, False)
        elif method == "closest_observation":
            idx = _discrete(nt * qc - 1 - 0.5, True)
        else:
            base = (nt - 1) * qc
            op = {"lower": torch.floor, "higher": torch.ceil, "nearest": torch.round}[method]
            idx = op(base).to(torch.int64)
        return take(idx)
    if method == "linear":
        vi = (nt - 1) * qc
    elif method == "averaged_inverted_cdf":
        vi = nt * qc - 1
    elif method == "midpoint":
        base = (nt - 1) * qc
        vi = 0.5 * (torch.floor(base) + torch.ceil(base))
    else:
        alpha, beta = _ALPHA_BETA[method]
        vi = nt * qc + (alpha + qc * (1 - alpha - beta)) - 1
    prev = torch.floor(vi)
    top = nt - 1
    above = vi >= top
    prev = torch.where(above, top if type(top) is _Tensor else vi.new_tensor(top), prev)
    prev = torch.where(vi < 0, 0.0, prev)
    prev = torch.where(vi.isnan(), top if type(top) is _Tensor else vi.new_tensor(top), prev)
    nxt = torch.where(above | (vi < 0) | vi.isnan(), prev, prev + 1)
    gamma = vi - prev
    if method == "averaged_inverted_cdf":
        gamma = torch.where(gamma == 0, 0.5, 1.0).to(ct)
    elif method == "midpoint":
        gamma = torch.where(torch.remainder(vi, 1) == 0, 0.0, 0.5).to(ct)
    lo = take(prev.to(torch.int64))
    hi = take(nxt.to(torch.int64))
    if adt is torch.uint64:
        lo, hi = lo.view(torch.uint64), hi.view(torch.uint64)
    rt = _result_dtype(adt, ct, weak)
    return _lerp(lo, hi, gamma.expand(*rows, q.shape[-1]), rt)


def _quantile_weighted(
    t: _Tensor, w: _Tensor, q: _Tensor
) -> tuple[_Tensor, _Tensor]:
    """inverted_cdf with weights; returns (result (..., Q), sorted rows)."""
    if t.dtype in _SHELL or t.dtype is torch.bool:
        from ._sorting import argsort as _argsort

        order = _argsort(t, -1)
    else:
        order = torch.sort(t, dim=-1, stable=True).indices
    s = _gatherable(t).gather(-1, order)
    if t.dtype is torch.uint64:
        s = s.view(torch.uint64)
    elif s.dtype is not t.dtype:
        s = s.to(t.dtype)
    ws = w.expand(t.shape).gather(-1, order)
    cdf = torch.cumsum(ws, dim=-1, dtype=torch.float64)
    cdf = cdf / cdf[..., -1:]
    require(~cdf[..., -1].isnan(), ValueError, "Weights included NaN, inf or were all zero.")
    if q.dtype.is_floating_point:
        cdf = cdf.to(q.dtype)
    cdf = torch.where(cdf == 0, -1.0, cdf).to(cdf.dtype)
    qv = q.to(cdf.dtype).expand(*t.shape[:-1], q.shape[-1]).contiguous()
    idx = torch.searchsorted(cdf.contiguous(), qv, side="left").clamp(max=t.shape[-1] - 1)
    r = _gatherable(s).gather(-1, idx)
    if s.dtype is torch.uint64:
        return r.view(torch.uint64), s
    return r.to(s.dtype), s


def _kept(r: _Tensor, keepdims: Any) -> Any:
    """NumPy's median/quantile/percentile give arrays with ``keepdims=True``, 0-d ones too."""
    return array_result(r) if r.dim() == 0 and keepdims is not NoValue and keepdims else r


def _quantile(
    a: _Tensor,
    q: Any,
    axis: Any,
    method: str,
    keepdims: bool,
    weights: Any,
    percent: bool,
    nan: bool,
) -> _Tensor:
    if a.is_complex():
        raise TypeError("a must be an array of real numbers")
    qt, weak = _q_tensor(q, percent, a)
    axes_n = None if axis is None else normalize_axes(axis, a.dim())
    if weights is not None and method != "inverted_cdf":
        raise ValueError(f"Only method 'inverted_cdf' supports weights. Got: {method}.")
    if method not in _METHODS:
        raise ValueError(
            f"{method!r} is not a valid method. Use one of: dict_keys({list(_METHODS)!r})"
        )
    if weights is not None:
        wt = weights if type(weights) is _Tensor else torch.as_tensor(weights)
        wt = _weights_valid(wt.to(a.device), a, axes_n)
        require(~(wt < 0), ValueError, "Weights must be non-negative.")
    t, axes, kept = _gather_dims(a, axis, keepdims)
    n = t.shape[-1]
    q1 = qt.reshape(-1)
    nan_ok = _has_nan(t)
    if n == 0 and not nan:
        raise IndexError("index -1 is out of bounds for axis 0 with size 0")
    valid: Any = n
    if nan and nan_ok:
        isn = t.isnan()
        valid = (~isn).sum(-1, keepdim=True)
    if nan and a.numel() == 0:  # NumPy answers nanmean(a, axis) here, whatever q's shape
        if n == 0 and math.prod(kept):
            warnings.warn("Mean of empty slice", RuntimeWarning, stacklevel=3)
        rt = a.dtype if a.dtype.is_floating_point else torch.float64
        return torch.full(kept, float("nan"), dtype=rt, device=a.device)
    if nan and n == 0:  # all-NaN (empty) slices: NaN results, below
        r = torch.empty((*t.shape[:-1], q1.shape[0]), dtype=torch.float64, device=a.device)
    elif weights is not None:
        wfull = wt.expand(a.shape)
        wfull = wfull.reshape(-1) if axis is None else _collapse(wfull, axes)
        if nan and nan_ok:
            wfull = torch.where(t.isnan(), torch.zeros((), dtype=wfull.dtype), wfull)
            # all-NaN slices give NaN below; weights there must not fail the check
            wfull = torch.where(valid == 0, torch.ones((), dtype=wfull.dtype), wfull)
        r, s = _quantile_weighted(t, wfull, q1)
    else:
        selected = _selectable(t)
        s = _SelectedOrder(t) if selected else _sorted_last(t)  # type: ignore[assignment]
        r = _quantile_sorted(_gatherable(s), valid, q1, method, weak, s.dtype)
        if r.dtype is not s.dtype and s.dtype in _SHELL and r.dtype is torch.int64:
            r = r.view(torch.uint64) if s.dtype is torch.uint64 else r.to(s.dtype)
    if nan_ok and n:
        if nan:
            r = _all_nan_slices(r, valid == 0)
        elif isinstance(s, _Tensor):  # a selected row has no NaN
            r = torch.where(s[..., -1:].isnan(), s[..., -1:].to(r.dtype), r)
    elif nan and n == 0:
        warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=3)
        rt = a.dtype if a.dtype.is_floating_point else torch.float64
        r = torch.full((*t.shape[:-1], q1.shape[0]), float("nan"), dtype=rt, device=a.device)
    return r.movedim(-1, 0).reshape((*qt.shape, *kept))


def quantile(
    a: ArrayLike,
    q: ArrayOrScalar,
    axis: AxisLike = None,
    out: OutArray = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: bool = False,
    *,
    weights: OptionalArrayLike = None,
) -> ScalarOrArray:
    """The ``q``-th quantiles (``0 <= q <= 1``) over the given axes."""
    return _kept(_quantile(a, q, axis, method, bool(keepdims), weights, False, False), keepdims)


def percentile(
    a: ArrayLike,
    q: ArrayOrScalar,
    axis: AxisLike = None,
    out: OutArray = None,
    overwrite_input: bool = False,
    method: str = "linear",
    keepdims: bool = False,
    *,
    weights: OptionalArrayLike = None,
) -> ScalarOrArray:
    """The ``q``-th percentiles (``0 <= q <= 100``) over the given axes."""
    return _kept(_quantile(a, q, axis, method, bool(keepdims), weights, True, False), keepdims)


# ---------------------------------------------------------------- median


def _median(a: _Tensor, axis: Any, keepdims: bool, nan: bool) -> _Tensor:
    t, _, kept = _gather_dims(a, axis, keepdims)
    n = t.shape[-1]
    dt = a.dtype
    if dt is torch.float16:
        ct, rt = torch.float32, dt
    elif dt.is_floating_point or dt.is_complex:
        ct = rt = dt
    else:
        ct = rt = torch.float64
    if n == 0:
        if nan:
            warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=3)
        else:
            warnings.warn("Mean of empty slice.", RuntimeWarning, stacklevel=3)
        return torch.full(kept, float("nan"), dtype=rt, device=a.device)
    if _selectable(t):
        ranks = _order_statistics(t.reshape(-1), sorted({(n - 1) // 2, n // 2})).to(ct)
        r = ranks[0] if n % 2 else (ranks[0] + ranks[-1]) / 2
        return r.reshape(kept).to(rt)
    s = _sorted_last(t)
    if nan and _has_nan(t):
        valid = (~t.isnan()).sum(-1, keepdim=True)
        lo_i = ((valid - 1).clamp(min=0)) // 2
        hi_i = valid // 2
        hi_i = torch.minimum(hi_i, (valid - 1).clamp(min=0))
        lo = s.gather(-1, lo_i).to(ct)
        hi = s.gather(-1, hi_i).to(ct)
        r = torch.where(lo_i == hi_i, lo, (lo + hi) / 2)
        return _all_nan_slices(r, valid == 0).reshape(kept).to(rt)
    lo = s[..., (n - 1) // 2].to(ct)
    r = lo if n % 2 else (lo + s[..., n // 2].to(ct)) / 2
    if _has_nan(t):
        last = s[..., -1]
        r = torch.where(last.isnan(), last.to(ct), r)
    return r.reshape(kept).to(rt)


def median(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    overwrite_input: bool = False,
    keepdims: bool = False,
) -> ScalarOrArray:
    """Median over the given axes (float64 for integer input; NaN where a slice holds NaN)."""
    return _kept(_median(a, axis, bool(keepdims), False), keepdims)


# ---------------------------------------------------------------- average


def average(
    a: ArrayLike,
    axis: AxisLike = None,
    weights: OptionalArrayLike = None,
    returned: bool = False,
    *,
    keepdims: bool = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Weighted average over the given axes; ``returned=True`` also gives the sum of weights."""
    axes = None if axis is None else normalize_axes(axis, a.dim())
    kd = keepdims is not NoValue and bool(keepdims)
    if weights is None:
        avg = _mean(a, axes, None, None, keepdims)
        scl = torch.tensor(a.numel() / avg.numel(), dtype=avg.dtype, device=a.device)
    else:
        w = _weights_valid(weights.to(a.device), a, axes)
        if _is_int(a.dtype) or a.dtype is torch.bool:
            rt = promote(promote(a.dtype, w.dtype), torch.float64)
        else:
            rt = promote(a.dtype, w.dtype)
        dims = tuple(range(a.dim())) if axes is None else axes
        wb = w.to(rt)
        scl = torch.sum(wb, dim=dims, keepdim=kd) if dims else wb.clone()
        if axes is None and not kd:
            scl = scl.reshape(())
        require(scl != 0, ZeroDivisionError, "Weights sum to zero, can't be normalized")
        prod = a.to(rt) * wb
        tot = torch.sum(prod, dim=dims, keepdim=kd) if dims else prod.clone()
        avg = tot / scl
    if returned:
        if tuple(scl.shape) != tuple(avg.shape):
            scl = scl.expand(avg.shape).clone()
        return avg, scl
    return avg


# ---------------------------------------------------------------- cov / corrcoef


def _as_2d(t: _Tensor) -> _Tensor:
    if t.dim() == 0:
        return t.reshape(1, 1)
    if t.dim() == 1:
        return t.reshape(1, -1)
    return t


def _real_as(t: _Tensor, dt: torch.dtype) -> _Tensor:
    """``t`` cast to ``dt``; complex to real drops the imaginary part with NumPy's warning."""
    if t.is_complex() and not dt.is_complex:
        warnings.warn(
            "Casting complex values to real discards the imaginary part", ComplexWarning,
            stacklevel=4,
        )
        t = t.real
    return t.to(dt)


def cov(
    m: ArrayLike,
    y: OptionalArrayLike = None,
    rowvar: bool = True,
    bias: bool = False,
    ddof: int | None = None,
    fweights: OptionalArrayLike = None,
    aweights: OptionalArrayLike = None,
    *,
    dtype: DTypeLike = None,
) -> torch.Tensor:
    """Covariance matrix of the variables in the rows (``rowvar``) or columns of ``m``."""
    if ddof is not None and ddof != int(ddof):
        raise ValueError("ddof must be integer")
    if m.dim() > 2:
        raise ValueError("m has more than 2 dimensions")
    if y is not None and y.dim() > 2:
        raise ValueError("y has more than 2 dimensions")
    if dtype is None:
        dtype = promote(m.dtype, torch.float64)
        if y is not None:
            dtype = promote(dtype, y.dtype)
    x = _real_as(_as_2d(m), dtype)
    if not rowvar and m.dim() != 1:
        x = x.T
    if x.shape[0] == 0:
        return torch.zeros((0, 0), dtype=torch.float64, device=m.device)
    if y is not None:
        yy = _real_as(_as_2d(y), dtype)
        if not rowvar and yy.shape[0] != 1:
            yy = yy.T
        if yy.shape[1] != x.shape[1]:
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match "
                f"exactly, but along dimension 1, the array at index 0 has size {x.shape[1]} "
                f"and the array at index 1 has size {yy.shape[1]}"
            )
        x = torch.cat((x, yy), dim=0)
    if ddof is None:
        ddof = 1 if bias == 0 else 0
    n = x.shape[1]
    w = None
    if fweights is not None:
        fw = fweights.to(torch.float64)
        if not bool((fw == torch.round(fw)).all()):
            raise TypeError("fweights must be integer")
        if fw.dim() > 1:
            raise numpy_error(RuntimeError("cannot handle multidimensional fweights"))
        if fw.shape[0] != n:
            raise numpy_error(RuntimeError("incompatible numbers of samples and fweights"))
        if bool((fw < 0).any()):
            raise ValueError("fweights cannot be negative")
        w = fw
    aw = None
    if aweights is not None:
        aw = aweights.to(torch.float64)
        if aw.dim() > 1:
            raise numpy_error(RuntimeError("cannot handle multidimensional aweights"))
        if aw.shape[0] != n:
            raise numpy_error(RuntimeError("incompatible numbers of samples and aweights"))
        if bool((aw < 0).any()):
            raise ValueError("aweights cannot be negative")
        w = aw if w is None else w * aw
    if w is None:
        avg = x.mean(dim=1) if n else torch.full((x.shape[0],), float("nan"), dtype=x.dtype)
        fact: Any = n - ddof
    else:
        w = w.to(m.device)
        wc = w.to(promote(dtype, torch.float64))
        w_sum = wc.sum()
        if bool(w_sum == 0):
            raise ZeroDivisionError("Weights sum to zero, can't be normalized")
        avg = (x * wc).sum(dim=1) / w_sum
        if ddof == 0:
            fact = w_sum
        elif aw is None:
            fact = w_sum - ddof
        else:
            fact = w_sum - ddof * (w * aw.to(m.device)).sum() / w_sum
        fact = float(fact)
    if fact <= 0:
        warnings.warn("Degrees of freedom <= 0 for slice", RuntimeWarning, stacklevel=2)
        fact = 0.0
    xc = x - avg[:, None].to(x.dtype)
    xt = xc.T if w is None else (xc * w.to(xc.dtype if xc.is_complex() else xc.dtype)).T
    c = xc @ xt.conj()
    with warnings.catch_warnings():
        c = c * (1.0 / fact if fact else float("inf"))
    if c.dtype is not avg.dtype and not c.is_complex():
        c = c.to(promote(c.dtype, avg.dtype))
    return c.squeeze()


def corrcoef(
    x: ArrayLike,
    y: OptionalArrayLike = None,
    rowvar: bool = True,
    *,
    dtype: DTypeLike = None,
) -> ScalarOrArray:
    """Pearson correlation coefficients (clipped to [-1, 1])."""
    c = cov(x, y, rowvar, dtype=dtype)
    if c.dim() == 0:
        return c / c
    d = torch.diagonal(c)
    sd = torch.sqrt(d.real)
    c = c / sd[:, None]
    c = c / sd[None, :]
    if c.is_complex():
        return torch.complex(c.real.clamp(-1, 1), c.imag.clamp(-1, 1))
    return c.clamp(-1, 1)


KERNELS: dict[str, Callable[..., Any]] = {
    "median": median,
    "percentile": percentile,
    "quantile": quantile,
    "average": average,
    "cov": cov,
    "corrcoef": corrcoef,
}
