"""Array-likes to tensors, with NumPy's dtype discovery (not torch's).

torch infers float32 for Python floats and complex64 for Python complex; NumPy infers float64
and complex128.  These helpers pick the dtype the NumPy way and then let torch build the tensor.
"""

from __future__ import annotations

import sys
from typing import Any

import torch

from . import _dtypes

__all__ = ["to_tensor", "to_operand", "python_scalar_dtype"]

_Tensor = torch.Tensor
_PY_SCALARS = (bool, int, float, complex)
_SEQ = (list, tuple)

_INT64_MIN = -(2**63)
_INT64_MAX = 2**63 - 1
_UINT64_MAX = 2**64 - 1


def python_scalar_dtype(x: bool | int | float | complex) -> torch.dtype:
    """The dtype NumPy gives a Python scalar on its own (not weak)."""
    if type(x) is bool:
        return torch.bool
    if type(x) is int:
        return _int_dtype_for(x)
    if type(x) is float:
        return torch.float64
    return torch.complex128


def _int_dtype_for(x: int) -> torch.dtype:
    if _INT64_MIN <= x <= _INT64_MAX:
        return torch.int64
    if 0 <= x <= _UINT64_MAX:
        return torch.uint64
    raise OverflowError(f"Python integer {x} out of bounds for int64 and uint64")


def to_tensor(obj: Any) -> torch.Tensor:
    """Convert any array-like to a tensor; ndarrays and tensors are not copied."""
    if type(obj) is list:  # before the attribute look-up, which is slow when it misses
        return _from_sequence(obj)
    t = getattr(obj, "_t", None)  # ndarray and its subclasses
    if t is not None and type(t) is _Tensor:
        return t
    if isinstance(obj, _Tensor):
        return obj
    tp = type(obj)
    if tp in _PY_SCALARS:
        if tp is int:
            dt = _int_dtype_for(obj)
            if dt is torch.uint64:
                return torch.tensor(obj - 2**64, dtype=torch.int64).view(torch.uint64)
            return torch.tensor(obj, dtype=dt)
        return torch.tensor(obj, dtype=python_scalar_dtype(obj))
    if tp in _SEQ:
        return _from_sequence(obj)
    return _from_foreign(obj)


def to_operand(obj: Any) -> torch.Tensor | bool | int | float | complex:
    """Like :func:`to_tensor`, but Python scalars stay Python scalars (weak, NEP 50)."""
    t = getattr(obj, "_t", None)
    if t is not None and type(t) is _Tensor:
        return t
    if type(obj) in _PY_SCALARS:
        return obj
    return to_tensor(obj)


def _from_foreign(obj: Any) -> torch.Tensor:
    mod = type(obj).__module__
    if isinstance(obj, (str, bytes)):
        raise TypeError(
            f"tnp cannot make an array from {type(obj).__name__} {obj!r}: string dtypes are not "
            "supported (PyTorch tensors hold numbers only)"
        )
    if mod.startswith("numpy") or hasattr(obj, "__array__"):
        return _from_numpy_like(obj)
    if hasattr(obj, "__dlpack__"):
        return torch.from_dlpack(obj)
    if hasattr(obj, "__index__") and not hasattr(obj, "__len__"):
        return torch.tensor(_int_checked(obj.__index__()), dtype=torch.int64)
    try:
        mv = memoryview(obj)  # array.array, bytearray, memoryview, ...
    except TypeError:
        pass
    else:
        return _from_buffer(mv)
    if isinstance(obj, range) or (
        hasattr(obj, "__len__") and hasattr(obj, "__getitem__") and not hasattr(obj, "keys")
    ):  # other sequences (range, deque, ...): like the list of their items
        return _from_sequence(list(obj))
    raise TypeError(
        f"tnp cannot convert an object of type {type(obj).__name__!r} to an array "
        "(object arrays are not supported)"
    )


_BUFFER_KINDS = {
    **dict.fromkeys("bhilqn", "int"),
    **dict.fromkeys("BHILQN", "uint"),
    **dict.fromkeys("efd", "float"),
    "Zf": "complex",
    "Zd": "complex",
    "?": "bool",
}
_NATIVE_ORDER = ("@", "=", "<" if sys.byteorder == "little" else ">")


