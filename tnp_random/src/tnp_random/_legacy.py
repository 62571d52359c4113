"""The legacy module-level API (``numpy.random.seed``, ``rand``, ``normal``, ...).

All functions share one global :class:`~tnp_random._seeding.Stream` (NumPy's hidden global
``RandomState``), seeded from OS entropy when the plugin is first loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, ArrayOrScalar, OptionalArrayLike, ScalarOrArray

from . import _choice, _floats, _integers
from ._params import dims, normalize_size
from ._results import integer_result
from ._seeding import Stream, entropy_seed, legacy_seed

__all__ = ["KERNELS", "global_stream"]

_GLOBAL = Stream(entropy_seed())


def global_stream() -> Stream:
    """The stream behind the module-level functions."""
    return _GLOBAL


def seed(seed: Any = None) -> None:
    """Reseed the global state: an int in [0, 2**32 - 1], a 1-d sequence of them, or None."""
    _GLOBAL.reseed(legacy_seed(seed))


def rand(*args: Any) -> float | torch.Tensor:
    """Uniform samples in ``[0, 1)`` of shape ``args``; a Python float without arguments."""
    return _floats.random_floats(_GLOBAL, dims(args) if args else None)


def randn(*args: Any) -> float | torch.Tensor:
    """Standard normal samples of shape ``args``; a Python float without arguments."""
    return _floats.normal(_GLOBAL, 0.0, 1.0, dims(args) if args else None)


def random(size: Any = None) -> float | torch.Tensor:
    """Uniform samples in ``[0, 1)``."""
    return _floats.random_floats(_GLOBAL, normalize_size(size))


def randint(
    low: ArrayOrScalar, high: Any = None, size: Any = None, dtype: Any = int
) -> ScalarOrArray:
    """Integers in ``[low, high)`` (``[0, low)`` without ``high``), exactly uniform."""
    # ``high`` (may be None or 2**64) and ``dtype`` (``int`` vs ``int64`` decides the result
    # type) are converted here, not by the core
    shape = normalize_size(size)
    t = _integers.integers(_GLOBAL, low, high, shape, dtype, False, "randint")
    return integer_result(t, shape, dtype)


def normal(
    loc: ArrayOrScalar = 0.0, scale: ArrayOrScalar = 1.0, size: Any = None
) -> float | torch.Tensor:
    """Normal samples; array parameters broadcast."""
    return _floats.normal(_GLOBAL, loc, scale, normalize_size(size))


def uniform(
    low: ArrayOrScalar = 0.0, high: ArrayOrScalar = 1.0, size: Any = None
) -> float | torch.Tensor:
    """Uniform samples in ``[low, high)``; array parameters broadcast."""
    return _floats.uniform(_GLOBAL, low, high, normalize_size(size), "Range exceeds valid bounds")


def choice(
    a: ArrayLike, size: Any = None, replace: bool = True, p: OptionalArrayLike = None
) -> ScalarOrArray:
    """Samples from ``a`` (or ``arange(a)``), uniform or with probabilities ``p``."""
    return _choice.choice(_GLOBAL, a, normalize_size(size), bool(replace), p)


KERNELS: dict[str, Callable[..., Any]] = {
    "random.seed": seed,
    "random.rand": rand,
    "random.randn": randn,
    "random.random": random,
    "random.randint": randint,
    "random.normal": normal,
    "random.uniform": uniform,
    "random.choice": choice,
}
