"""The dtype system: dtype objects, parsing of dtype-likes, NEP 50 promotion and casting.

A ``dtype`` is a singleton per numeric type; it knows its torch dtype (``.torch``) and
NumPy's descriptive attributes.  The scalar types (``float64``, ``int8``, ...) are attached
as ``dtype.type`` by ``_scalars`` once they exist.
"""

from __future__ import annotations

import types
from typing import Any

import torch

__all__ = [
    "dtype",
    "as_dtype",
    "as_torch_dtype",
    "from_torch",
    "promote_types",
    "result_type_of",
    "can_cast_dtypes",
    "finfo",
    "iinfo",
]

# kind order used by promotion and 'same_kind' casting: b < u < i < f < c
_KIND_ORDER = {"b": 0, "u": 1, "i": 2, "f": 3, "c": 4, "V": 3}


class dtype:
    """A NumPy data type object; ``dtype(obj)`` parses any dtype-like."""

    __slots__ = ("torch", "name", "kind", "char", "num", "itemsize", "type", "str", "_order")

    torch: torch.dtype
    name: str
    kind: str
    char: str
    num: int
    itemsize: int
    str: str

    # ``dtype[float64]`` in annotations (``tnp_core.typing.NDArray``)
    __class_getitem__ = classmethod(types.GenericAlias)

    def __new__(cls, obj: Any = None, align: bool = False, copy: bool = False) -> dtype:
        if cls is not dtype:  # a concrete class: tnp.dtypes.Float64DType() is float64
            return cls._instance  # type: ignore[attr-defined,no-any-return]
        return as_dtype(obj)

    # attributes NumPy derives from the basic ones
    @property
    def byteorder(self) -> str:
        return "|" if self.itemsize == 1 else "="

    @property
    def alignment(self) -> int:
        return self.itemsize // 2 if self.kind == "c" else self.itemsize

    @property
    def isbuiltin(self) -> int:
        return 1

    @property
    def isnative(self) -> bool:
        return True

    @property
    def descr(self) -> list[tuple[str, str]]:
        return [("", self.str)]

    @property
    def base(self) -> dtype:
        return self

    @property
    def shape(self) -> tuple[()]:
        return ()

    @property
    def ndim(self) -> int:
        return 0

    @property
    def subdtype(self) -> None:
        return None

    @property
    def names(self) -> None:
        return None

    @property
    def fields(self) -> None:
        return None

    @property
    def hasobject(self) -> bool:
        return False

    @property
    def flags(self) -> int:
        return 0

    @property
    def metadata(self) -> None:
        return None

    def newbyteorder(self, new_order: str = "S") -> dtype:
        if new_order in ("=", "|", "<", "little", "native", "N", "I", "i") or self.itemsize == 1:
            return self
        raise TypeError("tnp supports native byte order only (PyTorch tensors are native-endian)")

    def __repr__(self) -> str:
        return f"dtype('{self.name}')"

    def __str__(self) -> str:
        return self.name

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if isinstance(other, dtype):
            return False
        try:
            return as_dtype(other) is self
        except (TypeError, ValueError):
            return False

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(("tnp.dtype", self.name))

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (as_dtype, (self.name,))

    # NumPy's dtype ordering: a < b means a casts safely to b
    def __lt__(self, other: Any) -> bool:
        o = as_dtype(other)
        return self is not o and can_cast_dtypes(self, o, "safe")

    def __le__(self, other: Any) -> bool:
        return can_cast_dtypes(self, as_dtype(other), "safe")

    def __gt__(self, other: Any) -> bool:
        return as_dtype(other).__lt__(self)

    def __ge__(self, other: Any) -> bool:
        return as_dtype(other).__le__(self)


# ---------------------------------------------------------------- the concrete dtype classes
# ``type(tnp.dtype("float64"))`` is ``tnp.dtypes.Float64DType``, as in NumPy.


class BoolDType(dtype):
    __slots__ = ()


class Int8DType(dtype):
    __slots__ = ()


class UInt8DType(dtype):
    __slots__ = ()