def _from_buffer(mv: memoryview) -> torch.Tensor:
    """A copy of a numeric buffer (``array.array``, ``bytearray``, ...) in its own dtype."""
    fmt = mv.format
    if fmt[:1] in "@=<>!":
        fmt = fmt[1:] if mv.format[0] in _NATIVE_ORDER or mv.itemsize == 1 else "?!"
    kind = _BUFFER_KINDS.get(fmt)
    if kind is None:
        raise TypeError(f"tnp cannot convert a buffer of format {mv.format!r} to an array")
    dt = torch.bool if kind == "bool" else getattr(torch, f"{kind}{8 * mv.itemsize}")
    if mv.nbytes == 0:
        return torch.empty(mv.shape or (0,), dtype=dt)
    return torch.frombuffer(bytearray(mv.tobytes()), dtype=dt).reshape(mv.shape or ())


def _int_checked(x: int) -> int:
    _int_dtype_for(x)
    return x


def _from_numpy_like(obj: Any) -> torch.Tensor:
    import numpy as np  # interop path only

    arr = np.asarray(obj)
    if (
        arr.dtype.kind not in "biufc"
        or arr.dtype.itemsize > 16
        or arr.dtype.kind == "f"
        and arr.dtype.itemsize > 8
    ):
        raise TypeError(
            f"tnp does not support NumPy dtype {arr.dtype!r} (PyTorch tensors hold bool, integer, "
            "floating and complex numbers only)"
        )
    if not arr.dtype.isnative:
        arr = arr.astype(arr.dtype.newbyteorder("="))
    if any(s < 0 for s in arr.strides) or not arr.flags.writeable:
        arr = arr.copy()
    if arr.ndim == 0:
        return torch.from_numpy(arr.reshape(1)).reshape(())
    return torch.from_numpy(arr)


# ------------------------------------------------------------------- nested sequences

_KIND_DTYPE = (torch.bool, torch.int64, torch.float64, torch.complex128)
_KIND_OF = {bool: 0, int: 1, float: 2, complex: 3}


def _from_sequence(seq: list | tuple) -> torch.Tensor:
    kinds: set[type] = set(map(type, seq))
    if kinds and kinds <= _SCALAR_SET:
        return _build(seq, kinds)
    kinds = set()
    if _gather(seq, kinds):
        return _build(seq, kinds)
    return _from_mixed(seq)


_SCALAR_SET = frozenset(_PY_SCALARS)


def _gather(seq: list | tuple, kinds: set[type]) -> bool:
    """Collect the leaf types of a nested sequence; False if a leaf is not a Python scalar."""
    for x in seq:
        tp = type(x)
        if tp in _SEQ:
            if not _gather(x, kinds):
                return False
        elif tp in _KIND_OF:
            kinds.add(tp)
        else:
            return False
    return True


def _build(seq: list | tuple, kinds: set[type]) -> torch.Tensor:
    if len(kinds) == 1:
        dt = _KIND_DTYPE[_KIND_OF[next(iter(kinds))]]
    else:
        dt = _KIND_DTYPE[max((_KIND_OF[k] for k in kinds), default=2)]  # empty -> float64
    try:
        return torch.tensor(seq, dtype=dt)
    except ValueError as e:
        msg = str(e)
        if "Overflow" in msg or "overflow" in msg:
            return _build_big_ints(seq)
        raise _inhomogeneous(seq) from None
    except TypeError:  # a scalar where a sequence was expected: [1, [2]]
        raise _inhomogeneous(seq) from None
    except (RuntimeError, OverflowError):
        return _build_big_ints(seq)


def _build_big_ints(seq: list | tuple) -> torch.Tensor:
    """Python ints beyond int64: NumPy gives each int int64 or uint64 and promotes them."""
    flat: list[int] = []
    _flatten(seq, flat)
    bad = next((x for x in flat if not _INT64_MIN <= x <= _UINT64_MAX), None)
    if bad is not None:
        raise OverflowError(f"Python integer {bad} out of bounds for int64")
    shape = _shape_of(seq)
    if any(type(x) is int and x <= _INT64_MAX for x in flat):  # int64 with uint64: float64
        return torch.tensor([float(x) for x in flat], dtype=torch.float64).reshape(shape)
    wrapped = [x - 2**64 if x > _INT64_MAX else x for x in flat]
    return torch.tensor(wrapped, dtype=torch.int64).view(torch.uint64).reshape(shape)


def _flatten(seq: Any, out: list) -> None:
    for x in seq:
        if type(x) in _SEQ:
            _flatten(x, out)
        else:
            out.append(x)


def _shape_of(seq: Any) -> tuple[int, ...]:
    shape = []
    while type(seq) in _SEQ:
        shape.append(len(seq))
        if not seq:
            break
        seq = seq[0]
    return tuple(shape)


