"""Elementwise functions that are not ufuncs: angle, round, isclose, nan_to_num, windows, ...

They follow NumPy's documented definitions (``angle`` is ``arctan2(imag, real)``, ``isclose``
compares ``|a - b| <= atol + rtol * |b|``, ...) with NumPy's result dtypes: integer inputs
compute in the float dtype NumPy's float ufunc loops pick (int8 -> float16, int16 -> float32,
wider -> float64), Python scalars are weak (NEP 50).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, ArrayOrScalar, OutArray, ScalarOrArray
from tnp_core.exceptions import UFuncTypeError
from tnp_core.kernel_utils import normalize_axis, result_dtype

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_FLOATS = (torch.float16, torch.float32, torch.float64)
_SMALL_FLOAT = {
    torch.bool: torch.float16,
    torch.int8: torch.float16,
    torch.uint8: torch.float16,
    torch.int16: torch.float32,
    torch.uint16: torch.float32,
}
_COMPLEX_ERROR = "This operation is not supported for {} values because it would be ambiguous."


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def _loop_float(dt: torch.dtype) -> torch.dtype:
    """The dtype of NumPy's unary float ufunc loops (``e``, ``f``, ``d``, ``F``, ``D``) for
    an input of dtype ``dt``: the smallest inexact dtype ``dt`` casts to safely."""
    if dt.is_floating_point or dt.is_complex:
        return dt
    return _SMALL_FLOAT.get(dt, torch.float64)


def _as_real_compute(x: _Tensor) -> _Tensor:
    """``x`` in a dtype torch computes in (bool / integers as float64)."""
    if x.dtype.is_floating_point or x.dtype.is_complex:
        return x
    return x.to(torch.float64)


# ---------------------------------------------------------------- angle, round, fix


def angle(z: ArrayLike, deg: bool = False) -> ScalarOrArray:
    """The counterclockwise angle from the positive real axis (``arctan2(z.imag, z.real)``)."""
    if z.is_complex():
        a = torch.atan2(z.imag, z.real)
    else:
        # NumPy: arctan2(0, z) with a weak 0: int8 -> float16 ... bool -> int64 -> float64
        dt = torch.float64 if z.dtype is torch.bool else _loop_float(z.dtype)
        x = z.to(dt) if dt is not torch.float16 else z.to(torch.float32)
        a = torch.atan2(torch.zeros((), dtype=x.dtype, device=z.device), x).to(dt)
    if deg:
        a = a * (180.0 / math.pi)
    return a


def _round_real(x: _Tensor, decimals: int) -> _Tensor:
    if decimals == 0:
        return torch.round(x)
    if decimals > 0:
        f = 10.0**decimals
        return torch.round(x * f) / f
    f = 10.0 ** (-decimals)
    return torch.round(x / f) * f


def _round_int(x: _Tensor, decimals: int) -> _Tensor:
    """NumPy's integer rounding to ``-decimals`` digits: through float64 (half to even), cast
    back with wrap-around."""
    if decimals >= 0:
        return x.clone()
    dt = x.dtype
    f = 10.0 ** (-decimals)
    src = x.view(torch.int64).double() if dt is torch.uint64 else x.double()
    if dt is torch.uint64:
        src = torch.where(src < 0, src + 2.0**64, src)
    v = torch.round(src / f) * f
    if dt is torch.uint64:
        v = torch.where(v >= 2.0**63, v - 2.0**64, v)
        return v.to(torch.int64).view(torch.uint64)
    return v.to(torch.int64).to(dt)


def round(a: ArrayLike, decimals: int = 0, out: OutArray = None) -> ScalarOrArray:  # noqa: A001
    """Evenly round to the given number of decimals (half to even)."""
    decimals = operator.index(decimals)  # NumPy: TypeError for 2.5
    dt = a.dtype
    if dt is torch.bool:
        if decimals:  # NumPy: the float64 scale factor cannot be cast back into bool
            op = "multiply" if decimals > 0 else "divide"
            raise UFuncTypeError(
                f"Cannot cast ufunc '{op}' output from dtype('float64') to dtype('bool') with "
                "casting rule 'same_kind'"
            )
        a = a.to(torch.float16)  # NumPy rounds bool through its float16 loop
        dt = torch.float16
    if dt.is_complex:
        return torch.complex(_round_real(a.real, decimals), _round_real(a.imag, decimals))
    if dt.is_floating_point:
        return _round_real(a, decimals)
    return _round_int(a, decimals)


def around(a: ArrayLike, decimals: int = 0, out: OutArray = None) -> ScalarOrArray:
    """Round an array to the given number of decimals (same as ``round``)."""
    return round(a, decimals)


def fix(x: ArrayLike, out: OutArray = None) -> ScalarOrArray:
    """Round to the nearest integer towards zero (integers and bools are returned as they are)."""
    if x.is_complex():
        raise TypeError(
            "ufunc 'floor' not supported for the input types, and the inputs could not be "
            "safely coerced to any supported types according to the casting rule ''safe''"
        )
    if x.dtype.is_floating_point:
        return torch.trunc(x)
    return x.clone()


# ---------------------------------------------------------------- i0, sinc


def i0(x: ArrayLike) -> _Tensor:
    """Modified Bessel function of the first kind, order 0."""
    if x.is_complex():
        raise TypeError("i0 not supported for complex values")
    dt = x.dtype if x.dtype.is_floating_point else torch.float64
    return torch.special.i0(x.to(torch.float64)).to(dt)


def sinc(x: ArrayLike) -> ScalarOrArray:
    """The normalized sinc function ``sin(pi x) / (pi x)`` (1 at 0)."""
    if x.dtype.is_floating_point or x.is_complex():
        dt = x.dtype
    else:
        dt = torch.float64  # where(x == 0, 1e-20, x): a weak float with integers -> float64
    if dt is torch.float16:
        return torch.sinc(x.to(torch.float32)).to(dt)
    if dt.is_complex:
        y = math.pi * torch.where(x == 0, torch.full((), 1e-20, dtype=dt, device=x.device), x)
        return torch.sin(y) / y
    return torch.sinc(x.to(dt))


# ---------------------------------------------------------------- nan_to_num, real, imag


def _fix_nonfinite(
    x: _Tensor, nan: float, posinf: float | None, neginf: float | None
) -> _Tensor:
    fi = torch.finfo(x.dtype)
    hi = fi.max if posinf is None else posinf
    lo = fi.min if neginf is None else neginf
    return torch.nan_to_num(x, nan=float(nan), posinf=float(hi), neginf=float(lo))


def nan_to_num(
    x: ArrayLike,
    copy: bool = True,
    nan: float = 0.0,
    posinf: float | None = None,
    neginf: float | None = None,
) -> ScalarOrArray:
    """Replace NaN with ``nan``, infinities with ``posinf`` / ``neginf`` (default: the dtype's
    largest / smallest finite value).  ``copy=False`` replaces in place."""
    dt = x.dtype
    if not (dt.is_floating_point or dt.is_complex):
        return x.clone() if copy else x
    if dt.is_complex:
        re = _fix_nonfinite(x.real, nan, posinf, neginf)
        im = _fix_nonfinite(x.imag, nan, posinf, neginf)
        r = torch.complex(re, im)
    else:
        r = _fix_nonfinite(x, nan, posinf, neginf)
    if copy:
        return r
    x.copy_(r)
    return x


def real(val: ArrayLike) -> _Tensor:
    """The real part (a view of a complex input; the input itself otherwise)."""
    if val.is_complex():
        return val.real
    return val


def imag(val: ArrayLike) -> _Tensor:
    """The imaginary part (a view of a complex input; zeros otherwise)."""
    if val.is_complex():
        return val.imag
    return torch.zeros_like(val)


def real_if_close(a: ArrayLike, tol: float = 100) -> _Tensor:
    """The real part if every imaginary part is within ``tol`` (machine epsilons when > 1)."""
    if not a.is_complex():
        return a
    if tol > 1:
        tol = torch.finfo(a.real.dtype).eps * tol
    if bool(torch.all(torch.abs(a.imag) < tol)):
        return a.real
    return a


# ---------------------------------------------------------------- comparisons


def _isclose(a: Any, b: Any, rtol: Any, atol: Any, equal_nan: bool) -> _Tensor:
    device = next((t.device for t in (a, b) if isinstance(t, _Tensor)), None)
    # NumPy: y is converted to at least the default float (a weak 1.0 joins its promotion)
    if isinstance(b, _Tensor):
        ydt = result_dtype(b, 1.0)
        y = b.to(ydt)
    else:
        y = float(b) if isinstance(b, (bool, int)) else b
    ct = result_dtype(a, y, atol, rtol)
    x = torch.as_tensor(a, device=device).to(ct)
    y = torch.as_tensor(y, device=device).to(ct)
    rtol_t = torch.as_tensor(rtol, device=device)
    atol_t = torch.as_tensor(atol, device=device)
    with torch.no_grad():
        diff = torch.abs(x - y)
        bound = atol_t + rtol_t * torch.abs(y)
        if not isinstance(atol, _Tensor) and not isinstance(rtol, _Tensor):
            bound = bound.to(diff.dtype)
        r = ((diff <= bound) & torch.isfinite(y)) | (x == y)
        if equal_nan:
            r = r | (torch.isnan(x) & torch.isnan(y))
    return r


def isclose(
    a: ArrayOrScalar,
    b: ArrayOrScalar,
    rtol: ArrayOrScalar = 1e-05,
    atol: ArrayOrScalar = 1e-08,
    equal_nan: bool = False,
) -> ScalarOrArray:
    """Element-wise ``|a - b| <= atol + rtol * |b|`` (infinities equal when identical)."""
    return _isclose(a, b, rtol, atol, equal_nan)


def allclose(
    a: ArrayOrScalar,
    b: ArrayOrScalar,
    rtol: ArrayOrScalar = 1e-05,
    atol: ArrayOrScalar = 1e-08,
    equal_nan: bool = False,
) -> bool:
    """True if ``isclose`` holds everywhere."""
    return bool(torch.all(_isclose(a, b, rtol, atol, equal_nan)))


def _equal(a: _Tensor, b: _Tensor) -> _Tensor:
    """``a == b`` broadcast, with NumPy's exact mixed-kind comparison (via the ufunc)."""
    import tnp_core

    return tnp_core.equal(a, b)._t


