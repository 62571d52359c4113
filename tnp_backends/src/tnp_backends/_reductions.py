"""Reductions: sum, prod, mean, std, var, min/max, argmin/argmax, cumsum, all, any.

NumPy's rules: sum/prod/cumsum of bool and small ints accumulate in int64 (uint64 for small
uints); mean/std/var of bool and ints compute in float64, of float16 in float32; std/var of
complex give the real dtype.  torch lacks most kernels for uint16/32/64: those compute in int64
(uint64 on its bit pattern, or with the sign bit flipped where order matters) and cast back.
"""

from __future__ import annotations

import builtins
import math
import operator
import warnings
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import (
    ArrayLike,
    AxisLike,
    DTypeLike,
    OutArray,
    OutArrayUnsafe,
    OutIndexArray,
    ScalarOrArray,
)
from tnp_core.exceptions import ComplexWarning, UFuncTypeError
from tnp_core.kernel_utils import (
    NoValue,
    compiling,
    normalize_axes,
    normalize_axis,
    promote,
    real_dtype,
    to_tensor,
)

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_TO_INT64 = (torch.bool, torch.int8, torch.int16, torch.int32)
_TO_UINT64 = (torch.uint8, torch.uint16, torch.uint32)
_INEXACT_OF_INT = torch.float64
# dtypes whose torch.sum / torch.prod result dtype already is NumPy's (small ints -> int64)
_NATIVE_SUM = frozenset({
    torch.bool, torch.int8, torch.int16, torch.int32, torch.int64, torch.float16,
    torch.float32, torch.float64, torch.complex64, torch.complex128,
})
# dtypes torch.amax / argmax / var order or reduce exactly like NumPy
_NATIVE_ORDER = frozenset({
    torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.float16,
    torch.float32, torch.float64,
})
_NATIVE_VAR = frozenset({torch.float32, torch.float64, torch.complex64, torch.complex128})
_SIGN_BIT = -(2**63)
_PY_SCALARS = (bool, int, float, complex)
_BOOL_SUBTRACT = (
    "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
    "operator, or the logical_xor function instead."
)

# ---------------------------------------------------------------- helpers


def _flag(keepdims: Any) -> bool:
    return keepdims is not NoValue and bool(keepdims)


def _given(x: Any) -> bool:
    return x is not NoValue and x is not None


def _operand(x: Any) -> Any:
    """An unannotated scalar-like argument: Python scalars and None stay, the rest -> tensor."""
    if x is None or x is NoValue or type(x) in _PY_SCALARS or type(x) is _Tensor:
        return x
    return to_tensor(x)


def _ufunc_axes(t: _Tensor, axis: int | tuple[int, ...] | None) -> tuple[int, ...]:
    """Axes of a ufunc-style reduction; like NumPy, a 0-d array accepts ``axis=0`` / ``-1``."""
    if t.dim() == 0 and type(axis) is int and axis in (0, -1):
        return ()
    return normalize_axes(axis, t.dim())


def _is_int(dt: torch.dtype) -> bool:
    return not dt.is_floating_point and not dt.is_complex and dt is not torch.bool


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def _sum_dtype(dt: torch.dtype) -> torch.dtype:
    """NumPy's accumulator for add/multiply: small ints -> int64 / uint64."""
    if dt in _TO_INT64:
        return torch.int64
    if dt in _TO_UINT64:
        return torch.uint64
    return dt


def _to_compute(t: _Tensor, dt: torch.dtype) -> _Tensor:
    """``t`` cast to ``dt``, as int64 where ``dt`` is uint16/32/64 (wrap-around is exact)."""
    if t.dtype.is_complex and not dt.is_complex and dt is not torch.bool:
        warnings.warn(
            "Casting complex values to real discards the imaginary part",
            ComplexWarning,
            stacklevel=4,
        )
        t = t.real
    if dt in _SHELL:
        if t.dtype is torch.uint64:
            return t.view(torch.int64)
        return t.to(torch.int64)
    return t.to(dt)


