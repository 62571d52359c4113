"""Index-based functions: take, put, choose, compress, nonzero, diag/tri helpers, ...

torch lacks indexing kernels (gather, scatter, index_put, masked_select, ...) for
uint16/uint32/uint64: those move data through a same-size signed view of the same memory
(``_movable``), which is exact and keeps in-place writes landing in the caller's array.
"""

from __future__ import annotations

import math
import operator
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import torch

from tnp_core.annotations import (
    ArrayLike,
    ArrayLikeOrData,
    ArrayLikeSequence,
    ArrayOrScalar,
    DTypeLike,
    OutArray,
    OutArrayUnsafe,
    ReadOnlyResult,
    ReadOnlyViewResult,
    ScalarOrArray,
    ShapeLike,
    WritableArray,
)
from tnp_core.exceptions import AxisError, ComplexWarning
from tnp_core.kernel_utils import (
    compiling,
    is_python_data,
    normalize_axis,
    require,
    result_dtype,
    to_tensor,
    to_tensor_as,
)

from ._reductions import sum as _sum

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_I64 = torch.int64
_SIGNED = {torch.uint16: torch.int16, torch.uint32: torch.int32, torch.uint64: torch.int64}
_PY_SCALARS = (bool, int, float, complex)
_MODES = ("raise", "wrap", "clip")


# ---------------------------------------------------------------- helpers


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def _is_int(dt: torch.dtype) -> bool:
    return not dt.is_floating_point and not dt.is_complex and dt is not torch.bool


def _movable(t: _Tensor) -> _Tensor:
    """``t`` itself, or for uint16/32/64 a signed view of the same memory (torch has data
    movement kernels for those)."""
    dt = _SIGNED.get(t.dtype)
    return t if dt is None else t.view(dt)


def _restore(r: _Tensor, dt: torch.dtype) -> _Tensor:
    return r if r.dtype is dt else r.view(dt)


def _truth(t: _Tensor) -> _Tensor:
    return t if t.dtype is torch.bool else t != 0


def _nonzero_ok(t: _Tensor) -> _Tensor:
    """``t`` as torch.nonzero can take it (it reads non-zero itself, but not for uint16+)."""
    return t != 0 if t.dtype in _SIGNED else t


def _clipmode(mode: Any) -> str:
    if mode not in _MODES:
        raise ValueError(f"clipmode must be one of 'clip', 'raise', or 'wrap' (got {mode!r})")
    return mode


def _safe_index(t: _Tensor, rule: str = "same_kind") -> _Tensor:
    """Integer (or bool) indices as int64; NumPy's TypeError for other dtypes."""
    dt = t.dtype
    if dt is _I64:
        return t
    if t.numel() == 0:  # an empty list converts as float64
        return t.to(_I64)
    if dt.is_floating_point or dt.is_complex or (dt is torch.uint64 and rule == "safe"):
        raise TypeError(
            f"Cannot cast array data from dtype('{_name(dt)}') to dtype('int64') according to "
            f"the rule '{rule}'"
        )
    if dt is torch.uint64:
        return t.view(_I64)
    return t.to(_I64)


def _given_index(obj: Any) -> _Tensor:
    """``take``/``put`` indices: Python data converts like NumPy's forced cast (``[1.0, 2.7]``
    -> ``[1, 2]``); arrays must hold integers or bools (:func:`_safe_index`)."""
    if is_python_data(obj):
        return to_tensor_as(obj, _I64)
    return _safe_index(obj)


def _bounded(idx: _Tensor, n: int, mode: str, axis: int) -> _Tensor:
    """Indices into an axis of length ``n`` made non-negative and in range, per ``mode``."""
    if mode == "wrap":
        return torch.remainder(idx, n)
    if mode == "clip":
        return idx.clamp(0, n - 1)
    if compiling():  # the check as a graph assertion (no offending index in the message)
        require((idx >= -n) & (idx < n), IndexError,
                f"index out of bounds for axis {axis} with size {n}")
        return torch.where(idx < 0, idx + n, idx)
    if idx.numel():
        lo_t, hi_t = torch.aminmax(idx)
        lo, hi = lo_t.item(), hi_t.item()
        if lo < -n or hi >= n:
            bad = idx[(idx < -n) | (idx >= n)].reshape(-1)[0]
            raise IndexError(f"index {int(bad)} is out of bounds for axis {axis} with size {n}")
        if lo < 0:
            idx = torch.where(idx < 0, idx + n, idx)
    return idx


