"""``pad``: every NumPy mode, registered through ``_joining.KERNELS``.

The array is padded one axis after the other, each step seeing the axes padded before it (the
order NumPy documents).  Index modes (edge, wrap, even reflect/symmetric) are one
``index_select`` per axis; odd reflections extend the array by reflected chunks until the pad
width is filled; the statistic modes compute the statistic of the edge chunks once per side.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike
from tnp_core.kernel_utils import is_integer_dtype, result_dtype, to_tensor

from ._manipulation import _cast, _movable, _moved_back, _name, broadcast_to

__all__ = ["pad"]

_Tensor = torch.Tensor
_SIGN_BIT = -(2**63)
_ALLOWED = {
    "empty": (),
    "edge": (),
    "wrap": (),
    "constant": ("constant_values",),
    "linear_ramp": ("end_values",),
    "maximum": ("stat_length",),
    "mean": ("stat_length",),
    "median": ("stat_length",),
    "minimum": ("stat_length",),
    "reflect": ("reflect_type",),
    "symmetric": ("reflect_type",),
}


# ---------------------------------------------------------------- argument forms


def _pairs(x: Any, nd: int, as_index: bool) -> list[tuple[Any, Any]]:
    """NumPy's per-axis ``(before, after)`` pairs from a scalar, a pair or an ``(nd, 2)``
    array-like; the items are Python scalars."""
    if x is None:
        return [(None, None)] * nd
    tx = type(x)
    if tx is int or tx is float and not as_index:
        if as_index and x < 0:
            raise ValueError("index can't contain negative values")
        return [(x, x)] * nd
    if tx is tuple and len(x) == 2 and type(x[0]) is int and type(x[1]) is int:
        if as_index and (x[0] < 0 or x[1] < 0):
            raise ValueError("index can't contain negative values")
        return [x] * nd
    t = to_tensor(x)
    if as_index:
        if t.dtype.is_floating_point:
            t = torch.round(t)
        elif t.dtype.is_complex:
            raise TypeError("`stat_length` must be real")
        t = t.to(torch.int64)
    if t.dim() < 3:
        if t.numel() == 1:
            v = t.reshape(-1).tolist()[0]
            if as_index and v < 0:
                raise ValueError("index can't contain negative values")
            return [(v, v)] * nd
        if t.numel() == 2 and tuple(t.shape) != (2, 1):
            v0, v1 = t.reshape(-1).tolist()
            if as_index and (v0 < 0 or v1 < 0):
                raise ValueError("index can't contain negative values")
            return [(v0, v1)] * nd
    if as_index and t.numel() and int(t.min()) < 0:
        raise ValueError("index can't contain negative values")
    return [tuple(p) for p in broadcast_to(t, (nd, 2)).tolist()]


def _pad_widths(pad_width: Any, nd: int) -> list[tuple[int, int]]:
    if isinstance(pad_width, dict):
        seq: list[Any] = [(0, 0)] * nd
        for axis, width in pad_width.items():
            if type(width) is int:
                seq[axis] = (width, width)
            elif (
                type(width) is tuple and len(width) == 2 and all(type(w) is int for w in width)
            ):
                seq[axis] = width
            else:
                raise TypeError(f"invalid pad width for axis {axis}: {width!r}")
        pad_width = seq
    t = to_tensor(pad_width)
    if t.dtype not in (torch.int8, torch.int16, torch.int32, torch.int64):
        raise TypeError("`pad_width` must be of integral type.")
    return _pairs(t, nd, as_index=True)


def _pad_widths_fast(pad_width: Any, nd: int) -> list[tuple[int, int]]:
    """The common forms (an int, a pair of ints) without a tensor round trip."""
    tp = type(pad_width)
    if tp is int or tp is tuple and len(pad_width) == 2 and all(
        type(w) is int for w in pad_width
    ):
        return _pairs(pad_width, nd, as_index=True)
    return _pad_widths(pad_width, nd)


# ---------------------------------------------------------------- helpers


def _shape_with(t: _Tensor, axis: int, n: int) -> tuple[int, ...]:
    return (*t.shape[:axis], n, *t.shape[axis + 1 :])


def _fill(value: Any, dt: torch.dtype, device: torch.device) -> _Tensor:
    """A 0-d tensor of ``dt`` holding ``value`` as NumPy's assignment would store it."""
    if isinstance(value, complex):
        if not dt.is_complex:
            if dt is torch.bool:
                return torch.tensor(bool(value), device=device)
            raise TypeError(f"can't convert complex to {_name(dt)}")
        return torch.tensor(value, dtype=dt, device=device)
    if is_integer_dtype(dt):
        v = int(value)  # NumPy truncates floats; NaN: ValueError, inf: OverflowError
        info = torch.iinfo(dt)
        if not info.min <= v <= info.max:
            raise OverflowError(f"Python integer {v} out of bounds for {_name(dt)}")
        return torch.tensor(v, dtype=dt, device=device)
    if dt is torch.bool:
        return torch.tensor(bool(value), device=device)
    return torch.tensor(value, dtype=torch.float64, device=device).to(dt)


