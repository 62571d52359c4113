"""Square systems: solve, inv, det (batched over leading dimensions, NumPy 2 semantics)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, ScalarOrArray
from tnp_core.exceptions import LinAlgError
from tnp_core.kernel_utils import require

from ._common import SINGULAR, assert_stacked_square, linalg_dtype

__all__ = ["KERNELS", "solve", "inv", "det"]


def _batch_shape(a: torch.Tensor, b: torch.Tensor, b_core: int) -> None:
    """Raise NumPy's ValueError when the loop (batch) dimensions do not broadcast."""
    sa = tuple(a.shape[:-2])
    sb = tuple(b.shape[: b.dim() - b_core])
    try:
        torch.broadcast_shapes(sa, sb)
    except RuntimeError:
        raise ValueError(
            f"solve: operands could not be broadcast together: loop dimensions {sa} and {sb}"
        ) from None


def solve(a: ArrayLike, b: ArrayLike) -> torch.Tensor:
    """Solve ``a @ x = b``; ``b`` is a vector only when it is 1-d (NumPy 2 rule)."""
    assert_stacked_square(a)
    dt = linalg_dtype(a, b)
    m = a.shape[-1]
    if b.dim() == 1:
        if b.shape[0] != m:
            raise ValueError(
                "solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                f"signature (m,m),(m)->(m) (size {b.shape[0]} is different from {m})"
            )
    else:
        if b.dim() < 2:
            raise ValueError(
                f"solve: Input operand 1 does not have enough dimensions (has {b.dim()}, "
                "gufunc core with signature (m,m),(m,n)->(m,n) requires 2)"
            )
        if b.shape[-2] != m:
            raise ValueError(
                "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                f"signature (m,m),(m,n)->(m,n) (size {b.shape[-2]} is different from {m})"
            )
        _batch_shape(a, b, 2)
        if b.dim() < a.dim():
            # torch would read a (..., M, K) ``b`` with one dimension less than ``a`` as a
            # stack of vectors; give it ``a``'s rank so it is always a stack of matrices.
            b = b.reshape((1,) * (a.dim() - b.dim()) + tuple(b.shape))
    x, info = torch.linalg.solve_ex(a.to(dt), b.to(dt))
    require(info == 0, LinAlgError, SINGULAR)
    return x


def inv(a: ArrayLike) -> torch.Tensor:
    """The inverse of a (stack of) square matrices."""
    assert_stacked_square(a)
    r, info = torch.linalg.inv_ex(a.to(linalg_dtype(a)))
    require(info == 0, LinAlgError, SINGULAR)
    return r


def det(a: ArrayLike) -> ScalarOrArray:
    """The determinant of a (stack of) square matrices; 1.0 for a 0x0 matrix."""
    assert_stacked_square(a)
    return torch.linalg.det(a.to(linalg_dtype(a)))


KERNELS: dict[str, Callable[..., Any]] = {
    "linalg.solve": solve,
    "linalg.inv": inv,
    "linalg.det": det,
}
