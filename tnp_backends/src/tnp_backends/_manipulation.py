"""Shape, axes and dtype manipulation: reshape, ravel, transpose and the axis functions
(squeeze, expand_dims, swapaxes, moveaxis, ...), broadcasting, flips and rolls, concatenate,
stack, astype.

Functions NumPy documents as returning views return torch views of their input, so the core
marks the results as views.  Flips (``flip``, ``fliplr``, ``flipud``, ``rot90``) need negative
strides, which torch cannot express: they return read-only copies, so a write raises instead of
being silently lost.  ``broadcast_to`` / ``broadcast_arrays`` return read-only views like NumPy.
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
    AxisLike,
    DeviceLike,
    DTypeLike,
    OutArray,
    ReadOnlyResult,
    ShapeLike,
)
from tnp_core.exceptions import AxisError, ComplexWarning
from tnp_core.kernel_utils import can_cast, normalize_axis, result_dtype

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")
_SIGNED_TWIN = {torch.uint16: torch.int16, torch.uint32: torch.int32, torch.uint64: torch.int64}


def _movable(t: _Tensor) -> _Tensor:
    """``t`` itself, or for uint16/32/64 (whose data-movement kernels torch lacks in places:
    flip, index_select, where, ...) a view of its bits as the signed integer of that size."""
    twin = _SIGNED_TWIN.get(t.dtype)
    return t if twin is None else t.view(twin)


def _moved_back(r: _Tensor, dt: torch.dtype) -> _Tensor:
    """Undo :func:`_movable` on a result."""
    return r if r.dtype is dt else r.view(dt)


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def _shape_str(shape: Sequence[int]) -> str:
    if len(shape) == 1:
        return f"({'newaxis' if shape[0] < 0 else shape[0]},)"
    return "(" + ",".join("newaxis" if n < 0 else str(n) for n in shape) + ")"


# ---------------------------------------------------------------- reshape


def _resolve_shape(size: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    """``shape`` with its one unknown (negative) dimension inferred, checked against ``size``."""
    unknown = [i for i, n in enumerate(shape) if n < 0]
    if len(unknown) > 1:
        raise ValueError("can only specify one unknown dimension")
    known = 1
    for n in shape:
        if n >= 0:
            known *= n
    if unknown:
        if known == 0 or size % known:
            raise ValueError(
                f"cannot reshape array of size {size} into shape {_shape_str(shape)}"
            )
        i = unknown[0]
        return (*shape[:i], size // known, *shape[i + 1 :])
    if known != size:
        raise ValueError(f"cannot reshape array of size {size} into shape {_shape_str(shape)}")
    return shape


def _reshape_c(t: _Tensor, shape: tuple[int, ...], copy: bool | None) -> _Tensor:
    if copy is False:
        try:
            return t.view(shape)
        except RuntimeError:
            raise ValueError("Unable to avoid creating a copy while reshaping.") from None
    r = t.reshape(shape)
    if copy and (r._is_view() or r is t):
        r = r.clone()
    return r


def _is_f_contiguous(t: _Tensor) -> bool:
    return t.permute(tuple(range(t.dim() - 1, -1, -1))).is_contiguous()


def reshape(
    a: ArrayLike, /, shape: ShapeLike, order: str = "C", *, copy: bool | None = None
) -> torch.Tensor:
    """Gives a new shape to an array (a view whenever the data allow one)."""
    if order == "C" and copy is None:
        try:
            return torch.reshape(a, shape)  # parses faster than a.reshape(shape)
        except RuntimeError:
            pass  # NumPy's checks and messages below
    if order not in ("C", "F", "A"):
        if order == "K":
            raise ValueError("order 'K' is not permitted for reshaping")
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    new = _resolve_shape(a.numel(), tuple(shape))
    if order == "A":
        order = "F" if _is_f_contiguous(a) and not a.is_contiguous() else "C"
    if order == "C":
        return _reshape_c(a, new, copy)
    src = a.permute(tuple(range(a.dim() - 1, -1, -1)))
    r = _reshape_c(src, new[::-1], False if copy is False else None)
    r = r.permute(tuple(range(len(new) - 1, -1, -1)))
    return r.clone() if copy else r


# ---------------------------------------------------------------- transpose


def _int_tuple(axes: Any) -> tuple[int, ...]:
    """A permutation argument (an int or any sequence of integers) as a tuple of ints."""
    try:
        items = iter(axes)
    except TypeError:
        items = iter((axes,))
    try:
        return tuple(operator.index(ax) for ax in items)
    except TypeError:
        raise TypeError(
            f"'{type(axes).__name__}' object cannot be interpreted as an integer"
        ) from None


def transpose(a: ArrayLike, axes: Any = None) -> torch.Tensor:
    """Permute the dimensions of an array (a view); reverses them for ``axes=None``."""
    nd = a.dim()
    if axes is None:
        return a.permute(tuple(range(nd - 1, -1, -1)))
    axes = _int_tuple(axes)
    if len(axes) != nd:
        raise ValueError("axes don't match array")
    perm = tuple(normalize_axis(ax, nd) for ax in axes)
    if len(set(perm)) != nd:
        raise ValueError("repeated axis in transpose")
    return a.permute(perm)


# ---------------------------------------------------------------- ravel


def ravel(a: ArrayLike, order: str = "C") -> torch.Tensor:
    """The flattened array: a view when the memory layout allows one, else a copy."""
    if order is None or order == "C" or order == "c":
        return a.reshape(-1)
    if not isinstance(order, str) or order.upper() not in ("F", "A", "K"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    order = order.upper()
    nd = a.dim()
    if order == "A":
        order = "F" if _is_f_contiguous(a) and not a.is_contiguous() else "C"
    if order == "C" or nd < 2:
        return a.reshape(-1)
    if order == "F":
        return a.permute(tuple(range(nd - 1, -1, -1))).reshape(-1)
    # 'K': the order of the elements in memory (strides decreasing; size-1 axes don't matter)
    strides = a.stride()
    shape = a.shape
    perm = sorted(range(nd), key=lambda d: -strides[d] if shape[d] > 1 else 0)
    return a.permute(tuple(perm)).reshape(-1)


# ---------------------------------------------------------------- axis helpers


def _axis_tuple(
    axis: Any, nd: int, argname: str | None = None, allow_duplicate: bool = False
) -> tuple[int, ...]:
    """NumPy's ``normalize_axis_tuple``: an int or a sequence of ints, bounded to ``[0, nd)``."""
    if type(axis) not in (tuple, list):
        try:
            axis = [operator.index(axis)]
        except TypeError:
            pass
    try:
        items = list(axis)
    except TypeError:
        raise TypeError(f"'{type(axis).__name__}' object is not iterable") from None
    out = []
    for ax in items:
        try:
            i = operator.index(ax)
        except TypeError:
            raise TypeError(
                f"'{type(ax).__name__}' object cannot be interpreted as an integer"
            ) from None
        if not -nd <= i < nd:
            raise AxisError(i, nd, argname)
        out.append(i + nd if i < 0 else i)
    if not allow_duplicate and len(set(out)) != len(out):
        if argname:
            raise ValueError(f"repeated axis in `{argname}` argument")
        raise ValueError("repeated axis")
    return tuple(out)


