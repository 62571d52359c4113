"""Array and type predicates: ndim, shape, size, isscalar, common_type, ...

These return what NumPy returns: Python ints, bools and tuples, a tnp dtype or a tnp scalar
type.  ``may_share_memory`` compares the byte ranges the tensors span; ``shares_memory``
decides exactly whether an element of one overlaps an element of the other (element byte
offsets, one sort and a binary search).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, AxisLike
from tnp_core.kernel_utils import normalize_axes, normalize_axis, to_tensor

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_PY_SCALAR_TYPES = (int, float, complex, bool, bytes, str, memoryview)
_TYPECODES_BY_ELSIZE = "GDFgdfQqLlIiHhBb?"
_FLOAT_PRECISION = {"e": 0, "f": 1, "d": 2, "F": 1, "D": 2}


def _tnp() -> Any:
    import tnp_core

    return tnp_core


# ---------------------------------------------------------------- shape predicates


def isscalar(element: Any) -> bool:
    """True for tnp/NumPy scalars and Python scalars (numbers, str, bytes); 0-d arrays: False."""
    tnp = _tnp()
    if isinstance(element, tnp.generic):
        return True
    if isinstance(element, (tnp.ndarray, _Tensor)):
        return False
    tp = type(element)
    if tp in _PY_SCALAR_TYPES or isinstance(element, numbers.Number):
        return True
    # NumPy's own scalar types (numpy.str_, numpy.void, ...), never its arrays
    return tp.__module__ == "numpy" and tp.__name__ != "ndarray" and (
        getattr(element, "ndim", None) == 0
    )


def iterable(y: Any) -> bool:
    """Whether ``iter(y)`` works (a 0-d array is not iterable)."""
    try:
        iter(y)
    except TypeError:
        return False
    return True


def ndim(a: ArrayLike) -> int:
    """Number of dimensions of an array-like."""
    return a.dim()


def shape(a: ArrayLike) -> tuple[int, ...]:
    """Shape of an array-like, as a tuple of ints."""
    return tuple(a.shape)


def size(a: ArrayLike, axis: AxisLike = None) -> int:
    """Number of elements, along ``axis`` (an int or a tuple of ints) if given."""
    if axis is None:
        return a.numel()
    if isinstance(axis, tuple):
        return math.prod(a.shape[ax] for ax in normalize_axes(axis, a.dim()))
    return a.shape[normalize_axis(axis, a.dim())]


def isfortran(a: Any) -> bool:
    """True if the array is Fortran-contiguous and not C-contiguous."""
    tnp = _tnp()
    if not isinstance(a, (tnp.ndarray, _Tensor)) and not hasattr(a, "flags"):
        raise AttributeError(f"'{type(a).__name__}' object has no attribute 'flags'")
    t = to_tensor(a)
    if t.dim() < 2 or t.is_contiguous():
        return False
    return t.permute(*range(t.dim() - 1, -1, -1)).is_contiguous()


# ---------------------------------------------------------------- dtype helpers


def common_type(*arrays: Any) -> type:
    """The inexact scalar type common to the arrays (integers count as float64)."""
    tnp = _tnp()
    is_complex = False
    precision = 0
    for a in arrays:
        d = tnp.dtype(a.dtype)
        if d.kind in "iu":
            p = 2
        else:
            p = _FLOAT_PRECISION.get(d.char, -1)
            if p < 0:
                raise TypeError("can't get common type for non-numeric array")
            is_complex = is_complex or d.kind == "c"
        precision = max(precision, p)
    if is_complex:
        return (tnp.complex64, tnp.complex64, tnp.complex128)[precision]
    return (tnp.float16, tnp.float32, tnp.float64)[precision]


def mintypecode(typechars: Any, typeset: Any = "GDFgdf", default: str = "d") -> str:
    """The character of the smallest-size type in ``typeset`` that all ``typechars`` fit."""
    tnp = _tnp()
    codes = [
        t if isinstance(t, str) and t else tnp.dtype(to_tensor(t).dtype).char
        for t in typechars
    ]
    intersection = {t for t in codes if t in typeset}
    if not intersection:
        return default
    if "F" in intersection and "d" in intersection:
        return "D"
    return min(intersection, key=_TYPECODES_BY_ELSIZE.index)


def _min_int(v: int) -> str:
    if v >= 0:
        for bits in (8, 16, 32, 64):
            if v < 2**bits:
                return f"uint{bits}"
    else:
        for bits in (8, 16, 32, 64):
            if v >= -(2 ** (bits - 1)):
                return f"int{bits}"
    raise OverflowError(
        f"Python integer {v} out of bounds for int64 and uint64 (NumPy: object dtype, "
        "which tnp does not support)"
    )


def _min_float(v: float) -> str:
    if not math.isfinite(v) or -65000.0 < v < 65000.0:
        return "float16"
    if -3.4e38 < v < 3.4e38:
        return "float32"
    return "float64"


def _min_complex(v: complex) -> str:
    if -3.4e38 < v.real < 3.4e38 and -3.4e38 < v.imag < 3.4e38:
        return "complex64"
    return "complex128"


_FLOAT_RANK = {"float16": 0, "float32": 1, "float64": 2, "complex64": 1, "complex128": 2}


def min_scalar_type(a: Any, /) -> Any:
    """For a scalar or 0-d array: the smallest dtype that holds its value; else its dtype."""
    tnp = _tnp()
    tp = type(a)
    if tp is bool:
        return tnp.dtype("bool")
    if tp is int:
        return tnp.dtype(_min_int(a))
    if tp is float:
        return tnp.dtype(_min_float(a))
    if tp is complex:
        return tnp.dtype(_min_complex(a))
    t = to_tensor(a)
    own = tnp.dtype(t.dtype)
    if t.dim() != 0 or own.kind == "b" or own.name == "bfloat16":
        return own
    if own.kind in "iu":
        return tnp.dtype(_min_int(int(t.item())))
    if own.kind == "f":
        name = _min_float(float(t.item()))
    else:
        name = _min_complex(complex(t.item()))
    return tnp.dtype(name) if _FLOAT_RANK[name] < _FLOAT_RANK[own.name] else own


# ---------------------------------------------------------------- memory overlap


def _extent(t: _Tensor) -> tuple[int, int] | None:
    """The byte range ``[lo, hi)`` the elements of ``t`` span, or None when empty."""
    if t.numel() == 0:
        return None
    es = t.element_size()
    lo = hi = t.data_ptr()
    for n, st in zip(t.shape, t.stride()):
        if st > 0:
            hi += (n - 1) * st * es
        else:
            lo += (n - 1) * st * es
    return lo, hi + es


def _bounds_overlap(a: _Tensor, b: _Tensor) -> bool:
    if a.device != b.device:
        return False
    ea, eb = _extent(a), _extent(b)
    if ea is None or eb is None:
        return False
    return ea[0] < eb[1] and eb[0] < ea[1]


def _element_offsets(t: _Tensor, base: int) -> _Tensor:
    """Byte offsets (relative to ``base``) of every element of ``t``, 1-d int64."""
    es = t.element_size()
    off = torch.tensor(t.data_ptr() - base, dtype=torch.int64, device=t.device)
    for n, st in zip(t.shape, t.stride()):
        step = torch.arange(n, dtype=torch.int64, device=t.device) * (st * es)
        off = off.unsqueeze(-1) + step
    return off.reshape(-1)


def _overlap_exact(a: _Tensor, b: _Tensor) -> bool:
    if not _bounds_overlap(a, b):
        return False
    if a.is_contiguous() and b.is_contiguous():
        return True  # both span their whole byte range
    base = min(a.data_ptr(), b.data_ptr())
    sa = torch.sort(_element_offsets(a, base)).values
    ob = _element_offsets(b, base)
    ea, eb = a.element_size(), b.element_size()
    # the a-element starting last at or before the last byte of each b-element
    idx = torch.searchsorted(sa, ob + (eb - 1), right=True) - 1
    cand = sa[idx.clamp(min=0)]
    return bool(((idx >= 0) & (cand + ea > ob)).any())


def may_share_memory(a: ArrayLike, b: ArrayLike, /, max_work: int | None = 0) -> bool:
    """Whether the byte ranges of the two arrays overlap (exact if ``max_work`` is not 0)."""
    if max_work == 0:
        return _bounds_overlap(a, b)
    return _overlap_exact(a, b)


def shares_memory(a: ArrayLike, b: ArrayLike, /, max_work: int | None = -1) -> bool:
    """Whether an element of ``a`` and an element of ``b`` share a byte (exact)."""
    return _overlap_exact(a, b)


KERNELS: dict[str, Callable[..., Any]] = {
    "isscalar": isscalar,
    "iterable": iterable,
    "ndim": ndim,
    "shape": shape,
    "size": size,
    "isfortran": isfortran,
    "common_type": common_type,
    "mintypecode": mintypecode,
    "min_scalar_type": min_scalar_type,
    "may_share_memory": may_share_memory,
    "shares_memory": shares_memory,
}
