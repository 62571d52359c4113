"""matmul (the array-API form), tensorinv and tensorsolve."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, ScalarOrArray
from tnp_core.exceptions import LinAlgError
from tnp_core.kernel_utils import normalize_axis, result_dtype

from ._solvers import inv, solve

__all__ = ["KERNELS"]

_NATIVE = frozenset({torch.float32, torch.float64, torch.complex64, torch.complex128,
                     torch.int64})
_SIG = "(n?,k),(k,m?)->(n?,m?)"


def matmul(x1: ArrayLike, x2: ArrayLike, /) -> ScalarOrArray:
    """Matrix product of two arrays with NumPy's 1-d promotion and batch broadcasting."""
    for i, t in enumerate((x1, x2)):
        if t.dim() == 0:
            raise ValueError(
                f"matmul: Input operand {i} does not have enough dimensions (has 0, gufunc "
                f"core with signature {_SIG} requires 1)"
            )
    k1 = x1.shape[-1]
    k2 = x2.shape[-2] if x2.dim() >= 2 else x2.shape[0]
    if k1 != k2:
        raise ValueError(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
            f"signature {_SIG} (size {k2} is different from {k1})"
        )
    dt = result_dtype(x1, x2)
    compute = dt if dt in _NATIVE else (torch.float32 if dt is torch.float16 else torch.int64)
    try:
        r = torch.matmul(x1.to(compute), x2.to(compute))
    except RuntimeError:
        b1, b2 = tuple(x1.shape[:-2]), tuple(x2.shape[:-2])
        raise ValueError(
            f"operands could not be broadcast together with remapped shapes "
            f"[original->remapped]: {b1} and {b2}"
        ) from None
    if dt is torch.bool:
        return r != 0
    return r if r.dtype is dt else r.to(dt)


def tensorinv(a: ArrayLike, ind: int = 2) -> torch.Tensor:
    """The inverse of ``a`` with respect to ``tensordot(..., ind)``."""
    if ind <= 0:
        raise ValueError("Invalid ind argument.")
    old = tuple(a.shape)
    rows = math.prod(old[:ind])
    cols = math.prod(old[ind:])
    if rows != cols:
        raise LinAlgError("Last 2 dimensions of the array must be square")
    return inv(a.reshape(rows, cols)).reshape(old[ind:] + old[:ind])


def tensorsolve(a: ArrayLike, b: ArrayLike, axes: Any = None) -> torch.Tensor:
    """Solve ``tensordot(a, x, axes=x.ndim) = b`` for ``x``."""
    n = a.dim()
    if axes is not None:
        order = list(range(n))
        for k in axes:
            k = normalize_axis(k, n)
            order.remove(k)
            order.append(k)
        a = a.permute(order)
    shape = tuple(a.shape[b.dim():])
    size = math.prod(shape)
    if math.prod(a.shape[:b.dim()]) != size:
        raise LinAlgError(
            "Input arrays must satisfy the requirement "
            "prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])"
        )
    return solve(a.reshape(size, size), b.reshape(-1)).reshape(shape)


KERNELS: dict[str, Callable[..., Any]] = {
    "linalg.matmul": matmul,
    "linalg.tensorinv": tensorinv,
    "linalg.tensorsolve": tensorsolve,
}