def _one_axis(axis: Any, nd: int, argname: str | None = None) -> int:
    try:
        i = operator.index(axis)
    except TypeError:
        raise TypeError(
            f"'{type(axis).__name__}' object cannot be interpreted as an integer"
        ) from None
    if not -nd <= i < nd:
        raise AxisError(i, nd, argname)
    return i + nd if i < 0 else i


# ---------------------------------------------------------------- axes (views)


def squeeze(a: ArrayLike, axis: AxisLike = None) -> torch.Tensor:
    """Remove axes of length one (a view)."""
    if axis is None:
        return a.squeeze()
    nd = a.dim()
    if nd == 0 and axis in (0, -1) and not isinstance(axis, tuple):
        return a.view(())  # NumPy accepts axis 0 / -1 for 0-d arrays
    if isinstance(axis, tuple):
        axes = tuple(normalize_axis(ax, nd) for ax in axis)
        if len(set(axes)) != len(axes):
            raise ValueError("duplicate value in 'axis'")
    else:
        axes = (normalize_axis(axis, nd),)
    shape = a.shape
    if any(shape[ax] != 1 for ax in axes):
        raise ValueError("cannot select an axis to squeeze out which has size not equal to one")
    return a.squeeze(axes) if axes else a.view(shape)


def expand_dims(a: ArrayLike, axis: Any) -> torch.Tensor:
    """Insert axes of length one at the positions ``axis`` of the result (a view)."""
    out_nd = a.dim() + (len(axis) if type(axis) in (tuple, list) else 1)
    axes = sorted(_axis_tuple(axis, out_nd))
    r = a.view(a.shape)
    for ax in axes:
        r = r.unsqueeze(ax)
    return r


