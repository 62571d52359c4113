"""The array-API additions of ``numpy.linalg`` and ``cond`` / ``multi_dot``.

matrix_transpose, diagonal, trace, outer, cross, vecdot, matrix_norm, vector_norm, tensordot,
multi_dot, cond.  They follow NumPy 2's promotion (NEP 50) through ``result_dtype``.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import torch

from tnp_core.annotations import (
    ArrayLike,
    ArrayLikeSequence,
    AxisLike,
    DTypeLike,
    OutArray,
    ReadOnlyResult,
    ScalarOrArray,
)
from tnp_core.exceptions import ComplexWarning, LinAlgError
from tnp_core.kernel_utils import normalize_axes, normalize_axis, result_dtype

from ._common import assert_stacked_square, linalg_dtype, real_dtype
from ._decomp import svd
from ._norms import norm

__all__ = [
    "KERNELS",
    "matrix_transpose",
    "diagonal",
    "trace",
    "outer",
    "cross",
    "vecdot",
    "matrix_norm",
    "vector_norm",
    "tensordot",
    "multi_dot",
    "cond",
]

_B = torch.bool


def _common(x1: torch.Tensor, x2: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, Any]:
    dt = result_dtype(x1, x2)
    return x1.to(dt), x2.to(dt), dt


def _bool_safe(fn: Callable[..., torch.Tensor], a: torch.Tensor, b: torch.Tensor,
               *args: Any, **kw: Any) -> torch.Tensor:
    """``fn`` on same-dtype operands; bool products are sums of ANDs then ``!= 0`` (NumPy)."""
    if a.dtype is _B:
        return fn(a.to(torch.int64), b.to(torch.int64), *args, **kw) != 0
    return fn(a, b, *args, **kw)


def matrix_transpose(x: ArrayLike, /) -> torch.Tensor:
    """Swap the last two axes (a view)."""
    if x.dim() < 2:
        raise ValueError("Input array must be at least 2-dimensional")
    return x.mT


def diagonal(x: ArrayLike, /, *, offset: int = 0) -> ReadOnlyResult:
    """The ``offset`` diagonal of the last two axes (a read-only view, as NumPy's)."""
    if x.dim() < 2:
        raise ValueError("diag requires an array of at least two dimensions")
    return torch.diagonal(x, offset, -2, -1)


def _sum_dtype(dt: torch.dtype) -> torch.dtype:
    """NumPy's accumulator of ``sum`` without ``dtype``: small ints go to (u)int64."""
    if dt is _B or dt in (torch.int8, torch.int16, torch.int32):
        return torch.int64
    if dt in (torch.uint8, torch.uint16, torch.uint32):
        return torch.uint64
    return dt


def trace(x: ArrayLike, /, *, offset: int = 0, dtype: DTypeLike = None) -> ScalarOrArray:
    """Sum of the ``offset`` diagonal of the last two axes."""
    d = diagonal(x, offset=offset)
    out = dtype if dtype is not None else _sum_dtype(x.dtype)
    if d.is_complex() and not out.is_complex:
        warnings.warn(
            "Casting complex values to real discards the imaginary part", ComplexWarning,
            stacklevel=2,
        )
        d = d.real
    if out is torch.uint64:
        return d.to(torch.int64).sum(-1).to(out)
    if out is _B:
        return d.sum(-1) != 0
    return d.to(out).sum(-1, dtype=out)  # torch would widen small integer sums


def outer(x1: ArrayLike, x2: ArrayLike, /) -> torch.Tensor:
    """Outer product of two vectors."""
    if x1.dim() != 1 or x2.dim() != 1:
        raise ValueError(
            "Input arrays must be one-dimensional, but they are "
            f"x1.ndim={x1.dim()} and x2.ndim={x2.dim()}."
        )
    a, b, _ = _common(x1, x2)
    return a.unsqueeze(-1) * b.unsqueeze(0)


def cross(x1: ArrayLike, x2: ArrayLike, /, *, axis: int = -1) -> torch.Tensor:
    """Cross product of (arrays of) 3-vectors along ``axis``."""
    if x1.shape[axis] != 3 or x2.shape[axis] != 3:
        raise ValueError(
            "Both input arrays must be (arrays of) 3-dimensional vectors, "
            f"but they are {x1.shape[axis]} and {x2.shape[axis]} dimensional instead."
        )
    a, b, dt = _common(x1.movedim(axis, -1), x2.movedim(axis, -1))
    if dt is _B:
        raise TypeError(
            "numpy boolean subtract, the `-` operator, is not supported, "
            "use the bitwise_xor, the `^` operator, or the logical_xor function instead."
        )
    shape = torch.broadcast_shapes(a.shape, b.shape)
    a = a.expand(shape)
    b = b.expand(shape)
    r = torch.stack(
        [
            a[..., 1] * b[..., 2] - a[..., 2] * b[..., 1],
            a[..., 2] * b[..., 0] - a[..., 0] * b[..., 2],
            a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0],
        ],
        dim=-1,
    )
    nd = len(shape)
    return r.movedim(-1, normalize_axis(axis, nd)).contiguous()


