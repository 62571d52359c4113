"""Histograms and counting: histogram(2d/dd), histogram_bin_edges, bincount, digitize.

Uniform bins compute each value's bin from its offset and correct it by one against the edges,
as NumPy does, so values on an edge land in the same bin; bin edges follow ``linspace``'s
arithmetic (``arange * step + start``, last edge exact) in NumPy's dtype.  Counting is one
``torch.bincount`` (over blocks of the input that stay in cache, for large inputs).
"""

from __future__ import annotations

import builtins
import math
import operator
import warnings
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, ArrayLikeOrData, OptionalArrayLike, ScalarOrArray
from tnp_core.exceptions import UFuncTypeError
from tnp_core.kernel_utils import compiling, promote, require, to_tensor

from ._statistics import _quantile

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_SIGN_BIT = -(2**63)


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def _key(t: _Tensor) -> _Tensor:
    """A tensor torch can compare/search in the order of ``t``."""
    if t.dtype is torch.uint64:
        return t.view(torch.int64) ^ _SIGN_BIT
    if t.dtype in _SHELL:
        return t.to(torch.int64)
    if t.dtype is torch.bool:
        return t.to(torch.uint8)
    return t


def _searchsorted(edges: _Tensor, v: _Tensor, right: bool) -> _Tensor:
    """``numpy.searchsorted(edges, v, side)`` for 1-d ``edges`` (int64 indices)."""
    dt = promote(edges.dtype, v.dtype)
    e = _key(edges.to(dt)).contiguous()
    x = _key(v.to(dt)).contiguous()
    return torch.searchsorted(e, x, right=right)


def _as_float(t: _Tensor) -> _Tensor:
    if t.dtype is torch.uint64:
        return t.to(torch.float64)
    return t.to(torch.float64)


# ---------------------------------------------------------------- edges


def _ravel_check(a: _Tensor, weights: Any) -> tuple[_Tensor, Any]:
    """``a`` flattened (bool as uint8, uint16/32/64 as float64), ``weights`` checked."""
    if a.dtype is torch.bool:
        warnings.warn(
            "Converting input from bool to <class 'numpy.uint8'> for compatibility.",
            RuntimeWarning,
            stacklevel=4,
        )
        a = a.to(torch.uint8)
    if a.dtype in _SHELL:  # torch compares no uint16/32/64: their values as float64
        a = a.to(torch.float64)
    if weights is not None:
        if tuple(weights.shape) != tuple(a.shape):
            raise ValueError("weights should have the same shape as a.")
        weights = weights.reshape(-1)
    return a.reshape(-1), weights


def _range_dtype(range: Any) -> torch.dtype | None:
    """The NumPy dtype the ``range`` entries carry (NumPy scalars, 0-d arrays), if any."""
    dt = None
    for v in range:
        if type(v) not in (bool, int, float) and hasattr(v, "dtype"):
            vt = v if type(v) is _Tensor else to_tensor(v)
            dt = vt.dtype if dt is None else promote(dt, vt.dtype)
    return dt


def _data_range(a: _Tensor) -> tuple[_Tensor, _Tensor, _Tensor]:
    """``(a.min(), a.max(), min == max)`` of non-empty ``a`` as 0-d tensors (uint64 values as
    uint64), checked finite: NumPy's autodetected range."""
    if a.dtype.is_floating_point:
        lo, hi = a.min(), a.max()
        ok = torch.isfinite(lo) & torch.isfinite(hi)
        if compiling():
            require(ok, ValueError, "autodetected range is not finite")
        elif not bool(ok):
            raise ValueError(f"autodetected range of [{lo.item()}, {hi.item()}] is not finite")
        return lo, hi, lo == hi
    lo, hi = torch.aminmax(_key(a))
    eq = lo == hi
    if a.dtype is torch.uint64:
        lo, hi = (lo ^ _SIGN_BIT).view(torch.uint64), (hi ^ _SIGN_BIT).view(torch.uint64)
    return lo, hi, eq