def _pad_value(value: Any, dt: torch.dtype, device: torch.device, strong: bool) -> _Tensor:
    """A ``constant_values`` entry stored into an array of ``dt`` the way NumPy's pad stores it.

    One value or one pair (``strong``) reaches NumPy's assignment as NumPy scalars: a signed
    integer array takes them through ``int()`` with a bounds check (OverflowError, ValueError
    for NaN), any other array casts them with the 'unsafe' rule (``-1`` into uint8 is 255, a
    complex value keeps its real part with a ComplexWarning).  Per-axis values arrive as
    Python scalars: NEP 50's strict rules (:func:`_fill`).
    """
    if not strong or (is_integer_dtype(dt) and not _is_unsigned(dt)
                      and not isinstance(value, complex)):
        return _fill(value, dt, device)
    return _cast(to_tensor(value), dt).to(device)


def _is_unsigned(dt: torch.dtype) -> bool:
    return dt in (torch.uint8, torch.uint16, torch.uint32, torch.uint64)


def _take(t: _Tensor, axis: int, idx: _Tensor) -> _Tensor:
    return _moved_back(_movable(t).index_select(axis, idx.to(t.device)), t.dtype)


def _edge_index(n: int, left: int, right: int) -> _Tensor:
    return torch.arange(-left, n + right).clamp_(0, n - 1)


def _wrap_index(n: int, left: int, right: int) -> _Tensor:
    return torch.arange(-left, n + right).remainder_(n)


def _reflect_index(n: int, left: int, right: int, symmetric: bool) -> _Tensor:
    if not symmetric and n == 1:
        return _edge_index(n, left, right)
    period = 2 * n if symmetric else 2 * (n - 1)
    m = torch.arange(-left, n + right).remainder_(period)
    return torch.where(m < n, m, period - 1 - m if symmetric else period - m)


def _odd_reflect(t: _Tensor, axis: int, left: int, right: int, symmetric: bool) -> _Tensor:
    """Odd reflection (``2 * edge - reflected``) repeated until the pad widths are filled."""
    n = t.shape[axis]
    out_dt = t.dtype
    t = _movable(t)
    off = 0 if symmetric else 1
    cur = t
    while left > 0 or right > 0:
        length = cur.shape[axis]
        if symmetric:
            old = length // n * n
        else:
            old = (length - 1) // (n - 1) * (n - 1)
        parts = []
        cl = min(old, left)
        if cl:
            chunk = cur.narrow(axis, off, cl).flip(axis)
            parts.append(_odd(cur.narrow(axis, 0, 1), chunk))
        parts.append(cur)
        cr = min(old, right)
        if cr:
            chunk = cur.narrow(axis, length - off - cr, cr).flip(axis)
            parts.append(_odd(cur.narrow(axis, length - 1, 1), chunk))
        cur = torch.cat(parts, dim=axis)
        left -= cl
        right -= cr
    return _moved_back(cur, out_dt)