def vecdot(x1: ArrayLike, x2: ArrayLike, /, *, axis: int = -1) -> ScalarOrArray:
    """``sum(conj(x1) * x2)`` along ``axis`` (complex conjugate of the first argument)."""
    a = x1.movedim(normalize_axis(axis, x1.dim()), -1)
    b = x2.movedim(normalize_axis(axis, x2.dim()), -1)
    if a.shape[-1] != b.shape[-1]:
        raise ValueError(
            "vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
            f"signature (n),(n)->() (size {b.shape[-1]} is different from {a.shape[-1]})"
        )
    try:
        torch.broadcast_shapes(a.shape[:-1], b.shape[:-1])
    except RuntimeError:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes"
        ) from None
    a, b, dt = _common(a, b)
    if dt is _B:
        return (a & b).any(-1)
    if dt.is_complex:
        a = a.conj()
    prod = a * b
    if dt.is_floating_point or dt.is_complex:
        return prod.sum(-1)
    return prod.sum(-1).to(dt)  # integers wrap as NumPy's


def matrix_norm(x: ArrayLike, /, *, keepdims: bool = False, ord: Any = "fro") -> ScalarOrArray:
    """Matrix norm over the last two axes."""
    return norm(x, ord=ord, axis=(-2, -1), keepdims=keepdims)


def vector_norm(
    x: ArrayLike, /, *, axis: AxisLike = None, keepdims: bool = False, ord: Any = 2
) -> ScalarOrArray:
    """Vector norm over ``axis`` (any number of axes, flattened together)."""
    shape = list(x.shape)
    nd = x.dim()
    if axis is None:
        y = x.reshape(-1)
        ax = 0
    elif isinstance(axis, tuple):
        axes = normalize_axes(axis, nd)
        rest = [i for i in range(nd) if i not in axes]
        y = x.permute(*axes, *rest).reshape(
            [math.prod(shape[i] for i in axes)] + [shape[i] for i in rest]
        )
        ax = 0
    else:
        y = x
        ax = axis
    res = norm(y, ord=ord, axis=ax)
    if keepdims:
        for i in normalize_axes(axis if axis is not None else tuple(range(nd)), nd):
            shape[i] = 1
        res = res.reshape(shape)
    return res


def _tensordot_axes(axes: Any, n1: int, n2: int) -> tuple[list[int], list[int]]:
    try:
        iter(axes)
    except TypeError:
        k = int(axes)
        return list(range(n1 - k, n1)) if k > 0 else [], list(range(k)) if k > 0 else []
    a, b = axes
    a = list(a) if isinstance(a, Sequence) else [a]
    b = list(b) if isinstance(b, Sequence) else [b]
    return a, b


def tensordot(x1: ArrayLike, x2: ArrayLike, /, *, axes: Any = 2) -> torch.Tensor:
    """Sum products over the given axes (NumPy's ``tensordot``)."""
    da, db = _tensordot_axes(axes, x1.dim(), x2.dim())
    if len(da) != len(db):
        raise ValueError("shape-mismatch for sum")
    for i, j in zip(da, db):
        if x1.shape[i] != x2.shape[j]:
            raise ValueError("shape-mismatch for sum")
    a, b, dt = _common(x1, x2)
    if not (dt.is_floating_point or dt.is_complex or dt is _B):
        return torch.tensordot(a.to(torch.int64), b.to(torch.int64), dims=(da, db)).to(dt)
    return _bool_safe(torch.tensordot, a, b, dims=(da, db))


