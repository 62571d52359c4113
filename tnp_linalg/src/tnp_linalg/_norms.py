"""Vector and matrix norms: ``norm`` with every ``ord`` / ``axis`` form NumPy accepts.

Results are always fresh tensors (reductions computed with ``keepdim`` as asked), never views
of a temporary, so the core does not mistake them for views of the input.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, AxisLike, ScalarOrArray
from tnp_core.exceptions import LinAlgError
from tnp_core.kernel_utils import normalize_axis

from ._common import linalg_dtype, real_dtype

__all__ = ["KERNELS", "norm"]

_INF = math.inf
_NO_MIN_IDENTITY = "zero-size array to reduction operation minimum which has no identity"
_vector_norm = torch.linalg.vector_norm
_INEXACT = frozenset({torch.float16, torch.bfloat16, torch.float32, torch.float64,
                      torch.complex64, torch.complex128})


def _is_fro(ord: Any) -> bool:
    return isinstance(ord, str) and ord in ("fro", "f")


def _reduced_shape(shape: torch.Size, dims: tuple[int, ...], keepdims: bool) -> list[int]:
    dims = tuple(d % len(shape) for d in dims)
    if keepdims:
        return [1 if i in dims else n for i, n in enumerate(shape)]
    return [n for i, n in enumerate(shape) if i not in dims]


def _amax0(t: torch.Tensor, dim: int, keepdims: bool) -> torch.Tensor:
    """Maximum along ``dim`` with initial value 0 (an empty axis gives 0, as NumPy's norm)."""
    if t.shape[dim] == 0 or t.numel() == 0:
        return t.new_zeros(_reduced_shape(t.shape, (dim,), keepdims))
    return t.amax(dim, keepdim=keepdims)


def _amin(t: torch.Tensor, dim: int, keepdims: bool) -> torch.Tensor:
    """Minimum along ``dim``; NumPy's ValueError when that axis is empty."""
    if t.shape[dim] == 0:
        raise ValueError(_NO_MIN_IDENTITY)
    if t.numel() == 0:
        return t.new_zeros(_reduced_shape(t.shape, (dim,), keepdims))
    return t.amin(dim, keepdim=keepdims)


def _vector(x: torch.Tensor, ord: Any, ax: int, keepdims: bool) -> torch.Tensor:
    """Vector norm of ``x`` along ``ax``."""
    if isinstance(ord, str):
        raise ValueError(f"Invalid norm order '{ord}' for vectors")
    p = 2.0 if ord is None else float(ord)
    if x.numel() == 0 and (p == _INF or p < 0):
        # torch refuses these on empty input; NumPy: max has initial 0, min has no
        # identity, and a negative power of an empty sum is inf.
        n = x.shape[ax]
        if n == 0 and p == -_INF:
            raise ValueError(_NO_MIN_IDENTITY)
        fill = _INF if n == 0 and p < 0 else 0.0
        shape = _reduced_shape(x.shape, (ax,), keepdims)
        return torch.full(shape, fill, dtype=real_dtype(x.dtype), device=x.device)
    if p == 0 and x.is_complex():
        # torch warns (casting complex to real) inside vector_norm for ord 0: count directly.
        return (x != 0).sum(dim=ax, keepdim=keepdims).to(real_dtype(x.dtype))
    return _vector_norm(x, p, dim=ax, keepdim=keepdims)


def _svd_norm(x: torch.Tensor, row: int, col: int, ord: Any, keepdims: bool) -> torch.Tensor:
    """Norms from singular values: 2 (largest), -2 (smallest), 'nuc' (their sum)."""
    y = x.movedim((row, col), (-2, -1)).to(linalg_dtype(x))
    try:
        s = torch.linalg.svdvals(y)
    except torch.linalg.LinAlgError:
        raise LinAlgError("SVD did not converge") from None
    if ord == 2:
        r = _amax0(s, -1, False)
    elif ord == -2:
        r = _amin(s, -1, False)
    else:
        r = s.sum(-1)
    if keepdims:
        r = r.reshape(_reduced_shape(x.shape, (row, col), True)).clone()
    return r


def _matrix(x: torch.Tensor, ord: Any, axes: tuple[int, int], keepdims: bool) -> torch.Tensor:
    """Matrix norm of ``x`` over the two axes ``axes`` (rows, columns)."""
    nd = x.dim()
    row = normalize_axis(axes[0], nd)
    col = normalize_axis(axes[1], nd)
    if row == col:
        raise ValueError("Duplicate axes given.")
    if ord is None or _is_fro(ord):
        return _vector_norm(x, 2, dim=(row, col), keepdim=keepdims)
    if isinstance(ord, str):
        if ord == "nuc":
            return _svd_norm(x, row, col, ord, keepdims)
        raise ValueError("Invalid norm order for matrices.")
    if ord == 2 or ord == -2:
        return _svd_norm(x, row, col, ord, keepdims)
    if ord == 1 or ord == -1:
        summed, other = row, col  # max/min over columns of the column sums
    elif ord == _INF or ord == -_INF:
        summed, other = col, row  # max/min over rows of the row sums
    else:
        raise ValueError("Invalid norm order for matrices.")
    s = x.abs().sum(summed, keepdim=keepdims)
    if not keepdims and other > summed:
        other -= 1
    return _amax0(s, other, keepdims) if ord > 0 else _amin(s, other, keepdims)


def norm(
    x: ArrayLike, ord: Any = None, axis: AxisLike = None, keepdims: bool = False
) -> ScalarOrArray:
    """Matrix or vector norm (NumPy's ``linalg.norm``, every ``ord`` / ``axis`` form)."""
    if x.dtype not in _INEXACT:
        x = x.to(torch.float64)
    elif ord is None and axis is None and not keepdims:
        return _vector_norm(x)  # the common call, in the form torch parses fastest
    keepdims = bool(keepdims)  # NumPy takes any truthy value; torch wants a bool
    nd = x.dim()
    if axis is None:
        if ord is None or (nd == 2 and _is_fro(ord)) or (nd == 1 and ord == 2):
            return _vector_norm(x, 2, keepdim=keepdims)
        axes: tuple[int, ...] = tuple(range(nd))
    elif isinstance(axis, tuple):
        axes = axis
    else:
        axes = (axis,)
    if len(axes) == 1:
        return _vector(x, ord, normalize_axis(axes[0], nd), keepdims)
    if len(axes) == 2:
        return _matrix(x, ord, (axes[0], axes[1]), keepdims)
    raise ValueError("Improper number of dimensions to norm.")


KERNELS: dict[str, Callable[..., Any]] = {"linalg.norm": norm}
