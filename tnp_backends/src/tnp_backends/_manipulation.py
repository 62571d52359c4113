"""Shape and dtype manipulation: reshape, transpose, concatenate, stack, astype.

``reshape`` and ``transpose`` return torch views where NumPy returns views, so the core marks
the results as views of their input.
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
    ShapeLike,
)
from tnp_core.exceptions import ComplexWarning
from tnp_core.kernel_utils import can_cast, normalize_axis, result_dtype

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")


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
            return a.reshape(shape)
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
    return t.to(dt)


def _join_fast(
    join: Callable[..., torch.Tensor], arrays: tuple[torch.Tensor, ...], axis: int,
    same_ndim: bool,
) -> torch.Tensor | None:
    """torch.cat / torch.stack when all inputs share dtype (and ndim); None -> checked path.

    torch accepts a few inputs NumPy rejects (cat skips 1-d empty tensors), so only inputs of
    one ndim (> 0) take this path; any torch error falls back to the path with NumPy's errors.
    """
    first = arrays[0]
    dt = first.dtype
    nd = first.dim()
    for t in arrays:
        if t.dtype is not dt or t.dim() != nd:
            return None
    if same_ndim and nd == 0:
        return None
    try:
        return join(arrays, dim=axis)
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
        r = _join_fast(torch.cat, arrays, axis, same_ndim=True)
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
        r = _join_fast(torch.stack, arrays, axis, same_ndim=False)
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
    if dt is x.dtype and same_device:
        return x.clone() if copy else x
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
}
