"""Shared checks and NumPy's linalg dtype rule, at torch level."""

from __future__ import annotations

import torch

from tnp_core.exceptions import LinAlgError
from tnp_core.kernel_utils import complex_dtype, real_dtype

__all__ = [
    "linalg_dtype", "assert_stacked_2d", "assert_stacked_square", "real_dtype", "complex_dtype",
    "SINGULAR",
]

SINGULAR = "Singular matrix"

_F32 = torch.float32
_F64 = torch.float64
_C64 = torch.complex64
_C128 = torch.complex128


def linalg_dtype(*tensors: torch.Tensor) -> torch.dtype:
    """The dtype NumPy's linalg returns for these operands.

    bool and integers count as float64; float32 / complex64 stay single precision unless
    another operand is double; any complex operand makes the result complex.  float16 (and
    other inexact dtypes LAPACK lacks) raise NumPy's ``TypeError``.
    """
    double = False
    cplx = False
    for t in tensors:
        dt = t.dtype
        if dt is _F64 or dt is _C128:
            double = True
            cplx = cplx or dt is _C128
        elif dt is _C64:
            cplx = True
        elif dt.is_floating_point or dt.is_complex:
            if dt is not _F32:
                name = str(dt).removeprefix("torch.")
                raise TypeError(f"array type {name} is unsupported in linalg")
        else:
            double = True
    if cplx:
        return _C128 if double else _C64
    return _F64 if double else _F32


def assert_stacked_2d(a: torch.Tensor) -> None:
    """NumPy's LinAlgError for arrays with fewer than two dimensions."""
    if a.dim() < 2:
        raise LinAlgError(
            f"{a.dim()}-dimensional array given. Array must be at least two-dimensional"
        )


def assert_stacked_square(a: torch.Tensor) -> None:
    """NumPy's LinAlgError unless ``a`` is a (stack of) square matrices."""
    assert_stacked_2d(a)
    if a.shape[-1] != a.shape[-2]:
        raise LinAlgError("Last 2 dimensions of the array must be square")
