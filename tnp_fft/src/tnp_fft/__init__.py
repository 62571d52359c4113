"""tnp-fft: the kernels of ``numpy.fft``, registered as tnp defaults.

Kernels are registered under ``"fft.<name>"`` through the same hooks a third-party plugin
uses; ``trylast=True`` makes them defaults that any other plugin's kernel overrides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tnp_core.plugins import hookimpl

from . import _basic, _helpers, _hermitian, _multi, _selftest

__version__ = "0.1.0"

_MODULES = (_basic, _multi, _hermitian, _helpers)


@hookimpl(trylast=True)
def tnp_register_kernels() -> dict[str, Callable[..., Any]]:
    """All ``fft`` kernels of the category modules, by public name."""
    kernels: dict[str, Callable[..., Any]] = {}
    for module in _MODULES:
        kernels.update(module.KERNELS)
    return kernels


@hookimpl(trylast=True)
def tnp_register_objects() -> dict[str, Any]:
    """Non-kernel public objects of ``fft``: the self-test runner ``fft.test``."""
    return {"fft.test": _selftest.test}