def _outer_edges(a: _Tensor, range: Any, tensors: bool = False) -> tuple[Any, Any, bool]:
    """(first, last, strong): the outer edges; ``strong`` when they came from the data.

    With ``tensors``, edges from the data are 0-d tensors (``a``'s float dtype, else float64)
    and nothing reads the data back: traceable.  Otherwise they are Python numbers.
    """
    if range is not None:
        first, last = range
        first = first.item() if hasattr(first, "item") else first
        last = last.item() if hasattr(last, "item") else last
        if first > last:
            raise ValueError("max must be larger than min in range parameter.")
        if not (math.isfinite(first) and math.isfinite(last)):
            raise ValueError(f"supplied range of [{first}, {last}] is not finite")
        strong = False
    elif a.numel() == 0:
        first, last, strong = 0, 1, False
    else:
        lo, hi, eq = _data_range(a)
        if tensors:  # NumPy widens equal edges by 0.5 in their dtype (float64 for ints)
            if not lo.dtype.is_floating_point:
                lo, hi = lo.to(torch.float64), hi.to(torch.float64)
            return torch.where(eq, lo - 0.5, lo), torch.where(eq, hi + 0.5, hi), True
        first, last, strong = lo.item(), hi.item(), True
    if first == last:
        first, last = first - 0.5, last + 0.5
    return first, last, strong


def _bin_type(
    a: _Tensor, strong: bool, range: Any = None
) -> tuple[torch.dtype, torch.dtype]:
    """(dtype the edges are computed in, dtype of the edges)."""
    dt = a.dtype if a.dtype.is_floating_point else torch.float64
    rdt = None if range is None else _range_dtype(range)
    if rdt is not None:  # NumPy scalars in ``range`` are strong: result_type(first, last, a)
        dt = promote(dt, rdt)
        if not dt.is_floating_point:
            dt = torch.float64
        return (rdt if rdt.is_floating_point else torch.float64), dt
    return (dt if strong else torch.float64), dt


def _linspace(first: Any, last: Any, num: int, ct: torch.dtype, dt: torch.dtype,
              device: torch.device) -> _Tensor:
    """``numpy.linspace(first, last, num)`` computed in ``ct``, cast to ``dt``; ``first`` and
    ``last`` are numbers or 0-d tensors."""
    if type(first) is _Tensor:
        start, stop = first.to(ct), last.to(ct)
    else:
        start = torch.tensor(first, dtype=ct, device=device)
        stop = torch.tensor(last, dtype=ct, device=device)
    div = num - 1
    step = (stop - start) / div
    y = torch.arange(num, dtype=ct, device=device)
    if compiling():  # no data-dependent branch in a graph
        y = torch.where(step != 0, y * step, y / div * (stop - start))
    else:
        y = y * step if bool(step != 0) else y / div * (stop - start)
    y = y + start
    y[-1] = stop
    return y.to(dt)


def _ptp(x: _Tensor) -> float:
    return float(_as_float(x).max() - _as_float(x).min())


def _bw_sqrt(x: _Tensor, rng: Any) -> float:
    return _ptp(x) / math.sqrt(x.numel())


def _bw_sturges(x: _Tensor, rng: Any) -> float:
    return _ptp(x) / (math.log2(x.numel()) + 1.0)


def _bw_rice(x: _Tensor, rng: Any) -> float:
    return _ptp(x) / (2.0 * x.numel() ** (1.0 / 3))


def _std(x: _Tensor) -> float:
    return float(torch.std(_as_float(x), correction=0))


def _bw_scott(x: _Tensor, rng: Any) -> float:
    return (24.0 * math.pi**0.5 / x.numel()) ** (1.0 / 3.0) * _std(x)


