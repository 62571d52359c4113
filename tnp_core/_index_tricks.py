"""Index tricks: ``r_``, ``c_``, ``s_``, ``index_exp``, ``mgrid``, ``ogrid``.

They are objects indexed with slices, so they live in the core; the arrays they build come from
the assembled namespace (``concatenate``), so a plugin's override reaches them.
"""

from __future__ import annotations

import math
from typing import Any

import torch

from . import _dtypes, _ndarray
from ._convert import to_tensor
from ._ndarray import ndarray, wrap
from ._scalars import generic
from ._typeops import result_type

__all__ = ["AxisConcatenator", "GridBuilder", "IndexExpression", "c_", "index_exp", "mgrid",
           "ogrid", "r_", "s_"]

_PY_SCALARS = (int, float, complex, bool)


def _ns() -> Any:
    """The assembled namespace (set on ``_ndarray`` once ``tnp_core`` is built)."""
    return _ndarray._ns


class IndexExpression:
    """``s_[...]`` / ``index_exp[...]``: the index expression itself, as a slice or a tuple."""

    def __init__(self, maketuple: bool) -> None:
        self.maketuple = maketuple

    def __getitem__(self, item: Any) -> Any:
        if self.maketuple and not isinstance(item, tuple):
            return (item,)
        return item


s_ = IndexExpression(maketuple=False)
index_exp = IndexExpression(maketuple=True)


# ---------------------------------------------------------------- mgrid / ogrid


def _bounds(s: slice) -> tuple[Any, Any, Any]:
    start = 0 if s.start is None else s.start
    step = 1 if s.step is None else s.step
    return start, s.stop, step


def _is_complex_step(step: Any) -> bool:
    return isinstance(step, complex) or (
        isinstance(step, generic) and step.dtype.kind == "c"
    )


def _axis_values(s: slice, dt: torch.dtype) -> torch.Tensor:
    """The values of one ``mgrid`` axis: ``arange`` or, for an imaginary step, ``linspace``."""
    start, stop, step = _bounds(s)
    if _is_complex_step(step):
        n = int(abs(step))
        spacing = (stop - start) / float(n - 1) if n != 1 else 1
        return torch.arange(n, dtype=dt) * spacing + start
    if stop is None:
        raise TypeError("mgrid / ogrid slices need a stop value")
    n = math.ceil((stop - start) / (step * 1.0))
    if n < 0:
        raise ValueError("negative dimensions are not allowed")
    return (torch.arange(n, dtype=dt) * step + start).to(dt)


class GridBuilder:
    """``mgrid`` (dense) and ``ogrid`` (open) grids from slices."""

    def __init__(self, sparse: bool) -> None:
        self.sparse = sparse

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            start, stop, step = _bounds(key)
            if _is_complex_step(step):
                dt = result_type(start, stop, abs(step)).torch
            else:
                dt = result_type(start, stop, step).torch
            if not _is_complex_step(step):
                return _ns().arange(start, stop, step)
            return wrap(_axis_values(key, dt))
        if not isinstance(key, tuple) or not all(isinstance(k, slice) for k in key):
            raise TypeError(f"{'ogrid' if self.sparse else 'mgrid'} is indexed with slices")
        numbers: list[Any] = [0]
        for k in key:
            start, stop, step = _bounds(k)
            numbers += [start, stop, abs(step) if _is_complex_step(step) else step]
        dt = result_type(*numbers).torch
        axes = [_axis_values(k, dt) for k in key]
        if self.sparse:
            n = len(axes)
            return tuple(
                wrap(v.reshape([-1 if i == j else 1 for j in range(n)]))
                for i, v in enumerate(axes)
            )
        if not axes:
            return wrap(torch.empty((0,), dtype=dt))
        return wrap(torch.stack(torch.meshgrid(*axes, indexing="ij")))


mgrid = GridBuilder(sparse=False)
ogrid = GridBuilder(sparse=True)


# ---------------------------------------------------------------- r_ / c_


