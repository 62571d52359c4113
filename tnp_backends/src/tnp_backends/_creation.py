"""Array creation: array, asarray, zeros, ones, empty, full, arange, linspace, eye, *_like."""

from __future__ import annotations

import math
import operator
import warnings
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import (
    ArrayLike,
    ArrayLikeOrData,
    ArrayOrScalar,
    DeviceLike,
    DTypeLike,
    ScalarOrArray,
    ShapeLike,
)
from tnp_core.exceptions import ComplexWarning
from tnp_core.kernel_utils import (
    compiling,
    is_python_data,
    normalize_axis,
    python_scalar_dtype,
    result_dtype,
    to_tensor,
    to_tensor_as,
)

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_F64 = torch.float64
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_PY_SCALARS = (bool, int, float, complex)
_ORDERS = ("C", "F", "A", "K")


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


def _is_int(dt: torch.dtype) -> bool:
    return not dt.is_floating_point and not dt.is_complex and dt is not torch.bool


def _check_shape(shape: tuple[int, ...]) -> None:
    if any(n < 0 for n in shape):
        raise ValueError("negative dimensions are not allowed")


def _check_order(order: Any, new_array: bool) -> None:
    """NumPy's ``order=`` validation; ``new_array`` functions accept only 'C' and 'F'."""
    if order is None and not new_array:
        return
    if order not in _ORDERS:
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    if new_array and order not in ("C", "F"):
        raise ValueError("only 'C' or 'F' order is permitted")


def _cast(t: _Tensor, dt: torch.dtype) -> _Tensor:
    """``t.to(dt)``; complex -> real takes the real part with NumPy's ComplexWarning."""
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


def _check_int_bounds(value: int, dt: torch.dtype) -> None:
    info = torch.iinfo(dt)
    hi = 2**64 - 1 if dt is torch.uint64 else info.max
    if not info.min <= value <= hi:
        raise OverflowError(f"Python integer {value} out of bounds for {_name(dt)}")


def _scalar_tensor(value: Any, dt: torch.dtype | None) -> _Tensor:
    """A Python scalar as a 0-d tensor of ``dt`` (its own dtype for ``None``); NEP 50:
    a Python int must fit an integer ``dt``."""
    if dt is None:
        return to_tensor(value)
    if type(value) is int:
        if _is_int(dt):
            _check_int_bounds(value, dt)
        elif dt is torch.bool and not -(2**63) <= value < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        elif dt.is_floating_point or dt.is_complex:
            value = float(value)
    return _cast(to_tensor(value), dt)


# ---------------------------------------------------------------- array / asarray


_NO_COPY = (
    "Unable to avoid copy while creating an array as requested.\nIf using "
    "`np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy "
    "when needed (no behavior change in NumPy 1.x)."
)
"""NumPy's message when ``copy=False`` cannot be honoured."""


def _place(
    t: _Tensor, dtype: torch.dtype | None, device: torch.device | None, copy: bool | None
) -> _Tensor:
    """Cast / move ``t`` as asked; ``copy=False`` refuses to copy, ``copy=True`` always copies."""
    needs = (dtype is not None and dtype is not t.dtype) or (
        device is not None and device != t.device
    )
    if needs and copy is False:
        raise ValueError(_NO_COPY)
    if needs:
        r = _cast(t, dtype) if dtype is not None else t
        if device is not None:
            r = r.to(device)
        return r.clone() if r._is_view() or r is t else r
    return t.clone() if copy else t


def _from_data(obj: Any, dtype: torch.dtype | None, copy: bool | None) -> _Tensor:
    """Python data converted for ``dtype=`` like NumPy (exact big ints, OverflowError)."""
    if not is_python_data(obj):
        return obj
    if copy is False:
        raise ValueError(_NO_COPY)
    return to_tensor_as(obj, dtype)


