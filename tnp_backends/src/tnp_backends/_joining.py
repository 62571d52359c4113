"""Joining, splitting, tiling and editing arrays: the stack family, block, the split family,
tile, repeat, resize, append, insert, delete, trim_zeros, copyto; ``pad`` lives in
``_padding`` and is registered from here.

Split pieces and ``unstack`` items are torch views of the input (they share its memory), like
NumPy's; ``trim_zeros`` returns a view.  Everything else returns new tensors.
"""

from __future__ import annotations

import operator
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import torch

from tnp_core.annotations import (
    ArrayLike,
    ArrayLikeSequence,
    ArrayOrScalar,
    AxisLike,
    DTypeLike,
    OutArray,
    ShapeLike,
    WritableArray,
)
from tnp_core.kernel_utils import can_cast, compiling, normalize_axis, result_dtype, to_tensor

from ._manipulation import (
    _CASTINGS,
    _atleast,
    _axis_tuple,
    _cast,
    _check_casting,
    _movable,
    _moved_back,
    _name,
    _shape_repr,
    concatenate,
)
from ._padding import _fill, pad

__all__ = ["KERNELS"]

_Tensor = torch.Tensor


# ---------------------------------------------------------------- the stack family


def concat(
    arrays: ArrayLikeSequence,
    /,
    axis: AxisLike = 0,
    out: OutArray = None,
    *,
    dtype: DTypeLike = None,
    casting: str = "same_kind",
) -> torch.Tensor:
    """The array API's name of ``concatenate``."""
    return concatenate(arrays, axis, None, dtype=dtype, casting=casting)


def hstack(
    tup: ArrayLikeSequence, *, dtype: DTypeLike = None, casting: str = "same_kind"
) -> torch.Tensor:
    """Stack horizontally: along axis 1, or axis 0 for 1-d inputs."""
    arrs = [_atleast(t, 1) for t in tup]
    axis = 0 if arrs and arrs[0].dim() == 1 else 1
    return concatenate(arrs, axis, None, dtype=dtype, casting=casting)


def vstack(
    tup: ArrayLikeSequence, *, dtype: DTypeLike = None, casting: str = "same_kind"
) -> torch.Tensor:
    """Stack vertically (along axis 0), 1-d inputs becoming rows."""
    return concatenate([_atleast(t, 2) for t in tup], 0, None, dtype=dtype, casting=casting)


def row_stack(
    tup: ArrayLikeSequence, *, dtype: DTypeLike = None, casting: str = "same_kind"
) -> torch.Tensor:
    """Deprecated alias of ``vstack`` (NumPy 2 warns with a DeprecationWarning)."""
    warnings.warn(
        "`row_stack` alias is deprecated. Use `np.vstack` directly.",
        DeprecationWarning,
        stacklevel=3,
    )
    return vstack(tup, dtype=dtype, casting=casting)


def dstack(tup: ArrayLikeSequence) -> torch.Tensor:
    """Stack along the third axis (``(N,)`` -> ``(1, N, 1)``, ``(M, N)`` -> ``(M, N, 1)``)."""
    return concatenate([_atleast(t, 3) for t in tup], 2)


def column_stack(tup: ArrayLikeSequence) -> torch.Tensor:
    """Stack 1-d arrays as columns of a 2-d array (2-d inputs are stacked as they are)."""
    arrs = []
    for t in tup:
        if t.dim() < 2:
            t = t.reshape(-1, 1)
        arrs.append(t)
    return concatenate(arrs, 1)


# ---------------------------------------------------------------- block


def _block_path(index: Sequence[int]) -> str:
    return "arrays" + "".join(f"[{i}]" for i in index)


def _block_scan(
    x: Any, index: list[int], leaves: list[tuple[list[int], _Tensor]]
) -> None:
    """Collect the leaves of a block layout with their list index; NumPy's layout errors."""
    if type(x) is tuple:
        raise TypeError(
            f"{_block_path(index)} is a tuple. Only lists can be used to arrange blocks, and "
            "np.block does not allow implicit conversion from tuple to ndarray."
        )
    if type(x) is list:
        if not x:
            raise ValueError(f"List at {_block_path(index)} cannot be empty")
        for i, item in enumerate(x):
            _block_scan(item, [*index, i], leaves)
        return
    leaves.append((index, to_tensor(x)))