def swapaxes(a: ArrayLike, axis1: int, axis2: int) -> torch.Tensor:
    """Interchange two axes (a view)."""
    nd = a.dim()
    return a.transpose(_one_axis(axis1, nd, "axis1"), _one_axis(axis2, nd, "axis2"))


def moveaxis(a: ArrayLike, source: Any, destination: Any) -> torch.Tensor:
    """Move axes to new positions; the other axes keep their order (a view)."""
    nd = a.dim()
    src = _axis_tuple(source, nd, "source")
    dst = _axis_tuple(destination, nd, "destination")
    if len(src) != len(dst):
        raise ValueError(
            "`source` and `destination` arguments must have the same number of elements"
        )
    order = [n for n in range(nd) if n not in src]
    for d, s in sorted(zip(dst, src)):
        order.insert(d, s)
    return a.permute(tuple(order))


def rollaxis(a: ArrayLike, axis: int, start: int = 0) -> torch.Tensor:
    """Roll ``axis`` backwards until it lies before ``start`` (a view)."""
    nd = a.dim()
    axis = _one_axis(axis, nd)
    start = operator.index(start)
    msg = f"'start' arg requires {-nd} <= start < {nd + 1}, but {start} was passed in"
    if not -nd <= start < nd + 1:
        raise AxisError(msg)
    if start < 0:
        start += nd
    if axis < start:
        start -= 1
    if axis == start:
        return a.view(a.shape)
    order = list(range(nd))
    order.remove(axis)
    order.insert(start, axis)
    return a.permute(tuple(order))


def permute_dims(a: ArrayLike, axes: Any = None) -> torch.Tensor:
    """The array API's ``transpose`` (a view)."""
    return transpose(a, axes)


def matrix_transpose(x: ArrayLike, /) -> torch.Tensor:
    """Transpose the last two axes (a view)."""
    if x.dim() < 2:
        raise ValueError(
            f"Input array must be at least 2-dimensional, but it is {x.dim()}"
        )
    return x.transpose(-1, -2)


def _atleast(t: _Tensor, n: int) -> _Tensor:
    nd = t.dim()
    if nd >= n:
        return t
    if n == 3:
        if nd == 0:
            return t.view(1, 1, 1)
        if nd == 1:
            return t.view(1, -1, 1) if t.numel() else t.reshape(1, 0, 1)
        return t.unsqueeze(-1)
    return t.view((1,) * (n - nd) + tuple(t.shape))


def atleast_1d(*arys: ArrayLike) -> Any:
    """Views with at least one dimension (a tuple for several inputs)."""
    if len(arys) == 1:
        return _atleast(arys[0], 1)
    return tuple(_atleast(t, 1) for t in arys)


def atleast_2d(*arys: ArrayLike) -> Any:
    """Views with at least two dimensions: ``(N,)`` becomes ``(1, N)``."""
    if len(arys) == 1:
        return _atleast(arys[0], 2)
    return tuple(_atleast(t, 2) for t in arys)


def atleast_3d(*arys: ArrayLike) -> Any:
    """Views with at least three dimensions: ``(N,)`` -> ``(1, N, 1)``, ``(M, N)`` ->
    ``(M, N, 1)``."""
    if len(arys) == 1:
        return _atleast(arys[0], 3)
    return tuple(_atleast(t, 3) for t in arys)


# ---------------------------------------------------------------- broadcasting


def _broadcast_pair_error(shapes: Sequence[tuple[int, ...]], i: int, j: int) -> ValueError:
    return ValueError(
        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
        f"arg {i} with shape {tuple(shapes[i])} and arg {j} with shape {tuple(shapes[j])}."
    )


def _broadcast_shape(shapes: Sequence[tuple[int, ...]]) -> tuple[int, ...]:
    """The common shape of ``shapes`` with NumPy's error message naming the pair."""
    nd = max((len(s) for s in shapes), default=0)
    out = [1] * nd
    owner = [0] * nd
    for i, s in enumerate(shapes):
        off = nd - len(s)
        for k, n in enumerate(s):
            if n < 0:
                raise ValueError("negative dimensions are not allowed")
            cur = out[off + k]
            if n == cur or n == 1:
                continue
            if cur == 1:
                out[off + k] = n
                owner[off + k] = i
            else:
                raise _broadcast_pair_error(shapes, owner[off + k], i)
    return tuple(out)