def _inhomogeneous(seq: Any) -> ValueError:
    return ValueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous "
        f"shape after {len(_shape_of(seq))} dimensions."
    )


def _from_mixed(seq: list | tuple) -> torch.Tensor:
    """Sequences holding arrays (ndarray, tensor, NumPy) and/or scalars: stack them."""
    parts = [_element_tensor(x) for x in seq]
    if not parts:
        return torch.zeros(0, dtype=torch.float64)
    dt = parts[0].dtype
    for p in parts[1:]:
        if p.dtype is not dt:
            dt = _dtypes.promote_types(_dtypes.from_torch(dt), _dtypes.from_torch(p.dtype)).torch
    shape = parts[0].shape
    if any(p.shape != shape for p in parts):
        raise _inhomogeneous(seq)
    return torch.stack([p.to(dt) for p in parts])


def _element_tensor(x: Any) -> torch.Tensor:
    if type(x) in _SEQ:
        return _from_sequence(x)
    return to_tensor(x)


def is_python_data(obj: Any) -> bool:
    """Whether ``obj`` is a Python scalar or a list / tuple (data NumPy converts itself)."""
    return type(obj) in _PY_SCALARS or type(obj) in _SEQ


_LONG_LIST = 32


def _integers_within(obj: list | tuple, dtype: torch.dtype) -> torch.Tensor | None:
    """The fast path of :func:`to_tensor_as` into an integer ``dtype``: a list of Python ints
    (or bools) converted by torch and range-checked in one reduction; None where the element
    loop must decide (floats, complex, values out of range: it raises NumPy's error)."""
    if dtype is not torch.int64 and len(obj) < _LONG_LIST:
        return None  # short lists: the loop costs less than a reduction
    try:
        t = to_tensor(obj)
    except (OverflowError, TypeError, ValueError):
        return None
    if t.dtype is torch.bool or t.dtype is dtype:
        return t.to(dtype)
    if t.dtype is not torch.int64 or not t.numel():
        return None
    info = torch.iinfo(dtype)
    lo, hi = torch.aminmax(t)
    if int(lo) < info.min or int(hi) > info.max:
        return None
    return t.to(dtype)


def to_tensor_as(obj: Any, dtype: torch.dtype | None) -> torch.Tensor:
    """Convert ``obj`` for ``dtype=`` the way NumPy does it: Python integers must fit an
    integer ``dtype`` (OverflowError otherwise) and stay exact up to 2**64 - 1; Python floats
    are truncated into it; complex values refuse a real ``dtype`` (TypeError).  Anything that
    is not Python data is converted as usual (the caller casts)."""
    if dtype is None or not is_python_data(obj):
        return to_tensor(obj)
    if dtype.is_floating_point or dtype.is_complex or dtype is torch.bool:
        try:
            t = to_tensor(obj)
        except OverflowError:  # ints beyond uint64: NumPy converts them through float
            wide = torch.complex128 if dtype.is_complex else torch.float64
            t = torch.tensor(obj, dtype=wide)
        if t.is_complex() and dtype.is_floating_point:
            raise TypeError("float() argument must be a string or a real number, not 'complex'")
        return t
    if type(obj) in _SEQ:
        t = _integers_within(obj, dtype)
        if t is not None:
            return t
    flat: list[Any] = []
    if type(obj) in _SEQ:
        _flatten(obj, flat)
        shape = _shape_of(obj)
    else:
        flat, shape = [obj], ()
    info = torch.iinfo(dtype)
    name = str(dtype).removeprefix("torch.")
    values = []
    for x in flat:
        tp = type(x)
        if tp is complex:
            raise TypeError("int() argument must be a string, a bytes-like object or a real "
                            "number, not 'complex'")
        if tp is float:
            if x != x or x in (float("inf"), float("-inf")):
                raise ValueError(f"cannot convert float {x} to integer")
            x = int(x)
        elif tp is not int and tp is not bool:
            return to_tensor(obj)  # other leaves (arrays inside the list): the usual path
        x = int(x)
        if not info.min <= x <= info.max:
            raise OverflowError(f"Python integer {x} out of bounds for {name}")
        values.append(x - 2**64 if x > _INT64_MAX else x)
    if dtype is torch.uint64:
        return torch.tensor(values, dtype=torch.int64).view(torch.uint64).reshape(shape)
    return torch.tensor(values, dtype=dtype).reshape(shape)