def block(arrays: Any) -> torch.Tensor:
    """Assemble an array from nested lists of blocks (innermost lists join along the last
    axis)."""
    leaves: list[tuple[list[int], _Tensor]] = []
    _block_scan(arrays, [], leaves)
    depth = len(leaves[0][0])
    for index, _ in leaves:
        if len(index) != depth:
            raise ValueError(
                f"List depths are mismatched. First element was at depth {depth}, but there "
                f"is an element at depth {len(index)} ({_block_path(index)})"
            )
    nd = max(depth, max(t.dim() for _, t in leaves))
    dt = result_dtype(*(t for _, t in leaves))
    dev = next((t.device for _, t in leaves if t.device.type != "cpu"), leaves[0][1].device)
    tensors = iter(_cast(_atleast_front(t, nd), dt).to(dev) for _, t in leaves)
    if depth == 0:
        return next(tensors).clone()

    def build(x: list[Any], level: int) -> _Tensor:
        if level == depth - 1:
            parts = [next(tensors) for _ in x]
        else:
            parts = [build(item, level + 1) for item in x]
        return concatenate(parts, level - depth)

    return build(arrays, 0)


def _atleast_front(t: _Tensor, n: int) -> _Tensor:
    """``t`` with ones prepended to its shape up to ``n`` dimensions."""
    nd = t.dim()
    return t if nd >= n else t.reshape((1,) * (n - nd) + tuple(t.shape))


# ---------------------------------------------------------------- splitting


def _pieces(ary: _Tensor, bounds: Sequence[int], axis: int) -> list[_Tensor]:
    """Views ``ary[b[i]:b[i+1]]`` along ``axis`` with Python's slice rules."""
    n = ary.shape[axis]
    out = []
    for st, en in zip(bounds[:-1], bounds[1:]):
        start, stop, _ = slice(st, en).indices(n)
        out.append(ary.narrow(axis, start, max(stop - start, 0)))
    return out


def _split(ary: _Tensor, indices_or_sections: Any, axis: Any, equal: bool) -> list[_Tensor]:
    axis = operator.index(axis)
    n = ary.shape[axis]  # IndexError: tuple index out of range, like NumPy
    axis = normalize_axis(axis, ary.dim())
    try:
        points = list(indices_or_sections)
    except TypeError:
        points = None
    if points is not None:
        try:
            points = [operator.index(p) for p in points]
        except TypeError:
            raise TypeError(
                "slice indices must be integers or None or have an __index__ method"
            ) from None
        return _pieces(ary, [0, *points, n], axis)
    sections = int(indices_or_sections)
    if equal and n % sections:
        raise ValueError("array split does not result in an equal division")
    if sections <= 0:
        raise ValueError("number sections must be larger than 0.")
    each, extras = divmod(n, sections)
    bounds = [0]
    for i in range(sections):
        bounds.append(bounds[-1] + each + (1 if i < extras else 0))
    return _pieces(ary, bounds, axis)


def split(ary: ArrayLike, indices_or_sections: Any, axis: int = 0) -> list[torch.Tensor]:
    """Split into equal sections (or at the given indices): a list of views."""
    return _split(ary, indices_or_sections, axis, True)


def array_split(ary: ArrayLike, indices_or_sections: Any, axis: int = 0) -> list[torch.Tensor]:
    """Like ``split``, but a number of sections need not divide the axis."""
    return _split(ary, indices_or_sections, axis, False)


def hsplit(ary: ArrayLike, indices_or_sections: Any) -> list[torch.Tensor]:
    """Split along axis 1 (axis 0 for 1-d arrays)."""
    if ary.dim() == 0:
        raise ValueError("hsplit only works on arrays of 1 or more dimensions")
    return _split(ary, indices_or_sections, 1 if ary.dim() > 1 else 0, True)


def vsplit(ary: ArrayLike, indices_or_sections: Any) -> list[torch.Tensor]:
    """Split along axis 0 (arrays of 2 or more dimensions)."""
    if ary.dim() < 2:
        raise ValueError("vsplit only works on arrays of 2 or more dimensions")
    return _split(ary, indices_or_sections, 0, True)