def _from_compute(r: _Tensor, dt: torch.dtype) -> _Tensor:
    """Back from the compute dtype (torch sums small ints in int64; bool sums are ``or``)."""
    if r.dtype is dt:
        return r
    if dt is torch.uint64:
        return r.view(torch.uint64)
    if dt is torch.bool:
        return r != 0
    return r.to(dt)


def _ordered(t: _Tensor) -> _Tensor:
    """A tensor torch can order like ``t`` (uint16/32/64 -> int64, bool -> uint8)."""
    dt = t.dtype
    if dt is torch.uint64:
        return t.view(torch.int64) ^ _SIGN_BIT
    if dt in _SHELL:
        return t.to(torch.int64)
    if dt is torch.bool:
        return t.to(torch.uint8)
    return t


def _unordered(r: _Tensor, dt: torch.dtype) -> _Tensor:
    if dt is torch.uint64:
        return (r ^ _SIGN_BIT).view(torch.uint64)
    if dt is not r.dtype:
        return r.to(dt)
    return r


def _mask(t: _Tensor, where: _Tensor) -> _Tensor:
    """``where`` as a boolean mask of ``t``'s shape."""
    w = where if where.dtype is torch.bool else where != 0
    if tuple(w.shape) == tuple(t.shape):
        return w
    try:
        return w.broadcast_to(t.shape)
    except RuntimeError:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes "
            f"[original->remapped]: {tuple(t.shape)} {tuple(where.shape)}"
        ) from None


def _check_int_bounds(value: int, dt: torch.dtype) -> None:
    info = torch.iinfo(dt)
    lo, hi = info.min, (2**64 - 1 if dt is torch.uint64 else info.max)
    if not lo <= value <= hi:
        raise OverflowError(f"Python integer {value} out of bounds for {_name(dt)}")


def _scalar_tensor(value: Any, dt: torch.dtype, device: torch.device) -> _Tensor:
    """A 0-d tensor of ``dt`` holding ``value`` (NEP 50: a Python int must fit)."""
    if type(value) is not _Tensor:
        tp = type(value)
        if tp is int:
            if _is_int(dt):
                _check_int_bounds(value, dt)
            elif dt is torch.bool:
                value = bool(value)
            else:  # a float / complex array: NumPy converts the int with float()
                value = float(value)
        elif tp is complex and dt is torch.bool:
            value = bool(value)
        elif tp is complex and not dt.is_complex:
            raise TypeError(
                f"{'int' if _is_int(dt) else 'float'}() argument must be "
                "a string or a real number, not 'complex'"
            )
        value = to_tensor(value)
    if value.dtype.is_complex and not dt.is_complex:
        value = value.real
    return value.to(device=device, dtype=dt)


def _reduced_size(t: _Tensor, axes: tuple[int, ...]) -> int:
    n = 1
    for ax in axes:
        n *= t.shape[ax]
    return n


