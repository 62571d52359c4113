"""where, clip, matmul and dot.

``where`` and ``clip`` follow NEP 50: Python scalars are weak, so ``where(c, f32, 2.0)`` stays
float32.  ``matmul`` / ``dot`` compute bool in int64 (then ``!= 0``), uint16/32/64 in int64 on
the bit pattern and float16 in float32, casting back; integer products wrap like NumPy's.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, ArrayOrScalar, DTypeLike, OutArray, ScalarOrArray
from tnp_core.exceptions import UFuncTypeError
from tnp_core.kernel_utils import NoValue, can_cast, promote, result_dtype, to_tensor

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_MATMUL_NATIVE = frozenset({torch.float32, torch.float64, torch.complex64, torch.complex128})
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_SIGN_BIT = -(2**63)
_PY_SCALARS = (bool, int, float, complex)
_REAL = (int, float)
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


def _bound(v: Any, a: _Tensor) -> Any:
    """An unannotated bound: None and Python scalars stay; Python ints are clipped to the
    range of an integer ``a`` (NumPy 2 clips out-of-range Python integer bounds)."""
    if v is None or type(v) in _PY_SCALARS:
        if type(v) is int and _is_int(a.dtype):
            info = torch.iinfo(a.dtype)
            hi = 2**64 - 1 if a.dtype is torch.uint64 else info.max
            v = min(max(v, info.min), hi)
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
        raise NotImplementedError(
            f"tnp clip does not support the ufunc keyword(s) {', '.join(sorted(kwargs))}"
        )
    if (
        type(a_min) in _REAL and type(a_max) in _REAL and min is NoValue and max is NoValue
        and (a.dtype is torch.float64 or a.dtype is torch.float32
             and _clampable(a_min, a.dtype) and _clampable(a_max, a.dtype))
    ):  # Python-number bounds on a float array keep its dtype (NEP 50)
        return torch.clamp(a, float(a_min), float(a_max))
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
    lo = _bound(lo, a)
    hi = _bound(hi, a)
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


_MATMUL_SIG = "(n?,k),(k,m?)->(n?,m?)"


def matmul(
    x1: ArrayLike,
    x2: ArrayLike,
    /,
    out: OutArray = None,
    *,
    axes: Any = NoValue,
    axis: Any = NoValue,
    keepdims: bool = False,
    casting: str = "same_kind",
    order: str = "K",
    dtype: DTypeLike = None,
    subok: bool = True,
    signature: Any = None,
) -> ScalarOrArray:
    """Matrix product with NumPy's 1-d promotion and broadcasting of the batch dims."""
    if axes is not NoValue or axis is not NoValue or keepdims or signature is not None:
        raise NotImplementedError("tnp matmul does not support axes=, axis=, keepdims=, "
                                  "signature=")
    if (
        x1.dtype is x2.dtype
        and x1.dtype in _MATMUL_NATIVE
        and dtype is None
        and casting == "same_kind"
        and x1.dim()
        and x2.dim()
    ):
        try:
            return torch.matmul(x1, x2)
        except RuntimeError:
            pass  # shapes: NumPy's messages below
    for i, t in enumerate((x1, x2)):
        if t.dim() == 0:
            raise ValueError(
                f"matmul: Input operand {i} does not have enough dimensions (has 0, gufunc "
                f"core with signature {_MATMUL_SIG} requires 1)"
            )
    k1 = x1.shape[-1]
    k2 = x2.shape[-2] if x2.dim() >= 2 else x2.shape[0]
    if k1 != k2:
        raise ValueError(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
            f"signature {_MATMUL_SIG} (size {k2} is different from {k1})"
        )
    dt = x1.dtype if x1.dtype is x2.dtype else promote(x1.dtype, x2.dtype)
    if dtype is not None:
        for i, t in enumerate((x1, x2)):
            if not can_cast(t.dtype, dtype, casting):
                raise UFuncTypeError(
                    f"Cannot cast ufunc 'matmul' input {i} from dtype('{_name(t.dtype)}') to "
                    f"dtype('{_name(dtype)}') with casting rule '{casting}'"
                )
        dt = dtype
    try:
        return _product(x1, x2, dt, torch.matmul)
    except RuntimeError:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes "
            f"[original->remapped]: {_shape_str(x1.shape)} {_shape_str(x2.shape)}"
        ) from None


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


KERNELS: dict[str, Callable[..., Any]] = {
    "where": where,
    "clip": clip,
    "matmul": matmul,
    "dot": dot,
}