def array_equal(a1: ArrayLike, a2: ArrayLike, equal_nan: bool = False) -> bool:
    """True if both arrays have the same shape and elements."""
    if a1.shape != a2.shape:
        return False
    eq = _equal(a1, a2)
    if equal_nan:
        inexact = a1.dtype.is_floating_point or a1.is_complex() or (
            a2.dtype.is_floating_point or a2.is_complex()
        )
        if inexact:
            n1 = torch.isnan(a1) if (a1.dtype.is_floating_point or a1.is_complex()) else None
            n2 = torch.isnan(a2) if (a2.dtype.is_floating_point or a2.is_complex()) else None
            if n1 is None or n2 is None:
                return bool(torch.all(eq))
            if not bool(torch.equal(n1, n2)):
                return False
            return bool(torch.all(eq | n1))
    return bool(torch.all(eq))


def array_equiv(a1: ArrayLike, a2: ArrayLike) -> bool:
    """True if the arrays broadcast to one shape and are equal element-wise."""
    try:
        torch.broadcast_shapes(a1.shape, a2.shape)
    except RuntimeError:
        return False
    return bool(torch.all(_equal(a1, a2)))


# ---------------------------------------------------------------- type tests


def iscomplex(x: ArrayLike) -> ScalarOrArray:
    """Element-wise: the imaginary part is non-zero."""
    if x.is_complex():
        return x.imag != 0
    return torch.zeros(x.shape, dtype=torch.bool, device=x.device)


