"""where, clip, dot; products, differences, convolution and interpolation.

``where`` and ``clip`` follow NEP 50: Python scalars are weak, so ``where(c, f32, 2.0)`` stays
float32.  ``dot`` (and ``inner``, ``outer``, ``kron``, ``tensordot``, ``vdot``,
``convolve``, ``correlate``) compute bool in int64 (then ``!= 0``), uint16/32/64 in int64 on
the bit pattern and float16 in float32, casting back; integer products wrap like NumPy's.
``convolve`` / ``correlate`` use ``conv1d`` for float and complex data and a sliding-window
product for integers.  ``diff``, ``cross``, ``ediff1d`` and ``trapezoid`` subtract in int64 for
the unsigned dtypes torch lacks arithmetic for (wrapping is exact), and refuse bool subtraction
like NumPy.  ``interp`` always computes in float64 (complex128 for complex ``fp``).
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
    ArrayOrScalar,
    AxisLike,
    OptionalArrayLike,
    OutArray,
    ScalarOrArray,
)
from tnp_core.exceptions import UFuncTypeError
from tnp_core.kernel_utils import (
    NoValue,
    can_cast,
    compiling,
    normalize_axes,
    normalize_axis,
    promote,
    result_dtype,
    to_tensor,
)

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_MATMUL_NATIVE = frozenset({torch.float32, torch.float64, torch.complex64, torch.complex128})
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_SIGN_BIT = -(2**63)
_PY_SCALARS = (bool, int, float, complex)
_REAL = (int, float)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_NONZERO_0D = (
    "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. "
    "If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`."
)


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def _shape_str(shape: Sequence[int]) -> str:
    if len(shape) == 1:
        return f"({shape[0]},)"
    return "(" + ",".join(map(str, shape)) + ")"


def _is_int(dt: torch.dtype) -> bool:
    return not dt.is_floating_point and not dt.is_complex and dt is not torch.bool


def _broadcast_error(*shapes: Sequence[int]) -> ValueError:
    return ValueError(
        "operands could not be broadcast together with shapes "
        + " ".join(_shape_str(s) for s in shapes)
        + " "
    )


def _as_dtype(x: Any, dt: torch.dtype, device: torch.device) -> _Tensor:
    """A tensor or Python scalar as a tensor of ``dt`` (C-style wrap for integers)."""
    tp = type(x)
    if tp is _Tensor:
        if x.dtype is dt and x.device == device:
            return x
    elif dt.is_floating_point:
        if tp is not complex:  # via float64: out-of-range values become inf, like NumPy
            return torch.scalar_tensor(float(x), dtype=torch.float64, device=device).to(dt)
    elif dt.is_complex:
        return torch.scalar_tensor(complex(x), dtype=dt, device=device)
    elif dt is torch.bool:
        return torch.scalar_tensor(bool(x), dtype=dt, device=device)
    elif tp is int and -(2**63) <= x < 2**63:
        return torch.scalar_tensor(x, dtype=torch.int64, device=device).to(dt)  # wraps
    t = x if tp is _Tensor else to_tensor(x)
    if t.dtype.is_complex and not dt.is_complex:
        t = t.real
    return t.to(device=device, dtype=dt)


# ---------------------------------------------------------------- where


def _weak_fits(t: Any, s: Any) -> bool:
    """``t`` a floating / complex tensor and ``s`` a Python scalar it absorbs (NEP 50)."""
    if type(t) is not _Tensor:
        return False
    ts = type(s)
    if t.dtype.is_floating_point:
        return ts is float or ts is int and -(2**53) <= s <= 2**53
    if t.dtype.is_complex:
        return ts is float or ts is complex or ts is int and -(2**53) <= s <= 2**53
    return False


def where(
    condition: ArrayLike, x: ArrayOrScalar = None, y: ArrayOrScalar = None, /
) -> torch.Tensor:
    """``x`` where ``condition`` holds, else ``y``; with one argument, ``nonzero(condition)``."""
    if (
        type(x) is _Tensor
        and type(y) is _Tensor
        and x.dtype is y.dtype
        and condition.dtype is torch.bool
    ):
        try:
            return torch.where(condition, x, y)
        except RuntimeError:
            pass  # shapes: NumPy's message below
    if x is None and y is None:
        if condition.dim() == 0:
            raise ValueError(_NONZERO_0D)
        c = condition if condition.dtype is torch.bool else condition != 0
        return tuple(torch.nonzero(c, as_tuple=True))  # type: ignore[return-value]
    if x is None or y is None:
        raise ValueError("either both or neither of x and y should be given")
    c = condition if condition.dtype is torch.bool else condition != 0
    if _weak_fits(x, y) or _weak_fits(y, x):  # NEP 50 and torch agree: the tensor's dtype
        try:
            return torch.where(c, x, y)
        except RuntimeError:
            pass  # shapes: NumPy's message below
    dt = result_dtype(x, y)
    xt = _as_dtype(x, dt, c.device)
    yt = _as_dtype(y, dt, c.device)
    try:
        return torch.where(c, xt, yt)
    except RuntimeError:
        raise _broadcast_error(c.shape, xt.shape, yt.shape) from None


# ---------------------------------------------------------------- clip


def _ordered(t: _Tensor) -> _Tensor:
    dt = t.dtype
    if dt is torch.uint64:
        return t.view(torch.int64) ^ _SIGN_BIT
    if dt in _SHELL:
        return t.to(torch.int64)
    return t


def _unordered(r: _Tensor, dt: torch.dtype) -> _Tensor:
    if dt is torch.uint64:
        return (r ^ _SIGN_BIT).view(torch.uint64)
    return r if r.dtype is dt else r.to(dt)


def _pick(a: _Tensor, b: _Tensor, largest: bool) -> _Tensor:
    """Elementwise maximum / minimum with NaN propagation (complex: lexicographic)."""
    if a.is_complex():
        a, b = torch.broadcast_tensors(a, b)
        if largest:
            first = (a.real > b.real) | ((a.real == b.real) & (a.imag >= b.imag))
        else:
            first = (a.real < b.real) | ((a.real == b.real) & (a.imag <= b.imag))
        a_nan = a.real.isnan() | a.imag.isnan()
        b_nan = b.real.isnan() | b.imag.isnan()
        return torch.where((first | a_nan) & ~(b_nan & ~a_nan), a, b)
    op = torch.maximum if largest else torch.minimum
    return _unordered(op(_ordered(a), _ordered(b)), a.dtype)


_CLAMP = frozenset({
    torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.float32,
    torch.float64,
})


_F32_MAX = 3.4028234663852886e38


def _clampable(v: Any, dt: torch.dtype) -> bool:
    """A bound torch.clamp takes as a scalar: None or a Python scalar that fits ``dt``."""
    if v is None:
        return True
    if type(v) not in _PY_SCALARS or type(v) is complex:
        return False
    return dt is not torch.float32 or not _F32_MAX < abs(v) < math.inf


def _clamp_bound(v: Any, dt: torch.dtype) -> Any:
    if v is None:
        return None
    return float(v) if dt.is_floating_point else int(v)


def _bound(v: Any, a: _Tensor, lower: bool) -> Any:
    """An unannotated bound: None and Python scalars stay; Python ints are clipped to the
    range of an integer ``a`` (NumPy 2 clips out-of-range Python integer bounds, but raises
    OverflowError for a lower bound above the dtype's range or an upper one below it)."""
    if v is None or type(v) in _PY_SCALARS:
        if type(v) is int:
            dt = a.dtype
            if _is_int(dt):
                info = torch.iinfo(dt)
                hi = 2**64 - 1 if dt is torch.uint64 else info.max
                if v > hi if lower else v < info.min:
                    raise OverflowError(f"Python integer {v} out of bounds for {_name(dt)}")
                v = min(max(v, info.min), hi)
            elif dt is torch.bool and not _INT64_MIN <= v <= _INT64_MAX:
                raise OverflowError("Python int too large to convert to C long")
        return v
    return to_tensor(v)


def clip(
    a: ArrayLike,
    a_min: Any = NoValue,
    a_max: Any = NoValue,
    out: OutArray = None,
    *,
    min: Any = NoValue,
    max: Any = NoValue,
    **kwargs: Any,
) -> ScalarOrArray:
    """Limit the values of ``a`` to ``[a_min, a_max]`` (``minimum(maximum(a, lo), hi)``)."""
    if kwargs:
        return _clip_in(a, a_min, a_max, min, max, **kwargs)
    if (
        type(a_min) in _REAL and type(a_max) in _REAL and min is NoValue and max is NoValue
        and (a.dtype is torch.float64 or a.dtype is torch.float32
             and _clampable(a_min, a.dtype) and _clampable(a_max, a.dtype))
    ):  # Python-number bounds on a float array keep its dtype (NEP 50)
        if type(a_min) is int and not _INT64_MIN <= a_min <= _INT64_MAX:
            a_min = float(a_min)
        if type(a_max) is int and not _INT64_MIN <= a_max <= _INT64_MAX:
            a_max = float(a_max)
        return torch.clamp(a, a_min, a_max)  # torch parses int bounds faster than floats
    if a_min is NoValue and a_max is NoValue:
        lo = None if min is NoValue else min
        hi = None if max is NoValue else max
    elif a_min is NoValue or a_max is NoValue:
        missing = "a_min" if a_min is NoValue else "a_max"
        raise TypeError(f"clip() missing 1 required positional argument: '{missing}'")
    else:
        if min is not NoValue or max is not NoValue:
            raise ValueError(
                "Passing `min` or `max` keyword argument when `a_min` and `a_max` are "
                "provided is forbidden."
            )
        lo, hi = a_min, a_max
    if lo is None and hi is None and a.dtype is torch.bool:
        raise UFuncTypeError(
            "ufunc 'positive' did not contain a loop with signature matching types "
            "<class 'numpy.dtypes.BoolDType'> -> None"
        )
    lo = _bound(lo, a, True)
    hi = _bound(hi, a, False)
    dt = result_dtype(a, *(b for b in (lo, hi) if b is not None))
    r = a if a.dtype is dt else a.to(dt)
    if (
        dt in _CLAMP and _clampable(lo, dt) and _clampable(hi, dt)
        and (lo is not None or hi is not None)
    ):  # Python-scalar bounds: torch.clamp propagates NaN like NumPy
        return torch.clamp(r, _clamp_bound(lo, dt), _clamp_bound(hi, dt))
    lo_t = None if lo is None else _as_dtype(lo, dt, a.device)
    hi_t = None if hi is None else _as_dtype(hi, dt, a.device)
    try:
        if lo_t is not None:
            r = _pick(r, lo_t, True)
        if hi_t is not None:
            r = _pick(r, hi_t, False)
    except RuntimeError:
        raise _broadcast_error(
            a.shape, () if lo_t is None else lo_t.shape, () if hi_t is None else hi_t.shape
        ) from None
    return a.clone() if r is a else r


_CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")


def _clip_in(
    a: _Tensor, a_min: Any, a_max: Any, lo: Any, hi: Any, *, dtype: Any = None,
    casting: str = "same_kind", order: str = "K", subok: bool = True, **rest: Any,
) -> _Tensor:
    """``clip`` with the ufunc keywords NumPy's clip takes: ``dtype`` is the loop dtype, the
    array operands cast to it under ``casting``; ``order``/``subok`` change nothing here."""
    if rest:
        raise NotImplementedError(
            f"tnp clip does not support the ufunc keyword(s) {', '.join(sorted(rest))}"
        )
    if casting not in _CASTINGS:
        raise ValueError(
            f"casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got {casting!r})"
        )
    if dtype is None:
        return clip(a, a_min, a_max, min=lo, max=hi)
    import tnp_core

    dt = tnp_core.dtype(dtype).torch
    bounds = [a_min, a_max, lo, hi]
    for i, x in enumerate([a, *bounds]):
        if isinstance(x, _Tensor) and not can_cast(x.dtype, dt, casting):
            raise UFuncTypeError(
                f"Cannot cast ufunc 'clip' input {i if i < 3 else i - 2} from "
                f"{tnp_core.dtype(x.dtype)!r} to {tnp_core.dtype(dt)!r} with casting rule "
                f"{casting!r}"
            )
    cast = [b.to(dt) if isinstance(b, _Tensor) else b for b in bounds]
    return clip(a.to(dt), cast[0], cast[1], min=cast[2], max=cast[3]).to(dt)


# ---------------------------------------------------------------- matmul / dot


_NATIVE_PRODUCT = frozenset({
    torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.float32,
    torch.float64, torch.complex64, torch.complex128,
})


def _compute_dtype(dt: torch.dtype) -> torch.dtype:
    if dt is torch.bool or dt in _SHELL:
        return torch.int64
    if dt is torch.float16:
        return torch.float32
    return dt


def _to_compute(t: _Tensor, ct: torch.dtype) -> _Tensor:
    if t.dtype is torch.uint64 and ct is torch.int64:
        return t.view(torch.int64)
    return t.to(ct)


def _from_compute(r: _Tensor, dt: torch.dtype) -> _Tensor:
    if r.dtype is dt:
        return r
    if dt is torch.bool:
        return r != 0
    if dt is torch.uint64:
        return r.view(torch.uint64)
    return r.to(dt)


def _product(
    x1: _Tensor, x2: _Tensor, dt: torch.dtype, op: Callable[[_Tensor, _Tensor], _Tensor]
) -> _Tensor:
    if x1.dtype is dt and x2.dtype is dt and dt in _NATIVE_PRODUCT:
        return op(x1, x2)
    ct = _compute_dtype(dt)
    return _from_compute(op(_to_compute(x1.to(dt), ct), _to_compute(x2.to(dt), ct)), dt)


def dot(a: ArrayLike, b: ArrayLike, out: OutArray = None) -> ScalarOrArray:
    """Dot product: scalars multiply, else a sum over the last axis of ``a`` and the
    second-to-last of ``b`` (the only axis of a 1-d ``b``)."""
    dt = a.dtype if a.dtype is b.dtype else promote(a.dtype, b.dtype)
    if a.dim() == 0 or b.dim() == 0:
        return _product(a, b, dt, torch.mul)
    bk = b.dim() - 2 if b.dim() >= 2 else 0
    if a.shape[-1] != b.shape[bk]:
        raise ValueError(
            f"shapes {_shape_str(a.shape)} and {_shape_str(b.shape)} not aligned: "
            f"{a.shape[-1]} (dim {a.dim() - 1}) != {b.shape[bk]} (dim {bk})"
        )
    if b.dim() <= 2 or a.dim() == 1:
        return _product(a, b, dt, torch.matmul)
    return _product(a, b, dt, lambda x, y: torch.tensordot(x, y, dims=([-1], [bk])))


# ---------------------------------------------------------------- elementwise helpers


_BOOL_SUBTRACT = (
    "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
    "operator, or the logical_xor function instead."
)


def _ct(dt: torch.dtype) -> torch.dtype:
    """The dtype elementwise +, -, * run in for ``dt`` (shell uints: int64 on the bit pattern)."""
    return torch.int64 if dt in _SHELL else dt


def _in(t: _Tensor, dt: torch.dtype) -> _Tensor:
    """``t`` as ``dt``, then in its elementwise compute dtype."""
    if t.dtype is not dt:
        t = t.to(dt)
    return _to_compute(t, _ct(dt)) if dt in _SHELL else t


def _out(r: _Tensor, dt: torch.dtype) -> _Tensor:
    return _from_compute(r, dt) if dt in _SHELL else r


def _operand(x: Any, dt: torch.dtype, device: torch.device) -> Any:
    """A weak Python scalar stays a scalar; a tensor goes to the compute dtype of ``dt``."""
    if type(x) in _PY_SCALARS:
        return x
    return _in(x.to(device), dt)


def _binop(op: str, x: Any, y: Any) -> _Tensor:
    """NumPy's add / multiply / subtract / true_divide with NEP 50 (Python scalars weak)."""
    device = x.device if type(x) is _Tensor else y.device
    if op == "div":
        dt = result_dtype(x, y, 1.0)
        return _as_dtype(x, dt, device) / _as_dtype(y, dt, device)
    dt = result_dtype(x, y)
    if dt is torch.bool:
        if op == "sub":
            raise TypeError(_BOOL_SUBTRACT)
        xt, yt = _as_dtype(x, dt, device), _as_dtype(y, dt, device)
        return (xt | yt) if op == "add" else (xt & yt)
    xt, yt = _operand(x, dt, device), _operand(y, dt, device)
    if dt.is_floating_point or dt.is_complex:
        xt, yt = _as_dtype(xt, dt, device), _as_dtype(yt, dt, device)
    elif type(xt) is not _Tensor:
        xt = _as_dtype(xt, dt, device)
        xt = _in(xt, dt)
    elif type(yt) is not _Tensor:
        yt = _in(_as_dtype(yt, dt, device), dt)
    if op == "add":
        r = xt + yt
    elif op == "sub":
        r = xt - yt
    else:
        r = xt * yt
    return _out(r, dt)


def _along(t: _Tensor, axis: int, sl: slice) -> _Tensor:
    return t[(slice(None),) * axis + (sl,)]


# ---------------------------------------------------------------- convolve / correlate


_MODES: dict[Any, int] = {"valid": 0, "same": 1, "full": 2, 0: 0, 1: 1, 2: 2}
_SMALL_CONV = 1 << 18  # windows * taps below which a sliding-window product beats conv1d
_CONV_NATIVE = frozenset({torch.float32, torch.float64, torch.complex64, torch.complex128})


def _mode(mode: Any) -> int:
    try:
        return _MODES[mode]
    except (KeyError, TypeError):
        raise ValueError(
            f"Use one of 'valid', 'same', or 'full' for convolve/correlate mode (got {mode!r})"
        ) from None


def _check_1d(a: _Tensor, v: _Tensor) -> tuple[_Tensor, _Tensor]:
    if a.dim() == 0:
        a = a.reshape(1)
    if v.dim() == 0:
        v = v.reshape(1)
    if a.dim() > 1 or v.dim() > 1:
        raise ValueError("object too deep for desired array")
    if a.shape[0] == 0:
        raise ValueError("a cannot be empty")
    if v.shape[0] == 0:
        raise ValueError("v cannot be empty")
    return a, v


def _corr_core(a: _Tensor, v: _Tensor, mode: int, dt: torch.dtype) -> _Tensor:
    """``out[i] = sum_j a_padded[i + j] * v[j]`` with ``len(a) >= len(v)``; both already in
    the compute dtype of ``dt``."""
    m = v.shape[0]
    left, right = ((0, 0), (m // 2, m - 1 - m // 2), (m - 1, m - 1))[mode]
    if left or right:
        a = torch.nn.functional.pad(a, (left, right))
    if a.dtype in _CONV_NATIVE and (a.shape[0] - m + 1) * m > _SMALL_CONV:
        r = torch.nn.functional.conv1d(a.view(1, 1, -1), v.view(1, 1, -1)).view(-1)
    else:
        windows = a.unfold(0, m, 1)
        try:
            r = windows @ v
        except RuntimeError:  # no integer matmul on this device
            r = (windows * v).sum(-1)
    return _from_compute(r, dt)


def _conv_operands(a: _Tensor, v: _Tensor) -> tuple[_Tensor, _Tensor, torch.dtype]:
    dt = a.dtype if a.dtype is v.dtype else promote(a.dtype, v.dtype)
    ct = _compute_dtype(dt)
    return _to_compute(a.to(dt), ct), _to_compute(v.to(dt), ct), dt


def convolve(a: ArrayLike, v: ArrayLike, mode: Any = "full") -> torch.Tensor:
    """Discrete linear convolution of two 1-d sequences (modes 'full', 'same', 'valid')."""
    a, v = _check_1d(a, v)
    md = _mode(mode)
    if v.shape[0] > a.shape[0]:
        a, v = v, a
    at, vt, dt = _conv_operands(a, v)
    return _corr_core(at, vt.flip(0), md, dt)


def correlate(a: ArrayLike, v: ArrayLike, mode: Any = "valid") -> torch.Tensor:
    """Cross-correlation ``c[k] = sum_n a[n + k] * conj(v[n])`` of two 1-d sequences."""
    if a.dim() == 0 or v.dim() == 0:
        raise ValueError("object of too small depth for desired array")
    a, v = _check_1d(a, v)
    md = _mode(mode)
    at, vt, dt = _conv_operands(a, v)
    if vt.shape[0] > at.shape[0]:  # c_{a,v}[k] = conj(c_{v,a}[-k])
        x = vt.conj().resolve_conj() if vt.is_complex() else vt
        return _corr_core(x, at, md, dt).flip(0) if dt not in _SHELL else _from_compute(
            _to_compute(_corr_core(x, at, md, dt), torch.int64).flip(0), dt)
    if vt.is_complex():
        vt = vt.conj().resolve_conj()
    return _corr_core(at, vt, md, dt)


# ---------------------------------------------------------------- cross


_CROSS_DIMS = "incompatible dimensions for cross product\n(dimension must be 2 or 3)"


def cross(
    a: ArrayLike,
    b: ArrayLike,
    axisa: int = -1,
    axisb: int = -1,
    axisc: int = -1,
    axis: int | None = None,
) -> torch.Tensor:
    """Cross product of 3-vectors (2-vectors: deprecated like NumPy 2) along the given axes."""
    if axis is not None:
        axisa = axisb = axisc = axis
    a = torch.movedim(a, normalize_axis(axisa, a.dim()), -1)
    b = torch.movedim(b, normalize_axis(axisb, b.dim()), -1)
    na, nb = a.shape[-1], b.shape[-1]
    if na not in (2, 3) or nb not in (2, 3):
        raise ValueError(_CROSS_DIMS)
    if na == 2 or nb == 2:
        warnings.warn(
            "Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional "
            "vectors instead. (deprecated in NumPy 2.0)",
            DeprecationWarning,
            stacklevel=2,
        )
    try:
        shape = tuple(torch.broadcast_shapes(a.shape[:-1], b.shape[:-1]))
    except RuntimeError:
        raise ValueError(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
            "between arg 0 with shape " + _shape_str(a.shape[:-1]) + " and arg 1 with shape "
            + _shape_str(b.shape[:-1]) + "."
        ) from None
    if na == 3 or nb == 3:
        axisc = normalize_axis(axisc, len(shape) + 1)
    dt = a.dtype if a.dtype is b.dtype else promote(a.dtype, b.dtype)
    if dt is torch.bool:
        raise TypeError(_BOOL_SUBTRACT)
    ct = _compute_dtype(dt) if dt in _SHELL else dt
    at = _to_compute(a.to(dt), ct)
    bt = _to_compute(b.to(dt), ct)
    a0, a1 = at[..., 0], at[..., 1]
    b0, b1 = bt[..., 0], bt[..., 1]
    c2 = a0 * b1 - a1 * b0
    if na == 2 and nb == 2:
        return _from_compute(c2.expand(shape), dt)
    if na == 3 and nb == 3:
        a2, b2 = at[..., 2], bt[..., 2]
        c0 = a1 * b2 - a2 * b1
        c1 = a2 * b0 - a0 * b2
    elif na == 2:
        b2 = bt[..., 2]
        c0 = a1 * b2
        c1 = -(a0 * b2)
    else:
        a2 = at[..., 2]
        c0 = -(a2 * b1)
        c1 = a2 * b0
    r = torch.stack(torch.broadcast_tensors(c0, c1, c2), dim=-1)
    return torch.movedim(_from_compute(r, dt), -1, axisc)


# ---------------------------------------------------------------- diff / ediff1d / gradient


def _diff_once(t: _Tensor, axis: int) -> _Tensor:
    hi = _along(t, axis, slice(1, None))
    lo = _along(t, axis, slice(None, -1))
    if t.dtype is torch.bool:
        return hi != lo
    return hi - lo


def diff(
    a: ArrayLike, n: int = 1, axis: int = -1, prepend: Any = NoValue, append: Any = NoValue
) -> torch.Tensor:
    """The ``n``-th discrete difference along ``axis`` (bool: ``!=``, like NumPy)."""
    if n == 0:
        return a
    if n < 0:
        raise ValueError(f"order must be non-negative but got {n!r}")
    nd = a.dim()
    if nd == 0:
        raise ValueError("diff requires input that is at least one dimensional")
    axis = normalize_axis(axis, nd)
    parts = []
    for value, first in ((prepend, True), (append, False)):
        if value is NoValue:
            continue
        t = to_tensor(value).to(a.device)
        if t.dim() == 0:
            shape = list(a.shape)
            shape[axis] = 1
            t = t.expand(shape)
        parts.append((t, first))
    if parts:
        dt = a.dtype
        for t, _ in parts:
            dt = promote(dt, t.dtype)
        seq = [t.to(dt) for t, f in parts if f] + [a.to(dt)] + [t.to(dt) for t, f in parts
                                                                if not f]
        if any(t.dim() != nd for t in seq):
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match "
                "exactly"
            )
        try:
            a = torch.cat(seq, dim=axis)
        except RuntimeError as e:
            raise ValueError(str(e)) from None
    dt = a.dtype
    t = _in(a, dt)
    for _ in range(n):
        t = _diff_once(t, axis)
    return _out(t, dt)


def ediff1d(
    ary: ArrayLike, to_end: OptionalArrayLike = None, to_begin: OptionalArrayLike = None
) -> torch.Tensor:
    """Differences of consecutive elements of the flattened ``ary``, with optional ends."""
    dt = ary.dtype
    flat = ary.reshape(-1)
    pieces = []
    for value, name in ((to_begin, "to_begin"), (to_end, "to_end")):
        if value is None:
            pieces.append(None)
            continue
        if not can_cast(value.dtype, dt, "same_kind"):
            raise TypeError(
                f"dtype of `{name}` must be compatible with input `ary` under the `same_kind` "
                "rule."
            )
        pieces.append(_as_dtype(value.reshape(-1), dt, ary.device))
    if dt is torch.bool:
        raise TypeError(_BOOL_SUBTRACT)
    d = _out(_diff_once(_in(flat, dt), 0), dt)
    if pieces[0] is None and pieces[1] is None:
        return d
    seq = [pieces[0], d, pieces[1]]
    return torch.cat([p for p in seq if p is not None])


def _spacing(d: Any, size: int) -> Any:
    """A gradient spacing: a Python scalar, or a 1-d tensor of coordinate differences."""
    if type(d) is _Tensor:
        if d.dim() == 0:
            return d.item()
        if d.dim() != 1:
            raise ValueError("distances must be either scalars or 1d")
        if d.shape[0] != size:
            raise ValueError(
                "when 1d, distances must match the length of the corresponding dimension"
            )
        if not (d.dtype.is_floating_point or d.dtype.is_complex):
            d = d.to(torch.float64)
        dx = d[1:] - d[:-1]
        if dx.numel() and bool((dx == dx[0]).all()):
            return dx[0].item()
        return dx
    return d


def _grad_axis(
    f: _Tensor, axis: int, dx: Any, edge_order: int, otype: torch.dtype
) -> _Tensor:
    nd = f.dim()

    def sl(start: int | None, stop: int | None) -> _Tensor:
        return _along(f, axis, slice(start, stop))

    uniform = type(dx) is not _Tensor
    if uniform:
        interior = (sl(2, None) - sl(None, -2)) / (2.0 * dx)
    else:
        shape = [1] * nd
        shape[axis] = -1
        dx1 = dx[:-1]
        dx2 = dx[1:]
        ca = (-dx2 / (dx1 * (dx1 + dx2))).reshape(shape)
        cb = ((dx2 - dx1) / (dx1 * dx2)).reshape(shape)
        cc = (dx1 / (dx2 * (dx1 + dx2))).reshape(shape)
        interior = ca * sl(None, -2) + cb * sl(1, -1) + cc * sl(2, None)
    if edge_order == 1:
        d0 = dx if uniform else dx[0]
        dn = dx if uniform else dx[-1]
        first = (sl(1, 2) - sl(0, 1)) / d0
        last = (sl(-1, None) - sl(-2, -1)) / dn
    elif uniform:
        first = (-1.5 * sl(0, 1) + 2.0 * sl(1, 2) - 0.5 * sl(2, 3)) / dx
        last = (0.5 * sl(-3, -2) - 2.0 * sl(-2, -1) + 1.5 * sl(-1, None)) / dx
    else:
        d1, d2 = dx[0], dx[1]
        ca = -(2.0 * d1 + d2) / (d1 * (d1 + d2))
        cb = (d1 + d2) / (d1 * d2)
        cc = -d1 / (d2 * (d1 + d2))
        first = ca * sl(0, 1) + cb * sl(1, 2) + cc * sl(2, 3)
        d1, d2 = dx[-2], dx[-1]
        ca = d2 / (d1 * (d1 + d2))
        cb = -(d2 + d1) / (d1 * d2)
        cc = (2.0 * d2 + d1) / (d2 * (d1 + d2))
        last = ca * sl(-3, -2) + cb * sl(-2, -1) + cc * sl(-1, None)
    return torch.cat([p.to(otype) for p in (first, interior, last)], dim=axis)


def gradient(
    f: ArrayLike, *varargs: ArrayOrScalar, axis: AxisLike = None, edge_order: int = 1
) -> Any:
    """Second-order central differences inside, first/second-order one-sided at the edges."""
    nd = f.dim()
    axes = normalize_axes(axis, nd)
    if axis is not None and len(set(axes)) != len(axes):
        raise ValueError("repeated axis")
    n_ax = len(axes)
    n = len(varargs)
    if n == 0:
        spacings: list[Any] = [1.0] * n_ax
    elif n == 1 and (type(varargs[0]) is not _Tensor or varargs[0].dim() == 0):
        spacings = [varargs[0]] * n_ax
    elif n == n_ax:
        spacings = list(varargs)
    else:
        raise TypeError("invalid number of arguments")
    if edge_order > 2:
        raise ValueError("'edge_order' greater than 2 not supported")
    otype = f.dtype
    if not (otype.is_floating_point or otype.is_complex or otype is torch.bool):
        otype = torch.float64
    ft = f.to(otype)
    outs = []
    for ax, d in zip(axes, spacings):
        if f.shape[ax] < edge_order + 1:
            raise ValueError(
                "Shape of array too small to calculate a numerical gradient, at least "
                "(edge_order + 1) elements are required."
            )
        dx = _spacing(d, f.shape[ax])
        if otype is torch.bool:  # after NumPy's checks of the shape and the spacing
            raise TypeError(_BOOL_SUBTRACT)
        if type(dx) is _Tensor:
            wide = result_dtype(otype, dx.dtype)
            outs.append(_grad_axis(ft.to(wide), ax, dx.to(f.device, wide), edge_order, otype))
        else:
            outs.append(_grad_axis(ft, ax, dx, edge_order, otype))
    if n_ax == 1:
        return outs[0]
    return tuple(outs)


# ---------------------------------------------------------------- inner / outer / kron / ...


def _dot1(x: _Tensor, y: _Tensor) -> _Tensor:
    if x.dtype.is_floating_point or x.dtype.is_complex:
        return torch.dot(x, y)
    return torch.sum(x * y, dtype=x.dtype)


def inner(a: ArrayLike, b: ArrayLike, /) -> ScalarOrArray:
    """Sum product over the last axes of ``a`` and ``b`` (scalars: multiply)."""
    dt = a.dtype if a.dtype is b.dtype else promote(a.dtype, b.dtype)
    if a.dim() == 0 or b.dim() == 0:
        return _product(a, b, dt, torch.mul)
    if a.shape[-1] != b.shape[-1]:
        raise ValueError(
            f"shapes {_shape_str(a.shape)} and {_shape_str(b.shape)} not aligned: "
            f"{a.shape[-1]} (dim {a.dim() - 1}) != {b.shape[-1]} (dim {b.dim() - 1})"
        )
    if a.dim() == 1 and b.dim() == 1:
        return _product(a, b, dt, _dot1)
    return _product(a, b, dt, lambda x, y: torch.tensordot(x, y, dims=([-1], [-1])))


def outer(a: ArrayLike, b: ArrayLike, out: OutArray = None) -> torch.Tensor:
    """``outer(a, b)[i, j] = a.ravel()[i] * b.ravel()[j]``."""
    dt = a.dtype if a.dtype is b.dtype else promote(a.dtype, b.dtype)
    return _product(a.reshape(-1, 1), b.reshape(1, -1), dt, torch.mul)


def kron(a: ArrayLike, b: ArrayLike) -> ScalarOrArray:
    """Kronecker product: blocks of ``b`` scaled by the elements of ``a``."""
    dt = a.dtype if a.dtype is b.dtype else promote(a.dtype, b.dtype)
    if a.dim() == 0 or b.dim() == 0:
        return _product(a, b, dt, torch.mul)
    nd = max(a.dim(), b.dim())
    sa = (1,) * (nd - a.dim()) + tuple(a.shape)
    sb = (1,) * (nd - b.dim()) + tuple(b.shape)
    ar = a.reshape([d for s in sa for d in (s, 1)])
    br = b.reshape([d for s in sb for d in (1, s)])
    r = _product(ar, br, dt, torch.mul)
    return r.reshape([x * y for x, y in zip(sa, sb)])


def _axes_list(ax: Any) -> list[int]:
    try:
        return [operator.index(x) for x in ax]
    except TypeError:
        return [operator.index(ax)]


def tensordot(a: ArrayLike, b: ArrayLike, axes: Any = 2) -> torch.Tensor:
    """Sum products over ``axes`` (an int N: last N of ``a`` with first N of ``b``)."""
    try:
        iter(axes)
    except TypeError:
        k = operator.index(axes)
        axes_a, axes_b = list(range(-k, 0)), list(range(0, k))
    else:
        axes_a, axes_b = axes
        axes_a, axes_b = _axes_list(axes_a), _axes_list(axes_b)
    if len(axes_a) != len(axes_b):
        raise ValueError("shape-mismatch for sum")
    sa, sb = a.shape, b.shape
    for i, (x, y) in enumerate(zip(axes_a, axes_b)):
        if not (-len(sa) <= x < len(sa) and -len(sb) <= y < len(sb)):
            raise IndexError("tuple index out of range")
        if sa[x] != sb[y]:
            raise ValueError("shape-mismatch for sum")
        axes_a[i], axes_b[i] = x % len(sa), y % len(sb)
    dt = a.dtype if a.dtype is b.dtype else promote(a.dtype, b.dtype)
    return _product(a, b, dt, lambda x, y: torch.tensordot(x, y, dims=(axes_a, axes_b)))


def vdot(a: ArrayLike, b: ArrayLike, /) -> ScalarOrArray:
    """Dot product of the flattened arrays, the first one conjugated."""
    a, b = a.reshape(-1), b.reshape(-1)
    if a.shape[0] != b.shape[0]:
        raise ValueError(f"cannot reshape array of size {b.shape[0]} into shape "
                         f"({a.shape[0]},)")
    dt = a.dtype if a.dtype is b.dtype else promote(a.dtype, b.dtype)
    if dt.is_complex:
        return torch.vdot(a.to(dt), b.to(dt))
    return _product(a, b, dt, _dot1)


def trapezoid(
    y: ArrayLike, x: OptionalArrayLike = None, dx: ArrayOrScalar = 1.0, axis: int = -1
) -> ScalarOrArray:
    """Integral along ``axis`` by the composite trapezoidal rule."""
    nd = y.dim()
    if not -nd <= axis < nd:
        raise IndexError("list assignment index out of range")
    ax = axis % nd
    if x is None:
        d: Any = dx
    elif x.dim() == 1:
        d = _out(_diff_once(_in(x, x.dtype), 0), x.dtype)
        shape = [1] * nd
        shape[ax] = d.shape[0]
        d = d.reshape(shape)
    else:
        d = diff(x, axis=axis)
    s = _binop("add", _along(y, ax, slice(1, None)), _along(y, ax, slice(None, -1)))
    try:
        r = _binop("div", _binop("mul", d, s), 2.0)
    except RuntimeError:
        raise _broadcast_error(d.shape, s.shape) from None
    return r.sum(dim=ax)


# ---------------------------------------------------------------- interp


def _cast_error(dt: torch.dtype) -> TypeError:
    return TypeError(
        f"Cannot cast array data from dtype('{_name(dt)}') to dtype('float64') according "
        "to the rule 'safe'"
    )


def _interp_real(
    x: _Tensor, xp: _Tensor, fp: _Tensor, left: Any, right: Any, inv: bool
) -> _Tensor:
    n = xp.shape[0]
    if n == 1:
        r = torch.where(x < xp[0], left, torch.where(x > xp[0], right, fp[0]))
        return r.to(torch.float64)
    j = (torch.searchsorted(xp, x.contiguous(), right=True) - 1).clamp_(0, n - 2)
    x0, x1 = xp[j], xp[j + 1]
    y0, y1 = fp[j], fp[j + 1]
    slope = (y1 - y0) * (1.0 / (x1 - x0)) if inv else (y1 - y0) / (x1 - x0)
    r = slope * (x - x0) + y0
    bad = r.isnan()
    if compiling() or bool(bad.any()):  # (identity where nothing is NaN)
        r = torch.where(bad, slope * (x - x1) + y1, r)
        r = torch.where(r.isnan() & (y0 == y1), y0, r)
    r = torch.where(x == x0, y0, r)
    r = torch.where(x == xp[-1], fp[-1], r)
    r = torch.where(x > xp[-1], right, r)
    r = torch.where(x < xp[0], left, r)
    return torch.where(x.isnan(), x, r)


def _scalar(v: Any) -> Any:
    if type(v) is _Tensor:
        if v.numel() != 1:
            raise TypeError("only length-1 arrays can be converted to Python scalars")
        if compiling():  # stays a 0-d tensor (no host read); complex is refused below
            return v.reshape(())
        return v.item()
    return v


def interp(
    x: ArrayLike,
    xp: ArrayLike,
    fp: ArrayLike,
    left: ArrayOrScalar = None,
    right: ArrayOrScalar = None,
    period: ArrayOrScalar = None,
) -> ScalarOrArray:
    """One-dimensional piecewise linear interpolation (complex ``fp`` allowed)."""
    for t in (x, xp):
        if t.is_complex():
            raise _cast_error(t.dtype)
    cplx = fp.is_complex()
    f64 = torch.float64
    x = x.to(f64)
    xp = xp.to(device=x.device, dtype=f64)
    fp = fp.to(device=x.device, dtype=torch.complex128 if cplx else f64)
    if period is not None:
        period = _scalar(period)
        if period == 0:
            raise ValueError("period must be a non-zero value")
        period = abs(period)
        left = right = None
        if xp.dim() != 1 or fp.dim() != 1:
            raise ValueError("Data points must be 1-D sequences")
        if xp.shape[0] != fp.shape[0]:
            raise ValueError("fp and xp are not of the same length")
        x = torch.remainder(x, period)
        xp = torch.remainder(xp, period)
        order = torch.argsort(xp, stable=True)
        xp, fp = xp[order], fp[order]
        xp = torch.cat((xp[-1:] - period, xp, xp[:1] + period))
        fp = torch.cat((fp[-1:], fp, fp[:1]))
    if xp.dim() != 1 or fp.dim() != 1:
        raise ValueError("object too deep for desired array")
    if xp.shape[0] != fp.shape[0]:
        raise ValueError("fp and xp are not of the same length.")
    if xp.shape[0] == 0:
        raise ValueError("array of sample points is empty")
    xp = xp.contiguous()
    lv = fp[0] if left is None else _scalar(left)
    rv = fp[-1] if right is None else _scalar(right)
    if not cplx:
        for v in (lv, rv):
            if type(v) is complex or (type(v) is _Tensor and v.is_complex()):
                raise TypeError("must be real number, not complex")
        if type(lv) is _Tensor:
            lv = lv.to(f64)
        if type(rv) is _Tensor:
            rv = rv.to(f64)
        return _interp_real(x, xp, fp, lv, rv, False)
    lc, rc = _complex_parts(lv), _complex_parts(rv)
    re = _interp_real(x, xp, fp.real, lc[0], rc[0], True)
    im = _interp_real(x, xp, fp.imag, lc[1], rc[1], True)
    return torch.complex(re, im)


def _complex_parts(v: Any) -> tuple[Any, Any]:
    """Real and imaginary part of a scalar ``left`` / ``right`` (0-d tensors stay tensors)."""
    if type(v) is _Tensor:
        v = v.to(torch.complex128)
        return v.real, v.imag
    c = complex(v)
    return c.real, c.imag


KERNELS: dict[str, Callable[..., Any]] = {
    "where": where,
    "clip": clip,
    "dot": dot,
    "convolve": convolve,
    "correlate": correlate,
    "cross": cross,
    "diff": diff,
    "ediff1d": ediff1d,
    "gradient": gradient,
    "inner": inner,
    "interp": interp,
    "kron": kron,
    "outer": outer,
    "tensordot": tensordot,
    "trapezoid": trapezoid,
    "vdot": vdot,
}