def _bw_stone(x: _Tensor, rng: Any) -> float:
    n = x.numel()
    ptp_x = _ptp(x)
    if n <= 1 or ptp_x == 0:
        return 0
    upper = max(100, int(math.sqrt(n)))
    best, best_val = 1, math.inf
    for nb in builtins_range(1, upper + 1):
        hist = _histogram(x, nb, rng, None, None)[0]
        p = hist.to(torch.float64) / n
        val = (2 - (n + 1) * float(p @ p)) / (ptp_x / nb)
        if val < best_val:
            best, best_val = nb, val
    if best == upper:
        warnings.warn("The number of bins estimated may be suboptimal.", RuntimeWarning,
                      stacklevel=4)
    return ptp_x / best


def _bw_doane(x: _Tensor, rng: Any) -> float:
    n = x.numel()
    if n > 2:
        sg1 = math.sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)))
        xf = _as_float(x)
        sigma = _std(x)
        if sigma > 0.0:
            g1 = float(torch.mean(((xf - xf.mean()) / sigma) ** 3))
            return _ptp(x) / (1.0 + math.log2(n) + math.log2(1.0 + abs(g1) / sg1))
    return 0.0


def _bw_fd(x: _Tensor, rng: Any) -> float:
    q = torch.tensor([75.0, 25.0], dtype=torch.float64, device=x.device)
    p = _quantile(x, q, None, "linear", False, None, True, False)
    iqr = float(p[0] - p[1])
    return 2.0 * iqr * x.numel() ** (-1.0 / 3.0)


def _bw_auto(x: _Tensor, rng: Any) -> float:
    fd = _bw_fd(x, rng)
    sturges = _bw_sturges(x, rng)
    sq = _bw_sqrt(x, rng)
    return min(max(fd, sq / 2), sturges)


_SELECTORS: dict[str, Callable[[_Tensor, Any], float]] = {
    "stone": _bw_stone,
    "auto": _bw_auto,
    "doane": _bw_doane,
    "fd": _bw_fd,
    "rice": _bw_rice,
    "scott": _bw_scott,
    "sqrt": _bw_sqrt,
    "sturges": _bw_sturges,
}
builtins_range = range


def _is_int(dt: torch.dtype) -> bool:
    return not dt.is_floating_point and not dt.is_complex and dt is not torch.bool


def _bin_edges(
    a: _Tensor, bins: Any, range: Any, weights: Any, integer: bool | None = None
) -> tuple[_Tensor, tuple[Any, Any, int] | None]:
    """The edges, and ``(first, last, n)`` when the bins are uniform.

    ``integer``: whether the data were integers (``a`` may hold uint16/32/64 data as float64).
    """
    n_equal = None
    if isinstance(bins, str):
        if bins not in _SELECTORS:
            raise ValueError(f"{bins!r} is not a valid estimator for `bins`")
        if weights is not None:
            raise TypeError(
                "Automated estimation of the number of bins is not supported for weighted data"
            )
        # The number of bins depends on the data: this reads it back (a graph break under
        # torch.compile), as Python numbers.
        first, last, strong = _outer_edges(a, range)
        x = a
        if range is not None:
            af = a if a.dtype.is_floating_point else a.to(torch.float64)
            keep = (af >= first) & (af <= last)
            if not bool(keep.all()):
                x = a[keep]
        if x.numel() == 0:
            n_equal = 1
        else:
            width = _SELECTORS[bins](x, (first, last))
            if width:
                if (_is_int(a.dtype) if integer is None else integer) and width < 1:
                    width = 1
                n_equal = int(math.ceil((last - first) / width))
            else:
                n_equal = 1
    else:
        if type(bins) is not _Tensor and not isinstance(bins, (int, float, bool)):
            try:
                bins = operator.index(bins)
            except TypeError:
                bins = to_tensor(bins)
        if type(bins) is _Tensor and bins.dim() == 0:
            bins = bins.item() if not bins.dtype.is_floating_point else float(bins)
        if type(bins) is _Tensor:
            if bins.dim() != 1:
                raise ValueError("`bins` must be 1d, when an array")
            edges = bins.to(a.device)
            if edges.numel() > 1:
                require(~(_key(edges[:-1]) > _key(edges[1:])), ValueError,
                        "`bins` must increase monotonically, when an array")
            return edges, None
        try:
            n_equal = operator.index(bins)
        except TypeError:
            raise TypeError("`bins` must be an integer, a string, or an array") from None
        if n_equal < 1:
            raise ValueError("`bins` must be positive, when an integer")
        first, last, strong = _outer_edges(a, range, tensors=True)
    ct, dt = _bin_type(a, strong, range)
    edges = _linspace(first, last, n_equal + 1, ct, dt, a.device)
    require(~(edges[:-1] >= edges[1:]), ValueError,
            f"Too many bins for data range. Cannot create {n_equal} finite-sized bins.")
    return edges, (first, last, n_equal)