def dsplit(ary: ArrayLike, indices_or_sections: Any) -> list[torch.Tensor]:
    """Split along axis 2 (arrays of 3 or more dimensions)."""
    if ary.dim() < 3:
        raise ValueError("dsplit only works on arrays of 3 or more dimensions")
    return _split(ary, indices_or_sections, 2, True)


def unstack(x: ArrayLike, /, *, axis: int = 0) -> tuple[torch.Tensor, ...]:
    """The items along ``axis``: a tuple of views."""
    if x.dim() == 0:
        raise ValueError("Input array must be at least 1-d.")
    return x.unbind(normalize_axis(axis, x.dim()))


# ---------------------------------------------------------------- tile, repeat, resize


def tile(A: ArrayLike, reps: Any) -> torch.Tensor:
    """Repeat the whole array ``reps`` times along each axis (a new array)."""
    if isinstance(reps, _Tensor):
        reps = reps.tolist()
    try:
        tup = tuple(reps)
    except TypeError:
        tup = (reps,)
    tup = tuple(operator.index(r) for r in tup)
    if A.numel() == 0:
        nd = max(A.dim(), len(tup))
        shape = (1,) * (nd - A.dim()) + tuple(A.shape)
        tup = (1,) * (nd - len(tup)) + tup
        out = tuple(n * r for n, r in zip(shape, tup))
        if any(n < 0 for n in out):
            raise ValueError(f"cannot reshape array of size 0 into shape {out}")
        return A.new_empty(out)
    if any(r < 0 for r in tup):
        raise ValueError("negative dimensions are not allowed")
    if not tup:
        return A.clone()
    r = _moved_back(_movable(A).tile(tup), A.dtype)
    if not compiling() and r.data_ptr() == A.data_ptr():  # (a graph has no aliasing here)
        r = r.clone()
    return r


def repeat(a: ArrayLike, repeats: ArrayOrScalar, axis: Any = None) -> torch.Tensor:
    """Repeat each element ``repeats`` times along ``axis`` (the flattened array for None)."""
    count = None  # a Python int count: no tensor to read back (and traceable)
    if type(repeats) is int or type(repeats) is bool:
        if -(2**63) <= repeats < 2**63:
            count = int(repeats)
    if type(repeats) is not _Tensor:
        repeats = to_tensor(repeats)
    rdt = repeats.dtype
    if rdt.is_complex:
        raise TypeError(
            "int() argument must be a string, a bytes-like object or a real number, "
            "not 'complex'"
        )
    if rdt is torch.uint64 and repeats.dim():
        raise TypeError(
            "Cannot cast array data from dtype('uint64') to dtype('int64') according to the "
            "rule 'safe'"
        )
    if repeats.dim() > 1:
        raise ValueError(
            "setting an array element with a sequence. The requested array would exceed the "
            "maximum number of dimension of 1."
        )
    if axis is None:
        a = a.reshape(-1)
        axis = 0
    else:
        if a.dim() == 0:
            a = a.reshape(1)
        axis = normalize_axis(axis, a.dim())
    n = a.shape[axis]
    dt = a.dtype
    a = _movable(a)
    if repeats.numel() == 1:
        k = int(repeats.reshape(()).item()) if count is None else count
        if k < 0:
            if n:
                raise ValueError("negative dimensions are not allowed")
            k = 0
        return _moved_back(a.repeat_interleave(k, dim=axis), dt)
    if repeats.numel() != n:
        raise ValueError(
            f"operands could not be broadcast together with shape ({n},) "
            f"({repeats.numel()},)"
        )
    reps = repeats.to(torch.int64, copy=False).to(a.device)
    if n and bool((reps < 0).any()):
        raise ValueError("repeats may not contain negative values.")
    return _moved_back(a.repeat_interleave(reps, dim=axis), dt)