def broadcast_shapes(*args: Any) -> tuple[int, ...]:
    """The shape that arrays of the given shapes broadcast to."""
    shapes = []
    for s in args:
        if getattr(s, "ndim", 0) >= 1 and hasattr(s, "tolist"):  # a 1-d array as a shape
            s = s.tolist()
        if isinstance(s, (tuple, list)):
            shapes.append(tuple(operator.index(n) for n in s))
        else:
            shapes.append((operator.index(s),))
    return _broadcast_shape(shapes)


def broadcast_to(array: ArrayLike, shape: ShapeLike, subok: bool = False) -> ReadOnlyResult:
    """A read-only view of ``array`` broadcast to ``shape``."""
    if any(n < 0 for n in shape):
        raise ValueError("all elements of broadcast shape must be non-negative")
    src = tuple(array.shape)
    nd = len(shape)
    if len(src) > nd:
        raise ValueError("input operand has more dimensions than allowed by the axis remapping")
    off = nd - len(src)
    for k, n in enumerate(src):
        if n != 1 and n != shape[off + k]:
            raise ValueError(
                "operands could not be broadcast together with remapped shapes "
                f"[original->remapped]: {_shape_repr(src)}  and requested shape "
                f"{_shape_repr(shape)}"
            )
    return array.expand(shape)


def _shape_repr(shape: Sequence[int]) -> str:
    return "(" + ",".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def broadcast_arrays(*args: ArrayLike, subok: bool = False) -> ReadOnlyResult:
    """The arguments broadcast against each other: a tuple of read-only views."""
    shape = _broadcast_shape([tuple(t.shape) for t in args])
    return tuple(t.expand(shape) for t in args)


# ---------------------------------------------------------------- flips and rolls


def flip(m: ArrayLike, axis: Any = None) -> ReadOnlyResult:
    """Reverse the order of elements along ``axis`` (all axes for None).

    NumPy returns a negative-stride view; torch cannot express one, so this is a read-only copy.
    """
    nd = m.dim()
    axes = tuple(range(nd)) if axis is None else _axis_tuple(axis, nd)
    if not axes:
        return m.view(m.shape)
    return _moved_back(_movable(m).flip(axes), m.dtype)


def fliplr(m: ArrayLike) -> ReadOnlyResult:
    """Reverse the order of the columns (axis 1); a read-only copy."""
    if m.dim() < 2:
        raise ValueError("Input must be >= 2-d.")
    return _moved_back(_movable(m).flip(1), m.dtype)


def flipud(m: ArrayLike) -> ReadOnlyResult:
    """Reverse the order of the rows (axis 0); a read-only copy."""
    if m.dim() < 1:
        raise ValueError("Input must be >= 1-d.")
    return _moved_back(_movable(m).flip(0), m.dtype)


def rot90(m: ArrayLike, k: int = 1, axes: Any = (0, 1)) -> ReadOnlyResult:
    """Rotate by 90 degrees ``k`` times in the plane of ``axes`` (a read-only result)."""
    axes = tuple(axes)
    if len(axes) != 2:
        raise ValueError("len(axes) must be 2.")
    nd = m.dim()
    a0, a1 = operator.index(axes[0]), operator.index(axes[1])
    if a0 == a1 or abs(a0 - a1) == nd:
        raise ValueError("Axes must be different.")
    if not (-nd <= a0 < nd and -nd <= a1 < nd):
        raise ValueError(f"Axes={axes} out of range for array of ndim={nd}.")
    a0 %= nd
    a1 %= nd
    k = operator.index(k) % 4
    if k == 0:
        return m.view(m.shape)
    t = _movable(m)
    if k == 2:
        return _moved_back(t.flip((a0, a1)), m.dtype)
    perm = list(range(nd))
    perm[a0], perm[a1] = perm[a1], perm[a0]
    if k == 1:
        return _moved_back(t.flip(a1).permute(perm), m.dtype)
    return _moved_back(t.permute(perm).flip(a1), m.dtype)


