"""``Generator`` and ``default_rng``.

The public methods are built by the core's normalizer (:func:`tnp_core._normalize.make_public`)
from torch-level method kernels, exactly like the module-level functions: they accept
array-likes, return ndarrays / NumPy scalars, and translate torch errors into NumPy's.  The
kernels are bound to a private slot each, so plugins cannot override single methods.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import torch

import tnp_core
from tnp_core._normalize import build_plan, make_public
from tnp_core._slots import Provider, Slot
from tnp_core.annotations import ArrayOrScalar, DTypeLike, ScalarOrArray
from tnp_core.kernel_utils import to_tensor

from . import _floats, _integers
from ._params import normalize_size
from ._results import integer_result
from ._seeding import Stream, generator_seed

__all__ = ["Generator", "default_rng", "KERNELS"]

_VERSION = "0.1.0"


def _random(
    self: Generator, size: Any = None, dtype: DTypeLike = tnp_core.float64, out: Any = None
) -> float | torch.Tensor | tnp_core.ndarray:
    """Uniform floats in ``[0, 1)``; ``dtype`` float64 or float32; ``out`` is filled in place."""
    dt = _floats.float_dtype(dtype, "random")
    shape = normalize_size(size)
    if out is None:
        return _floats.random_floats(self._stream, shape, dt)
    target = _check_out(out, dt)
    if shape is not None and shape != tuple(target.shape):
        raise ValueError("size must match out.shape when used together")
    device = torch.get_default_device()
    if target.device == device:  # fill in place: the same numbers as torch.rand, no copy
        target.uniform_(0.0, 1.0, generator=self._stream.generator(device))
    else:
        target.copy_(_floats.random_floats(self._stream, tuple(target.shape), dt))
    return out


def _check_out(out: Any, dt: torch.dtype) -> torch.Tensor:
    """The tensor of a writable, contiguous tnp ndarray ``out`` of dtype ``dt``."""
    if not isinstance(out, tnp_core.ndarray) or isinstance(out, tnp_core.generic):
        raise ValueError(
            "Supplied output array must be contiguous, writable, aligned, and in machine "
            "byte-order."
        )
    t = to_tensor(out)
    if t.dtype is not dt:
        want = str(dt).removeprefix("torch.")
        raise TypeError(
            f"Supplied output array has the wrong type. Expected {want}, got {out.dtype}"
        )
    if not out.flags["WRITEABLE"] or not t.is_contiguous():
        raise ValueError(
            "Supplied output array must be contiguous, writable, aligned, and in machine "
            "byte-order."
        )
    return t


def _integers_kernel(
    self: Generator,
    low: ArrayOrScalar,
    high: Any = None,
    size: Any = None,
    dtype: Any = tnp_core.int64,
    endpoint: bool = False,
) -> ScalarOrArray:
    """Integers in ``[low, high)`` (``[low, high]`` with ``endpoint``), exactly uniform."""
    # ``high`` (may be None or 2**64) and ``dtype`` (``int`` vs ``int64`` decides the result
    # type) are converted here, not by the core
    shape = normalize_size(size)
    t = _integers.integers(self._stream, low, high, shape, dtype, bool(endpoint), "integers")
    return integer_result(t, shape, dtype)


def _normal(
    self: Generator, loc: ArrayOrScalar = 0.0, scale: ArrayOrScalar = 1.0, size: Any = None
) -> float | torch.Tensor:
    """Normal samples; array parameters broadcast."""
    return _floats.normal(self._stream, loc, scale, normalize_size(size))


def _uniform(
    self: Generator, low: ArrayOrScalar = 0.0, high: ArrayOrScalar = 1.0, size: Any = None
) -> float | torch.Tensor:
    """Uniform samples in ``[low, high)``; array parameters broadcast."""
    return _floats.uniform(
        self._stream, low, high, normalize_size(size), "high - low range exceeds valid bounds"
    )


def _not_provided(*args: Any, **kwargs: Any) -> Any:  # pragma: no cover - slots are never empty
    raise RuntimeError("tnp_random: Generator method without a kernel")


def _method(name: str, kernel: Callable[..., Any]) -> Callable[..., Any]:
    """A public ``Generator`` method: the core's normalizer around ``kernel``."""
    slot = Slot(f"random.Generator.{name}")
    slot.set(
        (Provider(slot.name, kernel, "tnp_random", "tnp-random", _VERSION, is_default=True),),
        _not_provided,
    )
    plan = build_plan(kernel)
    return make_public(
        name, f"Generator.{name}", slot, plan, inspect.getdoc(kernel), "tnp_core.random"
    )


class Generator:
    """NumPy's ``Generator`` on torch: every instance owns its own ``torch.Generator``.

    ``Generator(bit_generator)`` takes a ``torch.Generator`` (used as is, shared with the
    caller) or anything :func:`default_rng` accepts as a seed; tnp has no BitGenerator classes.
    """

    __slots__ = ("_stream",)

    def __init__(self, bit_generator: Any) -> None:
        if isinstance(bit_generator, torch.Generator):
            self._stream = Stream.from_torch(bit_generator)
        else:
            self._stream = Stream(generator_seed(bit_generator))

    def __repr__(self) -> str:
        return f"Generator(torch) at 0x{id(self):X}"

    random: Callable[..., Any]
    integers: Callable[..., Any]
    normal: Callable[..., Any]
    uniform: Callable[..., Any]


Generator.random = _method("random", _random)  # type: ignore[method-assign]
Generator.integers = _method("integers", _integers_kernel)  # type: ignore[method-assign]
Generator.normal = _method("normal", _normal)  # type: ignore[method-assign]
Generator.uniform = _method("uniform", _uniform)  # type: ignore[method-assign]


def default_rng(seed: Any = None) -> Generator:
    """A new ``Generator``: ``seed`` is None (OS entropy), a non-negative int, a sequence of
    them, a SeedSequence-like, a ``torch.Generator``, or a ``Generator`` (returned as is)."""
    if isinstance(seed, Generator):
        return seed
    return Generator(seed)


KERNELS: dict[str, Callable[..., Any]] = {"random.default_rng": default_rng}
