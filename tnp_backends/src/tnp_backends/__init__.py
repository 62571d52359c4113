"""tnp-backends: the kernels of NumPy's main namespace, registered as tnp defaults.

Every kernel is registered through the same hooks a third-party plugin uses; ``trylast=True``
makes them defaults that any other plugin's kernel overrides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tnp_core.plugins import UfuncDef, hookimpl

from . import (
    _creation,
    _einsum,
    _elementwise,
    _histograms,
    _indexing,
    _io,
    _joining,
    _manipulation,
    _math,
    _nanfunctions,
    _packing,
    _polynomial,
    _reductions,
    _sets,
    _sorting,
    _statistics,
    _typeinfo,
    _ufuncs,
    _ufuncs_extra,
    _ufuncs_more,
)

__version__ = "0.1.0"

_MODULES = (
    _creation,
    _einsum,
    _elementwise,
    _histograms,
    _indexing,
    _io,
    _joining,
    _manipulation,
    _math,
    _nanfunctions,
    _packing,
    _polynomial,
    _reductions,
    _sets,
    _sorting,
    _statistics,
    _typeinfo,
)


@hookimpl(trylast=True)
def tnp_register_kernels() -> dict[str, Callable[..., Any]]:
    """All function kernels of the category modules, by NumPy name."""
    kernels: dict[str, Callable[..., Any]] = {}
    for module in _MODULES:
        kernels.update(module.KERNELS)
    return kernels


@hookimpl(trylast=True)
def tnp_register_ufuncs() -> list[UfuncDef]:
    """The ufunc definitions."""
    return [*_ufuncs.UFUNCS, *_ufuncs_more.UFUNCS, *_ufuncs_extra.UFUNCS]


@hookimpl(trylast=True)
def tnp_register_objects() -> dict[str, Any]:
    """Public classes of the main namespace (``poly1d``, ``NpzFile``, ...)."""
    return {**_polynomial.OBJECTS, **_io.OBJECTS}