def isreal(x: ArrayLike) -> ScalarOrArray:
    """Element-wise: the imaginary part is zero."""
    if x.is_complex():
        return x.imag == 0
    return torch.ones(x.shape, dtype=torch.bool, device=x.device)


def iscomplexobj(x: ArrayLike) -> bool:
    """True if the input has a complex dtype."""
    return bool(x.is_complex())


def isrealobj(x: ArrayLike) -> bool:
    """True if the input does not have a complex dtype."""
    return not x.is_complex()


def _inf_sign(x: _Tensor, negative: bool) -> _Tensor:
    if x.is_complex():
        raise TypeError(_COMPLEX_ERROR.format(_name(x.dtype)))
    if not x.dtype.is_floating_point:
        return torch.zeros(x.shape, dtype=torch.bool, device=x.device)
    return torch.isinf(x) & (torch.signbit(x) if negative else ~torch.signbit(x))


def isneginf(x: ArrayLike, out: OutArray = None) -> ScalarOrArray:
    """Element-wise: negative infinity."""
    return _inf_sign(x, True)


def isposinf(x: ArrayLike, out: OutArray = None) -> ScalarOrArray:
    """Element-wise: positive infinity."""
    return _inf_sign(x, False)


# ---------------------------------------------------------------- unwrap


