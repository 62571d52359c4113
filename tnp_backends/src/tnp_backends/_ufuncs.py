"""Ufunc definitions: elementwise torch kernels plus NumPy's loop tables.

Loop ``types`` are NumPy 2's, restricted to the dtypes tnp supports.  torch has few kernels
for uint16/uint32/uint64; ``_unsigned_safe`` computes those in int64 (or, for uint64, on the
int64 bit pattern) and casts back, which is exact for wrap-around arithmetic.
"""

from __future__ import annotations

import dataclasses
import math
import operator
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.plugins import UfuncDef

__all__ = ["UFUNCS"]

_Tensor = torch.Tensor
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_SIGN_BIT = -(2**63)

ALL = "?bBhHiIlLefdFD"
NO_BOOL = "bBhHiIlLefdFD"
INEXACT = "efdFD"


def _homogeneous(chars: str, nin: int = 2, out: str | None = None) -> tuple[str, ...]:
    return tuple(c * nin + "->" + (out or c) for c in chars)


_SHELL_SET = frozenset(_SHELL)
_COMPLEX_SET = frozenset({torch.complex64, torch.complex128})


def _shell_dtype(*xs: Any) -> torch.dtype | None:
    for x in xs:
        if type(x) is _Tensor and x.dtype in _SHELL:
            return x.dtype
    return None


def _as_int64(x: Any, ordered: bool) -> Any:
    """A uint16/32/64 operand as int64; ``ordered`` keeps uint64 order (sign-bit flip)."""
    if type(x) is not _Tensor:
        if ordered and type(x) is int:
            return x + _SIGN_BIT
        return x - 2**64 if type(x) is int and x > 2**63 - 1 else x
    if x.dtype is torch.uint64:
        v = x.view(torch.int64)
        return v ^ _SIGN_BIT if ordered else v
    return x.to(torch.int64)


# NumPy's exact int64 / uint64 comparison loops ("qQ->?", "Qq->?")
_COMPARE_TYPES = (
    *_homogeneous(ALL, out="?")[:9],
    "lL->?",
    "Ll->?",
    *_homogeneous(ALL, out="?")[9:],
)


def _mixed_compare(op: Callable[..., _Tensor], x: _Tensor, y: _Tensor) -> _Tensor:
    """``op(x, y)`` for one int64 and one uint64 tensor, exactly: a negative int64 or a uint64
    of 2**63 or more decides the order; otherwise both fit int64."""
    if x.dtype is torch.uint64:
        big = (x.view(torch.int64) < 0) | (y < 0)  # x > y for sure
        r = op(x.view(torch.int64), y)
        return torch.where(big, op(1, 0), r)
    big = (y.view(torch.int64) < 0) | (x < 0)  # x < y for sure
    r = op(x, y.view(torch.int64))
    return torch.where(big, op(0, 1), r)


def _unsigned_safe(
    op: Callable[..., _Tensor],
    kind: str,
    nin: int = 2,
    complex_op: Callable[..., _Tensor] | None = None,
) -> Callable[..., _Tensor]:
    """Wrap ``op`` so that uint16/32/64 operands compute in int64 (and, if ``complex_op`` is
    given, complex operands use it).  The common dtypes cost one set lookup per operand.

    ``kind``: "arith" (result cast back), "compare" (bool result), "minmax" (ordered, cast back),
    "logical" (only zero / non-zero matters: bool result).
    """
    ordered = kind in ("compare", "minmax")
    special = _SHELL_SET | _COMPLEX_SET if complex_op is not None else _SHELL_SET

    def slow(*xs: Any) -> _Tensor:
        if complex_op is not None and any(type(x) is _Tensor and x.is_complex() for x in xs):
            return complex_op(*xs)
        dt = _shell_dtype(*xs)
        if dt is None:
            return op(*xs)
        if kind == "compare" and len(xs) == 2 and type(xs[0]) is type(xs[1]) is _Tensor:
            if xs[0].dtype is not xs[1].dtype:
                return _mixed_compare(op, *xs)
        ordered_here = ordered and dt is torch.uint64
        r = op(*(_as_int64(x, ordered_here) for x in xs))
        if kind == "compare" or kind == "logical":
            return r
        if dt is torch.uint64:
            return (r ^ _SIGN_BIT if ordered_here else r).view(torch.uint64)
        return r.to(dt)

    def binary(x1: Any, x2: Any) -> _Tensor:
        if (type(x1) is _Tensor and x1.dtype in special) or (
            type(x2) is _Tensor and x2.dtype in special
        ):
            return slow(x1, x2)
        return op(x1, x2)

    def unary(x: _Tensor) -> _Tensor:
        if x.dtype in special:
            return slow(x)
        return op(x)

    kernel = unary if nin == 1 else binary
    kernel.__name__ = getattr(op, "__name__", "kernel")
    kernel.native = op  # type: ignore[attr-defined]
    kernel.special = special  # type: ignore[attr-defined]
    return kernel