def roll(a: ArrayLike, shift: Any, axis: Any = None) -> torch.Tensor:
    """Roll elements along ``axis``; elements leaving one end come back at the other."""
    if axis is None:
        return roll(a.reshape(-1), shift, 0).view(a.shape)
    nd = a.dim()
    axes = _axis_tuple(axis, nd, allow_duplicate=True)
    shifts = _int_list(shift)
    if len(shifts) != len(axes):
        if len(shifts) == 1:
            shifts = shifts * len(axes)
        elif len(axes) == 1:
            axes = axes * len(shifts)
        else:
            raise ValueError("'shift' and 'axis' should be scalars or 1D sequences")
    total = [0] * nd
    for s, ax in zip(shifts, axes):
        total[ax] += s
    dims = [d for d in range(nd) if total[d] and a.shape[d]]
    if not dims:
        return a.clone()
    r = torch.roll(_movable(a), [total[d] % a.shape[d] for d in dims], dims)
    return _moved_back(r, a.dtype)


def _int_list(x: Any) -> list[int]:
    if isinstance(x, _Tensor) or hasattr(x, "tolist"):  # tensors, tnp and NumPy arrays
        x = x.tolist()
    if hasattr(x, "__iter__") and not isinstance(x, (str, bytes)):
        flat = list(x)
        if any(hasattr(v, "__iter__") for v in flat):
            raise ValueError("'shift' and 'axis' should be scalars or 1D sequences")
    else:
        flat = [x]
    try:
        return [operator.index(v) if not isinstance(v, float) else int(v) for v in flat]
    except TypeError:
        bad = next(v for v in flat if not hasattr(v, "__index__"))
        raise TypeError(
            f"'{type(bad).__name__}' object cannot be interpreted as an integer"
        ) from None



# ---------------------------------------------------------------- joining


def _check_casting(casting: str) -> None:
    if casting not in _CASTINGS:
        raise ValueError(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' "
            f"(got {casting!r})"
        )


def _join_dtype(
    arrays: Sequence[_Tensor], dtype: torch.dtype | None, casting: str
) -> torch.dtype:
    """The result dtype of concatenate/stack, with NumPy's casting check."""
    _check_casting(casting)
    dt = dtype if dtype is not None else result_dtype(*arrays)
    for t in arrays:
        if t.dtype is not dt and not can_cast(t.dtype, dt, casting):
            raise TypeError(
                f"Cannot cast array data from dtype('{_name(t.dtype)}') to "
                f"dtype('{_name(dt)}') according to the rule '{casting}'"
            )
    return dt


def _cast(t: _Tensor, dt: torch.dtype) -> _Tensor:
    if t.dtype is dt:
        return t
    if t.dtype.is_complex and not dt.is_complex and dt is not torch.bool:
        warnings.warn(
            "Casting complex values to real discards the imaginary part",
            ComplexWarning,
            stacklevel=4,
        )
        t = t.real
    return t.to(dtype=dt)  # torch parses the keyword form faster


def _join_fast(
    join: Callable[..., torch.Tensor], arrays: tuple[torch.Tensor, ...], axis: int,
    same_ndim: bool,
) -> torch.Tensor | None:
    """torch.cat / torch.stack when all inputs share dtype (and ndim); None -> checked path.

    torch accepts a few inputs NumPy rejects (cat skips 1-d empty tensors), so only inputs of
    one ndim (> 0) take this path; any torch error falls back to the path with NumPy's errors.
    """
    first = arrays[0]
    if len(arrays) == 2:  # the common case, without a loop
        second = arrays[1]
        if first.dtype is not second.dtype:
            return None
        if same_ndim:
            nd = first.dim()
            if nd == 0 or second.dim() != nd:
                return None
    else:
        dt = first.dtype
        if same_ndim:
            nd = first.dim()
            if nd == 0:
                return None
            for t in arrays[1:]:
                if t.dtype is not dt or t.dim() != nd:
                    return None
        else:  # torch.stack itself refuses inputs of different shapes
            for t in arrays[1:]:
                if t.dtype is not dt:
                    return None
    try:  # positional, and no axis at all for 0: torch parses these faster
        return join(arrays) if axis == 0 else join(arrays, axis)
    except (RuntimeError, IndexError):
        return None