def _kept_shape(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> tuple[int, ...]:
    if keepdims:
        return tuple(1 if d in axes else n for d, n in enumerate(t.shape))
    return tuple(n for d, n in enumerate(t.shape) if d not in axes)


def _collapse(t: _Tensor, axes: tuple[int, ...]) -> _Tensor:
    """Move ``axes`` last and merge them into one: shape ``(kept..., reduced)``."""
    keep = [d for d in range(t.dim()) if d not in axes]
    n = _reduced_size(t, axes)
    perm = keep + list(axes)
    if perm != list(range(t.dim())):
        t = t.permute(perm)
    return t.reshape(*(t.shape[i] for i in range(len(keep))), n)


def _sum_in(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    """torch.sum over ``axes`` (``()`` reduces nothing)."""
    if not axes:
        return t.clone()
    return torch.sum(t, dim=axes, keepdim=keepdims)


def _count(t: _Tensor, axes: tuple[int, ...], keepdims: bool, w: _Tensor | None) -> Any:
    """Number of elements per reduction: an int, or an int64 tensor under a ``where`` mask."""
    if w is None:
        return _reduced_size(t, axes)
    return _sum_in(w.to(torch.int64), axes, keepdims)


def _any_zero(n: Any) -> bool:
    return bool((n == 0).any()) if type(n) is _Tensor else n == 0


# ---------------------------------------------------------------- sum / prod


def _without_identity(t: _Tensor, axes: tuple[int, ...], where: Any, name: str) -> None:
    """NumPy's checks when a reduction has no identity (``initial=None`` drops it)."""
    if where is not NoValue:
        raise ValueError(
            f"reduction operation '{name}' does not have an identity, so to use a where "
            "mask one has to specify 'initial'"
        )
    if _reduced_size(t, axes) == 0:
        raise ValueError(f"zero-size array to reduction operation {name} which has no identity")


def sum(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    initial: Any = NoValue,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Sum of array elements over the given axes."""
    if dtype is None and where is NoValue and initial is NoValue and a.dtype in _NATIVE_SUM:
        kd = keepdims is not NoValue and bool(keepdims)
        if axis is None:
            return torch.sum(a, None, True) if kd else torch.sum(a)
        if type(axis) is int:  # positional arguments: torch parses them faster
            nd = a.dim()
            if nd:
                return torch.sum(a, axis if 0 <= axis < nd else normalize_axis(axis, nd), kd)
        axes = _ufunc_axes(a, axis)
        if axes:
            return torch.sum(a, axes, kd)
    axes = _ufunc_axes(a, axis)
    if initial is None:
        _without_identity(a, axes, where, "add")
    dt = dtype or _sum_dtype(a.dtype)
    t = _to_compute(a, dt)
    if where is not NoValue:
        t = torch.where(_mask(t, where), t, torch.zeros((), dtype=t.dtype, device=t.device))
    r = _sum_in(t, axes, _flag(keepdims))
    if _given(initial):
        r = r + _to_compute(_scalar_tensor(_operand(initial), dt, r.device), dt)
    return _from_compute(r, dt)


def prod(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    initial: Any = NoValue,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Product of array elements over the given axes."""
    if dtype is None and where is NoValue and initial is NoValue and a.dtype in _NATIVE_SUM:
        kd = keepdims is not NoValue and bool(keepdims)
        if axis is None and not kd:
            return torch.prod(a)
        if type(axis) is int and a.dim():
            return torch.prod(a, dim=normalize_axis(axis, a.dim()), keepdim=kd)
    axes = _ufunc_axes(a, axis)
    if initial is None:
        _without_identity(a, axes, where, "multiply")
    dt = dtype or _sum_dtype(a.dtype)
    t = _to_compute(a, dt)
    if where is not NoValue:
        t = torch.where(_mask(t, where), t, torch.ones((), dtype=t.dtype, device=t.device))
    if not axes:
        r = t.clone()
    else:
        kept = _kept_shape(t, axes, _flag(keepdims))
        r = torch.prod(_collapse(t, axes), dim=-1).reshape(kept)
    if _given(initial):
        r = r * _to_compute(_scalar_tensor(_operand(initial), dt, r.device), dt)
    return _from_compute(r, dt)


def cumsum(
    a: ArrayLike, axis: AxisLike = None, dtype: DTypeLike = None, out: OutArrayUnsafe = None
) -> torch.Tensor:
    """Cumulative sum along an axis (the flattened array for ``axis=None``)."""
    if axis is None:
        t = a if a.dim() == 1 else a.reshape(-1)
        ax = 0
    else:
        t = a if a.dim() else a.reshape(1)
        ax = normalize_axis(axis, t.dim())  # type: ignore[arg-type]
    if dtype is None and a.dtype in _NATIVE_SUM:
        return torch.cumsum(t, ax)  # torch accumulates small ints in int64, like NumPy
    dt = dtype or _sum_dtype(a.dtype)
    return _from_compute(torch.cumsum(_to_compute(t, dt), ax), dt)


# ---------------------------------------------------------------- mean / var / std


def _mean_dtypes(a: _Tensor, dtype: torch.dtype | None) -> tuple[torch.dtype, torch.dtype]:
    """(compute dtype, result dtype) of mean/var."""
    if dtype is not None:
        if dtype is torch.float16:
            return torch.float32, dtype
        return dtype, dtype
    dt = a.dtype
    if dt is torch.float16:
        return torch.float32, dt
    if dt.is_floating_point or dt.is_complex:
        return dt, dt
    return _INEXACT_OF_INT, _INEXACT_OF_INT


def _divide(s: _Tensor, n: Any, ct: torch.dtype) -> _Tensor:
    """``s / n``; integer compute dtypes wrap the sum, then truncate like NumPy's cast back."""
    if ct in _SHELL or _is_int(ct) or ct is torch.bool:
        return _to_compute(_from_compute(s, ct).to(torch.float64) / n, ct)
    if type(n) is _Tensor:
        n = n.to(s.real.dtype if s.is_complex() else s.dtype)
    return s / n


def _masked_compute(
    a: _Tensor, ct: torch.dtype, where: Any
) -> tuple[_Tensor, _Tensor | None]:
    t = _to_compute(a, ct)
    if where is NoValue:
        return t, None
    w = _mask(t, where)
    return torch.where(w, t, torch.zeros((), dtype=t.dtype, device=t.device)), w


def mean(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    *,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Arithmetic mean over the given axes (float64 for integer input)."""
    if dtype is None and where is NoValue and a.dtype in _NATIVE_VAR and a.numel():
        kd = keepdims is not NoValue and bool(keepdims)
        if axis is None:
            return torch.mean(a, None, True) if kd else torch.mean(a)
        axes = normalize_axes(axis, a.dim())
        if axes:
            return torch.mean(a, axes, kd)
    axes = normalize_axes(axis, a.dim())
    kd = _flag(keepdims)
    ct, rt = _mean_dtypes(a, dtype)
    t, w = _masked_compute(a, ct, where)
    n = _count(t, axes, kd, w)
    if _any_zero(n):
        warnings.warn("Mean of empty slice.", RuntimeWarning, stacklevel=2)
    r = _divide(_sum_in(t, axes, kd), n, ct)
    return _from_compute(r, rt) if rt in _SHELL else r.to(rt)


def _number(x: Any) -> int | float:
    """``ddof``/``correction`` as a Python number (NumPy scalars, bools, floats)."""
    try:
        return operator.index(x)
    except TypeError:
        pass
    if isinstance(x, (str, bytes)):  # float() would parse them; NumPy fails comparing them
        raise UFuncTypeError(
            f"ufunc 'less_equal' did not contain a loop for ddof of type {type(x).__name__}"
        )
    return float(x)


def _var(
    a: _Tensor,
    axis: Any,
    dtype: torch.dtype | None,
    ddof: Any,
    keepdims: Any,
    where: Any,
    mean: Any,
    correction: Any,
    name: str,
) -> tuple[_Tensor, torch.dtype, torch.dtype]:
    if correction is not NoValue:
        correction = _number(correction)
        if ddof != 0:
            raise ValueError("ddof and correction can't be provided simultaneously.")
        ddof = correction
    axes = normalize_axes(axis, a.dim())
    kd = _flag(keepdims)
    if (
        dtype is None and where is NoValue and mean is NoValue and a.dtype in _NATIVE_VAR
        and axes and _reduced_size(a, axes) - ddof > 0 and a.numel()
    ):  # (torch.var warns on an empty result)
        rt = real_dtype(a.dtype)
        return torch.var(a, dim=axes, correction=ddof, keepdim=kd), rt, rt
    ct, rt = _mean_dtypes(a, dtype)
    if ct is torch.bool and a.dtype is torch.bool:
        raise TypeError(_BOOL_SUBTRACT)
    t, w = _masked_compute(a, ct, where)
    if mean is NoValue:
        mu = _divide(_sum_in(t, axes, True), _count(t, axes, True, w), ct)
    else:
        mu = _to_compute(mean, ct)
    if dtype is not None and (
        a.is_complex() and not ct.is_complex
        or a.dtype.is_floating_point and not (ct.is_floating_point or ct.is_complex)
        or ct is torch.bool
    ):  # NumPy: the deviations of the input itself (imaginary parts, fractions kept)
        wide = promote(a.dtype, dtype)
        d = a.to(wide) - _from_compute(mu, ct).to(wide)
        sq = d.real * d.real + d.imag * d.imag if d.is_complex() else d * d
        sq = _to_compute(sq, ct)
    else:
        d = t - mu
        sq = d.real * d.real + d.imag * d.imag if d.is_complex() else d * d
    if w is not None:
        sq = torch.where(w, sq, torch.zeros((), dtype=sq.dtype, device=sq.device))
    n = _count(t, axes, kd, w)
    denom = n - ddof
    if type(denom) is _Tensor:
        # (under torch.compile: no data-dependent warning)
        bad = not compiling() and bool((denom <= 0).any())
        denom = denom.clamp(min=0)
    else:
        bad = denom <= 0
        denom = builtins.max(denom, 0)
    if bad:
        warnings.warn("Degrees of freedom <= 0 for slice", RuntimeWarning, stacklevel=3)
    r = _divide(_sum_in(sq, axes, kd), denom, ct)
    if dtype is not None and rt.is_complex:  # an explicit complex dtype stays complex
        return r, ct, rt
    if r.is_complex():
        r = r.real
    return r, ct, real_dtype(rt)


def _sqrt_dtype(dt: torch.dtype) -> torch.dtype:
    """The float dtype NumPy's sqrt loop picks for an integer / bool input."""
    if dt in (torch.bool, torch.int8, torch.uint8):
        return torch.float16
    if dt in (torch.int16, torch.uint16):
        return torch.float32
    return torch.float64


def _finish(r: _Tensor, rt: torch.dtype) -> _Tensor:
    return _from_compute(r, rt) if rt in _SHELL else r.to(rt)


def var(
    a: ArrayLike,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArrayUnsafe = None,
    ddof: int | float = 0,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    *,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
    mean: ArrayLike = NoValue,  # type: ignore[assignment]
    correction: int | float = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Variance over the given axes (``ddof`` / ``correction`` delta degrees of freedom)."""
    if type(ddof) is not int:
        ddof = _number(ddof)
    if (
        axis is None and dtype is None and where is NoValue and mean is NoValue
        and correction is NoValue and a.dtype in _NATIVE_VAR and a.numel() - ddof > 0
    ):
        return torch.var(a, dim=None, correction=ddof, keepdim=_flag(keepdims))
    r, _, rt = _var(a, axis, dtype, ddof, keepdims, where, mean, correction, "var")
    return _finish(r, rt)


def std(
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
    """Standard deviation over the given axes: the square root of :func:`var`."""
    if type(ddof) is not int:
        ddof = _number(ddof)
    if (
        axis is None and dtype is None and where is NoValue and mean is NoValue
        and correction is NoValue and a.dtype in _NATIVE_VAR and a.numel() - ddof > 0
    ):
        return torch.std(a, dim=None, correction=ddof, keepdim=_flag(keepdims))
    r, ct, rt = _var(a, axis, dtype, ddof, keepdims, where, mean, correction, "std")
    if (ct in _SHELL or _is_int(ct) or ct is torch.bool) and (r.dim() or _flag(keepdims)):
        # NumPy's sqrt writes into the integer result array: a same_kind casting error
        raise UFuncTypeError(
            f"Cannot cast ufunc 'sqrt' output from dtype('{_name(_sqrt_dtype(ct))}') to "
            f"dtype('{_name(rt)}') with casting rule 'same_kind'"
        )
    if ct in _SHELL or _is_int(ct):
        r = torch.sqrt(r.to(torch.float64)).to(torch.int64 if ct in _SHELL else ct)
    else:
        r = torch.sqrt(r)
    return _finish(r, rt)


# ---------------------------------------------------------------- min / max


def _complex_arg(t: _Tensor, largest: bool) -> _Tensor:
    """Index (along the last dim, keepdim) of the lexicographic max/min; first NaN wins."""
    re, im = t.real, t.imag
    nan = re.isnan() | im.isnan()
    fill = -math.inf if largest else math.inf
    ext: Callable[..., _Tensor] = torch.amax if largest else torch.amin
    re_f = re.masked_fill(nan, fill)
    cand = (re_f == ext(re_f, dim=-1, keepdim=True)) & ~nan
    im_f = im.masked_fill(~cand, fill)
    cand &= im_f == ext(im_f, dim=-1, keepdim=True)
    idx = torch.argmax(cand.to(torch.uint8), dim=-1, keepdim=True)
    nan_idx = torch.argmax(nan.to(torch.uint8), dim=-1, keepdim=True)
    return torch.where(nan.any(dim=-1, keepdim=True), nan_idx, idx)


def _complex_pick(a: _Tensor, b: _Tensor, largest: bool) -> _Tensor:
    """Elementwise lexicographic maximum/minimum of complex tensors (NaN propagates)."""
    a, b = torch.broadcast_tensors(a, b)
    if largest:
        first = (a.real > b.real) | ((a.real == b.real) & (a.imag >= b.imag))
    else:
        first = (a.real < b.real) | ((a.real == b.real) & (a.imag <= b.imag))
    a_nan = a.real.isnan() | a.imag.isnan()
    b_nan = b.real.isnan() | b.imag.isnan()
    return torch.where((first | a_nan) & ~(b_nan & ~a_nan), a, b)


def _pick(a: _Tensor, b: _Tensor, largest: bool) -> _Tensor:
    """Elementwise maximum/minimum with NumPy's NaN propagation, any dtype."""
    if a.is_complex():
        return _complex_pick(a, b, largest)
    dt = a.dtype
    op = torch.maximum if largest else torch.minimum
    return _unordered(op(_ordered(a), _ordered(b.to(dt))), dt)


def _extreme(
    a: _Tensor, axis: Any, keepdims: Any, initial: Any, where: Any, largest: bool
) -> _Tensor:
    name = "maximum" if largest else "minimum"
    if axis is None and initial is NoValue and where is NoValue and a.dtype in _NATIVE_ORDER:
        if not a.numel():
            raise ValueError(
                f"zero-size array to reduction operation {name} which has no identity"
            )
        if keepdims is NoValue or not keepdims:  # torch.max(t) parses faster than amax(t)
            return torch.max(a) if largest else torch.min(a)
        return (torch.amax if largest else torch.amin)(a, (), True)
    axes = _ufunc_axes(a, axis)
    kd = _flag(keepdims)
    if initial is NoValue and where is NoValue and a.dtype in _NATIVE_ORDER and axes:
        if _reduced_size(a, axes) == 0:
            raise ValueError(
                f"zero-size array to reduction operation {name} which has no identity"
            )
        return (torch.amax if largest else torch.amin)(a, axes, kd)
    initial = _operand(initial)
    has_init = _given(initial)
    init = _scalar_tensor(initial, a.dtype, a.device) if has_init else None
    t = a
    if where is not NoValue:
        if init is None:
            raise ValueError(
                f"reduction operation '{name}' does not have an identity, so to use a where "
                "mask one has to specify 'initial'"
            )
        t = torch.where(_mask(t, where), t, init)
    if _reduced_size(t, axes) == 0:
        if init is None:
            raise ValueError(
                f"zero-size array to reduction operation {name} which has no identity"
            )
        return init.expand(_kept_shape(t, axes, kd)).clone()
    if not axes:
        r = t.clone()
    elif t.is_complex():
        c = _collapse(t, axes)
        r = c.gather(-1, _complex_arg(c, largest)).reshape(_kept_shape(t, axes, kd))
    else:
        ext = torch.amax if largest else torch.amin
        r = _unordered(ext(_ordered(t), dim=axes, keepdim=kd), t.dtype)
    if init is not None:
        r = _pick(r, init, largest)
    return r


def max(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    initial: Any = NoValue,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Maximum over the given axes (NaNs propagate)."""
    return _extreme(a, axis, keepdims, initial, where, True)


def min(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    initial: Any = NoValue,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Minimum over the given axes (NaNs propagate)."""
    return _extreme(a, axis, keepdims, initial, where, False)


# ---------------------------------------------------------------- argmin / argmax


def _arg(a: _Tensor, axis: Any, keepdims: Any, largest: bool) -> _Tensor:
    kd = _flag(keepdims)
    if axis is None and not kd and a.dtype in _NATIVE_ORDER and a.numel():
        return a.argmax() if largest else a.argmin()
    if axis is None:
        t = a.reshape(-1)
        ax = 0
    else:
        if isinstance(axis, tuple):
            raise TypeError("'tuple' object cannot be interpreted as an integer")
        t = a if a.dim() else a.reshape(1)
        ax = normalize_axis(axis, t.dim())
    if t.shape[ax] == 0:
        name = "argmax" if largest else "argmin"
        raise ValueError(f"attempt to get {name} of an empty sequence")
    if t.is_complex():
        r = _complex_arg(t.movedim(ax, -1), largest).movedim(-1, ax)
        if not kd:
            r = r.squeeze(ax)
    else:
        op = torch.argmax if largest else torch.argmin
        r = op(_ordered(t), dim=ax, keepdim=kd)
    if axis is None:
        return r.reshape((1,) * a.dim()) if kd else r.reshape(())
    if a.dim() == 0:
        return r.reshape(())
    return r


def argmax(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutIndexArray = None,
    *,
    keepdims: bool = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Indices of the maximum values (first occurrence; a NaN counts as the maximum)."""
    return _arg(a, axis, keepdims, True)


def argmin(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutIndexArray = None,
    *,
    keepdims: bool = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Indices of the minimum values (first occurrence; a NaN counts as the minimum)."""
    return _arg(a, axis, keepdims, False)


# ---------------------------------------------------------------- all / any


def _truth(a: _Tensor) -> _Tensor:
    return a if a.dtype is torch.bool else a != 0


def all(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    *,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Whether all elements along the given axes are true."""
    if axis is None and where is NoValue:
        if a.dtype is torch.uint8:  # torch.all keeps uint8
            a = a != 0
        return torch.all(a, dim=None, keepdim=True) if _flag(keepdims) else torch.all(a)
    axes = _ufunc_axes(a, axis)
    t = _truth(a)
    if where is not NoValue:
        t = t | ~_mask(t, where)
    if not axes:
        return t.clone()
    return torch.all(t, dim=axes, keepdim=_flag(keepdims))


def any(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArrayUnsafe = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
    *,
    where: ArrayLike = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Whether any element along the given axes is true."""
    if axis is None and where is NoValue:
        if a.dtype is torch.uint8:  # torch.any keeps uint8
            a = a != 0
        return torch.any(a, dim=None, keepdim=True) if _flag(keepdims) else torch.any(a)
    axes = _ufunc_axes(a, axis)
    t = _truth(a)
    if where is not NoValue:
        t = t & _mask(t, where)
    if not axes:
        return t.clone()
    return torch.any(t, dim=axes, keepdim=_flag(keepdims))


# ---------------------------------------------------------------- cumprod / cumulative_*


def _cum(a: _Tensor, axis: Any, dtype: Any, op: Callable[..., _Tensor]) -> _Tensor:
    if axis is None:
        t = a if a.dim() == 1 else a.reshape(-1)
        ax = 0
    else:
        t = a if a.dim() else a.reshape(1)
        ax = normalize_axis(axis, t.dim())  # type: ignore[arg-type]
    if dtype is None and a.dtype in _NATIVE_SUM and a.dtype is not torch.float16:
        return op(t, ax)  # torch accumulates small ints in int64, like NumPy
    dt = dtype or _sum_dtype(a.dtype)
    return _from_compute(op(_to_compute(t, dt), ax), dt)


def cumprod(
    a: ArrayLike, axis: AxisLike = None, dtype: DTypeLike = None, out: OutArrayUnsafe = None
) -> torch.Tensor:
    """Cumulative product along an axis (the flattened array for ``axis=None``)."""
    return _cum(a, axis, dtype, torch.cumprod)


def _cumulative(
    x: _Tensor, axis: Any, dtype: Any, include_initial: bool, prod: bool
) -> _Tensor:
    if axis is None:
        if x.dim() > 1:
            raise ValueError(
                "For arrays which have more than one dimension ``axis`` argument is required."
            )
        axis = 0
    if isinstance(axis, tuple):
        raise TypeError("'tuple' object cannot be interpreted as an integer")
    r = _cum(x, axis, dtype, torch.cumprod if prod else torch.cumsum)
    if include_initial:
        ax = normalize_axis(axis, r.dim())
        shape = list(r.shape)
        shape[ax] = 1
        init = (torch.ones if prod else torch.zeros)(shape, dtype=r.dtype, device=r.device)
        r = torch.cat((init, r), dim=ax)
    return r


def cumulative_sum(
    x: ArrayLike,
    /,
    *,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArrayUnsafe = None,
    include_initial: bool = False,
) -> torch.Tensor:
    """Cumulative sum (array API): ``axis`` is required for arrays of more than one dimension."""
    return _cumulative(x, axis, dtype, include_initial, False)


def cumulative_prod(
    x: ArrayLike,
    /,
    *,
    axis: AxisLike = None,
    dtype: DTypeLike = None,
    out: OutArrayUnsafe = None,
    include_initial: bool = False,
) -> torch.Tensor:
    """Cumulative product (array API): ``axis`` is required for arrays of more than one
    dimension."""
    return _cumulative(x, axis, dtype, include_initial, True)


# ---------------------------------------------------------------- ptp / count_nonzero


def ptp(
    a: ArrayLike,
    axis: AxisLike = None,
    out: OutArray = None,
    keepdims: bool = NoValue,  # type: ignore[assignment]
) -> ScalarOrArray:
    """Range of values (maximum - minimum) over the given axes."""
    hi = _extreme(a, axis, keepdims, NoValue, NoValue, True)
    lo = _extreme(a, axis, keepdims, NoValue, NoValue, False)
    if a.dtype is torch.bool:
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
            "the `^` operator, or the logical_xor function instead."
        )
    dt = a.dtype
    if dt is torch.uint64:
        return (hi.view(torch.int64) - lo.view(torch.int64)).view(torch.uint64)
    if dt in _SHELL:
        return (hi.to(torch.int64) - lo.to(torch.int64)).to(dt)
    return hi - lo


def count_nonzero(
    a: ArrayLike, axis: AxisLike = None, *, keepdims: bool = False
) -> ScalarOrArray:
    """Number of non-zero values over the given axes (int64)."""
    t = _truth(a)
    if axis is None and not keepdims:
        return torch.count_nonzero(t)
    axes = tuple(range(t.dim())) if axis is None else _ufunc_axes(t, axis)
    if not axes:
        return t.to(torch.int64)
    return torch.sum(t, dim=axes, keepdim=bool(keepdims), dtype=torch.int64)


KERNELS: dict[str, Callable[..., Any]] = {
    "sum": sum,
    "prod": prod,
    "mean": mean,
    "std": std,
    "var": var,
    "min": min,
    "max": max,
    "amin": min,
    "amax": max,
    "argmin": argmin,
    "argmax": argmax,
    "cumsum": cumsum,
    "cumprod": cumprod,
    "cumulative_sum": cumulative_sum,
    "cumulative_prod": cumulative_prod,
    "ptp": ptp,
    "count_nonzero": count_nonzero,
    "all": all,
    "any": any,
}