def _with_complex_loop(
    kernel: Callable[..., _Tensor], complex_loop: Callable[..., _Tensor]
) -> Callable[..., _Tensor]:
    """Attach the kernel ``_loop_kernel`` picks for complex loops."""
    kernel.complex_loop = complex_loop  # type: ignore[attr-defined]
    return kernel


# the torch functions that write what an op computes into ``out=``
_INTO: dict[Any, Callable[..., _Tensor]] = {
    operator.add: torch.add, operator.sub: torch.sub, operator.mul: torch.mul,
    operator.truediv: torch.true_divide, operator.eq: torch.eq, operator.ne: torch.ne,
    operator.lt: torch.lt, operator.le: torch.le, operator.gt: torch.gt, operator.ge: torch.ge,
    torch.maximum: torch.maximum, torch.minimum: torch.minimum, torch.exp: torch.exp,
    torch.log: torch.log, torch.sqrt: torch.sqrt, torch.sin: torch.sin, torch.cos: torch.cos,
}


def _out_kernel(kernel: Callable[..., _Tensor]) -> Callable[..., Any] | None:
    """UfuncDef.out_kernel for a kernel that is (or wraps, ``_unsigned_safe``) one of the ops
    of ``_INTO``: its torch function on ordinary loops."""
    native = getattr(kernel, "native", kernel)
    into = _INTO.get(native)
    if into is None:
        return None
    special = getattr(kernel, "special", frozenset())

    def for_loop(dtypes: tuple[torch.dtype, ...]) -> Callable[..., _Tensor] | None:
        return None if any(d in special for d in dtypes) else into

    return for_loop


def _loop_kernel(kernel: Callable[..., _Tensor]) -> Callable[..., Any] | None:
    """UfuncDef.loop_kernel for an ``_unsigned_safe`` kernel: the bare op on ordinary loops
    (and its ``complex_loop``, if it has one, on complex loops)."""
    native = getattr(kernel, "native", None)
    if native is None:
        return None
    special = kernel.special  # type: ignore[attr-defined]
    complex_loop = getattr(kernel, "complex_loop", None)

    def for_loop(dtypes: tuple[torch.dtype, ...]) -> Callable[..., _Tensor] | None:
        if complex_loop is not None and all(d in _COMPLEX_SET for d in dtypes):
            return complex_loop
        return None if any(d in special for d in dtypes) else native

    return for_loop


# ---------------------------------------------------------------- kernels


def _power(x1: Any, x2: Any) -> _Tensor:
    if type(x1) is _Tensor:
        dt = x1.dtype
    else:
        dt = x2.dtype
    if not dt.is_floating_point and not dt.is_complex:
        neg = (x2 < 0).any() if type(x2) is _Tensor else x2 < 0
        if neg:
            raise ValueError("Integers to negative integer powers are not allowed.")
    r = torch.pow(x1, x2)
    if dt.is_complex:
        r = _complex_power_fixup(r, x1, x2)
    return r


def _complex_power_fixup(r: _Tensor, x1: Any, x2: Any) -> _Tensor:
    """NumPy's complex power special cases torch lacks: ``z**0 == 1``; ``0**y`` is 0 when
    ``y.real > 0`` and nan+nanj otherwise (torch computes exp(y*log(0)), nan/inf)."""
    # (a Python scalar operand: in the loop's dtype, not torch's default float32)
    b = x2 if type(x2) is _Tensor else torch.as_tensor(x2, dtype=r.dtype, device=r.device)
    a = x1 if type(x1) is _Tensor else torch.as_tensor(x1, dtype=r.dtype, device=r.device)
    one = torch.ones((), dtype=r.dtype, device=r.device)
    nan = torch.full((), complex(math.nan, math.nan), dtype=r.dtype, device=r.device)
    zero = torch.zeros((), dtype=r.dtype, device=r.device)
    a_zero = a == 0
    b_real = b.real if b.is_complex() else b
    r = _small_integer_powers(r, a, b, b_real)
    r = torch.where(a_zero, torch.where(b_real > 0, zero, nan), r)
    return torch.where(b == 0, one, r)


