"""tnp-linalg: the kernels of ``numpy.linalg``, registered as tnp defaults.

Kernels are registered under ``"linalg.<name>"`` through the same hooks a third-party plugin
uses; ``trylast=True`` makes them defaults that any other plugin's kernel overrides.
``linalg.LinAlgError`` is published as an object (the core's exception class).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tnp_core.exceptions import LinAlgError
from tnp_core.plugins import hookimpl

from . import _array_api, _decomp, _lstsq, _norms, _selftest, _solvers, _tensor

__version__ = "0.1.0"

_MODULES = (_solvers, _norms, _decomp, _lstsq, _array_api, _tensor)


@hookimpl(trylast=True)
def tnp_register_kernels() -> dict[str, Callable[..., Any]]:
    """All ``linalg`` kernels of the category modules, by public name."""
    kernels: dict[str, Callable[..., Any]] = {}
    for module in _MODULES:
        kernels.update(module.KERNELS)
    return kernels


@hookimpl(trylast=True)
def tnp_register_objects() -> dict[str, Any]:
    """Non-kernel public objects of ``linalg``."""
    return {"linalg.LinAlgError": LinAlgError, "linalg.test": _selftest.test}
