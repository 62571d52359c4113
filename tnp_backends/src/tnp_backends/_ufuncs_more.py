"""More ufunc definitions: the comparisons, integer and bitwise operators behind ndarray's
operators, rounding and classification, and the remaining transcendental functions.

Loop ``types`` are NumPy 2's tables restricted to tnp's dtypes (``q``/``Q`` written ``l``/``L``).
"""

from __future__ import annotations

import dataclasses
import math
import operator
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.plugins import UfuncDef

from ._ufuncs import (
    _COMPARE_TYPES,
    _SHELL,
    _SIGN_BIT,
    _as_complex_pair,
    _lex,
    _loop_kernel,
    _unsigned_safe,
)

__all__ = ["UFUNCS"]

_Tensor = torch.Tensor
_INT64_MAX = 2**63 - 1
_SMALL_SHELL = (torch.uint16, torch.uint32)

# NumPy 2's loop tables (generated from numpy.<ufunc>.types at development time)
_INT_LOOPS = ("bb->b", "BB->B", "hh->h", "HH->H", "ii->i", "II->I", "ll->l", "LL->L")
_INT_FLOAT_LOOPS = (*_INT_LOOPS, "ee->e", "ff->f", "dd->d")
_BITWISE_LOOPS = ("??->?", *_INT_LOOPS)
_DIVMOD_LOOPS = (
    "bb->bb", "BB->BB", "hh->hh", "HH->HH", "ii->ii", "II->II", "ll->ll", "LL->LL",
    "ee->ee", "ff->ff", "dd->dd",
)  # fmt: skip
_UNARY_NUMERIC = (
    "b->b", "B->B", "h->h", "H->H", "i->i", "I->I", "l->l", "L->L",
    "e->e", "f->f", "d->d", "F->F", "D->D",
)  # fmt: skip
_UNARY_ROUND = (
    "?->?", "b->b", "B->B", "h->h", "H->H", "i->i", "I->I", "l->l", "L->L",
    "e->e", "f->f", "d->d",
)  # fmt: skip
_UNARY_INEXACT = ("e->e", "f->f", "d->d", "F->F", "D->D")
_UNARY_REAL_FLOAT = ("e->e", "f->f", "d->d")
_BINARY_REAL_FLOAT = ("ee->e", "ff->f", "dd->d")
_CLASSIFY = (
    "?->?", "b->?", "B->?", "h->?", "H->?", "i->?", "I->?", "l->?", "L->?",
    "e->?", "f->?", "d->?", "F->?", "D->?",
)  # fmt: skip
_LOGICAL_XOR = (
    "??->?", "bb->?", "BB->?", "hh->?", "HH->?", "ii->?", "II->?", "ll->?", "LL->?",
    "ee->?", "ff->?", "dd->?", "FF->?", "DD->?",
)  # fmt: skip
_FMINMAX = (
    "??->?", "bb->b", "BB->B", "hh->h", "HH->H", "ii->i", "II->I", "ll->l", "LL->L",
    "ee->e", "ff->f", "dd->d", "FF->F", "DD->D",
)  # fmt: skip

_BITS = {
    torch.bool: 1,
    torch.int8: 8,
    torch.uint8: 8,
    torch.int16: 16,
    torch.uint16: 16,
    torch.int32: 32,
    torch.uint32: 32,
    torch.int64: 64,
    torch.uint64: 64,
}


def _no_loop(name: str) -> str:
    return (
        f"ufunc '{name}' did not contain a loop with signature matching types "
        "<class 'numpy.dtypes.BoolDType'> -> None"
    )


# ---------------------------------------------------------------- comparisons


def _complex_le(x: Any, y: Any) -> _Tensor:
    xr, xi, yr, yi, ok = _lex(*_as_complex_pair(x, y))
    return ((xr < yr) & ok) | ((xr == yr) & (xi <= yi))


def _complex_ge(x: Any, y: Any) -> _Tensor:
    xr, xi, yr, yi, ok = _lex(*_as_complex_pair(x, y))
    return ((xr > yr) & ok) | ((xr == yr) & (xi >= yi))


# ---------------------------------------------------------------- integer division