def resize(a: ArrayLike, new_shape: ShapeLike) -> torch.Tensor:
    """A new array of ``new_shape`` filled with repeated copies of ``a`` (zeros if empty)."""
    if any(n < 0 for n in new_shape):
        raise ValueError("all elements of `new_shape` must be non-negative")
    size = 1
    for n in new_shape:
        size *= n
    flat = _movable(a).reshape(-1)
    if flat.numel() == 0 or size == 0:
        return torch.zeros(new_shape, dtype=a.dtype, device=a.device)
    times = -(-size // flat.numel())
    r = flat.repeat(times)[:size] if times > 1 else flat[:size].clone()
    return _moved_back(r.reshape(new_shape), a.dtype)


# ---------------------------------------------------------------- append, insert, delete


def append(arr: ArrayLike, values: ArrayLike, axis: AxisLike = None) -> torch.Tensor:
    """``values`` appended to ``arr`` (both flattened for ``axis=None``)."""
    values = values.to(arr.device)
    if axis is None:
        return concatenate((arr.reshape(-1), values.reshape(-1)), 0)
    return concatenate((arr, values), axis)


def _axis_for_edit(arr: _Tensor, axis: Any) -> tuple[_Tensor, int]:
    if axis is None:
        if arr.dim() != 1:
            arr = arr.reshape(-1)
        return arr, 0
    return arr, normalize_axis(axis, arr.dim())


def _broadcast_into(v: _Tensor, shape: tuple[int, ...]) -> _Tensor:
    """``v`` broadcast to ``shape`` (NumPy's assignment rule, leading ones may be dropped)."""
    src = tuple(v.shape)
    while len(src) > len(shape) and src[0] == 1:
        src = src[1:]
    ok = len(src) <= len(shape) and all(
        s == 1 or s == d for s, d in zip(reversed(src), reversed(shape))
    )
    if not ok:
        raise ValueError(
            f"could not broadcast input array from shape {_shape_repr(tuple(v.shape))} into "
            f"shape {_shape_repr(shape)}"
        )
    return v.reshape(src).expand(shape)


def insert(arr: ArrayLike, obj: Any, values: ArrayOrScalar, axis: Any = None) -> torch.Tensor:
    """``values`` inserted before the indices ``obj`` along ``axis`` (a new array)."""
    arr, axis = _axis_for_edit(arr, axis)
    nd = arr.dim()
    n = arr.shape[axis]
    dt = arr.dtype
    if isinstance(obj, slice):
        indices = torch.arange(*obj.indices(n), dtype=torch.int64, device=arr.device)
    else:
        indices = to_tensor(obj)
        if indices.dtype is torch.bool:
            if indices.dim() != 1:
                raise ValueError("boolean array argument obj to insert must be one dimensional")
            indices = indices.nonzero().reshape(-1)
        elif indices.dim() > 1:
            raise ValueError(
                "index array argument obj to insert must be one dimensional or scalar"
            )
    if isinstance(values, _Tensor):
        vals = _movable(_cast(values, dt))
    else:  # a Python scalar stored as NumPy's array(values, dtype=arr.dtype) would
        vals = _movable(_fill(values, dt, arr.device))
    arr = _movable(arr)
    if indices.numel() == 1:
        if indices.dtype.is_floating_point or indices.dtype.is_complex:
            raise TypeError("slice indices must be integers or None or have an __index__ method")
        index = int(indices.reshape(()).item())
        if index < -n or index > n:
            raise IndexError(f"index {obj} is out of bounds for axis {axis} with size {n}")
        if index < 0:
            index += n
        if vals.dim() < nd:
            vals = vals.reshape((1,) * (nd - vals.dim()) + tuple(vals.shape))
        if indices.dim() == 0:
            vals = vals.movedim(0, axis)
        numnew = vals.shape[axis]
        slot = (*arr.shape[:axis], numnew, *arr.shape[axis + 1 :])
        vals = _broadcast_into(vals, slot).to(arr.device)
        r = torch.cat(
            [arr.narrow(axis, 0, index), vals, arr.narrow(axis, index, n - index)], dim=axis
        )
        return _moved_back(r, dt)
    if indices.numel() == 0 and not indices.dtype.is_complex:
        indices = indices.to(torch.int64)
    if indices.dtype.is_floating_point or indices.dtype.is_complex:
        raise IndexError("arrays used as indices must be of integer (or boolean) type")
    idx = indices.to(device=arr.device, dtype=torch.int64).reshape(-1)
    idx = torch.where(idx < 0, idx + n, idx)
    numnew = idx.numel()
    order = torch.sort(idx, stable=True).indices
    adj = idx.clone()
    adj[order] += torch.arange(numnew, device=arr.device)
    new_n = n + numnew
    if numnew and bool(((adj < -new_n) | (adj >= new_n)).any()):
        bad = int(adj[(adj < -new_n) | (adj >= new_n)][0])
        raise IndexError(f"index {bad} is out of bounds for axis {axis} with size {new_n}")
    adj = adj % max(new_n, 1)
    slot = (*arr.shape[:axis], numnew, *arr.shape[axis + 1 :])
    vals = _broadcast_into(vals, slot).to(arr.device)
    old = torch.ones(new_n, dtype=torch.bool, device=arr.device)
    old[adj] = False
    perm = torch.empty(new_n, dtype=torch.int64, device=arr.device)
    perm[old] = torch.arange(n, device=arr.device)
    perm[adj] = torch.arange(n, new_n, device=arr.device)
    return _moved_back(torch.cat([arr, vals], dim=axis).index_select(axis, perm), dt)


def delete(arr: ArrayLike, obj: Any, axis: Any = None) -> torch.Tensor:
    """A new array without the sub-arrays ``obj`` (indices, a slice or a mask) of ``axis``."""
    arr, axis = _axis_for_edit(arr, axis)
    n = arr.shape[axis]
    dev = arr.device
    dt = arr.dtype
    arr = _movable(arr)
    if isinstance(obj, slice):
        keep = torch.ones(n, dtype=torch.bool, device=dev)
        keep[torch.tensor(range(*obj.indices(n)), dtype=torch.int64, device=dev)] = False
    elif isinstance(obj, int) and not isinstance(obj, bool) or (
        hasattr(obj, "__index__") and not isinstance(obj, bool) and not hasattr(obj, "shape")
    ):
        i = operator.index(obj)
        if i < -n or i >= n:
            raise IndexError(f"index {i} is out of bounds for axis {axis} with size {n}")
        i %= n
        r = torch.cat([arr.narrow(axis, 0, i), arr.narrow(axis, i + 1, n - i - 1)], axis)
        return _moved_back(r, dt)
    else:
        t = to_tensor(obj)
        if t.numel() == 0 and isinstance(obj, (list, tuple)):
            t = t.to(torch.int64)
        if t.dtype is torch.bool:
            if tuple(t.shape) != (n,):
                raise ValueError(
                    "boolean array argument obj to delete must be one dimensional and match "
                    f"the axis length of {n}"
                )
            keep = ~t.to(dev)
        else:
            if t.dtype.is_floating_point or t.dtype.is_complex:
                raise IndexError("arrays used as indices must be of integer (or boolean) type")
            idx = t.to(device=dev, dtype=torch.int64).reshape(-1)
            bad = (idx < -n) | (idx >= n)
            if idx.numel() and bool(bad.any()):
                i = int(idx[bad][0])
                raise IndexError(f"index {i} is out of bounds for axis {axis} with size {n}")
            keep = torch.ones(n, dtype=torch.bool, device=dev)
            keep[idx] = False
    return _moved_back(arr.index_select(axis, keep.nonzero().reshape(-1)), dt)


# ---------------------------------------------------------------- trim_zeros


def trim_zeros(filt: ArrayLike, trim: str = "fb", axis: Any = None) -> torch.Tensor:
    """A view of ``filt`` without its leading ('f') and/or trailing ('b') zeros along the
    axes ``axis`` (all axes for None): the bounding box of the nonzero values."""
    trim = trim.lower()
    if trim not in ("fb", "bf", "f", "b"):
        raise ValueError(f"unexpected character(s) in `trim`: {trim!r}")
    nd = filt.dim()
    axes = tuple(range(nd)) if axis is None else _axis_tuple(axis, nd)
    if not axes:
        return filt
    nz = (filt != 0).nonzero()
    if nz.shape[0] == 0:
        start = [0] * nd
        stop = [0] * nd
    else:
        start = nz.amin(0).tolist() if "f" in trim else [None] * nd
        stop = (nz.amax(0) + 1).tolist() if "b" in trim else [None] * nd
    sl = tuple(slice(start[d], stop[d]) if d in axes else slice(None) for d in range(nd))
    return filt[sl]


# ---------------------------------------------------------------- copyto

_KIND = {bool: 0, int: 1, float: 2, complex: 3}
_PY_DEFAULT = {1: torch.int64, 2: torch.float64, 3: torch.complex128}


def _dtype_kind(dt: torch.dtype) -> int:
    if dt is torch.bool:
        return 0
    if dt.is_complex:
        return 3
    if dt.is_floating_point:
        return 2
    return 1


def _scalar_tensor(src: Any, dst: _Tensor, casting: str) -> _Tensor:
    """A Python scalar as a tensor of ``dst``'s dtype, with NumPy 2's weak-scalar rules."""
    dt = dst.dtype
    if isinstance(src, bool):  # Python bools are not weak: NumPy's rule for bool applies
        if not can_cast(torch.bool, dt, casting):
            raise TypeError(
                f"Cannot cast scalar from dtype('bool') to dtype('{_name(dt)}') according to "
                f"the rule '{casting}'"
            )
        return torch.tensor(src, device=dst.device).to(dt)
    kind = _KIND[type(src)]
    dkind = _dtype_kind(dt)
    if kind == 1 and dkind == 0 and not -(2**63) <= src < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    if kind > dkind and casting != "unsafe":
        src_name = {1: "int64", 2: "float64", 3: "complex128"}[kind]
        raise TypeError(
            f"Cannot cast scalar from dtype('{src_name}') to dtype('{_name(dt)}') according "
            f"to the rule '{casting}'"
        )
    if casting == "equiv" and dt is not _PY_DEFAULT[kind]:
        # NumPy: under 'equiv' a Python scalar only matches its default dtype exactly
        raise TypeError(
            f"cannot cast Python {type(src).__name__} to {_name(dt)} under the casting rule "
            "'equiv'"
        )
    if kind == 1 and dkind == 1:
        info = torch.iinfo(dt)
        if not info.min <= src <= info.max:
            raise OverflowError(f"Python integer {src} out of bounds for {_name(dt)}")
    if kind == 3 and dkind < 3:
        return _cast(torch.tensor(src, device=dst.device), dt)
    if kind == 2 and dkind == 1:
        return torch.tensor(src, dtype=torch.float64, device=dst.device).to(dt)
    return torch.tensor(src, dtype=dt, device=dst.device)


def copyto(
    dst: WritableArray, src: ArrayOrScalar, casting: str = "same_kind", where: ArrayLike = True
) -> None:
    """Copy ``src`` (broadcast) into ``dst`` where ``where`` is True, casting by ``casting``."""
    if casting not in _CASTINGS:
        _check_casting(casting)
    shape = tuple(dst.shape)
    if not isinstance(src, _Tensor):
        val = _scalar_tensor(src, dst, casting)
    else:
        if src.dtype is not dst.dtype and not can_cast(src.dtype, dst.dtype, casting):
            what = "scalar" if src.dim() == 0 else "array data"
            raise TypeError(
                f"Cannot cast {what} from dtype('{_name(src.dtype)}') to "
                f"dtype('{_name(dst.dtype)}') according to the rule '{casting}'"
            )
        val = _cast(src, dst.dtype).to(dst.device)
        if val.numel() and val.untyped_storage().data_ptr() == dst.untyped_storage().data_ptr():
            val = val.clone()
    val = _broadcast_into(val, shape)
    if where is True:
        dst.copy_(val)
        return None
    w = where
    if w.dtype is not torch.bool:
        if w.dtype.is_floating_point or w.dtype.is_complex:
            raise TypeError(
                f"Cannot cast array data from dtype('{_name(w.dtype)}') to dtype('bool') "
                "according to the rule 'safe'"
            )
        w = w != 0
    wsrc = tuple(w.shape)
    try:
        w = _broadcast_into(w, shape)
    except ValueError:
        raise ValueError(
            f"could not broadcast where mask from shape {_shape_repr(wsrc)} into shape "
            f"{_shape_repr(shape)}"
        ) from None
    r = torch.where(w.to(dst.device), _movable(val), _movable(dst))
    dst.copy_(_moved_back(r, dst.dtype))
    return None


KERNELS: dict[str, Callable[..., Any]] = {
    "concat": concat,
    "hstack": hstack,
    "vstack": vstack,
    "row_stack": row_stack,
    "dstack": dstack,
    "column_stack": column_stack,
    "block": block,
    "split": split,
    "array_split": array_split,
    "hsplit": hsplit,
    "vsplit": vsplit,
    "dsplit": dsplit,
    "unstack": unstack,
    "tile": tile,
    "repeat": repeat,
    "resize": resize,
    "append": append,
    "insert": insert,
    "delete": delete,
    "trim_zeros": trim_zeros,
    "copyto": copyto,
    "pad": pad,
}
