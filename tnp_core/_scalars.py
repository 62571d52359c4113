"""NumPy's scalar types: ``generic`` > ``number`` > ``integer`` / ``inexact`` > ...

A tnp scalar is a read-only 0-d array whose class is the scalar type: ``isinstance(x,
tnp.floating)`` works, the value stays on its device (no synchronisation until it is printed
or converted), and it prints and hashes like NumPy's scalar.  Unlike NumPy, scalar types are
subclasses of ``ndarray`` (documented difference).
"""

from __future__ import annotations

from typing import Any

import torch

from . import _dtypes, _printing
from ._convert import to_tensor
from ._ndarray import _SCALAR_CLASSES, SCALAR_TYPES, ndarray, wrap, wrap_scalar

__all__ = [
    "generic",
    "number",
    "integer",
    "signedinteger",
    "unsignedinteger",
    "inexact",
    "floating",
    "complexfloating",
    "bool_",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "bfloat16",
]


class generic(ndarray):
    """Base class of NumPy scalar types."""

    __slots__ = ()
    _tnp_dtype: _dtypes.dtype | None = None

    def __new__(cls, value: Any = 0, /) -> Any:  # type: ignore[misc]
        d = cls._tnp_dtype
        if d is None:
            raise TypeError(f"cannot create 'numpy.{cls.__name__}' instances")
        if isinstance(value, str):
            value = _parse_text(value, d)
        tv = type(value)
        if tv in (bool, int, float, complex):
            if tv is int and d.kind in "iu":
                info = _dtypes.iinfo(d)
                if not info.min <= value <= info.max:
                    raise OverflowError(f"Python integer {value} out of bounds for {d.name}")
                if d is _dtypes.uint64 and value > 2**63 - 1:
                    return wrap_scalar(torch.tensor(value - 2**64).view(torch.uint64))
            if tv is complex and d.kind != "c":
                raise TypeError(f"can't convert complex to {d.name}")
            return wrap_scalar(torch.tensor(value, dtype=d.torch))
        t = to_tensor(value)
        t = t.to(d.torch) if t.dtype is not d.torch else t.clone()
        if t.dim():
            return wrap(t)
        return wrap_scalar(t)

    def __repr__(self) -> str:
        return _printing.scalar_repr_of(self._t, self.dtype.name)

    def __str__(self) -> str:
        return _printing.scalar_str_of(self._t, self.dtype.name)

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._t.item())

    def __reduce__(self) -> tuple[Any, tuple[Any]]:
        return (type(self), (self._t.item(),))

    def __iter__(self) -> Any:
        raise TypeError(f"'numpy.{type(self).__name__}' object is not iterable")

    def __len__(self) -> int:
        raise TypeError(f"object of type 'numpy.{type(self).__name__}' has no len()")

    # scalars are immutable: in-place operators rebind
    def __iadd__(self, other: Any) -> Any:
        return self + other

    def __isub__(self, other: Any) -> Any:
        return self - other

    def __imul__(self, other: Any) -> Any:
        return self * other

    def __itruediv__(self, other: Any) -> Any:
        return self / other

    def __ifloordiv__(self, other: Any) -> Any:
        return self // other

    def __imod__(self, other: Any) -> Any:
        return self % other

    def __ipow__(self, other: Any) -> Any:
        return self**other

    def __iand__(self, other: Any) -> Any:
        return self & other

    def __ior__(self, other: Any) -> Any:
        return self | other

    def __ixor__(self, other: Any) -> Any:
        return self ^ other

    def __ilshift__(self, other: Any) -> Any:
        return self << other

    def __irshift__(self, other: Any) -> Any:
        return self >> other

    def __round__(self, ndigits: int | None = None) -> Any:
        v = self._t.item()
        return round(v) if ndigits is None else type(self)(round(v, ndigits))

    # Array methods that give a 0-d array give a scalar on a scalar, as in NumPy.
    def astype(
        self,
        dtype: Any,
        order: str = "K",
        casting: str = "unsafe",
        subok: bool = True,
        copy: bool = True,
    ) -> Any:
        return _scalar_result(super().astype(dtype, order, casting, subok, copy))

    def copy(self, order: str = "C") -> Any:
        return _scalar_result(super().copy(order))

    def view(self, dtype: Any = None, type: Any = None) -> Any:  # noqa: A002 (NumPy's name)
        return _scalar_result(super().view(dtype, type))

    def reshape(self, *shape: Any, order: str = "C", copy: bool | None = None) -> Any:
        return _scalar_result(super().reshape(*shape, order=order, copy=copy))

    def squeeze(self, axis: Any = None) -> Any:
        return _scalar_result(super().squeeze(axis))

    def transpose(self, *axes: Any) -> Any:
        return _scalar_result(super().transpose(*axes))

    @property
    def T(self) -> Any:  # noqa: N802 (NumPy's name)
        return self

    def byteswap(self, inplace: bool = False) -> Any:
        if inplace:
            raise ValueError("cannot byteswap a scalar in-place")
        return _scalar_result(super().byteswap())