def _weighted_counts(idx: _Tensor, w: _Tensor, minlength: int) -> _Tensor:
    """float64 sums of the weights ``w`` per value of the non-negative ints ``idx``: torch's
    ``bincount``, or (it has no derivative) ``index_add`` for weights autograd records."""
    w = w.to(torch.float64)
    if compiling() and minlength:
        # bincount's length depends on the data; under compile callers keep idx < minlength
        return torch.zeros(minlength, dtype=torch.float64, device=w.device).index_add(0, idx, w)
    if not w.requires_grad:
        return torch.bincount(idx, weights=w, minlength=minlength)
    size = max(minlength, int(idx.max()) + 1 if idx.numel() else 0)
    return torch.zeros(size, dtype=torch.float64, device=w.device).index_add(0, idx, w)


def _bincount(idx: _Tensor, n: int) -> _Tensor:
    """``torch.bincount(idx, minlength=n)`` for ``0 <= idx < n``; traceable when compiling."""
    if compiling():  # bincount's length depends on the data: index_add into n counts
        ones = torch.ones((), dtype=torch.int64, device=idx.device).expand(idx.shape)
        return torch.zeros(n, dtype=torch.int64, device=idx.device).index_add(0, idx, ones)
    return torch.bincount(idx, minlength=n)


def _counts(idx: _Tensor, w: Any, n: int, ntype: torch.dtype) -> _Tensor:
    if w is None:
        return _bincount(idx, n)
    if w.is_complex():  # (torch's weighted bincount of nothing is int64: cast)
        re = _weighted_counts(idx, w.real, n)
        im = _weighted_counts(idx, w.imag, n)
        return torch.complex(re.to(torch.float64), im.to(torch.float64)).to(ntype)
    r = _weighted_counts(idx, w, n)
    if ntype is torch.bool:
        return r != 0
    return r.to(ntype)


_BLOCK = 1 << 18  # elements binned at a time by histogram (uniform bins, no weights)


def _uniform_bins(x: _Tensor, first: Any, last: Any, n: int, edges: _Tensor) -> _Tensor:
    """The bin of each element of ``x`` among ``n`` equal bins from ``first`` to ``last``:
    NumPy's formula and edge corrections.  In place, and the (rare) corrections only touch
    the elements that need them: every full-size temporary costs a pass.  ``first`` and
    ``last`` are numbers or 0-d tensors (taken as float64)."""
    if type(first) is _Tensor:
        first, last = first.to(torch.float64), last.to(torch.float64)
    f = _as_float(x) - first
    f.div_(last - first).mul_(n)
    idx = f.to(torch.int64).clamp_(max=n - 1)
    if compiling():  # the same corrections without nonzero (data-dependent sizes)
        idx = idx - (x < torch.take(edges, idx)).to(torch.int64)
        up = (x >= torch.take(edges[1:], idx)) & (idx != n - 1)
        return idx + up.to(torch.int64)
    down = torch.nonzero(x < torch.take(edges, idx)).squeeze(1)
    if down.numel():
        idx.index_put_((down,), torch.tensor(-1, device=idx.device), accumulate=True)
    up = torch.nonzero(x >= torch.take(edges[1:], idx)).squeeze(1)
    if up.numel():
        up = up[idx[up] != n - 1]
        idx.index_put_((up,), torch.tensor(1, device=idx.device), accumulate=True)
    return idx