def _u64_divmod(a: _Tensor, b: _Tensor) -> tuple[_Tensor, _Tensor]:
    """Unsigned 64-bit ``(a // b, a % b)`` on the int64 bit patterns; division by 0 gives 0."""
    x = a.view(torch.int64)
    y = b.view(torch.int64)
    zero = y == 0
    big = y < 0  # y >= 2**63: the quotient is 0 or 1
    ys = torch.where(zero | big, 1, y)
    half = (x >> 1) & _INT64_MAX  # x // 2, unsigned
    q = torch.floor_divide(half, ys) << 1
    r = x - q * ys  # 0 <= r < 2 * ys
    ge = (r ^ _SIGN_BIT) >= (ys ^ _SIGN_BIT)
    q = q + ge.to(torch.int64)
    r = torch.where(ge, r - ys, r)
    qbig = ((x ^ _SIGN_BIT) >= (y ^ _SIGN_BIT)).to(torch.int64)
    q = torch.where(big, qbig, q)
    r = torch.where(big, x - qbig * y, r)
    q = torch.where(zero, 0, q)
    r = torch.where(zero, 0, r)
    return q.view(torch.uint64), r.view(torch.uint64)


def _int_divmod(a: _Tensor, b: _Tensor, trunc: bool = False) -> tuple[_Tensor, _Tensor]:
    """Integer ``(floor_divide, remainder)`` (or C's truncating pair) with NumPy's results for
    a zero divisor (0, 0) and for ``MIN // -1`` (MIN, 0)."""
    dt = a.dtype
    if dt is torch.uint64:
        return _u64_divmod(a, b)
    if dt in _SMALL_SHELL:
        q, r = _int_divmod(a.to(torch.int64), b.to(torch.int64), trunc)
        return q.to(dt), r.to(dt)
    signed = dt.is_signed
    bad = (b == 0) | (b == -1) if signed else b == 0
    bs = torch.where(bad, torch.ones((), dtype=dt, device=b.device), b)
    if trunc:
        q = torch.div(a, bs, rounding_mode="trunc")
        r = torch.fmod(a, bs)
    else:
        q = torch.floor_divide(a, bs)
        r = torch.remainder(a, bs)
    zero = torch.zeros((), dtype=dt, device=a.device)
    if signed:
        q = torch.where(b == -1, -a, q)
    q = torch.where(b == 0, zero, q)
    r = torch.where(bad, zero, r)
    return q, r


def _float_divmod(a: _Tensor, b: _Tensor) -> tuple[_Tensor, _Tensor]:
    """NumPy's ``npy_divmod`` for floats (float16 computes in float32, as NumPy does)."""
    dt = a.dtype
    if dt is torch.float16:
        q, r = _float_divmod(a.float(), b.float())
        return q.to(dt), r.to(dt)
    mod = torch.fmod(a, b)
    div = (a - mod) / b
    nonzero = mod != 0
    adjust = nonzero & ((b < 0) != (mod < 0))
    mod = torch.where(adjust, mod + b, mod)
    div = torch.where(adjust, div - 1, div)
    zero = torch.zeros((), dtype=dt, device=a.device)
    mod = torch.where(nonzero, mod, torch.copysign(zero, b))
    fl = torch.floor(div)
    fl = torch.where(div - fl > 0.5, fl + 1, fl)
    quot = a / b
    fl = torch.where(div == 0, torch.copysign(zero, quot), fl)
    bzero = b == 0
    fl = torch.where(bzero, quot, fl)
    mod = torch.where(bzero, torch.fmod(a, b), mod)
    return fl, mod


def _divmod(a: _Tensor, b: _Tensor) -> tuple[_Tensor, _Tensor]:
    if a.dtype.is_floating_point:
        return _float_divmod(a, b)
    return _int_divmod(a, b)


def _floor_divide(a: _Tensor, b: _Tensor) -> _Tensor:
    return _divmod(a, b)[0]


def _remainder(a: _Tensor, b: _Tensor) -> _Tensor:
    return _divmod(a, b)[1]


def _fmod(a: _Tensor, b: _Tensor) -> _Tensor:
    if a.dtype.is_floating_point:
        return torch.fmod(a, b)
    return _int_divmod(a, b, trunc=True)[1]


# ---------------------------------------------------------------- shifts