def array(
    object: ArrayLikeOrData,
    dtype: DTypeLike = None,
    *,
    copy: bool | None = True,
    order: str = "K",
    subok: bool = False,
    ndmin: int = 0,
    ndmax: int = 0,
    like: Any = None,
) -> torch.Tensor:
    """Create an array (a copy unless ``copy=False`` / ``None`` allows sharing)."""
    _check_order(order, False)
    fresh = is_python_data(object)
    object = _from_data(object, dtype, copy)
    if fresh:
        copy = None  # just built: no second copy
    if ndmax and object.dim() > ndmax:
        raise ValueError(
            "setting an array element with a sequence. The requested array would exceed the "
            f"maximum number of dimension of {ndmax}."
        )
    t = _place(object, dtype, None, copy)
    if t.dim() < ndmin:
        t = t.reshape((1,) * (ndmin - t.dim()) + tuple(t.shape))
    return _in_order(t, order, copy)


def asarray(
    a: ArrayLikeOrData,
    dtype: DTypeLike = None,
    order: str | None = None,
    *,
    device: DeviceLike = None,
    copy: bool | None = None,
    like: Any = None,
) -> torch.Tensor:
    """Convert the input to an array, sharing memory when no conversion is needed."""
    if order is None and dtype is None and device is None and copy is None:
        return a if type(a) is _Tensor else to_tensor(a)  # the common call, without detours
    _check_order(order, False)
    # without a copy NumPy honours only 'C' and 'F' here ('A' / 'K' keep the layout)
    keep = None if order in ("A", "K") else order
    return _in_order(_place(_from_data(a, dtype, copy), dtype, device, copy), keep, copy)


# ---------------------------------------------------------------- filled arrays


def _factory(
    fill: Callable[..., torch.Tensor], name: str, doc: str
) -> Callable[..., torch.Tensor]:
    def kernel(
        shape: ShapeLike,
        dtype: DTypeLike = None,
        order: str = "C",
        *,
        device: DeviceLike = None,
        like: Any = None,
    ) -> torch.Tensor:
        if order != "C":
            _check_order(order, True)
        if shape and min(shape) < 0:
            raise ValueError("negative dimensions are not allowed")
        if device is None and shape:  # unpacked sizes: torch parses them faster than a tuple
            return fill(*shape, dtype=dtype or _F64)
        return fill(shape, dtype=dtype or _F64, device=device)

    kernel.__name__ = kernel.__qualname__ = name
    kernel.__doc__ = doc
    return kernel


zeros = _factory(torch.zeros, "zeros", "Return a new array of given shape and type, filled "
                 "with zeros.")
ones = _factory(torch.ones, "ones", "Return a new array of given shape and type, filled with "
                "ones.")
empty = _factory(torch.empty, "empty", "Return a new array of given shape and type, without "
                 "initializing entries.")


def _fill_tensor(fill_value: Any, dtype: torch.dtype | None, shape: tuple[int, ...],
                 device: torch.device | None) -> _Tensor:
    if type(fill_value) in _PY_SCALARS:
        fv = _scalar_tensor(fill_value, dtype)
    else:
        fv = fill_value if dtype is None else _cast(fill_value, dtype)
    if device is not None:
        fv = fv.to(device)
    try:
        return fv.broadcast_to(shape).clone()
    except RuntimeError:
        raise ValueError(
            f"could not broadcast input array from shape {tuple(fv.shape)} into shape {shape}"
        ) from None