def _histogram(
    a: _Tensor, bins: Any, range: Any, density: Any, weights: Any
) -> tuple[_Tensor, _Tensor]:
    integer = not (a.dtype.is_floating_point or a.dtype.is_complex)
    a, weights = _ravel_check(a, weights)
    if a.is_complex():
        raise TypeError("histogram of complex values is not supported")
    edges, uniform = _bin_edges(a, bins, range, weights, integer)
    ntype = torch.int64 if weights is None else weights.dtype
    if uniform is not None:
        first, last, n = uniform
        x, w = a, weights
        if range is not None and compiling():
            # no boolean mask (data-dependent size): values outside go to an extra bin n
            af = a if a.dtype.is_floating_point else a.to(torch.float64)
            keep = (af >= first) & (af <= last)
            xe = torch.where(keep, a.to(edges.dtype), edges[0])
            idx = torch.where(keep, _uniform_bins(xe, first, last, n, edges), n)
            hist = _counts(idx, w, n + 1, ntype)[:n]
            return _hist_result(hist, edges, density)
        if range is not None:  # without a range the edges span the data: all are kept
            af = a if a.dtype.is_floating_point else a.to(torch.float64)
            keep = (af >= first) & (af <= last)
            if not bool(keep.all()):
                x = a[keep]
                w = None if w is None else w[keep]
        xe = x.to(edges.dtype)
        size = xe.numel()
        if w is None and size > _BLOCK:  # blocks that stay in cache: about 2x faster
            hist = torch.zeros(n, dtype=torch.int64, device=xe.device)
            for start in builtins.range(0, size, _BLOCK):
                block = xe[start : start + _BLOCK]
                hist += _bincount(_uniform_bins(block, first, last, n, edges), n)
        else:
            hist = _counts(_uniform_bins(xe, first, last, n, edges), w, n, ntype)
    else:
        if weights is not None and weights.dtype is torch.bool and a.numel():
            raise UFuncTypeError(
                "Cannot cast ufunc 'add' output from dtype('int64') to dtype('bool') with "
                "casting rule 'same_kind'"
            )
        nb = edges.numel() - 1
        if nb < 1:
            hist = torch.zeros(0, dtype=ntype, device=a.device)
        else:
            idx = _searchsorted(edges, a, True) - 1
            on_last = _key(a.to(promote(a.dtype, edges.dtype))) == _key(
                edges[-1:].to(promote(a.dtype, edges.dtype)))
            idx = torch.where(on_last, nb - 1, idx)
            keep = (idx >= 0) & (idx < nb)
            w = weights
            if compiling():  # values outside the edges go to an extra bin nb (no mask)
                hist = _counts(torch.where(keep, idx, nb), w, nb + 1, ntype)[:nb]
            else:
                if not bool(keep.all()):
                    idx = idx[keep]
                    w = None if w is None else w[keep]
                hist = _counts(idx, w, nb, ntype)
    return _hist_result(hist, edges, density)


def _hist_result(hist: _Tensor, edges: _Tensor, density: Any) -> tuple[_Tensor, _Tensor]:
    """``(hist, edges)``, or the density for ``density=True``."""
    if density:
        db = torch.diff(edges.to(torch.float64))
        ht = hist.to(promote(hist.dtype, torch.float64))
        return ht / db / ht.sum(), edges
    return hist, edges


