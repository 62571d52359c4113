"""An example third-party tnp plugin: overrides ``linalg.solve`` and the kernel of ``add``.

Installed, it is found through the entry point ``example`` of group ``tnp`` (see this
distribution's ``pyproject.toml``); nothing needs to import it.  Its kernels have no
``trylast``, so they win over the built-in defaults of tnp-backends and tnp-linalg.  A kernel
that returns ``NotImplemented`` declines the input and the default runs instead.

``CALLS`` counts how often each kernel did the work (the tests read it).
"""

from __future__ import annotations

import collections
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike
from tnp_core.plugins import hookimpl

__version__ = "0.1.0"

CALLS: collections.Counter[str] = collections.Counter()

_REAL = (torch.float32, torch.float64)
_NO_TORCH_ADD = (torch.uint16, torch.uint32, torch.uint64)


def solve(a: ArrayLike, b: ArrayLike) -> torch.Tensor:
    """Solve one square float32/float64 system ``a @ x = b``; decline everything else.

    Same signature as ``numpy.linalg.solve`` (names, kinds, defaults): an override must match
    the default's.  The core converts ``a`` and ``b`` to tensors before the call.
    """
    if a.ndim != 2 or b.ndim not in (1, 2) or a.dtype not in _REAL or b.dtype != a.dtype:
        return NotImplemented  # stacks, integers, complex, mixed dtypes: the default serves
    CALLS["linalg.solve"] += 1
    return torch.linalg.solve(a, b)  # a singular `a` raises; the core makes it a LinAlgError


def add(x1: torch.Tensor, x2: torch.Tensor) -> torch.Tensor:
    """The elementwise kernel of the ``add`` ufunc.

    It receives two tensors already cast to the loop's dtype and returns their sum; the core
    keeps ``out=``, ``where=``, ``add.reduce``, ``add.outer``... working on top of it.
    """
    if x1.dtype in _NO_TORCH_ADD:
        return NotImplemented  # torch has no CPU add for these; the default computes in int64
    CALLS["add"] += 1
    return torch.add(x1, x2)


@hookimpl
def tnp_register_kernels() -> dict[str, Callable[..., Any]]:
    """The kernels this plugin provides, by NumPy name (no ``trylast``: they override)."""
    return {"linalg.solve": solve, "add": add}