def _directive(item: str) -> tuple[int, int | None, int | None]:
    """``'axis'``, ``'axis,ndmin'`` or ``'axis,ndmin,trans1d'``."""
    if item in ("r", "c"):
        raise ValueError(
            f"the {item!r} directive builds a numpy.matrix, which tnp does not support"
        )
    parts = item.split(",")
    if len(parts) != 3:
        parts = parts[:2]  # like NumPy, fields after the second are ignored unless 3 are given
    try:
        values: list[int | None] = [int(p) for p in parts]
    except ValueError:
        raise ValueError(f"unknown special directive {item!r}") from None
    values += [None] * (3 - len(values))
    return values[0], values[1], values[2]  # type: ignore[return-value]


def _ndmin(t: torch.Tensor, ndmin: int, trans1d: int) -> torch.Tensor:
    """Add leading axes up to ``ndmin``; ``trans1d`` says where the original axes go."""
    nd = t.dim()
    if nd >= ndmin:
        return t
    t = t.reshape((1,) * (ndmin - nd) + tuple(t.shape))
    if trans1d != -1:
        k2 = ndmin - nd
        k1 = trans1d + k2 + 1 if trans1d < 0 else trans1d
        order = list(range(ndmin))
        t = t.permute(order[:k1] + order[k2:] + order[k1:k2])
    return t


def _scalar_piece(x: Any, dt: torch.dtype, ndmin: int) -> torch.Tensor:
    """A Python scalar as an array of the result dtype (NumPy 2: out-of-range ints overflow)."""
    if type(x) is int and not dt.is_floating_point and not dt.is_complex and dt is not torch.bool:
        info = _dtypes.from_torch(dt)
        lo, hi = (0, 2 ** (8 * info.itemsize) - 1) if info.kind == "u" else (
            -(2 ** (8 * info.itemsize - 1)), 2 ** (8 * info.itemsize - 1) - 1)
        if not lo <= x <= hi:
            raise OverflowError(f"Python integer {x} out of bounds for {info.name}")
        if x > 2**63 - 1:
            x -= 2**64  # the uint64 bit pattern
    return torch.tensor(x, dtype=dt if dt is not torch.uint64 else torch.int64).to(dt).reshape(
        (1,) * max(ndmin, 1))


class AxisConcatenator:
    """``r_`` / ``c_``: concatenate slices, scalars and arrays along an axis."""

    def __init__(self, axis: int = 0, ndmin: int = 1, trans1d: int = -1) -> None:
        self.axis = axis
        self.ndmin = ndmin
        self.trans1d = trans1d

    def __getitem__(self, key: Any) -> ndarray:
        if not isinstance(key, tuple):
            key = (key,)
        axis, ndmin, trans1d = self.axis, self.ndmin, self.trans1d
        pieces: list[Any] = []
        kinds: list[Any] = []  # what decides the result dtype: Python scalars stay weak
        for k, item in enumerate(key):
            if isinstance(item, str):
                if k != 0:
                    raise ValueError("special directives must be the first entry.")
                a, n, t = _directive(item)
                axis = a
                ndmin = ndmin if n is None else n
                trans1d = trans1d if t is None else t
                continue
            if isinstance(item, slice):
                start, stop, step = _bounds(item)
                if _is_complex_step(step):
                    piece = to_tensor(_ns().linspace(start, stop, num=int(abs(step))))
                else:
                    piece = to_tensor(_ns().arange(start, stop, step))
                if ndmin > 1:
                    piece = piece.reshape((1,) * (ndmin - 1) + tuple(piece.shape))
                    if trans1d != -1:
                        piece = piece.swapaxes(-1, trans1d)
                kinds.append(_dtypes.from_torch(piece.dtype))
            elif isinstance(item, _PY_SCALARS):
                piece = item  # converted once the result dtype is known (may overflow)
                kinds.append(item)
            else:
                piece = _ndmin(to_tensor(item), ndmin, trans1d)
                kinds.append(_dtypes.from_torch(piece.dtype))
            pieces.append(piece)
        if not pieces:
            return wrap(torch.empty((0,), dtype=torch.float64))
        dt = result_type(*kinds).torch
        arrays = [
            wrap(_scalar_piece(p, dt, ndmin)) if isinstance(p, _PY_SCALARS) else wrap(p.to(dt))
            for p in pieces
        ]
        return _ns().concatenate(arrays, axis=axis)

    def __len__(self) -> int:
        return 0


r_ = AxisConcatenator(0, ndmin=1)
c_ = AxisConcatenator(-1, ndmin=2, trans1d=0)