def unwrap(
    p: ArrayLike,
    discont: float | None = None,
    axis: int = -1,
    *,
    period: float = 2 * math.pi,
) -> _Tensor:
    """Unwrap by taking the complement of large deltas with respect to the period."""
    if p.dim() == 0:
        raise ValueError("diff requires input that is at least one dimensional")
    ax = normalize_axis(axis, p.dim())
    if p.is_complex():
        raise TypeError("unwrap is not defined for complex values")
    dd = torch.diff(p, dim=ax)  # bool: not_equal, as NumPy's diff
    if discont is None:
        discont = period / 2
    dtype = result_dtype(dd, period)
    integer = not (dtype.is_floating_point or dtype.is_complex)
    if integer:
        high, rem = divmod(period, 2)
        ambiguous = rem == 0
    else:
        high = period / 2
        ambiguous = True
    low = -high
    if integer and not dtype.is_signed:
        raise OverflowError(f"Python integer {low} out of bounds for {_name(dtype)}")
    work = dd.to(dtype)
    ddmod = torch.remainder(work - low, period) + low
    if ambiguous:
        hi = torch.full((), high, dtype=ddmod.dtype, device=ddmod.device)
        ddmod = torch.where((ddmod == low) & (work > 0), hi, ddmod)
    correct = ddmod - work
    correct = torch.where(torch.abs(work) < discont, torch.zeros_like(correct), correct)
    up = p.to(dtype).clone()
    tail = up.narrow(ax, 1, p.shape[ax] - 1) if p.shape[ax] > 1 else None
    if tail is not None:
        add = torch.cumsum(correct, dim=ax)
        tail.copy_((p.narrow(ax, 1, p.shape[ax] - 1).to(add.dtype) + add).to(dtype))
    return up


# ---------------------------------------------------------------- windows


def _window_n(M: Any) -> tuple[int, _Tensor] | None:
    if hasattr(M, "item"):  # 0-d arrays and NumPy scalars count as numbers
        M = M.item()
    m = int(M) if float(M) == int(M) else M
    if m < 1:
        return None
    return m, torch.arange(1 - m, m, 2, dtype=torch.float64)


def bartlett(M: Any) -> _Tensor:
    """The Bartlett (triangular) window of ``M`` points (float64)."""
    w = _window_n(M)
    if w is None:
        return torch.empty(0, dtype=torch.float64)
    m, n = w
    if m == 1:
        return torch.ones(1, dtype=torch.float64)
    return torch.where(n <= 0, 1 + n / (m - 1), 1 - n / (m - 1))


def _cosine_window(M: Any, coeffs: tuple[float, ...]) -> _Tensor:
    w = _window_n(M)
    if w is None:
        return torch.empty(0, dtype=torch.float64)
    m, n = w
    if m == 1:
        return torch.ones(1, dtype=torch.float64)
    r = torch.full(n.shape, coeffs[0], dtype=torch.float64)
    for k, c in enumerate(coeffs[1:], start=1):
        r = r + c * torch.cos(k * math.pi * n / (m - 1))
    return r


def blackman(M: Any) -> _Tensor:
    """The Blackman window of ``M`` points (float64)."""
    return _cosine_window(M, (0.42, 0.5, 0.08))


def hamming(M: Any) -> _Tensor:
    """The Hamming window of ``M`` points (float64)."""
    return _cosine_window(M, (0.54, 0.46))


def hanning(M: Any) -> _Tensor:
    """The Hann window of ``M`` points (float64)."""
    return _cosine_window(M, (0.5, 0.5))


def kaiser(M: Any, beta: float) -> _Tensor:
    """The Kaiser window of ``M`` points with shape parameter ``beta`` (float64)."""
    w = _window_n(M)
    if w is None:
        return torch.empty(0, dtype=torch.float64)
    m, _ = w
    if m == 1:
        return torch.ones(1, dtype=torch.float64)
    n = torch.arange(0, m, dtype=torch.float64)
    alpha = (m - 1) / 2.0
    b = torch.as_tensor(float(beta), dtype=torch.float64)
    arg = b * torch.sqrt(1 - ((n - alpha) / alpha) ** 2.0)
    return torch.special.i0(arg) / torch.special.i0(b)


KERNELS: dict[str, Callable[..., Any]] = {
    "angle": angle,
    "around": around,
    "round": round,
    "fix": fix,
    "i0": i0,
    "sinc": sinc,
    "nan_to_num": nan_to_num,
    "real": real,
    "imag": imag,
    "real_if_close": real_if_close,
    "isclose": isclose,
    "allclose": allclose,
    "array_equal": array_equal,
    "array_equiv": array_equiv,
    "iscomplex": iscomplex,
    "iscomplexobj": iscomplexobj,
    "isreal": isreal,
    "isrealobj": isrealobj,
    "isneginf": isneginf,
    "isposinf": isposinf,
    "unwrap": unwrap,
    "bartlett": bartlett,
    "blackman": blackman,
    "hamming": hamming,
    "hanning": hanning,
    "kaiser": kaiser,
}
