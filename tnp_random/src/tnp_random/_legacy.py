"""``RandomState`` and the legacy module-level API (``numpy.random.seed``, ``rand``, ...).

The module-level functions are the methods of one hidden global ``RandomState`` (as in
NumPy), seeded from OS entropy when the plugin is first loaded: each function is the method's
kernel bound to that object (:func:`tnp_random._build.bound_kernel`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

import tnp_core
from tnp_core.annotations import ArrayLike, ArrayOrScalar, OptionalArrayLike, ScalarOrArray

from . import _choice, _dists, _floats, _integers, _methods, _shuffle
from ._bitgen import MT19937, BitGenerator
from ._build import bound_kernel, method
from ._params import check, dims, float_param, normalize_size, warn
from ._results import integer_result
from ._seeding import Stream, legacy_seed

__all__ = ["RandomState", "KERNELS", "global_stream", "global_state"]

_INT64 = tnp_core.int64


# ------------------------------------------------------------------ method kernels


def seed(self: RandomState, seed: Any = None) -> None:
    """Reseed: an int in [0, 2**32 - 1], a 1-d sequence of them, or None (OS entropy)."""
    self._bit_generator._stream.reseed(legacy_seed(seed))


def get_state(self: RandomState, legacy: bool = True) -> dict[str, Any]:
    """The state as a dict ``{'bit_generator', 'state': {'seed', 'generators'}}`` (torch
    generator states per device; tnp has no MT19937 key tuple, whatever ``legacy`` says)."""
    return self._bit_generator.state


def set_state(self: RandomState, state: Any) -> None:
    """Restore a state returned by :meth:`get_state`."""
    if isinstance(state, tuple):
        raise ValueError(
            "tnp cannot restore a NumPy MT19937 state tuple: its streams are torch's; restore "
            "a state returned by tnp's get_state"
        )
    if not isinstance(state, dict):
        raise TypeError("state must be a dict or a tuple.")
    if "bit_generator" not in state or "state" not in state:
        raise ValueError("state dictionary is not valid.")
    if state["bit_generator"] != type(self._bit_generator).__name__:
        raise ValueError(f"state must be for a {type(self._bit_generator).__name__} PRNG")
    self._bit_generator.state = state


def random_sample(self: RandomState, size: Any = None) -> float | torch.Tensor:
    """Uniform samples in ``[0, 1)``."""
    return _floats.random_floats(self._stream, normalize_size(size))


def rand(self: RandomState, *args: Any) -> float | torch.Tensor:
    """Uniform samples in ``[0, 1)`` of shape ``args``; a Python float without arguments."""
    return _floats.random_floats(self._stream, dims(args) if args else None)


def randn(self: RandomState, *args: Any) -> float | torch.Tensor:
    """Standard normal samples of shape ``args``; a Python float without arguments."""
    return _floats.normal(self._stream, 0.0, 1.0, dims(args) if args else None)


def randint(
    self: RandomState, low: ArrayOrScalar, high: Any = None, size: Any = None, dtype: Any = int
) -> ScalarOrArray:
    """Integers in ``[low, high)`` (``[0, low)`` without ``high``), exactly uniform."""
    # ``high`` (may be None or 2**64) and ``dtype`` (``int`` vs ``int64`` decides the result
    # type) are converted here, not by the core
    shape = normalize_size(size)
    t = _integers.integers(self._stream, low, high, shape, dtype, False, "randint")
    return integer_result(t, shape, dtype)


def random_integers(
    self: RandomState, low: Any, high: Any = None, size: Any = None
) -> ScalarOrArray:
    """Integers in ``[low, high]`` (``[1, low]`` without ``high``); deprecated in NumPy.

    As NumPy: ``randint(low, int(high) + 1, size, dtype=int64)`` (a NumPy scalar without
    ``size``; ``high`` must be one number).
    """
    if high is None:
        warn(f"This function is deprecated. Please call randint(1, {low} + 1) instead",
             DeprecationWarning)
        low, high = 1, low
    else:
        warn(f"This function is deprecated. Please call randint({low}, {high} + 1) instead",
             DeprecationWarning)
    shape = normalize_size(size)
    t = _integers.integers(self._stream, low, _python_int(high) + 1, shape, _INT64, False,
                           "randint")
    return integer_result(t, shape, _INT64)


def _python_int(x: Any) -> int:
    """``int(x)`` as NumPy applies it to ``random_integers``' ``high`` (TypeError for arrays
    and sequences of more than one number)."""
    if isinstance(x, (list, tuple)):
        raise TypeError("int() argument must be a string, a bytes-like object or a real "
                        f"number, not '{type(x).__name__}'")
    if getattr(x, "ndim", 0):
        raise TypeError("only 0-dimensional arrays can be converted to Python scalars")
    return int(x)


def tomaxint(self: RandomState, size: Any = None) -> ScalarOrArray:
    """Integers in ``[0, sys.maxsize]``."""
    shape = normalize_size(size)
    t = _integers.integers(self._stream, 0, 2**63 - 1, shape, int, True, "tomaxint")
    return integer_result(t, shape, int)


def bytes(self: RandomState, length: int) -> Any:
    """``length`` random bytes."""
    return _shuffle.random_bytes(self._stream, length)


def choice(
    self: RandomState, a: ArrayLike, size: Any = None, replace: bool = True,
    p: OptionalArrayLike = None,
) -> ScalarOrArray:
    """Samples from ``a`` (or ``arange(a)``), uniform or with probabilities ``p``."""
    return _choice.choice(self._stream, a, normalize_size(size), bool(replace), p)


def shuffle(self: RandomState, x: Any) -> None:
    """Shuffle ``x`` in place along its first axis (a tnp ndarray or a mutable sequence)."""
    return _shuffle.shuffle(self._stream, x, 0)


def permutation(self: RandomState, x: Any) -> torch.Tensor:
    """A permuted copy of ``x`` (first axis), or a permuted ``arange(x)`` for an integer."""
    return _shuffle.permutation(self._stream, x, 0, legacy=True)


def normal(
    self: RandomState, loc: ArrayOrScalar = 0.0, scale: ArrayOrScalar = 1.0, size: Any = None
) -> float | torch.Tensor:
    """Normal samples; array parameters broadcast."""
    return _floats.normal(self._stream, loc, scale, normalize_size(size))


def uniform(
    self: RandomState, low: ArrayOrScalar = 0.0, high: ArrayOrScalar = 1.0, size: Any = None
) -> float | torch.Tensor:
    """Uniform samples in ``[low, high)``; array parameters broadcast."""
    return _floats.uniform(self._stream, low, high, normalize_size(size),
                           "Range exceeds valid bounds")


def standard_normal(self: RandomState, size: Any = None) -> float | torch.Tensor:
    """Standard normal samples."""
    return _floats.normal(self._stream, 0.0, 1.0, normalize_size(size))


def standard_exponential(self: RandomState, size: Any = None) -> float | torch.Tensor:
    """Standard exponential samples."""
    return _dists.continuous(self._stream, (), (), normalize_size(size),
                             _dists.s_standard_exponential)


def standard_gamma(self: RandomState, shape: ArrayOrScalar, size: Any = None
                   ) -> float | torch.Tensor:
    """Standard gamma samples, ``shape >= 0``."""
    k = float_param(shape)
    check(k, "nonneg", "shape")
    return _dists.continuous(self._stream, (k,), (), normalize_size(size),
                             _dists.s_standard_gamma)


def multivariate_normal(
    self: RandomState, mean: ArrayLike, cov: ArrayLike, size: Any = None,
    check_valid: str = "warn", tol: float = 1e-8,
) -> torch.Tensor:
    """Multivariate normal samples of shape ``size + mean.shape`` (SVD factor)."""
    return _methods.multivariate_normal_impl(self, mean, cov, size, check_valid, float(tol),
                                             "svd")


# ------------------------------------------------------------------ the class


class RandomState:
    """NumPy's legacy ``RandomState`` on torch: its own torch stream per instance.

    ``seed`` is None (OS entropy), an int in [0, 2**32 - 1], a 1-d sequence of them (NumPy's
    legacy seeding rules), or a BitGenerator (``MT19937(5)``...), whose stream is shared.
    """

    __slots__ = ("_bit_generator", "_stream", "__weakref__")
    _legacy = True

    def __init__(self, seed: Any = None) -> None:
        if isinstance(seed, BitGenerator):
            bg = seed
        else:
            bg = MT19937._legacy(seed)
        self._bit_generator = bg
        self._stream: Stream = bg._stream

    def __repr__(self) -> str:
        return f"RandomState({type(self._bit_generator).__name__}) at 0x{id(self):X}"

    def __reduce__(self) -> Any:
        return (RandomState, (self._bit_generator,))


_KERNELS: dict[str, Callable[..., Any]] = {
    "seed": seed,
    "get_state": get_state,
    "set_state": set_state,
    "random_sample": random_sample,
    "random": random_sample,
    "rand": rand,
    "randn": randn,
    "randint": randint,
    "random_integers": random_integers,
    "tomaxint": tomaxint,
    "bytes": bytes,
    "choice": choice,
    "shuffle": shuffle,
    "permutation": permutation,
    "normal": normal,
    "uniform": uniform,
    "standard_normal": standard_normal,
    "standard_exponential": standard_exponential,
    "standard_gamma": standard_gamma,
    "multivariate_normal": multivariate_normal,
    **_methods.SHARED,
}

for _name, _kernel in _KERNELS.items():
    setattr(RandomState, _name, method("RandomState", _name, _kernel))

_GLOBAL = RandomState()


def global_state() -> RandomState:
    """The hidden RandomState behind the module-level functions."""
    return _GLOBAL


def global_stream() -> Stream:
    """The stream behind the module-level functions."""
    return _GLOBAL._stream


def get_bit_generator() -> BitGenerator:
    """The bit generator of the global RandomState behind the module-level functions."""
    return _GLOBAL._bit_generator


def set_bit_generator(bitgen: BitGenerator) -> None:
    """Make the module-level functions draw from ``bitgen``."""
    if not isinstance(bitgen, BitGenerator):
        raise TypeError("bitgen must be an instance of BitGenerator")
    _GLOBAL._bit_generator = bitgen
    _GLOBAL._stream = bitgen._stream


KERNELS: dict[str, Callable[..., Any]] = {
    f"random.{name}": bound_kernel(name, kernel, global_state)
    for name, kernel in _KERNELS.items()
    if name != "tomaxint"
}
KERNELS["random.ranf"] = bound_kernel("ranf", random_sample, global_state)
KERNELS["random.sample"] = bound_kernel("sample", random_sample, global_state)
KERNELS["random.get_bit_generator"] = get_bit_generator
KERNELS["random.set_bit_generator"] = set_bit_generator