def _shift(a: _Tensor, b: _Tensor, left: bool) -> _Tensor:
    """NumPy's shifts: a count outside ``[0, bits)`` gives 0 (-1 for negative right shifts)."""
    dt = a.dtype
    bits = _BITS[dt]
    if dt is torch.uint64:
        x, n = a.view(torch.int64), b.view(torch.int64)
    elif dt in _SMALL_SHELL:
        x, n = a.to(torch.int64), b.to(torch.int64)
    else:
        x, n = a, b
    valid = (n >= 0) & (n < bits)
    s = torch.where(valid, n, 0)
    if left:
        r = torch.where(valid, x << s, 0)
    elif dt is torch.uint64:
        logical = ((x >> 1) & _INT64_MAX) >> torch.clamp(s - 1, min=0)
        r = torch.where(valid, torch.where(s == 0, x, logical), 0)
    else:
        r = torch.where(valid, x >> s, torch.where(x < 0, -1, 0))
    if dt is torch.uint64:
        return r.view(torch.uint64)
    return r.to(dt)


def _left_shift(a: _Tensor, b: _Tensor) -> _Tensor:
    return _shift(a, b, True)


def _right_shift(a: _Tensor, b: _Tensor) -> _Tensor:
    return _shift(a, b, False)


# ---------------------------------------------------------------- unary kernels


def _invert(x: _Tensor) -> _Tensor:
    if x.dtype is torch.bool:
        return torch.logical_not(x)
    if x.dtype is torch.uint64:
        return torch.bitwise_not(x.view(torch.int64)).view(torch.uint64)
    if x.dtype in _SMALL_SHELL:
        return torch.bitwise_not(x.to(torch.int64)).to(x.dtype)
    return torch.bitwise_not(x)


def _positive(x: _Tensor) -> _Tensor:
    return x.clone()


def _reciprocal(x: _Tensor) -> _Tensor:
    dt = x.dtype
    if dt.is_floating_point or dt.is_complex:
        return torch.reciprocal(x)
    # NumPy computes 1.0 / x and casts: 1 and -1 map to themselves, others to 0; 1 / 0 is
    # +inf cast to the integer (int32 / int64: their minimum; smaller ones: 0)
    zero_val = -(2 ** (_BITS[dt] - 1)) if dt in (torch.int32, torch.int64) else 0
    if dt in _SHELL:
        r = torch.where(x == 1, 1, 0)
    else:
        r = torch.where((x == 1) | (x == -1), x, 0)
        r = torch.where(x == 0, zero_val, r)
    return r.to(dt)


def _complex_sign(x: _Tensor) -> _Tensor:
    """NumPy 2's complex sign: ``x / |x|``; 0 for 0; an infinite part gives its unit sign
    (nan+nanj when both parts are infinite or any part is nan)."""
    dt = x.dtype
    re, im = x.real, x.imag
    a = torch.abs(x)
    r = x / torch.where(a == 0, 1, a)
    re_inf, im_inf = torch.isinf(re), torch.isinf(im)
    unit_re = torch.complex(torch.sign(re), torch.zeros_like(re)).to(dt)
    unit_im = torch.complex(torch.zeros_like(im), torch.sign(im)).to(dt)
    r = torch.where(re_inf & ~im_inf, unit_re, r)
    r = torch.where(im_inf & ~re_inf, unit_im, r)
    r = torch.where(a == 0, torch.zeros((), dtype=dt, device=x.device), r)
    nan = torch.full((), complex(math.nan, math.nan), dtype=dt, device=x.device)
    return torch.where(torch.isnan(a) | (re_inf & im_inf), nan, r)


def _sign(x: _Tensor) -> _Tensor:
    dt = x.dtype
    if dt.is_complex:
        return _complex_sign(x)
    if dt.is_floating_point:
        return torch.where(torch.isnan(x), x, torch.sign(x))
    if dt in _SHELL:
        return (x != 0).to(dt)
    return torch.sign(x)


def _conjugate(x: _Tensor) -> _Tensor:
    if x.is_complex():
        return torch.conj_physical(x)
    return x.clone()


def _rounding(op: Callable[[_Tensor], _Tensor]) -> Callable[[_Tensor], _Tensor]:
    def kernel(x: _Tensor) -> _Tensor:
        if x.dtype.is_floating_point:
            return op(x)
        return x.clone()

    kernel.__name__ = op.__name__
    return kernel


def _rint(x: _Tensor) -> _Tensor:
    if x.is_complex():
        return torch.complex(torch.round(x.real), torch.round(x.imag))
    return torch.round(x)