def _small_integer_powers(r: _Tensor, a: _Tensor, b: _Tensor, b_real: _Tensor) -> _Tensor:
    """NumPy computes ``z**n`` for integral ``|n| < 100`` by repeated multiplication (exact
    ``(-2+0j)**2 == 4+0j``), torch through exp/log; redo those elements by squaring."""
    integral = (b_real == b_real.round()) & (b_real.abs() < 100)
    if b.is_complex():
        integral = integral & (b.imag == 0)
    if not bool(integral.any()):
        return r
    n = torch.where(integral, b_real, torch.zeros_like(b_real)).to(torch.int64)
    m = n.abs()
    base = a.to(r.dtype)
    acc = torch.ones_like(r)
    for _ in range(7):  # |n| < 128
        acc = torch.where((m & 1).bool(), acc * base, acc)
        base = base * base
        m = m >> 1
    acc = torch.where(n < 0, 1 / acc, acc)
    # NumPy returns z itself for n == 1 and z*z for n == 2 (no product with 1: inf stays inf+0j)
    a_r = a.to(r.dtype)
    acc = torch.where(n == 1, a_r, torch.where(n == 2, a_r * a_r, acc))
    return torch.where(integral, acc, r)


def _uint64_power(x1: Any, x2: Any) -> _Tensor:
    """uint64 ``x1 ** x2`` by binary exponentiation on the int64 bit patterns: wraps modulo
    2**64 as NumPy's loop does, for exponents of 2**63 and more too (negative as int64)."""
    ref = x1 if type(x1) is _Tensor else x2
    b = torch.as_tensor(_as_int64(x1, False), dtype=torch.int64, device=ref.device)
    e = torch.as_tensor(_as_int64(x2, False), dtype=torch.int64, device=ref.device)
    b, e = torch.broadcast_tensors(b, e)
    r = torch.ones_like(b)
    for _ in range(64):
        r = torch.where((e & 1).bool(), r * b, r)
        b = b * b
        e = (e >> 1) & (2**63 - 1)  # a logical shift
    return r.view(torch.uint64)


def _power_checked(kernel: Callable[..., _Tensor]) -> Callable[..., _Tensor]:
    """``kernel`` (power on int64 views of unsigned operands) except for uint64 exponents of
    2**63 or more, which it would read as negative."""

    def power(x1: Any, x2: Any) -> _Tensor:
        if type(x2) is _Tensor:
            if x2.dtype is torch.uint64 and bool((x2.view(torch.int64) < 0).any()):
                return _uint64_power(x1, x2)
        elif type(x2) is int and x2 > 2**63 - 1 and type(x1) is _Tensor and (
            x1.dtype is torch.uint64
        ):
            return _uint64_power(x1, x2)
        return kernel(x1, x2)

    power.native = kernel.native  # type: ignore[attr-defined]
    power.special = kernel.special  # type: ignore[attr-defined]
    return power


_UNSIGNED = (torch.bool, torch.uint8, torch.uint16, torch.uint32, torch.uint64)


def _absolute(x: _Tensor) -> _Tensor:
    if x.dtype in _UNSIGNED:  # already non-negative (torch's uint64 abs reads the sign bit)
        return x.clone()
    return torch.abs(x)


def _negative(x: _Tensor) -> _Tensor:
    return torch.neg(x)


def _as_complex_pair(x: Any, y: Any) -> tuple[_Tensor, _Tensor]:
    """Two operands (one a complex tensor, the other maybe a Python scalar) as complex tensors."""
    ref = x if type(x) is _Tensor and x.is_complex() else y
    return (
        torch.as_tensor(x, dtype=ref.dtype, device=ref.device),
        torch.as_tensor(y, dtype=ref.dtype, device=ref.device),
    )


