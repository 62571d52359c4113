"""``tnp_core.dtypes``: the concrete dtype classes, like ``numpy.dtypes``.

``type(tnp.dtype("float64")) is tnp.dtypes.Float64DType``; calling a class with no argument
gives its dtype.  NumPy's C-name aliases (``ByteDType``, ``LongDType``, ...) name the same
classes here: ``LongLongDType`` / ``ULongLongDType`` are the 64-bit classes (on Linux NumPy
keeps separate classes for ``long long``; tnp has one 64-bit integer type per signedness).
``BFloat16DType`` is tnp's extension.
"""

from __future__ import annotations

from ._dtypes import (
    BFloat16DType,
    BoolDType,
    Complex64DType,
    Complex128DType,
    Float16DType,
    Float32DType,
    Float64DType,
    Int8DType,
    Int16DType,
    Int32DType,
    Int64DType,
    UInt8DType,
    UInt16DType,
    UInt32DType,
    UInt64DType,
)

ByteDType = Int8DType
UByteDType = UInt8DType
ShortDType = Int16DType
UShortDType = UInt16DType
IntDType = Int32DType
UIntDType = UInt32DType
LongDType = Int64DType
ULongDType = UInt64DType
LongLongDType = Int64DType
ULongLongDType = UInt64DType

__all__ = [
    "BFloat16DType", "BoolDType", "ByteDType", "Complex128DType", "Complex64DType",
    "Float16DType", "Float32DType", "Float64DType", "Int16DType", "Int32DType", "Int64DType",
    "Int8DType", "IntDType", "LongDType", "LongLongDType", "ShortDType", "UByteDType",
    "UInt16DType", "UInt32DType", "UInt64DType", "UInt8DType", "UIntDType", "ULongDType",
    "ULongLongDType", "UShortDType",
]
