"""NumPy's return kinds for sampled integers: Python scalar, NumPy scalar or 0-d array.

Kernels whose NumPy counterparts return NumPy scalars carry the ``ScalarOrArray`` return
marker, which turns every 0-d tensor into a scalar.  NumPy still returns a 0-d *array* for
``size=()``; :func:`zero_d_array` builds that ndarray directly, and the core passes a result
that is not a tensor through unchanged.
"""

from __future__ import annotations

from typing import Any

import torch

from tnp_core._ndarray import ndarray, wrap

__all__ = ["zero_d_array", "integer_result"]


def zero_d_array(t: torch.Tensor) -> ndarray:
    """A 0-d ndarray (not a NumPy scalar) around the fresh tensor ``t``."""
    return wrap(t)


def integer_result(t: torch.Tensor, size: tuple[int, ...] | None, dtype: Any) -> Any:
    """What ``randint`` / ``integers`` return for the sample ``t``.

    Without ``size`` and with scalar bounds NumPy returns a Python ``int`` / ``bool`` when
    ``dtype`` *is* the builtin ``int`` / ``bool``, else a NumPy scalar (``dtype=np.int64``,
    ``"int64"``, ``np.dtype(int)``); ``size=()`` gives a 0-d array.
    """
    if t.dim():
        return t
    if size is not None:
        return zero_d_array(t)
    if dtype is int or dtype is bool:
        return bool(t.item()) if t.dtype is torch.bool else int(t.item())
    return t