def _lex(x: _Tensor, y: _Tensor) -> tuple[_Tensor, _Tensor, _Tensor, _Tensor, _Tensor]:
    """Real and imaginary parts of two complex tensors, and "no imaginary part is NaN"."""
    xr, xi, yr, yi = x.real, x.imag, y.real, y.imag
    return xr, xi, yr, yi, ~(torch.isnan(xi) | torch.isnan(yi))


def _complex_lt(x: Any, y: Any) -> _Tensor:
    xr, xi, yr, yi, ok = _lex(*_as_complex_pair(x, y))
    return ((xr < yr) & ok) | ((xr == yr) & (xi < yi))


def _complex_gt(x: Any, y: Any) -> _Tensor:
    xr, xi, yr, yi, ok = _lex(*_as_complex_pair(x, y))
    return ((xr > yr) & ok) | ((xr == yr) & (xi > yi))


def _complex_pick(x: Any, y: Any, greater: bool) -> _Tensor:
    """NumPy's complex maximum / minimum: lexicographic order, ``x`` wins when it holds a NaN."""
    x, y = _as_complex_pair(x, y)
    xr, xi, yr, yi, ok = _lex(x, y)
    if greater:
        keep = ((xr > yr) & ok) | ((xr == yr) & (xi >= yi))
    else:
        keep = ((xr < yr) & ok) | ((xr == yr) & (xi <= yi))
    keep = keep | torch.isnan(xr) | torch.isnan(xi)
    return torch.where(keep, x, y)


def _parts(t: _Tensor) -> _Tensor:
    """A complex tensor's real view (a lazily conjugated one resolved first: ``resolve_conj``
    returns any other tensor itself; ``is_conj()`` would break a torch.compile graph)."""
    return torch.view_as_real(t.resolve_conj())


def _complex_add(x: Any, y: Any) -> _Tensor:
    """NumPy's complex add, part by part (torch scales the second operand by a complex 1:
    ``1 + (inf+0j)`` is ``inf+nanj`` there)."""
    x, y = _as_complex_pair(x, y)
    return torch.view_as_complex(_parts(x) + _parts(y))


def _complex_sub(x: Any, y: Any) -> _Tensor:
    """NumPy's complex subtract, part by part (see ``_complex_add``)."""
    x, y = _as_complex_pair(x, y)
    return torch.view_as_complex(_parts(x) - _parts(y))


def _complex_add_loop(x: Any, y: Any) -> _Tensor:
    """``_complex_add`` for a complex loop; torch's own add where its complex scaling meets a
    finite Python scalar only."""
    if type(y) is _Tensor:
        if type(x) is _Tensor:
            return torch.view_as_complex(_parts(x) + _parts(y))
    elif math.isfinite(y.real) and math.isfinite(y.imag):
        return x + y
    return _complex_add(x, y)


def _complex_sub_loop(x: Any, y: Any) -> _Tensor:
    """``_complex_sub`` for a complex loop (see ``_complex_add_loop``)."""
    if type(y) is _Tensor:
        if type(x) is _Tensor:
            return torch.view_as_complex(_parts(x) - _parts(y))
    elif math.isfinite(y.real) and math.isfinite(y.imag):
        return x - y
    return _complex_sub(x, y)


def _maximum(x: Any, y: Any) -> _Tensor:
    return _complex_pick(x, y, True)


def _minimum(x: Any, y: Any) -> _Tensor:
    return _complex_pick(x, y, False)


def _complex_extreme(t: _Tensor, axes: tuple[int, ...], keepdims: bool, greater: bool) -> _Tensor:
    """Reduce complex ``t`` over ``axes`` like a left fold of NumPy's complex maximum/minimum:
    the first NaN met wins, otherwise the lexicographic extreme."""
    nd = t.dim()
    rest = [i for i in range(nd) if i not in axes]
    x = t.permute(*rest, *axes).reshape(*[t.shape[i] for i in rest], -1)
    re, im = x.real, x.imag
    nanmask = torch.isnan(re) | torch.isnan(im)
    ext = torch.amax if greater else torch.amin
    fill = -math.inf if greater else math.inf
    best_re = ext(torch.where(nanmask, fill, re), dim=-1, keepdim=True)
    cand = (re == best_re) & ~nanmask
    best_im = ext(torch.where(cand, im, fill), dim=-1, keepdim=True)
    lex = torch.complex(best_re, best_im).squeeze(-1)
    first_nan = x.gather(-1, nanmask.to(torch.uint8).argmax(-1, keepdim=True)).squeeze(-1)
    r = torch.where(nanmask.any(-1), first_nan, lex)
    if keepdims:
        r = r.reshape([1 if i in axes else t.shape[i] for i in range(nd)])
    return r