def histogram(
    a: ArrayLike,
    bins: Any = 10,
    range: Any = None,
    density: Any = None,
    weights: OptionalArrayLike = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Histogram of ``a``: (counts, bin edges)."""
    return _histogram(a, bins, range, density, weights)


def histogram_bin_edges(
    a: ArrayLike, bins: Any = 10, range: Any = None, weights: OptionalArrayLike = None
) -> torch.Tensor:
    """The bin edges ``histogram`` would use (every NumPy estimator for string ``bins``)."""
    integer = not (a.dtype.is_floating_point or a.dtype.is_complex)
    a, weights = _ravel_check(a, weights)
    return _bin_edges(a, bins, range, weights, integer)[0]


# ---------------------------------------------------------------- histogramdd / 2d


def _sample(sample: Any) -> _Tensor:
    shape = getattr(sample, "shape", None)
    if shape is not None and len(shape) == 2:
        return to_tensor(sample)
    if isinstance(sample, (list, tuple)):
        parts = [to_tensor(s) for s in sample]
        if any(p.dim() > 1 for p in parts):
            raise ValueError("histogramdd: each coordinate array must be 1-d")
        parts = [p.reshape(-1) for p in parts]
        if len({p.shape[0] for p in parts}) > 1:
            raise ValueError(
                "setting an array element with a sequence. The requested array has an "
                "inhomogeneous shape after 1 dimensions."
            )
        dt = parts[0].dtype
        for p in parts[1:]:
            dt = promote(dt, p.dtype)
        return torch.stack([p.to(dt) for p in parts], dim=1)
    t = to_tensor(sample)
    if t.dim() < 2:
        t = t.reshape(1, -1) if t.dim() == 1 else t.reshape(1, 1)
        return t.T
    if t.dim() > 2:
        raise ValueError("too many values to unpack (expected 2)")
    return t


def _histogramdd(
    s: _Tensor, bins: Any, range: Any, density: Any, weights: Any
) -> tuple[_Tensor, list[_Tensor]]:
    n, d = s.shape
    if weights is not None and type(weights) is not _Tensor:
        weights = to_tensor(weights)
    if isinstance(bins, (list, tuple)) or (type(bins) is _Tensor and bins.dim() > 0):
        if len(bins) != d:
            raise ValueError(
                "The dimension of bins must be equal to the dimension of the sample x."
            )
        per = list(bins)
    elif hasattr(bins, "__len__") and not isinstance(bins, str):
        per = list(bins)
        if len(per) != d:
            raise ValueError(
                "The dimension of bins must be equal to the dimension of the sample x."
            )
    else:
        per = [bins] * d
    if range is None:
        range = (None,) * d
    elif len(range) != d:
        raise ValueError("range argument must have one entry per dimension")
    edges: list[_Tensor] = []
    for i in builtins_range(d):
        b = per[i]
        if type(b) is not _Tensor and not isinstance(b, (int, float, bool)):
            b = to_tensor(b)
        if type(b) is _Tensor and b.dim() == 0:
            b = b.item()
        if type(b) is not _Tensor:
            if b < 1:
                raise ValueError(f"`bins[{i}]` must be positive, when an integer")
            first, last, strong = _outer_edges(s[:, i], range[i], tensors=True)
            try:
                nb = operator.index(b)
            except TypeError:
                raise TypeError(f"`bins[{i}]` must be an integer, when a scalar") from None
            ct, dt = _bin_type(s, strong)
            if not strong:
                dt = torch.float64
            edges.append(_linspace(first, last, nb + 1, ct, dt, s.device))
        elif b.dim() == 1:
            e = b.to(s.device)
            if e.numel() > 1:
                require(~(_key(e[:-1]) > _key(e[1:])), ValueError,
                        f"`bins[{i}]` must be monotonically increasing, when an array")
            edges.append(e)
        else:
            raise ValueError(f"`bins[{i}]` must be a scalar or 1d array")
    nbin = [e.numel() + 1 for e in edges]
    flat = torch.zeros(n, dtype=torch.int64, device=s.device)
    for i in builtins_range(d):
        e = edges[i]
        c = _searchsorted(e, s[:, i], True)
        dt = promote(e.dtype, s.dtype)
        on_edge = _key(s[:, i].to(dt)) == _key(e[-1:].to(dt)) if e.numel() else None
        if on_edge is not None:
            c = c - on_edge.to(torch.int64)
        flat = flat * nbin[i] + c
    total = math.prod(nbin)
    if weights is not None:
        if weights.is_complex():
            raise TypeError(
                "Cannot cast array data from dtype('complex128') to dtype('float64') "
                "according to the rule 'safe'"
            )
        if weights.shape[0] != n:
            raise ValueError("The weights and list don't have the same length.")
        hist = _weighted_counts(flat, weights, total)
    else:
        hist = _bincount(flat, total).to(torch.float64)
    hist = hist.reshape(nbin)[(slice(1, -1),) * d]
    if density:
        tot = hist.sum()
        for i in builtins_range(d):
            shape = [1] * d
            shape[i] = nbin[i] - 2
            hist = hist / torch.diff(edges[i]).to(torch.float64).reshape(shape)
        hist = hist / tot
    return hist, edges


def histogramdd(
    sample: Any,
    bins: Any = 10,
    range: Any = None,
    density: Any = None,
    weights: OptionalArrayLike = None,
) -> tuple[torch.Tensor, list[torch.Tensor]]:
    """Multidimensional histogram of ``sample`` (N points of D coordinates)."""
    return _histogramdd(_sample(sample), bins, range, density, weights)


def histogram2d(
    x: ArrayLike,
    y: ArrayLike,
    bins: Any = 10,
    range: Any = None,
    density: Any = None,
    weights: OptionalArrayLike = None,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Two-dimensional histogram: (counts, x edges, y edges)."""
    try:
        nb = len(bins)
    except TypeError:
        nb = 1
    if nb != 1 and nb != 2:
        e = bins if type(bins) is _Tensor else to_tensor(bins)
        bins = [e, e]
    if x.dim() != 1 or y.dim() != 1 or x.shape[0] != y.shape[0]:
        raise ValueError("x and y must be 1-d arrays of the same length")
    dt = promote(x.dtype, y.dtype)
    hist, edges = _histogramdd(torch.stack((x.to(dt), y.to(dt)), dim=1), bins, range,
                               density, weights)
    return hist, edges[0], edges[1]


# ---------------------------------------------------------------- bincount / digitize


def _one_d(t: _Tensor) -> None:
    if t.dim() == 0:
        raise ValueError("object of too small depth for desired array")
    if t.dim() > 1:
        raise ValueError("object too deep for desired array")


_NON_INTEGER = (
    "Non-integer input passed to bincount. In a future version of NumPy, this will be an "
    "error. (Deprecated NumPy 2.1)"
)


def _count_data(obj: Any) -> _Tensor:
    """Python data (a list) for ``bincount``, as NumPy 2.1+ takes it: non-integer values are
    deprecated (a DeprecationWarning) but still counted, each truncated like ``int()``."""
    t = to_tensor(obj)
    _one_d(t)
    if not t.numel():
        return t.to(torch.int64)
    if not (t.is_floating_point() or t.is_complex()):
        return t
    warnings.warn(_NON_INTEGER, DeprecationWarning, stacklevel=4)
    if t.is_complex():
        raise TypeError("int() argument must be a string, a bytes-like object or a real "
                        "number, not 'complex'")
    t = t.to(torch.float64)
    if not bool(((t >= -(2.0**63)) & (t < 2.0**63)).all()):  # the first bad value's error
        for v in t.tolist():
            if v != v:
                raise ValueError("cannot convert float NaN to integer")
            if math.isinf(v):
                raise OverflowError("cannot convert float infinity to integer")
            if not -(2.0**63) <= v < 2.0**63:
                raise OverflowError("Python int too large to convert to C long")
    return t.trunc().to(torch.int64)


def bincount(
    x: ArrayLikeOrData, /, weights: OptionalArrayLike = None, minlength: int = 0
) -> torch.Tensor:
    """Number of occurrences of each value in a 1-d array of non-negative ints."""
    if type(x) is not _Tensor:
        x = _count_data(x)
    _one_d(x)
    minlength = operator.index(minlength)
    if minlength < 0:
        raise ValueError("'minlength' must not be negative")
    if x.dtype.is_floating_point or x.dtype.is_complex:
        raise TypeError(
            f"Cannot cast array data from dtype('{_name(x.dtype)}') to dtype('int64') "
            "according to the rule 'safe'"
        )
    t = x.to(torch.int64)
    if t.numel():
        require(t >= 0, ValueError, "'list' argument must have no negative elements")
    if compiling() and minlength:
        # torch.bincount's length depends on the data: under torch.compile ``minlength`` is
        # the length, and a larger value is an error instead of a longer result.
        require(t < minlength, ValueError,
                f"bincount under torch.compile: a value is >= minlength ({minlength})")
    if weights is not None:
        if weights.is_complex():
            raise TypeError(
                f"Cannot cast array data from dtype('{_name(weights.dtype)}') to "
                "dtype('float64') according to the rule 'safe'"
            )
        if not t.numel():  # NumPy: zeros(minlength) before looking at the weights
            return torch.zeros(minlength, dtype=torch.int64, device=t.device)
        if weights.dim() != 1 or weights.shape[0] != t.shape[0]:
            raise ValueError("The weights and list don't have the same length.")
        return _weighted_counts(t, weights, minlength)
    if compiling() and minlength:
        return _bincount(t, minlength)
    return torch.bincount(t, minlength=minlength)


def _directions(bins: _Tensor) -> tuple[_Tensor, _Tensor]:
    """(increasing, decreasing): NumPy's monotonicity test of 1-d ``bins`` (2 or more), as
    0-d bool tensors.  NumPy compares the bins as doubles and takes the direction from the first
    value unequal to ``bins[0]`` (all equal: increasing); the pairs before it are equal, so
    checking every adjacent pair in that direction gives its answer, NaNs included."""
    b = bins.to(torch.float64)
    lo, hi = b[:-1], b[1:]
    ne = hi != b[0]
    j = torch.argmax(ne.to(torch.uint8))  # the first unequal value (0 if none)
    up = b[0] < torch.take(hi, j)
    varies = ne.any()
    inc = ~varies | (up & ~(lo > hi).any())
    dec = varies & ~up & ~(lo < hi).any()
    return inc, dec


def digitize(x: ArrayLike, bins: ArrayLike, right: bool = False) -> ScalarOrArray:
    """Indices of the bins (monotonic ``bins``) each value of ``x`` falls in."""
    if x.is_complex():
        raise TypeError("x may not be complex")
    _one_d(bins)
    if bins.is_complex():
        raise TypeError("bins may not be complex")
    if bins.numel() < 2:
        return _searchsorted(bins, x, not right)
    inc, dec = _directions(bins)
    require(inc | dec, ValueError, "bins must be monotonically increasing or decreasing")
    if compiling():  # both directions, chosen in the graph
        down = bins.numel() - _searchsorted(bins.flip(0), x, not right)
        return torch.where(dec, down, _searchsorted(bins, x, not right))
    if bool(dec):
        return bins.numel() - _searchsorted(bins.flip(0), x, not right)
    return _searchsorted(bins, x, not right)


KERNELS: dict[str, Callable[..., Any]] = {
    "histogram": histogram,
    "histogram_bin_edges": histogram_bin_edges,
    "histogram2d": histogram2d,
    "histogramdd": histogramdd,
    "bincount": bincount,
    "digitize": digitize,
}