def _check_int_bounds(value: int, dt: torch.dtype) -> None:
    info = torch.iinfo(dt)
    hi = 2**64 - 1 if dt is torch.uint64 else info.max
    if not info.min <= value <= hi:
        raise OverflowError(f"Python integer {value} out of bounds for {_name(dt)}")


def _cast(t: _Tensor, dt: torch.dtype) -> _Tensor:
    if t.dtype is dt:
        return t
    if t.dtype.is_complex and not dt.is_complex and dt is not torch.bool:
        warnings.warn(
            "Casting complex values to real discards the imaginary part",
            ComplexWarning,
            stacklevel=4,
        )
        t = t.real
    if dt is torch.uint64 and t.dtype in (torch.int8, torch.int16, torch.int32, torch.int64):
        return t.to(_I64).view(torch.uint64)  # two's complement wrap, like NumPy
    return t.to(dt)


def _values(v: Any, dt: torch.dtype, device: torch.device) -> _Tensor:
    """Values assigned into an array of ``dt``: a Python int must fit (NEP 50)."""
    tv = type(v)
    if tv in _PY_SCALARS:
        if tv is int and _is_int(dt):
            _check_int_bounds(v, dt)
            if dt is torch.uint64 and v >= 2**63:
                v -= 2**64
                return torch.tensor(v, dtype=_I64, device=device).view(torch.uint64)
        elif tv is complex and not dt.is_complex and dt is not torch.bool:
            # NumPy converts a Python scalar with int() / float(): no silent real part
            kind = "int() argument must be a string, a bytes-like object or a real number"
            if dt.is_floating_point:
                kind = "float() argument must be a string or a real number"
            raise TypeError(f"{kind}, not 'complex'")
        elif tv is float and _is_int(dt) and not math.isfinite(v):
            int(v)  # ValueError for NaN, OverflowError for infinities, like NumPy
        v = to_tensor(v)
    return _cast(v, dt).to(device)