def _complex_cum(t: _Tensor, axis: int, greater: bool) -> _Tensor:
    parts = t.unbind(axis)
    acc = parts[0]
    out = [acc]
    for p in parts[1:]:
        acc = _complex_pick(acc, p, greater)
        out.append(acc)
    return torch.stack(out, axis)


def _prod_reduce(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    if len(axes) == t.dim() and not keepdims:
        return torch.prod(t)
    for ax in sorted(axes, reverse=True):
        t = torch.prod(t, dim=ax, keepdim=keepdims)
    return t


def _sum_reduce(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    if t.dtype in _SHELL:
        return _unsigned_safe(lambda x: torch.sum(x, dim=axes, keepdim=keepdims), "arith", nin=1)(t)
    return torch.sum(t, dim=axes, keepdim=keepdims)


def _amax(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    if t.is_complex():
        return _complex_extreme(t, axes, keepdims, True)
    return _unsigned_safe(lambda x: torch.amax(x, dim=axes, keepdim=keepdims), "minmax", nin=1)(t)


def _amin(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    if t.is_complex():
        return _complex_extreme(t, axes, keepdims, False)
    return _unsigned_safe(lambda x: torch.amin(x, dim=axes, keepdim=keepdims), "minmax", nin=1)(t)


def _cummax(t: _Tensor, axis: int) -> _Tensor:
    if t.is_complex():
        return _complex_cum(t, axis, True)
    return _unsigned_safe(lambda x: torch.cummax(x, axis).values, "minmax", nin=1)(t)


def _cummin(t: _Tensor, axis: int) -> _Tensor:
    if t.is_complex():
        return _complex_cum(t, axis, False)
    return _unsigned_safe(lambda x: torch.cummin(x, axis).values, "minmax", nin=1)(t)


_BOOL_SUB = (
    "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
    "operator, or the logical_xor function instead."
)
_BOOL_NEG = (
    "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or "
    "the logical_not function instead."
)

_DEFINITIONS: tuple[UfuncDef, ...] = (
    UfuncDef(
        "add",
        _with_complex_loop(
            _unsigned_safe(operator.add, "arith", complex_op=_complex_add), _complex_add_loop
        ),
        nin=2,
        reorderable=True,
        identity=0,
        types=_homogeneous(ALL),
        python_scalars=True,
        reduce=_sum_reduce,
        accumulate=lambda t, ax: torch.cumsum(t, ax),
        scatter="sum",
        upcast_reductions=True,
        doc="Add arguments element-wise.",
    ),
    UfuncDef(
        "subtract",
        _with_complex_loop(
            _unsigned_safe(operator.sub, "arith", complex_op=_complex_sub), _complex_sub_loop
        ),
        nin=2,
        types=_homogeneous(NO_BOOL),
        python_scalars=True,
        type_errors={"b": _BOOL_SUB},
        doc="Subtract arguments, element-wise.",
    ),
    UfuncDef(
        "multiply",
        _unsigned_safe(operator.mul, "arith"),
        nin=2,
        reorderable=True,
        identity=1,
        types=_homogeneous(ALL),
        python_scalars=True,
        reduce=_prod_reduce,
        accumulate=lambda t, ax: torch.cumprod(t, ax),
        scatter="prod",
        upcast_reductions=True,
        doc="Multiply arguments element-wise.",
    ),
    UfuncDef(
        "divide",
        operator.truediv,
        nin=2,
        types=_homogeneous(INEXACT),
        python_scalars=True,
        int_to_float=True,
        aliases=("true_divide",),
        doc="Divide arguments element-wise (true division).",
    ),
    UfuncDef(
        "power",
        _power_checked(_unsigned_safe(_power, "arith")),
        nin=2,
        types=_homogeneous(NO_BOOL),
        python_scalars=True,
        aliases=("pow",),
        doc="First array elements raised to powers from second array, element-wise.",
    ),
    UfuncDef(
        "negative",
        _unsigned_safe(_negative, "arith", nin=1),
        nin=1,
        types=_homogeneous(NO_BOOL, 1),
        type_errors={"b": _BOOL_NEG},
        doc="Numerical negative, element-wise.",
    ),
    UfuncDef(
        "exp",
        torch.exp,
        nin=1,
        types=_homogeneous(INEXACT, 1),
        doc="Calculate the exponential of all elements in the input array.",
    ),
    UfuncDef(
        "log",
        torch.log,
        nin=1,
        types=_homogeneous(INEXACT, 1),
        doc="Natural logarithm, element-wise.",
    ),
    UfuncDef(
        "sqrt",
        torch.sqrt,
        nin=1,
        types=_homogeneous(INEXACT, 1),
        doc="Return the non-negative square-root of an array, element-wise.",
    ),
    UfuncDef(
        "sin",
        torch.sin,
        nin=1,
        types=_homogeneous(INEXACT, 1),
        doc="Trigonometric sine, element-wise.",
    ),
    UfuncDef("cos", torch.cos, nin=1, types=_homogeneous(INEXACT, 1), doc="Cosine element-wise."),
    UfuncDef(
        "absolute",
        _absolute,
        nin=1,
        types=(*_homogeneous("?bBhHiIlLefd", 1), "F->f", "D->d"),
        aliases=("abs",),
        doc="Calculate the absolute value element-wise.",
    ),
    UfuncDef(
        "maximum",
        _unsigned_safe(torch.maximum, "minmax", complex_op=_maximum),
        nin=2,
        reorderable=True,
        types=_homogeneous(ALL),
        reduce=_amax,
        accumulate=_cummax,
        scatter="amax",
        doc="Element-wise maximum of array elements (propagates NaNs).",
    ),
    UfuncDef(
        "minimum",
        _unsigned_safe(torch.minimum, "minmax", complex_op=_minimum),
        nin=2,
        reorderable=True,
        types=_homogeneous(ALL),
        reduce=_amin,
        accumulate=_cummin,
        scatter="amin",
        doc="Element-wise minimum of array elements (propagates NaNs).",
    ),
    UfuncDef(
        "equal",
        _unsigned_safe(operator.eq, "compare"),
        nin=2,
        types=_COMPARE_TYPES,
        python_scalars=True,
        doc="Return (x1 == x2) element-wise.",
    ),
    UfuncDef(
        "less",
        _unsigned_safe(operator.lt, "compare", complex_op=_complex_lt),
        nin=2,
        types=_COMPARE_TYPES,
        python_scalars=True,
        doc="Return the truth value of (x1 < x2) element-wise.",
    ),
    UfuncDef(
        "greater",
        _unsigned_safe(operator.gt, "compare", complex_op=_complex_gt),
        nin=2,
        types=_COMPARE_TYPES,
        python_scalars=True,
        doc="Return the truth value of (x1 > x2) element-wise.",
    ),
    UfuncDef(
        "logical_and",
        _unsigned_safe(torch.logical_and, "logical"),
        nin=2,
        reorderable=True,
        identity=True,
        types=_homogeneous(ALL, out="?"),
        reduce=lambda t, axes, keepdims: torch.all(t, dim=axes, keepdim=keepdims),
        doc="Compute the truth value of x1 AND x2 element-wise.",
    ),
    UfuncDef(
        "logical_or",
        _unsigned_safe(torch.logical_or, "logical"),
        nin=2,
        reorderable=True,
        identity=False,
        types=_homogeneous(ALL, out="?"),
        reduce=lambda t, axes, keepdims: torch.any(t, dim=axes, keepdim=keepdims),
        doc="Compute the truth value of x1 OR x2 element-wise.",
    ),
    UfuncDef(
        "logical_not",
        _unsigned_safe(torch.logical_not, "logical", nin=1),
        nin=1,
        types=_homogeneous(ALL, 1, out="?"),
        doc="Compute the truth value of NOT x element-wise.",
    ),
)

UFUNCS: tuple[UfuncDef, ...] = tuple(
    dataclasses.replace(d, loop_kernel=_loop_kernel(d.kernel), out_kernel=_out_kernel(d.kernel))
    for d in _DEFINITIONS
)