def full(
    shape: ShapeLike,
    fill_value: ArrayOrScalar,
    dtype: DTypeLike = None,
    order: str = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> torch.Tensor:
    """Return a new array of given shape and type, filled with ``fill_value``."""
    _check_order(order, True)
    _check_shape(shape)
    return _fill_tensor(fill_value, dtype, shape, device)


def _like_shape(a: _Tensor, shape: Any) -> tuple[int, ...]:
    """``shape=`` of the ``*_like`` functions: None (``a``'s shape), an int or a sequence."""
    if shape is None:
        return tuple(a.shape)
    try:
        shp = tuple(operator.index(n) for n in shape)
    except TypeError:
        if hasattr(shape, "__iter__"):
            raise
        shp = (operator.index(shape),)
    _check_shape(shp)
    return shp


def _like(fill: Callable[..., torch.Tensor], name: str, doc: str) -> Callable[..., torch.Tensor]:
    def kernel(
        a: ArrayLike,
        dtype: DTypeLike = None,
        order: str = "K",
        subok: bool = True,
        shape: Any = None,
        *,
        device: DeviceLike = None,
    ) -> torch.Tensor:
        _check_order(order, False)
        r = fill(_like_shape(a, shape), dtype=dtype or a.dtype, device=device or a.device)
        return _like_layout(r, a, order) if shape is None else r

    kernel.__name__ = kernel.__qualname__ = name
    kernel.__doc__ = doc
    return kernel


zeros_like = _like(torch.zeros, "zeros_like", "An array of zeros with the shape and type of a.")
ones_like = _like(torch.ones, "ones_like", "An array of ones with the shape and type of a.")


def empty_like(
    prototype: ArrayLike,
    /,
    dtype: DTypeLike = None,
    order: str = "K",
    subok: bool = True,
    shape: Any = None,
    *,
    device: DeviceLike = None,
) -> torch.Tensor:
    """An uninitialized array with the shape and type of ``prototype``."""
    _check_order(order, False)
    r = torch.empty(
        _like_shape(prototype, shape),
        dtype=dtype or prototype.dtype,
        device=device or prototype.device,
    )
    return _like_layout(r, prototype, order) if shape is None else r


def full_like(
    a: ArrayLike,
    fill_value: ArrayOrScalar,
    dtype: DTypeLike = None,
    order: str = "K",
    subok: bool = True,
    shape: Any = None,
    *,
    device: DeviceLike = None,
) -> torch.Tensor:
    """An array with the shape and type of ``a``, filled with ``fill_value``."""
    _check_order(order, False)
    r = _fill_tensor(fill_value, dtype or a.dtype, _like_shape(a, shape), device or a.device)
    return _like_layout(r, a, order) if shape is None else r


# ---------------------------------------------------------------- ranges


def _number(x: Any) -> Any:
    """A Python number from a scalar-like argument (tensors / arrays of one element)."""
    t = x if isinstance(x, _Tensor) else getattr(x, "_t", None)
    if isinstance(t, _Tensor):
        if t.numel() != 1:
            raise ValueError(
                f"arange: start, stop and step must be scalars, not arrays of shape "
                f"{tuple(t.shape)}"
            )
        return t.item()
    if x is None or type(x) in _PY_SCALARS:
        return x
    if hasattr(x, "item"):  # NumPy scalars
        return x.item()
    return x


def _is_uint64(x: Any) -> bool:
    """Whether ``x`` is a uint64 tensor, tnp array or NumPy scalar / array."""
    if type(x) in _PY_SCALARS or x is None:
        return False
    t = x if isinstance(x, _Tensor) else getattr(x, "_t", None)
    if isinstance(t, _Tensor):
        return t.dtype is torch.uint64
    return str(getattr(x, "dtype", "")) == "uint64"


def _arange_length(start: Any, stop: Any, step: Any) -> int:
    if all(type(v) in (bool, int) for v in (start, stop, step)):
        return max(-((start - stop) // step), 0)
    q = (stop - start) / step
    parts = (q.real, q.imag) if isinstance(q, complex) else (q,)
    n = None
    for p in parts:
        if math.isnan(p):
            raise ValueError("arange: cannot compute length")
        if math.isinf(p):
            raise ValueError("Maximum allowed size exceeded")
        k = max(math.ceil(p), 0)
        n = k if n is None else min(n, k)
    return n  # type: ignore[return-value]


def arange(
    start_or_stop: Any,
    /,
    stop: Any = None,
    step: Any = 1,
    *,
    dtype: DTypeLike = None,
    device: DeviceLike = None,
    like: Any = None,
) -> torch.Tensor:
    """Evenly spaced values within ``[start, stop)`` (NumPy's length, dtype and fill rules)."""
    if (
        type(start_or_stop) is int and (stop is None or type(stop) is int) and type(step) is int
        and (dtype is None or dtype is torch.int64) and step
    ):  # all Python ints: exact int64 arithmetic, torch.arange fills the same values
        lo, hi = (0, start_or_stop) if stop is None else (start_or_stop, stop)
        if -(2**63) <= lo < 2**63 and -(2**63) <= hi < 2**63:
            if -((lo - hi) // step) <= 0:
                return torch.empty(0, dtype=torch.int64, device=device)
            return torch.arange(lo, hi, step, dtype=torch.int64, device=device)
    # a uint64 argument (NumPy's or tnp's scalar, a 0-d array) meets NumPy's int64 step or
    # start: no common integer type, the result is float64
    u64 = any(_is_uint64(v) for v in (start_or_stop, stop, step))
    start = _number(start_or_stop)
    stop = _number(stop)
    step = _number(step)
    if step is None:
        step = 1
    if stop is None:
        start, stop = 0, start
    for v in (start, stop, step):
        if type(v) not in _PY_SCALARS:
            raise TypeError(
                f"unsupported operand type(s) for -: '{type(stop).__name__}' and "
                f"'{type(start).__name__}'"
            )
    if step == 0:
        raise ZeroDivisionError("division by zero")
    kinds = [python_scalar_dtype(v) for v in (start, stop, step)]
    if any(k.is_complex for k in kinds):
        natural = torch.complex128
    elif any(k.is_floating_point for k in kinds):
        natural = torch.float64
    elif u64 or any(k is torch.uint64 for k in kinds):
        natural = torch.float64  # NumPy: no common integer type for int64 and uint64
    else:
        natural = torch.int64
    out = dtype or natural
    if natural.is_complex and not out.is_complex:
        raise TypeError("must be real number, not complex")
    n = _arange_length(start, stop, step)
    if n == 0:
        return torch.empty(0, dtype=out, device=device)
    if out is torch.bool and n > 2:
        raise TypeError(
            "arange() is only supported for booleans when the result has at most length 2."
        )
    # NumPy stores start and start + step in the result dtype, then fills
    # first + i * (second - first), computed in the result dtype (float16: in float32).
    if _is_int(out) or out is torch.bool:
        vals = [start, start + step]
        if _is_int(out):
            vals = [int(v) for v in vals]
            for v in vals[: min(n, 2)]:
                _check_int_bounds(v, out)
            first, second = vals
            r = first + torch.arange(n, dtype=torch.int64, device=device) * (second - first)
            return r.view(torch.uint64) if out is torch.uint64 else r.to(out)
        return torch.tensor([bool(v) for v in vals[:n]], dtype=torch.bool, device=device)
    ct = torch.float32 if out is torch.float16 else out
    two = torch.tensor([start, start + step], dtype=natural, device=device)
    two = _cast(two, out).to(ct)
    first, delta = two[0], two[1] - two[0]
    r = first + torch.arange(n, device=device).to(ct) * delta
    r[: min(n, 2)] = two[: min(n, 2)]  # NumPy stores the first two values as computed
    return r.to(out)


def linspace(
    start: ArrayOrScalar,
    stop: ArrayOrScalar,
    num: int = 50,
    endpoint: bool = True,
    retstep: bool = False,
    dtype: DTypeLike = None,
    axis: int = 0,
    *,
    device: DeviceLike = None,
) -> ScalarOrArray:
    """``num`` evenly spaced samples over ``[start, stop]`` (array-valued ends allowed)."""
    num = operator.index(num)
    if num < 0:
        raise ValueError(f"Number of samples, {num}, must be non-negative.")
    div = (num - 1) if endpoint else num
    dt = result_dtype(start, stop, 1.0)  # NumPy: result_type(start, stop, float(num))
    s = _scalar_tensor(start, dt) if type(start) in _PY_SCALARS else start.to(dt)
    e = _scalar_tensor(stop, dt) if type(stop) in _PY_SCALARS else stop.to(dt)
    if device is not None:
        s, e = s.to(device), e.to(device)
    delta = e - s
    y = torch.arange(num, device=s.device).to(dt).reshape((-1,) + (1,) * delta.dim())
    step: Any
    if div > 0:
        step = delta / div
        if compiling():  # no data-dependent branch in a graph
            y = torch.where((step == 0).any(), y / div * delta, y * step)
        elif bool((step == 0).any()):
            y = y / div * delta
        else:
            y = y * step
    else:
        step = math.nan
        y = y * delta
    y = y + s
    if endpoint and num > 1:
        y[-1, ...] = e
    if axis != 0:
        y = torch.movedim(y, 0, normalize_axis(axis, y.dim()))
    if dtype is not None and _is_int(dtype):
        y = torch.floor(y)
    if dtype is not None:
        y = _cast(y, dtype)
    if retstep:
        return y, step  # type: ignore[return-value]
    return y


def eye(
    N: int,
    M: int | None = None,
    k: int = 0,
    dtype: DTypeLike = float,  # type: ignore[assignment]
    order: str = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> torch.Tensor:
    """A 2-D array with ones on the ``k``-th diagonal and zeros elsewhere."""
    _check_order(order, True)
    n = operator.index(N)
    m = n if M is None else operator.index(M)
    k = operator.index(k)
    if n < 0 or m < 0:
        raise ValueError("negative dimensions are not allowed")
    dt = _F64 if dtype is None or dtype is float else dtype
    out = torch.zeros((n, m), dtype=dt, device=device)
    if -n < k < m:
        out.diagonal(k).fill_(1)
    return out


# ---------------------------------------------------------------- more conversions


def asanyarray(
    a: ArrayLikeOrData,
    dtype: DTypeLike = None,
    order: str | None = None,
    *,
    device: DeviceLike = None,
    copy: bool | None = None,
    like: Any = None,
) -> torch.Tensor:
    """Convert the input to an array (the same conversion as ``asarray``)."""
    return asarray(a, dtype, order, device=device, copy=copy)


def asarray_chkfinite(a: ArrayLikeOrData, dtype: DTypeLike = None, order: str | None = None
                      ) -> torch.Tensor:
    """Convert the input to an array, raising ValueError if it holds infs or NaNs."""
    _check_order(order, False)
    t = _place(_from_data(a, dtype, None), dtype, None, None)
    if (t.dtype.is_floating_point or t.dtype.is_complex) and not bool(torch.isfinite(t).all()):
        raise ValueError("array must not contain infs or NaNs")
    return _in_order(t, None if order in ("A", "K") else order, None)


def _in_order(t: _Tensor, order: str | None, copy: bool | None) -> _Tensor:
    """``t`` laid out in NumPy's memory ``order`` ('C', 'F', 'A'; None / 'K': as it is);
    ``copy=False`` refuses the copy a new layout needs."""
    if order is None or order == "K":
        return t
    if order == "A":
        order = "F" if _is_f_contiguous(t) and not t.is_contiguous() else "C"
    if order == "C" and t.is_contiguous() or order == "F" and _is_f_contiguous(t) and (
        t.dim() >= 2 or t.is_contiguous()
    ):
        return t
    if copy is False:
        raise ValueError(_NO_COPY)
    return t.contiguous() if order == "C" else _fortran(t)


def _like_layout(r: _Tensor, a: _Tensor, order: str) -> _Tensor:
    """The new array ``r`` (C-ordered, ``a``'s shape) laid out per ``order`` like NumPy's
    ``*_like``: 'K' keeps ``a``'s layout, 'A' is 'F' for a Fortran-ordered ``a``."""
    if order == "C" or r.dim() < 2:
        return r
    if order == "F" or _is_f_contiguous(a) and not a.is_contiguous():
        return _fortran(r)
    if order == "K" and not a.is_contiguous():
        return torch.empty_like(a, dtype=r.dtype, device=r.device).copy_(r)
    return r


def _is_f_contiguous(t: _Tensor) -> bool:
    return t.dim() < 2 or t.permute(tuple(range(t.dim() - 1, -1, -1))).is_contiguous()


def _fortran(t: _Tensor) -> _Tensor:
    """``t`` laid out in Fortran order (``t`` itself when it already is)."""
    if _is_f_contiguous(t):
        return t if t.dim() >= 2 or t.is_contiguous() else t.contiguous()
    rev = tuple(range(t.dim() - 1, -1, -1))
    return t.permute(rev).contiguous().permute(rev)


def ascontiguousarray(a: ArrayLikeOrData, dtype: DTypeLike = None, *, like: Any = None
                      ) -> torch.Tensor:
    """A C-contiguous array (ndim >= 1) with the data of ``a``; ``a`` itself if it is one."""
    t = _place(_from_data(a, dtype, None), dtype, None, None)
    if t.dim() == 0:
        t = t.reshape(1)
    return t.contiguous()


def asfortranarray(a: ArrayLikeOrData, dtype: DTypeLike = None, *, like: Any = None
                   ) -> torch.Tensor:
    """A Fortran-contiguous array (ndim >= 1) with the data of ``a``."""
    t = _place(_from_data(a, dtype, None), dtype, None, None)
    if t.dim() == 0:
        t = t.reshape(1)
    return _fortran(t)


def copy(a: ArrayLike, order: str = "K", subok: bool = False) -> torch.Tensor:
    """An array copy of ``a`` (layout per ``order``)."""
    _check_order(order, False)
    if order == "A":
        order = "F" if _is_f_contiguous(a) and not a.is_contiguous() else "C"
    if order == "F" and a.dim() >= 2:
        rev = tuple(range(a.dim() - 1, -1, -1))
        return a.permute(rev).clone(memory_format=torch.contiguous_format).permute(rev)
    if order == "C":
        return a.clone(memory_format=torch.contiguous_format)
    return a.clone()


_REQUIREMENTS = {
    "C": "C", "C_CONTIGUOUS": "C", "CONTIGUOUS": "C",
    "F": "F", "F_CONTIGUOUS": "F", "FORTRAN": "F",
    "A": "A", "ALIGNED": "A",
    "W": "W", "WRITEABLE": "W",
    "O": "O", "OWNDATA": "O",
    "E": "E", "ENSUREARRAY": "E",
}


def require(a: ArrayLikeOrData, dtype: DTypeLike = None, requirements: Any = None, *,
            like: Any = None) -> torch.Tensor:
    """An array of ``dtype`` meeting ``requirements`` ('C', 'F', 'A', 'W', 'O', 'E' and their
    long names); copies only when needed.  tnp arrays are always aligned; 'W' cannot be seen
    at torch level and is accepted as met."""
    t = _place(_from_data(a, dtype, None), dtype, None, None)
    if not requirements:
        return t
    reqs = set()
    for x in requirements:
        key = x.upper()
        if key not in _REQUIREMENTS:
            raise KeyError(key)
        reqs.add(_REQUIREMENTS[key])
    if {"C", "F"} <= reqs:
        raise ValueError('Cannot specify both "C" and "F" order')
    if "F" in reqs:
        t = _fortran(t)
    elif "C" in reqs:
        t = t.contiguous()
    if "O" in reqs and (t is a or t._is_view()):
        t = copy(t, "F" if "F" in reqs else "C" if "C" in reqs else "A")
    return t


def from_dlpack(x: Any, /, *, device: DeviceLike = None, copy: bool | None = None
                ) -> torch.Tensor:
    """An array from any object with ``__dlpack__`` (tensors, NumPy arrays, tnp arrays),
    sharing its memory unless ``copy=True`` or a device change needs a copy."""
    t = getattr(x, "_t", None)
    if not isinstance(t, _Tensor):
        if isinstance(x, _Tensor):
            t = x
        elif hasattr(x, "__dlpack__"):
            t = torch.from_dlpack(x)
        else:
            raise AttributeError(f"'{type(x).__name__}' object has no attribute '__dlpack__'")
    if device is not None and device != t.device:
        if copy is False:
            raise ValueError("Unable to avoid copy while moving the array to another device.")
        return t.to(device)
    return t.clone() if copy else t


# ---------------------------------------------------------------- more constructors


def identity(n: int, dtype: DTypeLike = None, *, like: Any = None) -> torch.Tensor:
    """The ``n`` x ``n`` identity array."""
    n = operator.index(n)
    if n < 0:
        raise ValueError("negative dimensions are not allowed")
    return eye(n, dtype=dtype or _F64)


def vander(x: ArrayLike, N: int | None = None, increasing: bool = False) -> torch.Tensor:
    """The Vandermonde matrix of ``x``: columns are powers of ``x`` (decreasing by default)."""
    if x.dim() != 1:
        raise ValueError("x must be a one-dimensional array or sequence.")
    n = x.shape[0] if N is None else operator.index(N)
    if n < 0:
        raise ValueError("negative dimensions are not allowed")
    dt = result_dtype(x, torch.int64)
    xs = _cast(x, dt) if x.dtype not in _SHELL else x.to(torch.int64).to(dt)
    if n == 0:
        return torch.empty((x.shape[0], 0), dtype=dt, device=x.device)
    cols = torch.ones((x.shape[0], n), dtype=dt, device=x.device)
    if n > 1:
        cols[:, 1:] = torch.cumprod(xs.unsqueeze(1).expand(-1, n - 1), dim=1)
    return cols if increasing else cols.flip(1)


def _power(base: Any, y: _Tensor) -> _Tensor:
    """``base ** y`` with NumPy's promotion (a Python ``base`` is weak)."""
    dt = result_dtype(base, y)
    ct = torch.float32 if dt is torch.float16 else dt
    b = _scalar_tensor(base, ct) if type(base) in _PY_SCALARS else _cast(base, ct)
    return torch.pow(b.to(y.device), y.to(ct)).to(dt)


def logspace(
    start: ArrayOrScalar,
    stop: ArrayOrScalar,
    num: int = 50,
    endpoint: bool = True,
    base: ArrayOrScalar = 10.0,
    dtype: DTypeLike = None,
    axis: int = 0,
) -> torch.Tensor:
    """``base ** linspace(start, stop, num)`` (array-valued ends and bases allowed)."""
    if isinstance(base, _Tensor) and base.dim():
        shapes = [v.shape if isinstance(v, _Tensor) else () for v in (start, stop, base)]
        nd = len(torch.broadcast_shapes(*shapes))
        start, stop, base = (
            (v if isinstance(v, _Tensor) else to_tensor(v)).reshape(
                (1,) * (nd - (v.dim() if isinstance(v, _Tensor) else 0))
                + tuple(v.shape if isinstance(v, _Tensor) else ())
            )
            for v in (start, stop, base)
        )
        base = base.unsqueeze(normalize_axis(axis, nd + 1))
    y = linspace(start, stop, num, endpoint, False, None, axis)
    r = _power(base, y)
    if dtype is not None:
        r = _cast(r, dtype)
    return r


def geomspace(
    start: ArrayLike,
    stop: ArrayLike,
    num: int = 50,
    endpoint: bool = True,
    dtype: DTypeLike = None,
    axis: int = 0,
) -> torch.Tensor:
    """Numbers spaced evenly on a log scale (a geometric progression) from start to stop.

    Negative and complex ends work: ``start`` is rotated onto the positive real axis, the
    progression computed, and the rotation undone; the ends are exactly ``start``/``stop``.
    """
    if bool((start == 0).any()) or bool((stop == 0).any()):
        raise ValueError("Geometric sequence cannot include zero")
    dt = result_dtype(start, stop, 1.0, dtype or _F64)
    s = _cast(start, dt)
    e = _cast(stop, dt)
    sign = torch.sgn(s) if dt.is_complex else torch.sign(s)
    s = s / sign
    e = e / sign
    r = logspace(torch.log10(s), torch.log10(e), num, endpoint, 10.0, dt)
    if num > 0:
        r[0] = s
        if num > 1 and endpoint:
            r[-1] = e
    r = r * sign
    if axis != 0:
        r = torch.movedim(r, 0, normalize_axis(axis, r.dim()))
    if dtype is not None:
        if _is_int(dtype):
            r = r.real if r.dtype.is_complex else r
        r = _cast(r, dtype)
    return r


def meshgrid(*xi: ArrayLike, copy: bool = True, sparse: bool = False,
             indexing: str = "xy") -> Any:
    """Coordinate matrices from coordinate vectors (``indexing`` 'xy' or 'ij').

    A tuple of arrays, like NumPy 2 (which returns a list for ``sparse=True, copy=False``)."""
    if indexing not in ("xy", "ij"):
        raise ValueError("Valid values for `indexing` are 'xy' and 'ij'.")
    nd = len(xi)
    out = []
    for i, x in enumerate(xi):
        shape = [1] * nd
        shape[i] = -1
        if indexing == "xy" and nd > 1 and i < 2:
            shape[i], shape[1 - i] = 1, -1
        out.append(x.reshape(shape))
    if sparse and not copy:
        return out
    if not sparse:
        full = torch.broadcast_shapes(*(t.shape for t in out))
        out = [t.expand(full) for t in out]
    if copy:
        out = [t.clone(memory_format=torch.contiguous_format) for t in out]
    return tuple(out)


def fromfunction(function: Callable[..., Any], shape: ShapeLike, *,
                 dtype: DTypeLike = float, like: Any = None,  # type: ignore[assignment]
                 **kwargs: Any) -> Any:
    """``function(*indices(shape, dtype), **kwargs)``: the function gets tnp arrays and its
    result is returned as it is."""
    import tnp_core

    dt = _F64 if dtype is None or dtype is float else dtype
    grids = []
    for i, n in enumerate(shape):
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
        view = [1] * len(shape)
        view[i] = n
        grids.append(_cast(torch.arange(n), dt).reshape(view).expand(shape).contiguous())
    return function(*(tnp_core.asarray(g) for g in grids), **kwargs)


KERNELS: dict[str, Callable[..., Any]] = {
    "array": array,
    "asarray": asarray,
    "zeros": zeros,
    "ones": ones,
    "empty": empty,
    "full": full,
    "zeros_like": zeros_like,
    "ones_like": ones_like,
    "empty_like": empty_like,
    "full_like": full_like,
    "arange": arange,
    "linspace": linspace,
    "eye": eye,
    "asanyarray": asanyarray,
    "asarray_chkfinite": asarray_chkfinite,
    "ascontiguousarray": ascontiguousarray,
    "asfortranarray": asfortranarray,
    "copy": copy,
    "require": require,
    "from_dlpack": from_dlpack,
    "identity": identity,
    "vander": vander,
    "logspace": logspace,
    "geomspace": geomspace,
    "meshgrid": meshgrid,
    "fromfunction": fromfunction,
}
