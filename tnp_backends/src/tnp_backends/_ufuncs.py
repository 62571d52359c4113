"""Ufunc definitions: elementwise torch kernels plus NumPy's loop tables.

Loop ``types`` are NumPy 2's, restricted to the dtypes tnp supports.  torch has few kernels
for uint16/uint32/uint64; ``_unsigned_safe`` computes those in int64 (or, for uint64, on the
int64 bit pattern) and casts back, which is exact for wrap-around arithmetic.
"""

from __future__ import annotations

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


def _unsigned_safe(op: Callable[..., _Tensor], kind: str) -> Callable[..., _Tensor]:
    """Wrap ``op`` so that uint16/32/64 operands compute in int64.

    ``kind``: "arith" (result cast back), "compare" (bool result), "minmax" (ordered, cast back).
    """
    ordered = kind != "arith"

    def kernel(*xs: Any) -> _Tensor:
        dt = _shell_dtype(*xs)
        if dt is None:
            return op(*xs)
        if dt is not torch.uint64:
            ordered_here = False
        else:
            ordered_here = ordered
        r = op(*(_as_int64(x, ordered_here) for x in xs))
        if kind == "compare":
            return r
        if dt is torch.uint64:
            return (r ^ _SIGN_BIT if ordered_here else r).view(torch.uint64)
        return r.to(dt)

    kernel.__name__ = getattr(op, "__name__", "kernel")
    return kernel


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
    return torch.pow(x1, x2)


def _absolute(x: _Tensor) -> _Tensor:
    if x.dtype is torch.bool:
        return x.clone()
    return torch.abs(x)


def _negative(x: _Tensor) -> _Tensor:
    return torch.neg(x)


def _prod_reduce(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    if len(axes) == t.dim() and not keepdims:
        return torch.prod(t)
    for ax in sorted(axes, reverse=True):
        t = torch.prod(t, dim=ax, keepdim=keepdims)
    return t


def _sum_reduce(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    if t.dtype in _SHELL:
        return _unsigned_safe(lambda x: torch.sum(x, dim=axes, keepdim=keepdims), "arith")(t)
    return torch.sum(t, dim=axes, keepdim=keepdims)


def _amax(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    return _unsigned_safe(lambda x: torch.amax(x, dim=axes, keepdim=keepdims), "minmax")(t)


def _amin(t: _Tensor, axes: tuple[int, ...], keepdims: bool) -> _Tensor:
    return _unsigned_safe(lambda x: torch.amin(x, dim=axes, keepdim=keepdims), "minmax")(t)


def _cummax(t: _Tensor, axis: int) -> _Tensor:
    return _unsigned_safe(lambda x: torch.cummax(x, axis).values, "minmax")(t)


def _cummin(t: _Tensor, axis: int) -> _Tensor:
    return _unsigned_safe(lambda x: torch.cummin(x, axis).values, "minmax")(t)


_BOOL_SUB = (
    "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
    "operator, or the logical_xor function instead."
)
_BOOL_NEG = (
    "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or "
    "the logical_not function instead."
)

UFUNCS: tuple[UfuncDef, ...] = (
    UfuncDef(
        "add",
        _unsigned_safe(operator.add, "arith"),
        nin=2,
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
        _unsigned_safe(operator.sub, "arith"),
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
        _unsigned_safe(_power, "arith"),
        nin=2,
        types=_homogeneous(NO_BOOL),
        python_scalars=True,
        aliases=("pow",),
        doc="First array elements raised to powers from second array, element-wise.",
    ),
    UfuncDef(
        "negative",
        _unsigned_safe(_negative, "arith"),
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
        _unsigned_safe(_absolute, "arith"),
        nin=1,
        types=(*_homogeneous("?bBhHiIlLefd", 1), "F->f", "D->d"),
        aliases=("abs",),
        doc="Calculate the absolute value element-wise.",
    ),
    UfuncDef(
        "maximum",
        _unsigned_safe(torch.maximum, "minmax"),
        nin=2,
        types=_homogeneous(ALL),
        reduce=_amax,
        accumulate=_cummax,
        scatter="amax",
        doc="Element-wise maximum of array elements (propagates NaNs).",
    ),
    UfuncDef(
        "minimum",
        _unsigned_safe(torch.minimum, "minmax"),
        nin=2,
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
        types=_homogeneous(ALL, out="?"),
        python_scalars=True,
        doc="Return (x1 == x2) element-wise.",
    ),
    UfuncDef(
        "less",
        _unsigned_safe(operator.lt, "compare"),
        nin=2,
        types=_homogeneous(ALL, out="?"),
        python_scalars=True,
        doc="Return the truth value of (x1 < x2) element-wise.",
    ),
    UfuncDef(
        "greater",
        _unsigned_safe(operator.gt, "compare"),
        nin=2,
        types=_homogeneous(ALL, out="?"),
        python_scalars=True,
        doc="Return the truth value of (x1 > x2) element-wise.",
    ),
    UfuncDef(
        "logical_and",
        torch.logical_and,
        nin=2,
        identity=True,
        types=_homogeneous(ALL, out="?"),
        reduce=lambda t, axes, keepdims: torch.all(t, dim=axes, keepdim=keepdims),
        doc="Compute the truth value of x1 AND x2 element-wise.",
    ),
    UfuncDef(
        "logical_or",
        torch.logical_or,
        nin=2,
        identity=False,
        types=_homogeneous(ALL, out="?"),
        reduce=lambda t, axes, keepdims: torch.any(t, dim=axes, keepdim=keepdims),
        doc="Compute the truth value of x1 OR x2 element-wise.",
    ),
    UfuncDef(
        "logical_not",
        torch.logical_not,
        nin=1,
        types=_homogeneous(ALL, 1, out="?"),
        doc="Compute the truth value of NOT x element-wise.",
    ),
)