def _cycled(v: _Tensor, n: int) -> _Tensor:
    """The first ``n`` elements of ``v`` repeated cyclically (flat)."""
    v = v.reshape(-1)
    k = v.numel()
    if k == n:
        return v
    if k == 1:
        return v.expand(n)
    return v.repeat(-(-n // k))[:n]


# ---------------------------------------------------------------- take / put


def take(
    a: ArrayLike, indices: ArrayLikeOrData, axis: int | None = None, out: OutArray = None,
    mode: str = "raise",
) -> ScalarOrArray:
    """Take elements from an array along an axis (the flattened array for ``axis=None``)."""
    mode = _clipmode(mode)
    idx = _given_index(indices).to(a.device)
    if axis is None:
        src, ax = a.reshape(-1), 0
    elif a.dim() == 0:
        normalize_axis(axis, 1)
        src, ax = a.reshape(1), 0
    else:
        ax = normalize_axis(axis, a.dim())
        src = a
    n = src.shape[ax]
    if n == 0 and idx.numel():
        raise IndexError("cannot do a non-empty take from an empty axes.")
    idx = _bounded(idx, n, mode, ax)
    r = torch.index_select(_movable(src), ax, idx.reshape(-1))
    shape = (*src.shape[:ax], *idx.shape, *src.shape[ax + 1 :])
    return _restore(r.reshape(shape), a.dtype)


def put(a: WritableArray, ind: ArrayLikeOrData, v: ArrayOrScalar, mode: str = "raise") -> None:
    """Replace the elements of the flattened ``a`` at ``ind`` by ``v`` (repeated as needed)."""
    mode = _clipmode(mode)
    idx = _given_index(ind).reshape(-1).to(a.device)
    vals = _values(v, a.dtype, a.device)
    if idx.numel() == 0 or vals.numel() == 0:
        return None
    n = a.numel()
    if n == 0:
        raise IndexError("cannot replace elements of an empty array")
    idx = _bounded(idx, n, mode, 0)
    _movable(a).put_(idx, _movable(_cycled(vals, idx.numel()).contiguous()))
    return None


def _along_axis(
    arr: _Tensor, indices: _Tensor, axis: int | None
) -> tuple[_Tensor, _Tensor, int]:
    """``arr`` (flattened for ``axis=None``), int64 indices with NumPy's checks, the axis."""
    if indices.dtype.is_floating_point or indices.dtype.is_complex or indices.dtype is torch.bool:
        raise IndexError("`indices` must be an integer array")
    if axis is None:
        if indices.dim() != 1:
            raise ValueError("when axis=None, `indices` must have a single dimension.")
        arr, ax = arr.reshape(-1), 0
    else:
        ax = normalize_axis(axis, arr.dim())
        if indices.dim() != arr.dim():
            raise ValueError("`indices` and `arr` must have the same number of dimensions")
    idx = _bounded(_safe_index(indices).to(arr.device), arr.shape[ax], "raise", ax)
    return arr, idx, ax


def _grid(shape: Sequence[int], idx: _Tensor, ax: int) -> tuple[_Tensor, ...]:
    """Fancy-index coordinates selecting ``idx`` along ``ax`` (NumPy broadcasting)."""
    nd = len(shape)
    coords = []
    for d in range(nd):
        if d == ax:
            coords.append(idx)
        else:
            view = [1] * nd
            view[d] = shape[d]
            coords.append(torch.arange(shape[d], device=idx.device).view(view))
    try:
        torch.broadcast_shapes(*(c.shape for c in coords))
    except RuntimeError:
        shapes = " ".join(
            "(" + ",".join(str(n) for n in c.shape) + ("," if c.dim() == 1 else "") + ")"
            for c in coords
        )
        raise IndexError(
            f"shape mismatch: indexing arrays could not be broadcast together with shapes "
            f"{shapes} "
        ) from None
    return tuple(coords)


def _gather_shape_ok(arr: _Tensor, idx: _Tensor, ax: int) -> bool:
    return all(
        d == ax or idx.shape[d] == arr.shape[d] for d in range(arr.dim())
    )


def take_along_axis(arr: ArrayLike, indices: ArrayLike, axis: int | None = -1) -> torch.Tensor:
    """Take values from ``arr`` by matching 1-d index and data slices along ``axis``."""
    src, idx, ax = _along_axis(arr, indices, axis)
    if _gather_shape_ok(src, idx, ax):
        r = torch.gather(_movable(src), ax, idx)
    else:
        r = _movable(src)[_grid(src.shape, idx, ax)]
    return _restore(r, arr.dtype)


def put_along_axis(
    arr: WritableArray, indices: ArrayLike, values: ArrayOrScalar, axis: int | None
) -> None:
    """Put ``values`` into ``arr`` by matching 1-d index and data slices along ``axis``."""
    vals = _values(values, arr.dtype, arr.device)
    target, idx, ax = _along_axis(arr, indices, axis)
    if axis is None:
        coords: tuple[_Tensor, ...] = (idx,)
        shape = idx.shape
    else:
        coords = _grid(target.shape, idx, ax)
        shape = torch.broadcast_shapes(*(c.shape for c in coords))
    try:
        vals = vals.broadcast_to(shape)
    except RuntimeError:
        raise ValueError(
            f"shape mismatch: value array of shape {tuple(vals.shape)} could not be broadcast "
            f"to indexing result of shape {tuple(shape)}"
        ) from None
    if axis is None:
        _movable(arr).put_(idx, _movable(vals.contiguous()))
    else:
        _movable(arr).index_put_(coords, _movable(vals))
    return None


def putmask(a: WritableArray, /, mask: ArrayLike, values: ArrayOrScalar) -> None:
    """``a.flat[n] = values[n % len(values)]`` where ``mask.flat[n]`` is true."""
    n = a.numel()
    if mask.numel() != n:
        raise ValueError("putmask: mask and data must be the same size")
    vals = _values(values, a.dtype, a.device)
    if vals.numel() == 0 or n == 0:
        return None
    m = _truth(mask).reshape(a.shape)
    target = _movable(a)
    if vals.numel() == 1:
        target.masked_fill_(m, _movable(vals.reshape(())))
    else:
        full = _movable(_cycled(vals, n).reshape(a.shape))
        target.copy_(torch.where(m, full, target))
    return None


def place(arr: WritableArray, mask: ArrayLike, vals: ArrayOrScalar) -> None:
    """The k-th true element of ``mask`` gets ``vals[k % len(vals)]``."""
    if mask.numel() != arr.numel():
        raise ValueError("place: mask and data must be the same size")
    v = _values(vals, arr.dtype, arr.device)
    m = _truth(mask).reshape(arr.shape)
    k = int(torch.count_nonzero(m))
    if k == 0:
        return None
    if v.numel() == 0:
        raise ValueError("Cannot insert from an empty array!")
    target = _movable(arr)
    if v.numel() == 1:
        target.masked_fill_(m, _movable(v.reshape(())))
    else:
        target.masked_scatter_(m, _movable(_cycled(v, k).contiguous()))
    return None


# ---------------------------------------------------------------- choose / select / compress


def _choice_operands(choices: Any) -> list[Any]:
    """``choices`` of choose: an array (split along its first axis) or a sequence whose Python
    scalars stay weak."""
    if isinstance(choices, _Tensor) or hasattr(choices, "_t") or hasattr(choices, "__array__"):
        return list(to_tensor(choices).unbind(0))
    return [c if type(c) in _PY_SCALARS else to_tensor(c) for c in choices]


def _wrapped_int(c: int) -> _Tensor:
    """A Python int as int64 modulo 2**64 (NumPy's wrap-around for out-of-range weak ints)."""
    v = c % 2**64
    return torch.tensor(v - 2**64 if v >= 2**63 else v, dtype=_I64)


def _as_tensors(ops: list[Any], dt: torch.dtype, device: torch.device) -> list[_Tensor]:
    """Operands (Python scalars weak) as tensors of ``dt`` on ``device``."""
    out = []
    for c in ops:
        if type(c) is int and _is_int(dt):
            c = _wrapped_int(c)
        elif type(c) in _PY_SCALARS:
            c = to_tensor(c)
        out.append(_cast(c.to(device), dt))
    return out


def choose(a: ArrayLike, choices: Any, out: OutArray = None, mode: str = "raise") -> torch.Tensor:
    """Construct an array from an index array and a list of arrays to choose from."""
    mode = _clipmode(mode)
    idx = _safe_index(a, "safe")
    device = a.device
    ops = _choice_operands(choices)
    n = len(ops)
    if n == 0:
        raise ValueError("0-length sequence.")
    dt = result_dtype(*ops)
    tensors = _as_tensors(ops, dt, device)
    try:
        shape = torch.broadcast_shapes(idx.shape, *(t.shape for t in tensors))
    except RuntimeError:
        raise ValueError(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
            "between arg 0 and arg 1."
        ) from None
    if mode == "raise":
        if idx.numel() and (bool((idx < 0).any()) or bool((idx >= n).any())):
            raise ValueError("invalid entry in choice array")
    elif mode == "wrap":
        idx = torch.remainder(idx, n)
    else:
        idx = idx.clamp(0, n - 1)
    stacked = torch.stack([_movable(t.broadcast_to(shape)) for t in tensors])
    r = torch.gather(stacked, 0, idx.broadcast_to(shape).unsqueeze(0)).squeeze(0)
    return _restore(r, dt)


def select(condlist: ArrayLikeSequence, choicelist: Any, default: ArrayOrScalar = 0
           ) -> torch.Tensor:
    """Elements from ``choicelist`` where the first matching condition of ``condlist`` holds."""
    choices = [c if type(c) in _PY_SCALARS else to_tensor(c) for c in choicelist]
    if len(condlist) != len(choices):
        raise ValueError("list of cases must be same length as list of conditions")
    if not condlist:
        raise ValueError("select with an empty condition list is not possible")
    for i, c in enumerate(condlist):
        if c.dtype is not torch.bool:
            raise TypeError(f"invalid entry {i} in condlist: should be boolean ndarray")
    dt = result_dtype(*choices, default)
    device = condlist[0].device
    tensors = _as_tensors([*choices, default], dt, device)
    conds = [c.to(device) for c in condlist]
    try:
        shape = torch.broadcast_shapes(*(t.shape for t in tensors), *(c.shape for c in conds))
    except RuntimeError:
        raise ValueError(
            "shape mismatch: objects cannot be broadcast to a single shape"
        ) from None
    r = _movable(tensors[-1]).broadcast_to(shape)
    for c, t in zip(reversed(conds), reversed(tensors[:-1])):
        r = torch.where(c, _movable(t), r)
    return _restore(r, dt)


def compress(condition: ArrayLike, a: ArrayLike, axis: int | None = None,
             out: OutArray = None) -> torch.Tensor:
    """Selected slices of ``a`` along ``axis`` where ``condition`` is true."""
    if condition.dim() != 1:
        raise ValueError("condition must be a 1-d array")
    if axis is None:
        src, ax = a.reshape(-1), 0
    elif a.dim() == 0:
        normalize_axis(axis, 1)
        src, ax = a.reshape(1), 0
    else:
        ax = normalize_axis(axis, a.dim())
        src = a
    mask = _truth(condition).to(a.device)
    n = src.shape[ax]
    k = mask.shape[0]
    if k > n:
        extra = mask[n:]
        if bool(extra.any()):
            bad = n + int(torch.nonzero(extra)[0, 0])
            raise IndexError(f"index {bad} is out of bounds for axis {ax} with size {n}")
        mask = mask[:n]
    elif k < n:
        mask = torch.cat([mask, mask.new_zeros(n - k)])
    r = _movable(src)[(slice(None),) * ax + (mask,)]
    return _restore(r, a.dtype)


def extract(condition: ArrayLike, arr: ArrayLike) -> torch.Tensor:
    """The elements of ``arr`` (flattened) where ``condition`` (flattened) is true."""
    return compress(condition.reshape(-1), arr.reshape(-1))


def _is_array_or_list(c: Any, ndarray: type, generic: type) -> bool:
    if isinstance(c, list):
        return True
    if isinstance(c, generic):
        return False
    return isinstance(c, (ndarray, _Tensor)) or (
        type(c).__name__ == "ndarray" and type(c).__module__ == "numpy"
    )


def piecewise(x: ArrayLike, condlist: Any, funclist: Any, *args: Any, **kw: Any
              ) -> torch.Tensor:
    """Evaluate a piecewise-defined function: ``funclist[i]`` where ``condlist[i]`` holds.

    Callables receive tnp arrays (the elements of ``x`` where their condition holds) and
    ``*args`` / ``**kw``; constants are assigned as they are.
    """
    import tnp_core

    n_funcs = len(funclist)
    scalar = type(condlist) in _PY_SCALARS or getattr(condlist, "ndim", None) == 0
    if scalar or (
        x.dim() != 0
        and not _is_array_or_list(condlist[0], tnp_core.ndarray, tnp_core.generic)
    ):
        condlist = [condlist]
    conds = [_truth(to_tensor(c)).to(x.device) for c in condlist]
    n = len(conds)
    if n == n_funcs - 1:
        stacked = torch.stack(torch.broadcast_tensors(*conds)) if conds else torch.zeros(
            (0, *x.shape), dtype=torch.bool, device=x.device)
        conds.append(~stacked.any(dim=0))
        n += 1
    elif n != n_funcs:
        raise ValueError(
            f"with {n} condition(s), either {n} or {n + 1} functions are expected"
        )
    y = torch.zeros_like(x)
    target = _movable(y)
    for cond, func in zip(conds, funclist):
        if cond.shape != x.shape:
            cond = cond.broadcast_to(x.shape)
        if callable(func):
            vals = x[cond]
            if vals.numel() == 0:
                continue
            func = func(tnp_core.asarray(vals), *args, **kw)
        v = func if type(func) in _PY_SCALARS else to_tensor(func)
        target[cond] = _movable(_values(v, x.dtype, x.device))
    return y


# ---------------------------------------------------------------- nonzero and friends


def nonzero(a: ArrayLike) -> tuple[torch.Tensor, ...]:
    """The indices of the non-zero elements, one int64 array per dimension."""
    if a.dim() == 0:
        raise ValueError(
            "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() "
            "instead."
        )
    return torch.nonzero(_nonzero_ok(a), as_tuple=True)


def argwhere(a: ArrayLike) -> torch.Tensor:
    """Indices of the non-zero elements, grouped by element: shape ``(N, a.ndim)``."""
    if a.dim() == 0:
        return torch.zeros((1 if bool(_truth(a)) else 0, 0), dtype=_I64, device=a.device)
    return torch.argwhere(_nonzero_ok(a))


def flatnonzero(a: ArrayLike) -> torch.Tensor:
    """Indices of the non-zero elements of the flattened array."""
    return torch.nonzero(_nonzero_ok(a.reshape(-1))).reshape(-1)


# ---------------------------------------------------------------- diagonals


def diagonal(a: ArrayLike, offset: int = 0, axis1: int = 0, axis2: int = 1) -> ReadOnlyResult:
    """The diagonal with the given offset (a read-only view); it becomes the last axis."""
    offset = operator.index(offset)
    nd = a.dim()
    if nd < 2:
        raise ValueError("diag requires an array of at least two dimensions")
    ax1 = _axis_named(axis1, nd, "axis1")
    ax2 = _axis_named(axis2, nd, "axis2")
    if ax1 == ax2:
        raise ValueError("axis1 and axis2 cannot be the same")
    return torch.diagonal(a, offset, ax1, ax2)


def _axis_named(axis: Any, nd: int, name: str) -> int:
    ax = operator.index(axis)
    if not -nd <= ax < nd:
        raise AxisError(ax, nd, name)
    return ax + nd if ax < 0 else ax


def diag(v: ArrayLike, k: int = 0) -> ReadOnlyViewResult:
    """Extract the k-th diagonal of a 2-d array (a read-only view, as NumPy's), or build a
    2-d array from a 1-d one (a fresh, writeable array)."""
    k = operator.index(k)
    if v.dim() == 1:
        return _restore(torch.diag(_movable(v), k), v.dtype)
    if v.dim() == 2:
        return torch.diagonal(v, k)
    raise ValueError("Input must be 1- or 2-d.")


def diagflat(v: ArrayLike, k: int = 0) -> torch.Tensor:
    """A 2-d array with the flattened input as its k-th diagonal."""
    k = operator.index(k)
    return _restore(torch.diag(_movable(v.reshape(-1)), k), v.dtype)


def trace(a: ArrayLike, offset: int = 0, axis1: int = 0, axis2: int = 1,
          dtype: DTypeLike = None, out: OutArrayUnsafe = None) -> ScalarOrArray:
    """Sum along diagonals (NumPy's accumulator dtypes: small ints sum in int64/uint64)."""
    d = diagonal(a, offset, axis1, axis2)
    return _sum(d, -1, dtype)


def diag_indices(n: int, ndim: int = 2) -> tuple[torch.Tensor, ...]:
    """Indices of the main diagonal of an ``n``-sided, ``ndim``-dimensional array."""
    idx = torch.arange(operator.index(n), dtype=_I64)
    return (idx,) * operator.index(ndim)


def diag_indices_from(arr: ArrayLike) -> tuple[torch.Tensor, ...]:
    """Indices of the main diagonal of ``arr`` (at least 2-d, all sides equal)."""
    if arr.dim() < 2:
        raise ValueError("input array must be at least 2-d")
    if len(set(arr.shape)) != 1:
        raise ValueError("All dimensions of input must be of equal length")
    idx = torch.arange(arr.shape[0], dtype=_I64, device=arr.device)
    return (idx,) * arr.dim()


def fill_diagonal(a: WritableArray, val: ArrayOrScalar, wrap: bool = False) -> None:
    """Fill the main diagonal of ``a`` in place (``val`` repeated cyclically)."""
    nd = a.dim()
    if nd < 2:
        raise ValueError("array must be at least 2-d")
    if nd == 2:
        step = a.shape[1] + 1
        end = a.numel() if wrap else min(a.numel(), a.shape[1] * a.shape[1])
    else:
        if len(set(a.shape)) != 1:
            raise ValueError("All dimensions of input must be of equal length")
        step = 1 + sum(a.shape[0] ** i for i in range(1, nd))
        end = a.numel()
    vals = _values(val, a.dtype, a.device)
    pos = torch.arange(0, end, step, dtype=_I64, device=a.device)
    if pos.numel() == 0 or vals.numel() == 0:
        return None
    _movable(a).put_(pos, _movable(_cycled(vals, pos.numel()).contiguous()))
    return None


# ---------------------------------------------------------------- triangles


def _count(n: Any) -> int:
    """The length of ``arange(n)`` (NumPy's tri accepts non-integer sizes)."""
    if type(n) is int:
        return max(n, 0)
    try:
        return max(operator.index(n), 0)
    except TypeError:
        return max(math.ceil(float(n)), 0)


def _tri_mask(n: int, m: int, k: Any, device: torch.device | None) -> _Tensor:
    rows = torch.arange(n, device=device).unsqueeze(1)
    cols = torch.arange(m, device=device)
    return cols <= rows + k  # (n, 1) vs (m,): no n x m integer temporary


def tri(N: int, M: int | None = None, k: int = 0,
        dtype: DTypeLike = float, *, like: Any = None) -> torch.Tensor:  # type: ignore[assignment]
    """An array with ones at and below the k-th diagonal and zeros elsewhere."""
    n = _count(N)
    m = n if M is None else _count(M)
    dt = torch.float64 if dtype is None or dtype is float else dtype
    mask = _tri_mask(n, m, k, None)
    return mask if dt is torch.bool else _restore(mask.to(_SIGNED.get(dt, dt)), dt)


def _triangle(m: _Tensor, k: Any, lower: bool) -> _Tensor:
    if m.dim() == 0:
        raise TypeError("tri() missing 1 required positional argument: 'N'")
    if m.dim() >= 2 and type(k) is int:
        src = _movable(m)
        return _restore(torch.tril(src, k) if lower else torch.triu(src, k), m.dtype)
    n, cols = (m.shape[-2], m.shape[-1]) if m.dim() >= 2 else (m.shape[-1], m.shape[-1])
    mask = _tri_mask(n, cols, k if lower else k - 1, m.device)
    if not lower:
        mask = ~mask
    src = _movable(m)
    return _restore(torch.where(mask, src, torch.zeros((), dtype=src.dtype, device=m.device)),
                    m.dtype)


def tril(m: ArrayLike, k: int = 0) -> torch.Tensor:
    """Lower triangle of an array (of each matrix in the last two axes)."""
    return _triangle(m, k, True)


def triu(m: ArrayLike, k: int = 0) -> torch.Tensor:
    """Upper triangle of an array (of each matrix in the last two axes)."""
    return _triangle(m, k, False)


def _tri_indices(n: Any, k: Any, m: Any, lower: bool, device: torch.device | None
                 ) -> tuple[torch.Tensor, ...]:
    rows = _count(n)
    cols = rows if m is None else _count(m)
    if type(k) is int:
        make = torch.tril_indices if lower else torch.triu_indices
        return tuple(make(rows, cols, k, device=device).unbind(0))
    mask = _tri_mask(rows, cols, k if lower else k - 1, device)
    if not lower:
        mask = ~mask
    return torch.nonzero(mask, as_tuple=True)


def tril_indices(n: int, k: int = 0, m: int | None = None) -> tuple[torch.Tensor, ...]:
    """Indices of the lower triangle of an (n, m) array."""
    return _tri_indices(n, k, m, True, None)


def triu_indices(n: int, k: int = 0, m: int | None = None) -> tuple[torch.Tensor, ...]:
    """Indices of the upper triangle of an (n, m) array."""
    return _tri_indices(n, k, m, False, None)


def tril_indices_from(arr: ArrayLike, k: int = 0) -> tuple[torch.Tensor, ...]:
    """Indices of the lower triangle of a 2-d array."""
    if arr.dim() != 2:
        raise ValueError("input array must be 2-d")
    return _tri_indices(arr.shape[0], k, arr.shape[1], True, arr.device)


def triu_indices_from(arr: ArrayLike, k: int = 0) -> tuple[torch.Tensor, ...]:
    """Indices of the upper triangle of a 2-d array."""
    if arr.dim() != 2:
        raise ValueError("input array must be 2-d")
    return _tri_indices(arr.shape[0], k, arr.shape[1], False, arr.device)


def mask_indices(n: int, mask_func: Callable[..., Any], k: int = 0
                 ) -> tuple[torch.Tensor, ...]:
    """Indices where ``mask_func(ones((n, n), int), k)`` is non-zero (e.g. ``triu``)."""
    import tnp_core

    m = tnp_core.ones((n, n), dtype=int)
    return torch.nonzero(_truth(to_tensor(mask_func(m, k))), as_tuple=True)


# ---------------------------------------------------------------- index grids


def indices(dimensions: ShapeLike, dtype: DTypeLike = int,  # type: ignore[assignment]
            sparse: bool = False) -> Any:
    """An array of grid indices (``sparse=True``: a tuple of broadcastable arrays)."""
    dt = _I64 if dtype is None or dtype is int else dtype
    if any(n < 0 for n in dimensions):
        raise ValueError("negative dimensions are not allowed")
    if dt is torch.bool and any(n > 2 for n in dimensions):
        raise TypeError(
            "arange() is only supported for booleans when the result has at most length 2."
        )
    nd = len(dimensions)
    ranges = []
    for i, n in enumerate(dimensions):
        shape = [1] * nd
        shape[i] = n
        r = torch.arange(n, dtype=_I64)
        ranges.append(_cast(r, dt).reshape(shape))
    if sparse:
        return tuple(ranges)
    if nd == 0:
        return torch.zeros(0, dtype=dt)
    return torch.stack([r.expand(dimensions) for r in ranges])


def ix_(*args: ArrayLike) -> tuple[torch.Tensor, ...]:
    """Open-mesh index arrays: the k-th input reshaped to length along axis k only."""
    nd = len(args)
    out = []
    for k, t in enumerate(args):
        if t.dim() != 1:
            raise ValueError("Cross index must be 1 dimensional")
        if t.numel() == 0 and t.dtype is torch.float64:
            t = t.to(_I64)  # an empty list: NumPy types it as intp
        if t.dtype is torch.bool:
            t = torch.nonzero(t).reshape(-1)
        out.append(t.reshape((1,) * k + (t.numel(),) + (1,) * (nd - k - 1)))
    return tuple(out)


def _only_int(t: _Tensor) -> _Tensor:
    if not _is_int(t.dtype) and t.dtype is not torch.bool:
        raise TypeError("only int indices permitted")
    if t.dtype is torch.uint64:
        return t.view(_I64)
    return t.to(_I64)


def _strides(dims: tuple[int, ...], order: str) -> list[int]:
    if order not in ("C", "F"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    strides = [1] * len(dims)
    seq = range(len(dims) - 2, -1, -1) if order == "C" else range(1, len(dims))
    for i in seq:
        j = i + 1 if order == "C" else i - 1
        strides[i] = strides[j] * dims[j]
    return strides


def ravel_multi_index(multi_index: ArrayLikeSequence, dims: ShapeLike, mode: Any = "raise",
                      order: str = "C") -> ScalarOrArray:
    """Flat indices of a tuple of coordinate arrays into an array of shape ``dims``."""
    if len(multi_index) != len(dims):
        raise ValueError(f"parameter multi_index must be a sequence of length {len(dims)}")
    modes = tuple(mode) if isinstance(mode, (tuple, list)) else (mode,) * len(dims)
    if len(modes) != len(dims):
        raise ValueError("mode must be a string or a sequence of length equal to dims")
    for md in modes:
        _clipmode(md)
    strides = _strides(tuple(dims), order)
    coords = [_only_int(c) for c in multi_index]
    if 0 in dims:
        raise ValueError("cannot unravel if shape has zero entries (is empty).")
    shape = torch.broadcast_shapes(*(c.shape for c in coords))
    device = coords[0].device if coords else None
    r = torch.zeros(shape, dtype=_I64, device=device)
    for c, n, md, s in zip(coords, dims, modes, strides):
        if md == "raise":
            if c.numel() and (bool((c < 0).any()) or bool((c >= n).any())):
                raise ValueError("invalid entry in coordinates array")
        elif md == "wrap":
            c = torch.remainder(c, n) if n else c
        else:
            c = c.clamp(0, max(n - 1, 0))
        r = r + c * s
    return r


def unravel_index(indices: ArrayLike, shape: ShapeLike, order: str = "C"
                  ) -> ScalarOrArray:
    """Coordinate arrays of flat indices into an array of ``shape``."""
    strides = _strides(tuple(shape), order)
    idx = _only_int(indices)
    size = math.prod(shape)
    if idx.numel():
        lo, hi = torch.aminmax(idx)
        if int(lo) < 0 or int(hi) >= size:
            bad = idx[(idx < 0) | (idx >= size)].reshape(-1)[0]
            raise ValueError(f"index {int(bad)} is out of bounds for array with size {size}")
    out = []
    for n, s in zip(shape, strides):
        out.append(torch.remainder(torch.div(idx, s, rounding_mode="floor"), n) if n > 1
                   else torch.zeros_like(idx))
    return tuple(out)


KERNELS: dict[str, Callable[..., Any]] = {
    "take": take,
    "put": put,
    "take_along_axis": take_along_axis,
    "put_along_axis": put_along_axis,
    "putmask": putmask,
    "place": place,
    "choose": choose,
    "select": select,
    "compress": compress,
    "extract": extract,
    "piecewise": piecewise,
    "nonzero": nonzero,
    "argwhere": argwhere,
    "flatnonzero": flatnonzero,
    "diagonal": diagonal,
    "diag": diag,
    "diagflat": diagflat,
    "trace": trace,
    "diag_indices": diag_indices,
    "diag_indices_from": diag_indices_from,
    "fill_diagonal": fill_diagonal,
    "tri": tri,
    "tril": tril,
    "triu": triu,
    "tril_indices": tril_indices,
    "triu_indices": triu_indices,
    "tril_indices_from": tril_indices_from,
    "triu_indices_from": triu_indices_from,
    "mask_indices": mask_indices,
    "indices": indices,
    "ix_": ix_,
    "ravel_multi_index": ravel_multi_index,
    "unravel_index": unravel_index,
}