def _classify(op: Callable[[_Tensor], _Tensor]) -> Callable[[_Tensor], _Tensor]:
    def kernel(x: _Tensor) -> _Tensor:
        if x.dtype.is_floating_point or x.is_complex():
            return op(x)
        return op(torch.zeros((), dtype=torch.float32, device=x.device)).expand(x.shape).clone()

    kernel.__name__ = op.__name__
    return kernel


def _square(x: _Tensor) -> _Tensor:
    return x * x


def _cbrt(x: _Tensor) -> _Tensor:
    dt = x.dtype
    y = x.double()
    r = torch.copysign(torch.abs(y) ** (1.0 / 3.0), y)
    ok = torch.isfinite(r) & (r != 0)
    rs = torch.where(ok, r, 1.0)
    r = torch.where(ok, rs - (rs * rs * rs - y) / (3 * rs * rs), r)  # one Newton step
    return r.to(dt)


def _deg2rad(x: _Tensor) -> _Tensor:
    return x * (math.pi / 180.0)


def _rad2deg(x: _Tensor) -> _Tensor:
    return x * (180.0 / math.pi)


def _complex_fpick(x: _Tensor, y: _Tensor, greater: bool) -> _Tensor:
    """NumPy's complex fmax / fmin: ``x`` when it orders first or ``y`` holds a NaN."""
    xr, xi, yr, yi, ok = _lex(x, y)
    if greater:
        keep = ((xr > yr) & ok) | ((xr == yr) & (xi >= yi))
    else:
        keep = ((xr < yr) & ok) | ((xr == yr) & (xi <= yi))
    keep = keep | torch.isnan(yr) | torch.isnan(yi)
    return torch.where(keep, x, y)


def _fmax(x: _Tensor, y: _Tensor) -> _Tensor:
    if x.is_complex():
        return _complex_fpick(x, y, True)
    return torch.fmax(x, y)


def _fmin(x: _Tensor, y: _Tensor) -> _Tensor:
    if x.is_complex():
        return _complex_fpick(x, y, False)
    return torch.fmin(x, y)