class Int16DType(dtype):
    __slots__ = ()


class UInt16DType(dtype):
    __slots__ = ()


class Int32DType(dtype):
    __slots__ = ()


class UInt32DType(dtype):
    __slots__ = ()


class Int64DType(dtype):
    __slots__ = ()


class UInt64DType(dtype):
    __slots__ = ()


class Float16DType(dtype):
    __slots__ = ()


class Float32DType(dtype):
    __slots__ = ()


class Float64DType(dtype):
    __slots__ = ()


class Complex64DType(dtype):
    __slots__ = ()


class Complex128DType(dtype):
    __slots__ = ()


class BFloat16DType(dtype):
    __slots__ = ()


def _make(cls: type[dtype], tdt: torch.dtype, name: str, kind: str, char: str, num: int,
          size: int) -> dtype:
    d = object.__new__(cls)
    cls._instance = d  # type: ignore[attr-defined]
    d.torch = tdt
    d.name = name
    d.kind = kind
    d.char = char
    d.num = num
    d.itemsize = size
    d.type = None  # set by _scalars
    order = "|" if size == 1 else "<"
    d.str = f"{order}{kind}{size}" if name != "bfloat16" else "<V2"
    d._order = _KIND_ORDER[kind]
    return d


bool_ = _make(BoolDType, torch.bool, "bool", "b", "?", 0, 1)
int8 = _make(Int8DType, torch.int8, "int8", "i", "b", 1, 1)
uint8 = _make(UInt8DType, torch.uint8, "uint8", "u", "B", 2, 1)
int16 = _make(Int16DType, torch.int16, "int16", "i", "h", 3, 2)
uint16 = _make(UInt16DType, torch.uint16, "uint16", "u", "H", 4, 2)
int32 = _make(Int32DType, torch.int32, "int32", "i", "i", 5, 4)
uint32 = _make(UInt32DType, torch.uint32, "uint32", "u", "I", 6, 4)
int64 = _make(Int64DType, torch.int64, "int64", "i", "l", 7, 8)
uint64 = _make(UInt64DType, torch.uint64, "uint64", "u", "L", 8, 8)
float16 = _make(Float16DType, torch.float16, "float16", "f", "e", 23, 2)
float32 = _make(Float32DType, torch.float32, "float32", "f", "f", 11, 4)
float64 = _make(Float64DType, torch.float64, "float64", "f", "d", 12, 8)
complex64 = _make(Complex64DType, torch.complex64, "complex64", "c", "F", 14, 8)
complex128 = _make(Complex128DType, torch.complex128, "complex128", "c", "D", 15, 16)
# extension beyond NumPy: kind 'V' as NumPy reports for ml_dtypes' bfloat16
bfloat16 = _make(BFloat16DType, torch.bfloat16, "bfloat16", "V", "E", 256, 2)

ALL_DTYPES: tuple[dtype, ...] = (
    bool_,
    int8,
    uint8,
    int16,
    uint16,
    int32,
    uint32,
    int64,
    uint64,
    float16,
    float32,
    float64,
    complex64,
    complex128,
)
"""The NumPy dtypes tnp supports, in NumPy's type-number order (bfloat16 excluded)."""

DEFAULT_FLOAT = float64
DEFAULT_INT = int64
DEFAULT_COMPLEX = complex128

_FROM_TORCH: dict[torch.dtype, dtype] = {d.torch: d for d in (*ALL_DTYPES, bfloat16)}

_SIGNED = {1: int8, 2: int16, 4: int32, 8: int64}
_UNSIGNED = {1: uint8, 2: uint16, 4: uint32, 8: uint64}
_FLOAT = {2: float16, 4: float32, 8: float64}
_COMPLEX = {8: complex64, 16: complex128}

# ---------------------------------------------------------------- parsing