def concatenate(
    arrays: ArrayLikeSequence,
    /,
    axis: AxisLike = 0,
    out: OutArray = None,
    *,
    dtype: DTypeLike = None,
    casting: str = "same_kind",
) -> torch.Tensor:
    """Join a sequence of arrays along an existing axis (``axis=None`` flattens them)."""
    if dtype is None and type(axis) is int and casting == "same_kind" and arrays:
        r = _join_fast(torch.cat, arrays, axis, True)
        if r is not None:
            return r
    if not arrays:
        raise ValueError("need at least one array to concatenate")
    if axis is None:
        arrays = [t.reshape(-1) for t in arrays]
        ax = 0
    else:
        first = arrays[0]
        nd = first.dim()
        if nd == 0:
            raise ValueError("zero-dimensional arrays cannot be concatenated")
        ax = normalize_axis(axis, nd)  # type: ignore[arg-type]
        before, after = first.shape[:ax], first.shape[ax + 1 :]
        for i, t in enumerate(arrays[1:], 1):
            if t.dim() != nd:
                raise ValueError(
                    "all the input arrays must have same number of dimensions, but the array "
                    f"at index 0 has {nd} dimension(s) and the array at index {i} has "
                    f"{t.dim()} dimension(s)"
                )
            if t.shape[:ax] != before or t.shape[ax + 1 :] != after:
                d = next(d for d in range(nd) if d != ax and t.shape[d] != first.shape[d])
                raise ValueError(
                    "all the input array dimensions except for the concatenation axis must "
                    f"match exactly, but along dimension {d}, the array at index 0 has size "
                    f"{first.shape[d]} and the array at index {i} has size {t.shape[d]}"
                )
    dt0 = arrays[0].dtype
    if dtype is None and casting == "same_kind" and all(t.dtype is dt0 for t in arrays):
        return torch.cat(arrays, dim=ax)
    dt = _join_dtype(arrays, dtype, casting)
    return torch.cat([_cast(t, dt) for t in arrays], dim=ax)


def stack(
    arrays: ArrayLikeSequence,
    axis: int = 0,
    out: OutArray = None,
    *,
    dtype: DTypeLike = None,
    casting: str = "same_kind",
) -> torch.Tensor:
    """Join a sequence of same-shaped arrays along a new axis."""
    if dtype is None and type(axis) is int and casting == "same_kind" and arrays:
        r = _join_fast(torch.stack, arrays, axis, False)
        if r is not None:
            return r
    if not arrays:
        raise ValueError("need at least one array to stack")
    shape = arrays[0].shape
    if any(t.shape != shape for t in arrays[1:]):
        raise ValueError("all input arrays must have the same shape")
    ax = normalize_axis(axis, len(shape) + 1)
    dt0 = arrays[0].dtype
    if dtype is None and casting == "same_kind" and all(t.dtype is dt0 for t in arrays):
        return torch.stack(arrays, dim=ax)
    dt = _join_dtype(arrays, dtype, casting)
    return torch.stack([_cast(t, dt) for t in arrays], dim=ax)


# ---------------------------------------------------------------- astype


def astype(
    x: ArrayLike,
    dtype: DTypeLike,
    /,
    *,
    copy: bool = True,
    device: DeviceLike = None,
) -> torch.Tensor:
    """Copy of the array cast to ``dtype``; ``copy=False`` returns the input when no cast is
    needed.  Complex to real discards the imaginary part with a ``ComplexWarning``."""
    dt = torch.float64 if dtype is None else dtype
    same_device = device is None or device == x.device
    if same_device:
        xdt = x.dtype
        if dt is xdt:
            return x.clone() if copy else x
        if not xdt.is_complex or dt.is_complex:
            return x.to(dtype=dt)  # a new tensor (across dtypes .to() copies)
    r = _cast(x, dt)
    if not same_device:
        r = r.to(device)
    if r is x or r._is_view() and r.untyped_storage().data_ptr() == x.untyped_storage().data_ptr():
        r = r.clone()
    return r


KERNELS: dict[str, Callable[..., Any]] = {
    "reshape": reshape,
    "transpose": transpose,
    "concatenate": concatenate,
    "stack": stack,
    "astype": astype,
    "ravel": ravel,
    "squeeze": squeeze,
    "expand_dims": expand_dims,
    "swapaxes": swapaxes,
    "moveaxis": moveaxis,
    "rollaxis": rollaxis,
    "permute_dims": permute_dims,
    "matrix_transpose": matrix_transpose,
    "atleast_1d": atleast_1d,
    "atleast_2d": atleast_2d,
    "atleast_3d": atleast_3d,
    "broadcast_shapes": broadcast_shapes,
    "broadcast_to": broadcast_to,
    "broadcast_arrays": broadcast_arrays,
    "flip": flip,
    "fliplr": fliplr,
    "flipud": flipud,
    "rot90": rot90,
    "roll": roll,
}
