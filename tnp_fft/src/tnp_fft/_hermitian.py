"""Hermitian transforms: hfft (Hermitian-symmetric input, real output) and its inverse ihfft.

As in NumPy, ``hfft(a, n)`` is ``irfft(conj(a), n)`` with the norm direction swapped, and
``ihfft(a, n)`` is ``conj(rfft(a, n))`` with the norm direction swapped; dtypes follow
:func:`irfft` and :func:`rfft`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, OutArray

from ._basic import _norm_mode, irfft, rfft

__all__ = ["KERNELS", "hfft", "ihfft"]

_SWAP = {"backward": "forward", "ortho": "ortho", "forward": "backward"}


def _swap_direction(norm: Any) -> str:
    """The torch norm mode of the opposite transform (hfft is irfft of the conjugate)."""
    return _SWAP[_norm_mode(norm)]


def hfft(
    a: ArrayLike,
    n: int | None = None,
    axis: int = -1,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """FFT of a signal with Hermitian symmetry: ``n`` real outputs (default ``2 * (m - 1)``)."""
    if n is None:
        n = (a.shape[axis] - 1) * 2
    mode = _swap_direction(norm)
    x = a.conj() if a.is_complex() else a
    return irfft(x.resolve_conj(), n, axis, mode)


def ihfft(
    a: ArrayLike,
    n: int | None = None,
    axis: int = -1,
    norm: str | None = None,
    out: OutArray = None,
) -> torch.Tensor:
    """Inverse of :func:`hfft` for real input: ``n // 2 + 1`` complex outputs."""
    if n is None:
        n = a.shape[axis]
    mode = _swap_direction(norm)
    return rfft(a, n, axis, mode).conj().resolve_conj()


KERNELS: dict[str, Callable[..., Any]] = {
    "fft.hfft": hfft,
    "fft.ihfft": ihfft,
}
