"""Helpers for kernel authors: axis handling and NumPy dtype rules at torch level."""

from __future__ import annotations

import torch
from torch.compiler import is_dynamo_compiling as compiling

from . import _dtypes
from ._convert import is_python_data, python_scalar_dtype, to_tensor, to_tensor_as
from ._ndarray import ndarray
from ._normalize import wrap_result
from ._slots import mark_numpy_error
from ._ufunc import _NoValue, normalize_axes, normalize_axis

NoValue = _NoValue
"""NumPy's ``<no value>`` default: use it where NumPy's signature shows ``<no value>``."""

__all__ = [
    "NoValue",
    "normalize_axis",
    "normalize_axes",
    "to_tensor",
    "to_tensor_as",
    "is_python_data",
    "python_scalar_dtype",
    "result_dtype",
    "promote",
    "can_cast",
    "default_float",
    "is_integer_dtype",
    "compiling",
    "require",
    "numpy_error",
    "array_result",
    "real_dtype",
    "complex_dtype",
]


def result_dtype(*operands: torch.Tensor | torch.dtype | bool | int | float | complex
                 ) -> torch.dtype:
    """NEP 50 result dtype of tensors / torch dtypes (strong) and Python scalars (weak)."""
    strong = []
    weak = []
    for o in operands:
        if isinstance(o, torch.Tensor):
            strong.append(_dtypes.from_torch(o.dtype))
        elif isinstance(o, torch.dtype):
            strong.append(_dtypes.from_torch(o))
        else:
            weak.append(type(o))
    return _dtypes.result_type_of(strong, weak).torch


def promote(a: torch.dtype, b: torch.dtype) -> torch.dtype:
    """NumPy's ``promote_types`` on torch dtypes."""
    return _dtypes.promote_types(_dtypes.from_torch(a), _dtypes.from_torch(b)).torch


def can_cast(src: torch.dtype, dst: torch.dtype, casting: str = "safe") -> bool:
    """NumPy's casting rule on torch dtypes."""
    return _dtypes.can_cast_dtypes(_dtypes.from_torch(src), _dtypes.from_torch(dst), casting)


def default_float(dt: torch.dtype) -> torch.dtype:
    """The float dtype NumPy computes in for ``dt``: float64 for bool/ints, else ``dt``."""
    if dt.is_floating_point or dt.is_complex:
        return dt
    return torch.float64


def is_integer_dtype(dt: torch.dtype) -> bool:
    """True for torch's signed and unsigned integer dtypes (not bool)."""
    return not dt.is_floating_point and not dt.is_complex and dt is not torch.bool


# dtype.to_real() / to_complex() as lookups: TorchDynamo cannot trace those methods.
_REAL_OF = {torch.complex32: torch.float16, torch.complex64: torch.float32,
            torch.complex128: torch.float64}
_COMPLEX_OF = {torch.float16: torch.complex32, torch.float32: torch.complex64,
               torch.float64: torch.complex128}


def real_dtype(dt: torch.dtype) -> torch.dtype:
    """``dt.to_real()``: the real dtype of a complex ``dt``; any other ``dt`` itself."""
    return _REAL_OF.get(dt, dt)


def complex_dtype(dt: torch.dtype) -> torch.dtype:
    """``dt.to_complex()``: the complex dtype of a float ``dt``; any other ``dt`` itself."""
    return _COMPLEX_OF.get(dt, dt)


def require(ok: torch.Tensor, error: type[Exception], message: str) -> None:
    """Raise ``error(message)`` unless every element of the bool tensor ``ok`` is True.

    A value check of this kind needs the data: in eager mode it synchronises and raises
    NumPy's exception type.  Under ``torch.compile`` (see :func:`compiling`: torch's
    ``torch.compiler.is_dynamo_compiling``, a cheap False in eager mode) it becomes an
    assertion inside the graph instead of a graph break: bad input still raises, as a
    ``RuntimeError`` carrying ``message``.
    """
    if compiling():
        torch._assert_async(ok.all(), message)
    elif not bool(ok.all()):
        raise numpy_error(error(message))


def numpy_error(error: Exception) -> Exception:
    """``error``, marked to reach the caller unchanged: ``raise numpy_error(RuntimeError(...))``.

    The core turns the RuntimeErrors that escape a kernel into NumPy's exception types (torch
    reports bad input as RuntimeError); where NumPy itself raises RuntimeError (``cov`` with a
    wrong number of weights), the kernel marks its exception with this.  Exceptions of other
    types pass unchanged anyway.
    """
    return mark_numpy_error(error)


def array_result(t: torch.Tensor) -> ndarray:
    """``t`` returned as an ndarray even when it is 0-d.

    A kernel annotated ``-> ScalarOrArray`` has its 0-d results turned into NumPy scalars;
    where NumPy returns a 0-d array instead for some arguments (``median`` of a 0-d array with
    ``keepdims=True``), the kernel returns ``array_result(t)``.  ``out=`` still works.
    """
    return wrap_result(t, False)