def _scalar_result(r: Any) -> Any:
    """``r`` as a scalar where it is a 0-d base-class array (scalars are immutable, so it may
    share the scalar's tensor)."""
    if type(r) is ndarray and r._t.dim() == 0:
        return wrap_scalar(r._t)
    return r


def _parse_text(text: str, d: _dtypes.dtype) -> Any:
    if d.kind == "b":
        return bool(text)
    if d.kind in "iu":
        return int(text)
    if d.kind == "c":
        return complex(text)
    return float(text)


class number(generic):
    """Abstract base of numeric scalar types."""

    __slots__ = ()


class integer(number):
    """Abstract base of integer scalar types."""

    __slots__ = ()

    def is_integer(self) -> bool:
        return True

    @property
    def numerator(self) -> Any:
        return self

    @property
    def denominator(self) -> int:
        return 1


class signedinteger(integer):
    """Abstract base of signed integer scalar types."""

    __slots__ = ()


class unsignedinteger(integer):
    """Abstract base of unsigned integer scalar types."""

    __slots__ = ()


class inexact(number):
    """Abstract base of floating and complex scalar types."""

    __slots__ = ()


class floating(inexact):
    """Abstract base of floating scalar types."""

    __slots__ = ()

    def is_integer(self) -> bool:
        return float(self._t.item()).is_integer()

    def as_integer_ratio(self) -> tuple[int, int]:
        return float(self._t.item()).as_integer_ratio()


class complexfloating(inexact):
    """Abstract base of complex scalar types."""

    __slots__ = ()


def _concrete(name: str, base: type, d: _dtypes.dtype, doc: str) -> type:
    cls = type(
        name, (base,), {"__slots__": (), "_tnp_dtype": d, "__doc__": doc, "__module__": "tnp_core"}
    )
    d.type = cls
    SCALAR_TYPES[d.torch] = cls
    _SCALAR_CLASSES.add(cls)
    return cls


bool_ = _concrete("bool", generic, _dtypes.bool_, "Boolean scalar (``np.bool``).")
int8 = _concrete("int8", signedinteger, _dtypes.int8, "8-bit signed integer scalar.")
int16 = _concrete("int16", signedinteger, _dtypes.int16, "16-bit signed integer scalar.")
int32 = _concrete("int32", signedinteger, _dtypes.int32, "32-bit signed integer scalar.")
int64 = _concrete("int64", signedinteger, _dtypes.int64, "64-bit signed integer scalar.")
uint8 = _concrete("uint8", unsignedinteger, _dtypes.uint8, "8-bit unsigned integer scalar.")
uint16 = _concrete("uint16", unsignedinteger, _dtypes.uint16, "16-bit unsigned integer scalar.")
uint32 = _concrete("uint32", unsignedinteger, _dtypes.uint32, "32-bit unsigned integer scalar.")
uint64 = _concrete("uint64", unsignedinteger, _dtypes.uint64, "64-bit unsigned integer scalar.")
float16 = _concrete("float16", floating, _dtypes.float16, "Half-precision float scalar.")
float32 = _concrete("float32", floating, _dtypes.float32, "Single-precision float scalar.")
float64 = _concrete("float64", floating, _dtypes.float64, "Double-precision float scalar.")
complex64 = _concrete("complex64", complexfloating, _dtypes.complex64, "Complex of two float32.")
complex128 = _concrete("complex128", complexfloating, _dtypes.complex128, "Complex of two float64.")
bfloat16 = _concrete("bfloat16", floating, _dtypes.bfloat16, "bfloat16 scalar (tnp extension).")

ABSTRACT_TYPES = (
    generic,
    number,
    integer,
    signedinteger,
    unsignedinteger,
    inexact,
    floating,
    complexfloating,
)
for _cls in ABSTRACT_TYPES:
    _cls.__module__ = "tnp_core"

True_ = wrap_scalar(torch.tensor(True))
False_ = wrap_scalar(torch.tensor(False))


def issubdtype(arg1: Any, arg2: Any) -> bool:
    """NumPy's ``issubdtype``: is ``arg1``'s scalar type a subclass of ``arg2``'s?"""
    t1 = (
        arg1
        if isinstance(arg1, type) and issubclass(arg1, generic)
        else _dtypes.as_dtype(arg1).type
    )
    if isinstance(arg2, type) and issubclass(arg2, generic):
        return issubclass(t1, arg2)
    return issubclass(t1, _dtypes.as_dtype(arg2).type)


def isdtype(dtype: Any, kind: Any) -> bool:
    """The array API's ``isdtype``."""
    d = _dtypes.as_dtype(dtype)
    kinds = kind if isinstance(kind, tuple) else (kind,)
    table = {
        "bool": "b",
        "signed integer": "i",
        "unsigned integer": "u",
        "integral": "iu",
        "real floating": "f",
        "complex floating": "c",
        "numeric": "iufc",
    }
    for k in kinds:
        if isinstance(k, str):
            if k not in table:
                raise ValueError(f"kind argument is a string, but {k!r} is not a known kind name.")
            if d.kind in table[k]:
                return True
        elif _dtypes.as_dtype(k) is d:
            return True
    return False
