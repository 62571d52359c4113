"""``shuffle``, ``permutation``, ``permuted`` and ``bytes`` at torch level."""

from __future__ import annotations

import operator
from typing import Any

import torch

import tnp_core
from tnp_core.kernel_utils import normalize_axis, to_tensor

from ._seeding import Stream

__all__ = ["is_integer_scalar", "permutation", "shuffle", "permuted", "random_bytes"]


def is_integer_scalar(x: Any) -> bool:
    """A Python / NumPy / tnp integer scalar (not a 0-d array); a Python bool counts (NumPy's
    ``permutation(True)`` permutes ``arange(1)``)."""
    if isinstance(x, int):
        return True
    if type(x).__name__ == "ndarray" or not hasattr(x, "__index__"):
        return False
    return getattr(x, "shape", None) == () and getattr(x, "dtype", None) is not None and (
        "int" in str(x.dtype)
    )


def _perm(stream: Stream, n: int, device: torch.device) -> torch.Tensor:
    return torch.randperm(n, generator=stream.generator(device), device=device)


def permutation(stream: Stream, x: Any, axis: int, legacy: bool) -> torch.Tensor:
    """A permuted copy of ``x`` along ``axis`` (an integer ``x``: a permuted ``arange(x)``)."""
    if is_integer_scalar(x):
        n = operator.index(x)
        return _perm(stream, max(n, 0), torch.get_default_device())
    t = to_tensor(x)
    if t.dim() == 0:
        if legacy:
            raise IndexError("x must be an integer or at least 1-dimensional")
        raise tnp_core.AxisError(f"axis {axis} is out of bounds for array of dimension 0")
    ax = normalize_axis(axis, t.dim())
    idx = _perm(stream, t.shape[ax], t.device)
    return t.index_select(ax, idx) if t.dtype is not torch.uint64 else (
        t.view(torch.int64).index_select(ax, idx).view(torch.uint64)
    )


def shuffle(stream: Stream, x: Any, axis: int) -> None:
    """Shuffle ``x`` in place along ``axis``: a writable tnp ndarray or a mutable sequence."""
    if isinstance(x, tnp_core.ndarray):
        if isinstance(x, tnp_core.generic) or x.ndim == 0:
            raise TypeError("len() of unsized object")
        if not x.flags["WRITEABLE"]:
            raise ValueError("array is read-only")
        t = to_tensor(x)
        ax = normalize_axis(axis, t.dim())
        idx = _perm(stream, t.shape[ax], t.device)
        src = t.view(torch.int64) if t.dtype is torch.uint64 else t
        shuffled = src.index_select(ax, idx)
        src.copy_(shuffled)
        return None
    if isinstance(x, torch.Tensor):
        raise TypeError("shuffle needs a tnp ndarray or a mutable sequence, not a tensor")
    if not hasattr(x, "__len__") or not hasattr(x, "__setitem__"):
        raise TypeError("len() of unsized object" if not hasattr(x, "__len__") else
                        f"'{type(x).__name__}' object does not support item assignment")
    if axis != 0:
        raise NotImplementedError("Axis argument is only supported on ndarray objects")
    items = list(x)
    order = _perm(stream, len(items), torch.device("cpu")).tolist()
    for i, j in enumerate(order):
        x[i] = items[j]
    return None


def permuted(stream: Stream, t: torch.Tensor, axis: Any) -> torch.Tensor:
    """Each 1-d slice along ``axis`` shuffled independently (``axis`` None: all elements)."""
    if t.dim() == 0:
        raise TypeError("len() of unsized object")
    gen = stream.generator(t.device)
    src = t.view(torch.int64) if t.dtype is torch.uint64 else t
    if axis is None:
        flat = src.reshape(-1)
        out = flat[torch.randperm(flat.numel(), generator=gen, device=t.device)].reshape(t.shape)
    else:
        ax = normalize_axis(operator.index(axis), t.dim())
        keys = torch.rand(t.shape, generator=gen, device=t.device)
        out = torch.take_along_dim(src, keys.argsort(dim=ax), dim=ax)
    return out.view(torch.uint64) if t.dtype is torch.uint64 else out


def random_bytes(stream: Stream, length: Any) -> bytes:
    """``length`` random bytes."""
    try:
        n = operator.index(length)
    except TypeError:  # NumPy converts like int(): bytes(5.7) gives 5 bytes
        if isinstance(length, (str, bytes)) or not hasattr(length, "__int__"):
            raise TypeError("an integer is required") from None
        if getattr(length, "ndim", 0):
            raise TypeError("only 0-dimensional arrays can be converted to Python scalars"
                            ) from None
        n = int(length)
    if n < 0:
        raise ValueError("negative dimensions are not allowed")
    device = torch.get_default_device()
    words = (n + 7) // 8
    bits = torch.empty(words, dtype=torch.int64, device=device).random_(
        -(2**63), None, generator=stream.generator(device)
    )
    return bytes(bits.view(torch.uint8).cpu().tolist()[:n])