def _odd(edge: _Tensor, chunk: _Tensor) -> _Tensor:
    if chunk.dtype is torch.bool:
        return (2 * edge.to(torch.int64) - chunk.to(torch.int64)) != 0
    return 2 * edge - chunk


# ---------------------------------------------------------------- statistics


def _ordered_key(t: _Tensor) -> tuple[_Tensor, Callable[[_Tensor], _Tensor]]:
    """A tensor torch can take max/min of in the order of ``t``, and the way back."""
    dt = t.dtype
    if dt is torch.uint64:
        return t.view(torch.int64) ^ _SIGN_BIT, lambda k: (k ^ _SIGN_BIT).view(torch.uint64)
    if dt in (torch.uint16, torch.uint32):
        return t.to(torch.int64), lambda k: k.to(dt)
    return t, lambda k: k


def _extreme(chunk: _Tensor, axis: int, largest: bool) -> _Tensor:
    if chunk.dtype.is_complex:
        from ._sorting import sort

        s = sort(chunk, axis)
        return s.narrow(axis, s.shape[axis] - 1 if largest else 0, 1)
    key, back = _ordered_key(chunk)
    r = key.amax(axis, keepdim=True) if largest else key.amin(axis, keepdim=True)
    return back(r)


def _stat_dtype(dt: torch.dtype) -> torch.dtype:
    if dt.is_complex or dt in (torch.float32, torch.float64):
        return dt
    if dt in (torch.float16, torch.bfloat16):
        return torch.float32
    return torch.float64


def _mean(chunk: _Tensor, axis: int) -> _Tensor:
    cd = _stat_dtype(chunk.dtype)
    return chunk.to(cd).mean(axis, keepdim=True)


