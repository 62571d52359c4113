"""tnp: the NumPy 2.x API on PyTorch tensors.

``import tnp_core as np``.  The core defines the dtype system, ``ndarray``, the scalar types and
the plugin machinery; every function, ufunc and submodule comes from plugins (``tnp-backends``,
``tnp-linalg``, ``tnp-fft``, ``tnp-random`` or third parties), loaded on first use.
"""

from __future__ import annotations

import importlib
import math
import sys
from typing import Any

# _allocation comes first: it must run before torch allocates any tensor
from . import _allocation, _ndarray, annotations, exceptions, kernel_utils, plugins
from ._array_api_info import __array_namespace_info__
from ._constants import ScalarType, sctypeDict, typecodes
from ._dtypes import dtype, finfo, iinfo
from ._errstate import errstate, getbufsize, geterr, geterrcall, setbufsize, seterr, seterrcall
from ._flatiter import flatiter
from ._index_tricks import c_, index_exp, mgrid, ogrid, r_, s_
from ._iteration import (
    apply_along_axis,
    apply_over_axes,
    broadcast,
    frompyfunc,
    ndenumerate,
    ndindex,
    vectorize,
)
from ._ndarray import ndarray
from ._nditer import nditer, nested_iters
from ._printoptions import (
    array2string,
    array_repr,
    array_str,
    base_repr,
    binary_repr,
    format_float_positional,
    format_float_scientific,
    get_printoptions,
    info,
    printoptions,
    set_printoptions,
    show_config,
    show_runtime,
    typename,
)
from ._registry import registry
from ._scalars import (
    False_,
    True_,
    bfloat16,
    bool_,
    complex64,
    complex128,
    complexfloating,
    float16,
    float32,
    float64,
    floating,
    generic,
    inexact,
    int8,
    int16,
    int32,
    int64,
    integer,
    isdtype,
    issubdtype,
    number,
    signedinteger,
    uint8,
    uint16,
    uint32,
    uint64,
    unsignedinteger,
)
from ._typeops import can_cast, promote_types, result_type
from ._ufunc import ufunc
from .exceptions import AxisError

__version__ = "0.1.0"

bool = bool_  # noqa: A001  (NumPy 2's name for the boolean scalar type)
int_ = intp = long = longlong = int64
uint = uintp = ulong = ulonglong = uint64
intc = int32
uintc = uint32
short = int16
ushort = uint16
byte = int8
ubyte = uint8
half = float16
single = float32
double = longdouble = float64
csingle = complex64
cdouble = clongdouble = complex128

newaxis = None
pi = math.pi
e = math.e
inf = math.inf
nan = math.nan
euler_gamma = 0.5772156649015329
little_endian = sys.byteorder == "little"

_SUBMODULES = ("linalg", "fft", "random")
_CORE_MODULES = ("dtypes", "emath", "lib", "polynomial", "testing", "typing")

_ndarray._ns = sys.modules[__name__]
registry.reserved = {k for k in globals() if not k.startswith("_")}


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(f"module 'tnp_core' has no attribute '{name}'")
    if name in _CORE_MODULES:
        return importlib.import_module(f"tnp_core.{name}")
    if name in _SUBMODULES:
        try:
            return importlib.import_module(f"tnp_core.{name}")
        except exceptions.PluginNotInstalledError as err:
            raise AttributeError(str(err)) from None
    return registry.lookup("", name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(registry.provided_names("")) | set(_SUBMODULES)
                  | set(_CORE_MODULES))
