"""NumPy's type-related constants: ``typecodes``, ``sctypeDict``, ``ScalarType``."""

from __future__ import annotations

from typing import Any

from . import _scalars as s

__all__ = ["ScalarType", "sctypeDict", "typecodes"]

typecodes: dict[str, str] = {
    "Character": "c",
    "Integer": "bhilqnp",
    "UnsignedInteger": "BHILQNP",
    "Float": "efdg",
    "Complex": "FDG",
    "AllInteger": "bBhHiIlLqQnNpP",
    "AllFloat": "efdgFDG",
    "Datetime": "Mm",
    "All": "?bhilqnpBHILQNPefdgFDGSUVOMm",
}
"""NumPy's type codes by category (the character codes of ``dtype.char``)."""

sctypeDict: dict[str, Any] = {
    "bool": s.bool_, "bool_": s.bool_,
    "int8": s.int8, "byte": s.int8, "uint8": s.uint8, "ubyte": s.uint8,
    "int16": s.int16, "short": s.int16, "uint16": s.uint16, "ushort": s.uint16,
    "int32": s.int32, "intc": s.int32, "uint32": s.uint32, "uintc": s.uint32,
    "int64": s.int64, "long": s.int64, "longlong": s.int64, "intp": s.int64, "int_": s.int64,
    "int": s.int64,
    "uint64": s.uint64, "ulong": s.uint64, "ulonglong": s.uint64, "uintp": s.uint64,
    "uint": s.uint64,
    "float16": s.float16, "half": s.float16, "float32": s.float32, "single": s.float32,
    "float64": s.float64, "double": s.float64, "float": s.float64, "longdouble": s.float64,
    "complex64": s.complex64, "csingle": s.complex64, "complex128": s.complex128,
    "cdouble": s.complex128, "complex": s.complex128, "clongdouble": s.complex128,
}
"""Scalar types by name, for the numeric types tnp has (``longdouble`` is ``float64``)."""

ScalarType: tuple[type, ...] = (
    int, float, complex, bool, bytes, str, memoryview,
    s.bool_, s.complex64, s.complex128, s.float16, s.float32, s.float64,
    s.int8, s.int16, s.int32, s.int64, s.uint8, s.uint16, s.uint32, s.uint64,
)
"""The Python and tnp scalar types."""