_BY_NAME: dict[str, dtype] = {}
for _d in (*ALL_DTYPES, bfloat16):
    _BY_NAME[_d.name] = _d
    _BY_NAME[_d.char] = _d
    if _d is not bfloat16:
        _BY_NAME[_d.str] = _d
        _BY_NAME[_d.str[1:]] = _d
        _BY_NAME["=" + _d.str[1:]] = _d
        _BY_NAME["<" + _d.str[1:]] = _d
        _BY_NAME["|" + _d.str[1:]] = _d
_BY_NAME.update(
    {
        "bool_": bool_,
        "b1": bool_,
        "float": float64,
        "double": float64,
        "single": float32,
        "half": float16,
        "int": int64,
        "int_": int64,
        "intp": int64,
        "uintp": uint64,
        "long": int64,
        "ulong": uint64,
        "longlong": int64,
        "ulonglong": uint64,
        "intc": int32,
        "uintc": uint32,
        "short": int16,
        "ushort": uint16,
        "byte": int8,
        "ubyte": uint8,
        "uint": uint64,
        "complex": complex128,
        "cdouble": complex128,
        "csingle": complex64,
        "q": int64,
        "Q": uint64,
        "p": int64,
        "P": uint64,
        "n": int64,
        "N": uint64,
        "i1": int8,
        "u1": uint8,
        "f": float32,
    }
)

_PY_TYPES: dict[type, dtype] = {float: float64, int: int64, bool: bool_, complex: complex128}

_UNSUPPORTED_KINDS = {
    "O": "object",
    "U": "unicode string",
    "S": "bytes",
    "a": "bytes",
    "M": "datetime64",
    "m": "timedelta64",
    "V": "void/structured",
    "T": "string",
}


def _unsupported(obj: Any) -> TypeError:
    return TypeError(
        f"data type {obj!r} not understood or not supported by tnp "
        "(PyTorch tensors hold bool, integer, floating and complex numbers only)"
    )


def as_dtype(obj: Any) -> dtype:
    """Parse a dtype-like (dtype, scalar type, Python type, string, torch or NumPy dtype)."""
    if isinstance(obj, dtype):
        return obj
    if obj is None:
        return float64
    if isinstance(obj, torch.dtype):
        try:
            return _FROM_TORCH[obj]
        except KeyError:
            raise _unsupported(obj) from None
    if isinstance(obj, type):
        d = _PY_TYPES.get(obj)
        if d is not None:
            return d
        d = getattr(obj, "_tnp_dtype", None)
        if isinstance(d, dtype):
            return d
        if obj.__module__ == "numpy":  # a NumPy scalar type such as numpy.float64
            return _parse_string(obj.__name__, obj)
        raise _unsupported(obj)
    if isinstance(obj, str):
        return _parse_string(obj, obj)
    d = getattr(obj, "dtype", None)
    if isinstance(d, dtype):  # a scalar of ours (NumPy refuses arrays, 0-d ones included)
        if getattr(type(obj), "_tnp_dtype", None) is None:
            raise TypeError("Cannot construct a dtype from an array")
        return d
    mod = type(obj).__module__
    if mod.startswith("numpy"):
        s = getattr(obj, "str", None)  # a numpy.dtype instance
        if isinstance(s, str):
            return _parse_string(s, obj)
        if hasattr(obj, "ndim") and hasattr(obj, "dtype"):
            if type(obj).__name__ == "ndarray":
                raise TypeError("Cannot construct a dtype from an array")
            return _parse_string(obj.dtype.str, obj)  # a NumPy scalar
    raise _unsupported(obj)


def _parse_string(s: str, original: Any) -> dtype:
    d = _BY_NAME.get(s)
    if d is not None:
        return d
    if s and s[0] in "<>=|":
        if s[0] == ">" and s[1:] not in ("b1", "i1", "u1", "?"):
            raise TypeError(
                f"data type {original!r}: big-endian dtypes are not supported by tnp "
                "(PyTorch tensors are native-endian)"
            )
        d = _BY_NAME.get(s[1:])
        if d is not None:
            return d
        s = s[1:]
    if s and s[0] in _UNSUPPORTED_KINDS:
        raise TypeError(
            f"data type {original!r} ({_UNSUPPORTED_KINDS[s[0]]}) is not supported by tnp: "
            "PyTorch tensors hold bool, integer, floating and complex numbers only"
        )
    if s in ("float128", "longdouble", "g", "f16", "complex256", "clongdouble", "G", "c32"):
        raise TypeError(f"data type {original!r}: PyTorch has no extended precision type")
    raise TypeError(f"data type {original!r} not understood")


