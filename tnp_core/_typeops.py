"""NumPy-land type functions of the core: result_type, promote_types, can_cast."""

from __future__ import annotations

from typing import Any

from . import _dtypes
from ._ndarray import ndarray

__all__ = ["result_type", "promote_types", "can_cast"]

_PY_SCALARS = (bool, int, float, complex)


def result_type(*arrays_and_dtypes: Any) -> _dtypes.dtype:
    """NumPy 2's ``result_type`` (NEP 50: Python scalars are weak)."""
    strong: list[_dtypes.dtype] = []
    weak: list[type] = []
    for x in arrays_and_dtypes:
        if type(x) in _PY_SCALARS:
            weak.append(type(x))
        elif isinstance(x, ndarray):
            strong.append(x.dtype)
        elif type(x).__module__.startswith("numpy") and hasattr(x, "dtype") and \
                not isinstance(x, type):
            strong.append(_dtypes.as_dtype(x.dtype))
        else:
            strong.append(_dtypes.as_dtype(x))
    if not strong and not weak:
        raise ValueError("at least one array or dtype is required")
    return _dtypes.result_type_of(strong, weak)


def promote_types(type1: Any, type2: Any) -> _dtypes.dtype:
    """The smallest dtype both ``type1`` and ``type2`` cast to safely."""
    return _dtypes.promote_types(_dtypes.as_dtype(type1), _dtypes.as_dtype(type2))


def can_cast(from_: Any, to: Any, casting: str = "safe") -> bool:
    """Whether ``from_`` (a dtype-like or an array) can be cast to ``to`` under ``casting``."""
    if type(from_) in _PY_SCALARS:
        raise TypeError(
            "can_cast() does not support Python ints, floats, and complex because the result "
            "used to depend on the value.\nThis change was part of adopting NEP 50, we may "
            "explicitly allow them again in the future."
        )
    src = from_.dtype if isinstance(from_, ndarray) else _dtypes.as_dtype(from_)
    return _dtypes.can_cast_dtypes(src, _dtypes.as_dtype(to), casting)
