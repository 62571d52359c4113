"""Bit packing: packbits and unpackbits.

Both work on whole tensors: the packed axis is moved last, padded to a multiple of 8 and
reshaped to ``(..., bytes, 8)``; bits are combined with shifts and a sum, or split with a
broadcast right shift.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, AxisLike
from tnp_core.kernel_utils import normalize_axis

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_BIG = (7, 6, 5, 4, 3, 2, 1, 0)
_LITTLE = (0, 1, 2, 3, 4, 5, 6, 7)


def _packed_axis(a: _Tensor, axis: Any) -> tuple[_Tensor, int]:
    if axis is None:
        return a.reshape(-1), 0
    if isinstance(axis, tuple):
        raise TypeError("'tuple' object cannot be interpreted as an integer")
    t = a.reshape(1) if a.dim() == 0 else a
    return t, normalize_axis(axis, t.dim())


def _shifts(order: tuple[int, ...], device: torch.device) -> _Tensor:
    return torch.tensor(order, dtype=torch.uint8, device=device)


def packbits(a: ArrayLike, /, axis: AxisLike = None, bitorder: str = "big") -> torch.Tensor:
    """Pack the truth values of an integer or bool array into uint8 bytes along ``axis``."""
    if not isinstance(bitorder, str):
        raise TypeError(f"pack() argument 3 must be str, not {type(bitorder).__name__}")
    if bitorder not in ("big", "little"):  # checked before the dtype, like NumPy
        raise ValueError("'order' must be either 'little' or 'big'")
    if a.dtype.is_floating_point or a.dtype.is_complex:
        raise TypeError("Expected an input array of integer or boolean data type")
    t, ax = _packed_axis(a, axis)
    bits = (t != 0).movedim(ax, -1).to(torch.uint8)
    n = bits.shape[-1]
    nbytes = (n + 7) // 8
    if nbytes * 8 != n:
        bits = torch.nn.functional.pad(bits, (0, nbytes * 8 - n))
    bits = bits.reshape(*bits.shape[:-1], nbytes, 8)
    shifts = _shifts(_BIG if bitorder == "big" else _LITTLE, t.device)
    packed = (bits << shifts).sum(-1, dtype=torch.int32).to(torch.uint8)
    return packed.movedim(-1, ax)


def unpackbits(
    a: ArrayLike,
    /,
    axis: AxisLike = None,
    count: int | None = None,
    bitorder: str = "big",
) -> torch.Tensor:
    """Unpack uint8 bytes into bits (uint8 0/1) along ``axis``; ``count`` bits are kept."""
    if a.dtype is not torch.uint8:
        raise TypeError("Expected an input array of unsigned byte data type")
    if not isinstance(bitorder, str):
        raise TypeError(f"unpack() argument 4 must be str, not {type(bitorder).__name__}")
    if bitorder[:1] not in ("l", "b"):
        raise ValueError("'order' must begin with 'l' or 'b'")
    if count is not None:
        count = operator.index(count)
    t, ax = _packed_axis(a, axis)
    b = t.movedim(ax, -1)
    shifts = _shifts(_LITTLE if bitorder[0] == "l" else _BIG, t.device)
    bits = ((b.unsqueeze(-1) >> shifts) & 1).reshape(*b.shape[:-1], b.shape[-1] * 8)
    if count is not None:
        total = bits.shape[-1]
        if count < 0:
            if -count > total:
                raise ValueError("-count larger than number of elements")
            bits = bits[..., : total + count]
        elif count <= total:
            bits = bits[..., :count]
        else:
            bits = torch.nn.functional.pad(bits, (0, count - total))
    return bits.movedim(-1, ax).contiguous()


KERNELS: dict[str, Callable[..., Any]] = {
    "packbits": packbits,
    "unpackbits": unpackbits,
}
