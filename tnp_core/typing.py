"""``tnp_core.typing``: annotation helpers like ``numpy.typing``.

``NDArray[tnp.float64]`` is ``ndarray[tuple[Any, ...], dtype[float64]]``; ``ArrayLike`` and
``DTypeLike`` are unions of what tnp functions accept.  They are for static type checkers and
documentation; nothing checks them at run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar, Union

from ._dtypes import dtype
from ._ndarray import ndarray
from ._scalars import generic

__all__ = ["ArrayLike", "DTypeLike", "NBitBase", "NDArray"]

_ScalarT = TypeVar("_ScalarT", bound=generic)

NDArray = ndarray[tuple[Any, ...], dtype[_ScalarT]]  # type: ignore[type-arg,misc]
"""An ``ndarray`` whose scalar type is the parameter: ``NDArray[tnp.float64]``."""

ArrayLike = Union[ndarray, generic, bool, int, float, complex, Sequence[Any], "Any"]
"""Anything tnp converts to an array: arrays, scalars, (nested) sequences, tensors, buffers."""

DTypeLike = Union[dtype, type, str, None]
"""Anything tnp parses as a dtype: dtypes, scalar types, Python types, strings, None."""


class NBitBase:
    """NumPy's base of the precision classes used in annotations (not instantiable)."""

    def __init_subclass__(cls) -> None:
        if cls.__name__ not in ("_256Bit", "_128Bit", "_96Bit", "_80Bit", "_64Bit", "_32Bit",
                                "_16Bit", "_8Bit"):
            raise TypeError("cannot inherit from final class NBitBase")
        super().__init_subclass__()