def _median(chunk: _Tensor, axis: int) -> _Tensor:
    n = chunk.shape[axis]
    cd = _stat_dtype(chunk.dtype)
    if n == 0:
        return torch.full(_shape_with(chunk, axis, 1), float("nan"), dtype=cd,
                          device=chunk.device)
    from ._sorting import sort

    s = sort(chunk, axis)
    if n % 2:
        r = s.narrow(axis, n // 2, 1).to(cd)
    else:
        r = s.narrow(axis, n // 2 - 1, 2).to(cd).mean(axis, keepdim=True)
    if chunk.dtype.is_floating_point or chunk.dtype.is_complex:
        has_nan = chunk.isnan().any(axis, keepdim=True)
        r = torch.where(has_nan, torch.full_like(r, float("nan")), r)
    return r


def _finish_stat(stat: _Tensor, dt: torch.dtype) -> _Tensor:
    """A statistic stored into an array of ``dt``: rounded for integers, then cast."""
    if stat.dtype is dt:
        return stat
    if is_integer_dtype(dt):
        stat = torch.round(stat)
        if dt is torch.uint64:
            return stat.to(torch.float64).to(dt)
    return stat.to(dt)


def _stat_pad(
    t: _Tensor, axis: int, left: int, right: int, lengths: tuple[Any, Any], mode: str
) -> _Tensor:
    n = t.shape[axis]
    ll = n if lengths[0] is None or lengths[0] > n else lengths[0]
    rl = n if lengths[1] is None or lengths[1] > n else lengths[1]
    if (ll == 0 or rl == 0) and mode in ("maximum", "minimum"):
        raise ValueError("stat_length of 0 yields no value for padding")

    def stat(chunk: _Tensor) -> _Tensor:
        if mode == "maximum":
            return _extreme(chunk, axis, True)
        if mode == "minimum":
            return _extreme(chunk, axis, False)
        if mode == "mean":
            return _finish_stat(_mean(chunk, axis), t.dtype)
        return _finish_stat(_median(chunk, axis), t.dtype)

    lstat = stat(t.narrow(axis, 0, ll))
    rstat = lstat if ll == rl == n else stat(t.narrow(axis, n - rl, rl))
    return torch.cat(
        [lstat.expand(_shape_with(t, axis, left)), t, rstat.expand(_shape_with(t, axis, right))],
        dim=axis,
    )


# ---------------------------------------------------------------- linear ramps


def _ramp(
    edge: _Tensor, axis: int, start: Any, num: int, dt: torch.dtype, strong: torch.dtype | None
) -> _Tensor:
    """NumPy's ``linspace(start, edge, num, endpoint=False, dtype=dt, axis=axis)``.

    ``strong``: the dtype of ``start`` when NumPy passes it as a NumPy scalar (end values given
    as one value or one pair), else None (a Python scalar, weak under NEP 50).
    """
    cd = result_dtype(edge, start if strong is None else strong)
    if not (cd.is_floating_point or cd.is_complex):
        cd = torch.float64
    stop = edge.to(cd)
    delta = stop - start
    shape = [1] * edge.dim()
    shape[axis] = num
    y = torch.arange(num, device=edge.device).to(cd).reshape(shape)
    step = delta / num
    if bool((step == 0).any()):
        y = y / num * delta
    else:
        y = y * step
    y = y + start
    if is_integer_dtype(dt):
        y = torch.floor(y)
    return y.to(dt)


def _ramp_pad(
    t: _Tensor, axis: int, left: int, right: int, ends: tuple[Any, Any],
    strong: torch.dtype | None,
) -> _Tensor:
    n = t.shape[axis]
    parts = []
    if left:
        parts.append(_ramp(t.narrow(axis, 0, 1), axis, ends[0], left, t.dtype, strong))
    parts.append(t)
    if right:
        ramp = _ramp(t.narrow(axis, n - 1, 1), axis, ends[1], right, t.dtype, strong)
        parts.append(_moved_back(_movable(ramp).flip(axis), t.dtype))
    return torch.cat(parts, dim=axis) if len(parts) > 1 else t


# ---------------------------------------------------------------- pad


def _few_values(values: Any) -> bool:
    """Whether NumPy's ``_as_pairs`` hands ``values`` on as NumPy scalars (one value or one
    pair) rather than as Python scalars (``tolist`` of a per-axis array)."""
    if type(values) in (int, float, complex, bool) or values is None:
        return True
    v = to_tensor(values)
    return v.dim() < 3 and (v.numel() == 1 or v.numel() == 2 and tuple(v.shape) != (2, 1))


def _constant(t: _Tensor, widths: list[tuple[int, int]], values: Any) -> _Tensor:
    pairs = _pairs(values, t.dim(), as_index=False)
    strong = _few_values(values)
    first = pairs[0][0] if pairs else None
    if not pairs:
        return t.clone()  # a 0-d array: no axis to pad
    if all(v0 == first and v1 == first for v0, v1 in pairs):
        # one fill value: fill the new array once, copy the input into its region
        new_shape = tuple(n + a + b for n, (a, b) in zip(t.shape, widths))
        out = torch.empty(new_shape, dtype=t.dtype, device=t.device)
        fill = _pad_value(first, t.dtype, t.device, strong)  # checked even if unused
        if out.numel() != t.numel():
            out.copy_(fill)
        out[tuple(slice(a, a + n) for n, (a, _) in zip(t.shape, widths))] = t
        return out
    cur = t
    for axis, ((left, right), (v0, v1)) in enumerate(zip(widths, pairs)):
        # NumPy stores both values of every axis, so both are checked even for width 0
        fill0 = _pad_value(v0, t.dtype, t.device, strong)
        fill1 = _pad_value(v1, t.dtype, t.device, strong)
        if not (left or right):
            continue
        parts = []
        if left:
            parts.append(fill0.expand(_shape_with(cur, axis, left)))
        parts.append(cur)
        if right:
            parts.append(fill1.expand(_shape_with(cur, axis, right)))
        cur = torch.cat(parts, dim=axis)
    return cur.clone() if cur is t else cur


def _callable_mode(
    t: _Tensor, widths: list[tuple[int, int]], function: Callable[..., Any], kwargs: dict
) -> _Tensor:
    import tnp_core

    padded = _constant(t, widths, 0)
    arr = tnp_core.asarray(padded)
    for axis in range(padded.dim()):
        view = tnp_core.moveaxis(arr, axis, -1)
        for ind in itertools.product(*map(range, view.shape[:-1])):
            function(view[(*ind, Ellipsis)], widths[axis], axis, kwargs)
    return padded


def pad(array: ArrayLike, pad_width: Any, mode: Any = "constant", **kwargs: Any) -> torch.Tensor:
    """Pad an array: NumPy's modes, a per-axis ``(before, after)`` width in any of its forms,
    ``constant_values``, ``end_values``, ``stat_length``, ``reflect_type``, or a callable
    ``mode(vector, iaxis_pad_width, iaxis, kwargs)`` filling each padded 1-d lane in place."""
    nd = array.dim()
    widths = [(int(a), int(b)) for a, b in _pad_widths_fast(pad_width, nd)]
    if callable(mode):
        return _callable_mode(array, widths, mode, kwargs)
    try:
        allowed = _ALLOWED[mode]
    except (KeyError, TypeError):
        raise ValueError(f"mode '{mode}' is not supported") from None
    unsupported = set(kwargs) - set(allowed)
    if unsupported:
        raise ValueError(f"unsupported keyword arguments for mode '{mode}': {unsupported}")
    if mode == "constant":
        return _constant(array, widths, kwargs.get("constant_values", 0))
    if mode == "empty" or array.numel() == 0:
        if mode != "empty":
            for axis, (left, right) in enumerate(widths):
                if array.shape[axis] == 0 and (left or right):
                    raise ValueError(
                        f"can't extend empty axis {axis} using modes other than 'constant' "
                        "or 'empty'"
                    )
        new_shape = tuple(n + a + b for n, (a, b) in zip(array.shape, widths))
        out = torch.empty(new_shape, dtype=array.dtype, device=array.device)
        region = tuple(slice(a, a + n) for n, (a, _) in zip(array.shape, widths))
        out[region] = array
        return out
    cur = array
    if mode in ("maximum", "minimum", "mean", "median"):
        lengths = _pairs(kwargs.get("stat_length"), nd, as_index=True)
        for axis, ((left, right), lp) in enumerate(zip(widths, lengths)):
            cur = _stat_pad(cur, axis, left, right, lp, mode)
        return cur.clone() if cur is array else cur
    if mode == "linear_ramp":
        end_values = kwargs.get("end_values", 0)
        ends = _pairs(end_values, nd, as_index=False)
        ev_t = to_tensor(end_values)
        # NumPy hands one value or one pair on as NumPy scalars (strong), else Python scalars
        few = ev_t.dim() < 3 and (
            ev_t.numel() == 1 or ev_t.numel() == 2 and tuple(ev_t.shape) != (2, 1)
        )
        strong = ev_t.dtype if few else None
        for axis, ((left, right), ev) in enumerate(zip(widths, ends)):
            cur = _ramp_pad(cur, axis, left, right, ev, strong)
        return cur.clone() if cur is array else cur
    odd = mode in ("reflect", "symmetric") and kwargs.get("reflect_type", "even") == "odd"
    for axis, (left, right) in enumerate(widths):
        if not (left or right):
            continue
        n = cur.shape[axis]
        if mode == "edge":
            cur = _take(cur, axis, _edge_index(n, left, right))
        elif mode == "wrap":
            cur = _take(cur, axis, _wrap_index(n, left, right))
        elif odd and not (mode == "reflect" and n == 1):
            cur = _odd_reflect(cur, axis, left, right, mode == "symmetric")
        else:
            cur = _take(cur, axis, _reflect_index(n, left, right, mode == "symmetric"))
    return cur.clone() if cur is array else cur