def _dot2(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    a, b, dt = _common(a, b)
    if not (dt.is_floating_point or dt.is_complex or dt is _B):
        return torch.matmul(a.to(torch.int64), b.to(torch.int64)).to(dt)
    return _bool_safe(torch.matmul, a, b)


def _chain_order(shapes: list[int]) -> list[list[int]]:
    """Optimal parenthesization of a matrix chain (dynamic programming, CLRS)."""
    n = len(shapes) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(1, n):
        for i in range(n - length):
            j = i + length
            cost[i][j] = math.inf  # type: ignore[call-overload]
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + shapes[i] * shapes[k + 1] * shapes[j + 1]
                if c < cost[i][j]:
                    cost[i][j] = c
                    split[i][j] = k
    return split


def multi_dot(arrays: ArrayLikeSequence, *, out: OutArray = None) -> ScalarOrArray:
    """Chained matrix product in the cheapest order; 1-d ends are vectors."""
    n = len(arrays)
    if n < 2:
        raise ValueError("Expecting at least two arrays.")
    if n == 2:
        a, b = arrays
        if a.dim() > 2 or b.dim() > 2:
            if a.dim() == 0 or b.dim() == 0:
                return _dot2(a, b)
            return tensordot(a, b, axes=([a.dim() - 1], [b.dim() - 2 if b.dim() > 1 else 0]))
        if a.dim() == 0 or b.dim() == 0:
            x, y, _ = _common(a, b)
            return x * y
        return _dot2(a, b)
    mats = list(arrays)
    first, last = mats[0].dim(), mats[-1].dim()
    if first == 1:
        mats[0] = mats[0].unsqueeze(0)
    if last == 1:
        mats[-1] = mats[-1].unsqueeze(-1)
    for m in mats:
        if m.dim() != 2:
            raise LinAlgError(
                f"{m.dim()}-dimensional array given. Array must be two-dimensional"
            )
    split = _chain_order([m.shape[0] for m in mats] + [mats[-1].shape[1]])

    def rec(i: int, j: int) -> torch.Tensor:
        if i == j:
            return mats[i]
        return _dot2(rec(i, split[i][j]), rec(split[i][j] + 1, j))

    r = rec(0, n - 1)
    if first == 1 and last == 1:
        return r[0, 0]
    if first == 1 or last == 1:
        return r.reshape(-1)
    return r


def cond(x: ArrayLike, p: Any = None) -> ScalarOrArray:
    """Condition number (2-norm from singular values, else ``norm(x) * norm(inv(x))``)."""
    if x.numel() == 0 and x.dim() >= 2 and x.shape[-1] * x.shape[-2] == 0:
        raise LinAlgError("cond is not defined on empty arrays")
    if p is None or (not isinstance(p, str) and p in (2, -2)):
        s = svd(x, compute_uv=False)
        r = s[..., -1] / s[..., 0] if p == -2 else s[..., 0] / s[..., -1]
    else:
        assert_stacked_square(x)
        dt = linalg_dtype(x)
        xd = x.to(dt)
        invx, info = torch.linalg.inv_ex(xd)
        invx = torch.where((info != 0)[..., None, None], torch.nan, invx)
        r = norm(xd, p, axis=(-2, -1)) * norm(invx, p, axis=(-2, -1))
        r = r.to(real_dtype(dt))
    nan = torch.isnan(r)
    if bool(nan.any()):
        xx = x if (x.is_floating_point() or x.is_complex()) else x.to(torch.float64)
        nan = nan & ~torch.isnan(xx).any(-1).any(-1)
        r = torch.where(nan, torch.inf, r)
    return r


KERNELS: dict[str, Callable[..., Any]] = {
    "linalg.matrix_transpose": matrix_transpose,
    "linalg.diagonal": diagonal,
    "linalg.trace": trace,
    "linalg.outer": outer,
    "linalg.cross": cross,
    "linalg.vecdot": vecdot,
    "linalg.matrix_norm": matrix_norm,
    "linalg.vector_norm": vector_norm,
    "linalg.tensordot": tensordot,
    "linalg.multi_dot": multi_dot,
    "linalg.cond": cond,
}