def _xor_reduce(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    return (
        torch.count_nonzero(t, dim=axes)
        .remainder(2)
        .bool()
        .reshape(
            [1 if i in axes else n for i, n in enumerate(t.shape)]
            if keepdims
            else [n for i, n in enumerate(t.shape) if i not in axes]
        )
    )


_Reduce = Callable[[_Tensor, tuple[int, ...], bool], _Tensor]


def _bitwise_reduce(op: Callable[..., _Tensor]) -> _Reduce:
    """A left fold over ``axes`` by halving (exact for associative bitwise operations)."""

    def reduce(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
        nd = t.dim()
        rest = [i for i in range(nd) if i not in axes]
        y = t.permute(*axes, *rest).reshape(-1, *[t.shape[i] for i in rest])
        while y.shape[0] > 1:
            n = y.shape[0]
            head = op(y[: n // 2], y[n // 2 : 2 * (n // 2)])
            y = torch.cat([head, y[2 * (n // 2) :]]) if n % 2 else head
        r = y[0]
        if keepdims:
            r = r.reshape([1 if i in axes else t.shape[i] for i in range(nd)])
        return r

    return reduce


def _with_int64(op: Callable[..., _Tensor], nin: int = 1) -> Callable[..., _Tensor]:
    """``op`` with uint16/uint32/uint64 operands computing on int64 (bit patterns for uint64)."""
    return _unsigned_safe(op, "arith", nin=nin)


# ---------------------------------------------------------------- definitions


def _unary(
    name: str,
    op: Callable[..., _Tensor],
    types: tuple[str, ...],
    doc: str,
    aliases: tuple[str, ...] = (),
    **kw: Any,
) -> UfuncDef:
    return UfuncDef(name, op, nin=1, types=types, doc=doc, aliases=aliases, **kw)


def _binary(
    name: str,
    op: Callable[..., _Tensor],
    types: tuple[str, ...],
    doc: str,
    aliases: tuple[str, ...] = (),
    **kw: Any,
) -> UfuncDef:
    return UfuncDef(name, op, nin=2, types=types, doc=doc, aliases=aliases, **kw)


_DEFINITIONS: tuple[UfuncDef, ...] = (
    # (1) the ufuncs of ndarray's operators
    _binary(
        "not_equal",
        _unsigned_safe(operator.ne, "compare"),
        _COMPARE_TYPES,
        "Return (x1 != x2) element-wise.",
        python_scalars=True,
    ),
    _binary(
        "less_equal",
        _unsigned_safe(operator.le, "compare", complex_op=_complex_le),
        _COMPARE_TYPES,
        "Return the truth value of (x1 <= x2) element-wise.",
        python_scalars=True,
    ),
    _binary(
        "greater_equal",
        _unsigned_safe(operator.ge, "compare", complex_op=_complex_ge),
        _COMPARE_TYPES,
        "Return the truth value of (x1 >= x2) element-wise.",
        python_scalars=True,
    ),
    _binary(
        "floor_divide",
        _floor_divide,
        _INT_FLOAT_LOOPS,
        "Return the largest integer smaller or equal to the division of the inputs.",
    ),
    _binary(
        "remainder",
        _remainder,
        _INT_FLOAT_LOOPS,
        "Returns the element-wise remainder of division.",
        aliases=("mod",),
    ),
    UfuncDef(
        "divmod",
        _divmod,
        nin=2,
        nout=2,
        types=_DIVMOD_LOOPS,
        doc="Return element-wise quotient and remainder simultaneously.",
    ),
    _binary(
        "bitwise_and",
        torch.bitwise_and,
        _BITWISE_LOOPS,
        "Compute the bit-wise AND of two arrays element-wise.",
        identity=-1,
        reorderable=True,
        reduce=_bitwise_reduce(torch.bitwise_and),
    ),
    _binary(
        "bitwise_or",
        torch.bitwise_or,
        _BITWISE_LOOPS,
        "Compute the bit-wise OR of two arrays element-wise.",
        identity=0,
        reorderable=True,
        reduce=_bitwise_reduce(torch.bitwise_or),
    ),
    _binary(
        "bitwise_xor",
        torch.bitwise_xor,
        _BITWISE_LOOPS,
        "Compute the bit-wise XOR of two arrays element-wise.",
        identity=0,
        reorderable=True,
        reduce=_bitwise_reduce(torch.bitwise_xor),
    ),
    _unary(
        "invert",
        _invert,
        tuple(t[0] + "->" + t[0] for t in _BITWISE_LOOPS),
        "Compute bit-wise inversion, or bit-wise NOT, element-wise.",
        aliases=("bitwise_not", "bitwise_invert"),
    ),
    _binary(
        "left_shift",
        _left_shift,
        _INT_LOOPS,
        "Shift the bits of an integer to the left.",
        aliases=("bitwise_left_shift",),
    ),
    _binary(
        "right_shift",
        _right_shift,
        _INT_LOOPS,
        "Shift the bits of an integer to the right.",
        aliases=("bitwise_right_shift",),
    ),
    _unary(
        "positive",
        _positive,
        _UNARY_NUMERIC,
        "Numerical positive, element-wise.",
        type_errors={"b": _no_loop("positive")},
    ),
    # (2)
    _binary(
        "logical_xor",
        _unsigned_safe(torch.logical_xor, "logical"),
        _LOGICAL_XOR,
        "Compute the truth value of x1 XOR x2, element-wise.",
        identity=False,
        reorderable=True,
        reduce=_xor_reduce,
    ),
    _unary("square", _with_int64(_square), _UNARY_NUMERIC, "Return the element-wise square."),
    _unary("reciprocal", _reciprocal, _UNARY_NUMERIC, "Return the reciprocal, element-wise."),
    _unary(
        "sign",
        _sign,
        _UNARY_NUMERIC,
        "Returns an element-wise indication of the sign of a number.",
        type_errors={"b": _no_loop("sign")},
    ),
    _unary(
        "conjugate",
        _conjugate,
        _UNARY_NUMERIC,
        "Return the complex conjugate, element-wise.",
        aliases=("conj",),
    ),
    _unary("floor", _rounding(torch.floor), _UNARY_ROUND, "Return the floor, element-wise."),
    _unary("ceil", _rounding(torch.ceil), _UNARY_ROUND, "Return the ceiling, element-wise."),
    _unary("trunc", _rounding(torch.trunc), _UNARY_ROUND, "Return the truncated value."),
    _unary("rint", _rint, _UNARY_INEXACT, "Round elements to the nearest integer."),
    _unary("isnan", _classify(torch.isnan), _CLASSIFY, "Test element-wise for NaN."),
    _unary("isinf", _classify(torch.isinf), _CLASSIFY, "Test element-wise for infinity."),
    _unary("isfinite", _classify(torch.isfinite), _CLASSIFY, "Test element-wise for finiteness."),
    _unary(
        "signbit",
        torch.signbit,
        ("e->?", "f->?", "d->?"),
        "Returns element-wise True where signbit is set (less than zero).",
    ),
    # (3)
    _unary("tan", torch.tan, _UNARY_INEXACT, "Compute tangent element-wise."),
    _unary("arcsin", torch.asin, _UNARY_INEXACT, "Inverse sine, element-wise.", ("asin",)),
    _unary("arccos", torch.acos, _UNARY_INEXACT, "Trigonometric inverse cosine.", ("acos",)),
    _unary("arctan", torch.atan, _UNARY_INEXACT, "Trigonometric inverse tangent.", ("atan",)),
    _unary("sinh", torch.sinh, _UNARY_INEXACT, "Hyperbolic sine, element-wise."),
    _unary("cosh", torch.cosh, _UNARY_INEXACT, "Hyperbolic cosine, element-wise."),
    _unary("tanh", torch.tanh, _UNARY_INEXACT, "Compute hyperbolic tangent element-wise."),
    _unary("arcsinh", torch.asinh, _UNARY_INEXACT, "Inverse hyperbolic sine.", ("asinh",)),
    _unary("arccosh", torch.acosh, _UNARY_INEXACT, "Inverse hyperbolic cosine.", ("acosh",)),
    _unary("arctanh", torch.atanh, _UNARY_INEXACT, "Inverse hyperbolic tangent.", ("atanh",)),
    _unary("log2", torch.log2, _UNARY_INEXACT, "Base-2 logarithm of x."),
    _unary("log10", torch.log10, _UNARY_INEXACT, "Return the base 10 logarithm."),
    _unary("log1p", torch.log1p, _UNARY_INEXACT, "Return the natural logarithm of one plus x."),
    _unary("exp2", torch.exp2, _UNARY_INEXACT, "Calculate 2**p for all p in the input array."),
    _unary("expm1", torch.expm1, _UNARY_INEXACT, "Calculate exp(x) - 1."),
    _unary("cbrt", _cbrt, _UNARY_REAL_FLOAT, "Return the cube-root of an array, element-wise."),
    _unary(
        "deg2rad",
        _deg2rad,
        _UNARY_REAL_FLOAT,
        "Convert angles from degrees to radians.",
        ("radians",),
    ),
    _unary(
        "rad2deg",
        _rad2deg,
        _UNARY_REAL_FLOAT,
        "Convert angles from radians to degrees.",
        ("degrees",),
    ),
    _binary(
        "arctan2",
        torch.atan2,
        _BINARY_REAL_FLOAT,
        "Element-wise arc tangent of x1/x2.",
        ("atan2",),
    ),
    _binary(
        "hypot",
        torch.hypot,
        _BINARY_REAL_FLOAT,
        "Given the legs, return the hypotenuse.",
        identity=0,
        reorderable=True,
    ),
    _binary(
        "copysign",
        torch.copysign,
        _BINARY_REAL_FLOAT,
        "Change the sign of x1 to that of x2, element-wise.",
    ),
    _binary(
        "fmax",
        _unsigned_safe(_fmax, "minmax"),
        _FMINMAX,
        "Element-wise maximum of array elements (ignores NaNs).",
        reorderable=True,
    ),
    _binary(
        "fmin",
        _unsigned_safe(_fmin, "minmax"),
        _FMINMAX,
        "Element-wise minimum of array elements (ignores NaNs).",
        reorderable=True,
    ),
    _binary("fmod", _fmod, _INT_FLOAT_LOOPS, "Returns the element-wise remainder of division."),
    _binary(
        "logaddexp",
        torch.logaddexp,
        _BINARY_REAL_FLOAT,
        "Logarithm of the sum of exponentiations of the inputs.",
        identity=-math.inf,
        reorderable=True,
    ),
    _binary(
        "logaddexp2",
        torch.logaddexp2,
        _BINARY_REAL_FLOAT,
        "Logarithm of the sum of exponentiations of the inputs in base-2.",
        identity=-math.inf,
        reorderable=True,
    ),
)

UFUNCS: tuple[UfuncDef, ...] = tuple(
    dataclasses.replace(d, loop_kernel=_loop_kernel(d.kernel)) for d in _DEFINITIONS
)
