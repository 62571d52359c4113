"""``as_strided`` and ``sliding_window_view``: views with arbitrary strides, sharing memory.

Strides are given and reported in bytes like NumPy's and must be multiples of the item size
(torch strides count elements).  As in NumPy, ``as_strided`` can build views whose elements
overlap; writing through such a view is the caller's responsibility.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

import torch

from .._convert import to_tensor
from .._ndarray import ndarray, wrap, wrap_view
from ..exceptions import AxisError

__all__ = ["as_strided", "sliding_window_view"]


def _array(x: Any) -> ndarray:
    return x if isinstance(x, ndarray) else wrap(to_tensor(x))


def _view(a: ndarray, t: torch.Tensor, writeable: bool) -> ndarray:
    v = wrap_view(t, a)
    if not writeable:
        v._ro = True
    return v


def as_strided(x: Any, shape: Sequence[int] | None = None, strides: Sequence[int] | None = None,
               subok: bool = False, writeable: bool = True) -> ndarray:
    """A view of ``x`` with the given shape and strides (in bytes)."""
    a = _array(x)
    t = a._t
    size = t.element_size()
    shape = tuple(t.shape) if shape is None else tuple(operator.index(n) for n in shape)
    if strides is None:
        steps = tuple(t.stride()) if shape == tuple(t.shape) else tuple(
            torch.empty(shape).stride())
    else:
        strides = tuple(operator.index(s) for s in strides)
        if len(strides) != len(shape):
            raise ValueError("mismatch in length of strides and shape")
        if any(s % size for s in strides):
            raise ValueError(f"strides must be multiples of the item size ({size} bytes) in tnp")
        steps = tuple(s // size for s in strides)
    if any(n < 0 for n in shape):
        raise ValueError("negative dimensions are not allowed")
    if any(s < 0 for s in steps):
        raise ValueError("negative strides are not supported by tnp (torch views cannot have "
                         "them)")
    return _view(a, t.as_strided(shape, steps, t.storage_offset()), writeable and not a._ro)


def sliding_window_view(x: Any, window_shape: int | Sequence[int], axis: Any = None, *,
                        subok: bool = False, writeable: bool = False) -> ndarray:
    """All windows of ``window_shape`` sliding over ``x`` (read-only by default), as a view."""
    a = _array(x)
    t = a._t
    window = (tuple(operator.index(w) for w in window_shape)
              if isinstance(window_shape, (tuple, list)) else (operator.index(window_shape),))
    if any(w < 0 for w in window):
        raise ValueError("`window_shape` cannot contain negative values")
    nd = t.dim()
    if axis is None:
        axes = tuple(range(nd))
        if len(window) != nd:
            raise ValueError(f"Since axis is `None`, must provide window_shape for all "
                             f"dimensions of `x`; got {len(window)} window_shape elements and "
                             f"`x.ndim` is {nd}.")
    else:
        raw = tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)
        axes = []
        for ax in raw:
            ax = operator.index(ax)
            if not -nd <= ax < nd:
                raise AxisError(ax, nd)
            axes.append(ax % nd)
        axes = tuple(axes)
        if len(window) != len(axes):
            raise ValueError(f"Must provide matching length window_shape and axis; got "
                             f"{len(window)} window_shape elements and {len(axes)} axes "
                             f"elements.")
    shape = list(t.shape)
    for ax, w in zip(axes, window):
        if shape[ax] < w:
            raise ValueError("window shape cannot be larger than input array shape")
        shape[ax] -= w - 1
    steps = list(t.stride()) + [t.stride(ax) for ax in axes]
    out = t.as_strided(tuple(shape) + window, tuple(steps), t.storage_offset())
    return _view(a, out, writeable and not a._ro)