def as_torch_dtype(obj: Any) -> torch.dtype:
    """Parse a dtype-like into a ``torch.dtype``."""
    return as_dtype(obj).torch


def from_torch(tdt: torch.dtype) -> dtype:
    """The tnp dtype of a torch dtype."""
    try:
        return _FROM_TORCH[tdt]
    except KeyError:
        raise _unsupported(tdt) from None


# ---------------------------------------------------------------- promotion


def _promote(a: dtype, b: dtype) -> dtype:
    if a is b:
        return a
    if a._order > b._order:
        a, b = b, a
    ka, kb = a.kind, b.kind
    if ka == "b":
        return b
    if kb == "V" or ka == "V":  # bfloat16 (extension): torch's rules
        return _promote_bfloat16(a, b)
    if ka == kb:
        return a if a.itemsize >= b.itemsize else b
    if ka == "u" and kb == "i":
        if b.itemsize > a.itemsize:
            return b
        if a.itemsize == 8:
            return float64
        return _SIGNED[a.itemsize * 2]
    if ka in "ui":
        need = 2 if a.itemsize == 1 else 4 if a.itemsize == 2 else 8
        if kb == "f":
            return _FLOAT[max(need, b.itemsize)]
        return _COMPLEX[max(need, b.itemsize // 2, 4) * 2]
    # float with complex
    return _COMPLEX[max(a.itemsize, b.itemsize // 2, 4) * 2]


def _promote_bfloat16(a: dtype, b: dtype) -> dtype:
    other = b if a is bfloat16 else a
    if other is bfloat16:
        return bfloat16
    if other.kind in "biu":
        return bfloat16 if other.itemsize == 1 else _promote(float32, other)
    if other is float16:
        return float32
    return other


_PROMOTE: dict[tuple[dtype, dtype], dtype] = {
    (a, b): _promote(a, b) for a in (*ALL_DTYPES, bfloat16) for b in (*ALL_DTYPES, bfloat16)
}


def promote_types(a: dtype, b: dtype) -> dtype:
    """NumPy's ``promote_types`` on two parsed dtypes."""
    return _PROMOTE[a, b]


# weak Python scalar kinds (NEP 50): bool < int < float < complex
_WEAK_ORDER = {bool: 0, int: 2, float: 3, complex: 4}


def result_type_of(strong: list[dtype], weak: list[type]) -> dtype:
    """NEP 50 result type of strongly typed dtypes and weak Python scalar types."""
    if strong:
        res = strong[0]
        if len(strong) == 2:
            res = _PROMOTE[res, strong[1]]
        elif len(strong) > 2:
            res = _promote_sequence(strong)
    else:
        if not weak:
            raise ValueError("at least one array or dtype is required")
        top = max(weak, key=_WEAK_ORDER.__getitem__)
        return _PY_TYPES[top]
    if not weak:
        return res
    wk = max(_WEAK_ORDER[w] for w in weak)
    if wk <= res._order or (wk == 2 and res._order == 1):
        return res
    if res is bfloat16:
        return complex64 if wk == 4 else bfloat16
    if wk == 2:  # Python int with bool
        return int64
    if wk == 3:  # Python float with bool/int
        return float64
    # Python complex
    if res.kind == "f":
        return complex128 if res.itemsize == 8 else complex64
    return complex128


def _common_slot(a: dtype, b: dtype) -> dtype | None:
    """NumPy's ``__common_dtype__`` of a builtin dtype: None (NotImplemented) when ``b`` has the
    larger type number, so that the more generic dtype decides."""
    return None if b.num > a.num else _PROMOTE[a, b]


def _promote_sequence(dtypes: list[dtype]) -> dtype:
    """NumPy's promotion of three or more dtypes (``PyArray_PromoteDTypeSequence``).

    Not a left fold of ``promote_types``, which is not associative: NumPy first moves the
    "most knowledgeable" dtype to the front by pairing the sequence's ends, then promotes
    every other dtype with it.  ``result_type(int8, uint8, float16)`` is float16.
    """
    dts = list(dtypes)
    length = len(dts)
    res: dtype | None = None
    while True:
        half = length // 2
        for low in range(half):
            high = length - 1 - low
            res = dts[low] if dts[high] is dts[low] else _common_slot(dts[low], dts[high])
            if res is None or res is dts[high]:
                dts[low], dts[high] = dts[high], dts[low]
        if length == 2:
            break
        length -= half
    main = dts[0]
    start = 1 if res is None else 2
    for d in dts[start:]:
        promotion = _PROMOTE[main, d]
        res = promotion if res is None else _PROMOTE[res, promotion]
    assert res is not None
    return res


def can_cast_dtypes(src: dtype, dst: dtype, casting: str = "safe") -> bool:
    """NumPy's casting rules between two parsed dtypes."""
    if casting == "unsafe":
        return True
    if src is dst:
        return True
    if casting in ("no", "equiv"):
        return False
    safe = _PROMOTE[src, dst] is dst
    if casting == "safe":
        return safe
    if casting == "same_kind":
        return safe or src._order <= dst._order
    raise ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")


# ---------------------------------------------------------------- finfo / iinfo


class finfo:
    """Machine limits for floating point types (NumPy's ``finfo``)."""

    def __init__(self, dtype_like: Any) -> None:
        d = _dtype_of(dtype_like)
        if d.kind == "c":
            d = _FLOAT[d.itemsize // 2]
        if d.kind not in "fV":
            raise ValueError(f"data type {d.type!r} not inexact")
        fi = torch.finfo(d.torch)
        scalar = d.type
        self.dtype = d
        self.bits = fi.bits
        self.eps = scalar(fi.eps)
        self.epsneg = scalar(fi.eps / 2 if d is not bfloat16 else fi.eps / 2)
        self.max = scalar(fi.max)
        self.min = scalar(fi.min)
        self.tiny = self.smallest_normal = scalar(fi.tiny)
        self.resolution = scalar(fi.resolution)
        mant = {2: 10, 4: 23, 8: 52}[d.itemsize] if d is not bfloat16 else 7
        self.nmant = mant
        self.precision = int(-torch.log10(torch.tensor(fi.eps, dtype=torch.float64)).item())
        self.nexp = {2: 5, 4: 8, 8: 11}[d.itemsize] if d is not bfloat16 else 8
        self.maxexp = 2 ** (self.nexp - 1)
        self.minexp = 2 - self.maxexp
        self.machep = -mant
        self.negep = -mant - 1
        self.iexp = self.nexp
        self.smallest_subnormal = scalar(fi.tiny * 2.0**-mant)

    def __repr__(self) -> str:
        return (
            f"finfo(resolution={self.resolution!s}, min={self.min!s}, max={self.max!s}, "
            f"dtype={self.dtype.name})"
        )


class iinfo:
    """Machine limits for integer types (NumPy's ``iinfo``)."""

    def __init__(self, int_type: Any) -> None:
        d = _dtype_of(int_type)
        if d.kind not in "iu":
            raise ValueError(f"Invalid integer data type {d.kind!r}.")
        self.dtype = d
        self.kind = d.kind
        self.bits = d.itemsize * 8
        if d.kind == "u":
            self.min = 0
            self.max = 2**self.bits - 1
        else:
            self.min = -(2 ** (self.bits - 1))
            self.max = 2 ** (self.bits - 1) - 1

    def __repr__(self) -> str:
        return f"iinfo(min={self.min}, max={self.max}, dtype={self.dtype.name})"


def _dtype_of(obj: Any) -> dtype:
    d = getattr(obj, "dtype", None)
    if isinstance(d, dtype) and not isinstance(obj, type):
        return d
    return as_dtype(obj)
