"""``Generator`` and ``default_rng``.

The public methods are built by the core's normalizer (:func:`tnp_core._normalize.make_public`)
from torch-level method kernels, exactly like the module-level functions: they accept
array-likes, return ndarrays / NumPy scalars, and translate torch errors into NumPy's.  The
kernels are bound to a private slot each, so plugins cannot override single methods.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import torch

import tnp_core
from tnp_core.annotations import (
    ArrayLike,
    ArrayOrScalar,
    DTypeLike,
    OptionalArrayLike,
    OutArray,
    ScalarOrArray,
)
from tnp_core.kernel_utils import to_tensor

from . import _base, _dists, _floats, _integers, _methods, _multi, _shuffle
from . import _choice as _choice_mod
from ._bitgen import PCG64, BitGenerator
from ._build import method
from ._params import check, float_param, normalize_size
from ._results import integer_result

__all__ = ["Generator", "default_rng", "KERNELS"]

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


def _check_out(out: Any, dt: torch.dtype, fortran: bool = True) -> torch.Tensor:
    """The tensor of a writable, contiguous tnp ndarray ``out`` of dtype ``dt`` (C order, or
    Fortran order with ``fortran``: NumPy's ``standard_gamma`` wants C order)."""
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
    if not out.flags["WRITEABLE"] or not (
        t.is_contiguous()
        or fortran and t.permute(*range(t.dim() - 1, -1, -1)).is_contiguous()
    ):
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
        self._stream, low, high, normalize_size(size), "high - low range exceeds valid bounds",
        ordered=True,
    )


def _standard_normal(
    self: Generator, size: Any = None, dtype: DTypeLike = tnp_core.float64, out: Any = None
) -> float | torch.Tensor | tnp_core.ndarray:
    """Standard normal samples; ``dtype`` float64 or float32; ``out`` is filled in place."""
    dt = _floats.float_dtype(dtype, "standard_normal")
    if dt is torch.float64:
        return _fill(self, size, dt, out, _base.normal)
    return _fill(self, size, dt, out, lambda g, shape, dev: torch.randn(
        shape, generator=g, dtype=dt, device=dev))


def _standard_exponential(
    self: Generator,
    size: Any = None,
    dtype: DTypeLike = tnp_core.float64,
    method: str = "zig",
    out: Any = None,
) -> float | torch.Tensor | tnp_core.ndarray:
    """Standard exponential samples (``method`` 'zig' or 'inv': the same torch sampler)."""
    if method not in ("zig", "inv"):
        raise ValueError("'method' argument must be either 'zig' or 'inv'")
    dt = _floats.float_dtype(dtype, "standard_exponential")
    if dt is torch.float64:
        return _fill(self, size, dt, out, _base.exponential)
    return _fill(self, size, dt, out, lambda g, shape, dev: torch.empty(
        shape, dtype=dt, device=dev).exponential_(generator=g))


def _standard_gamma(
    self: Generator,
    shape: ArrayOrScalar,
    size: Any = None,
    dtype: DTypeLike = tnp_core.float64,
    out: Any = None,
) -> float | torch.Tensor | tnp_core.ndarray:
    """Standard gamma samples of shape ``shape >= 0``."""
    dt = _floats.float_dtype(dtype, "standard_gamma")
    k = float_param(shape)
    check(k, "nonneg", "shape")
    if out is None:
        r = _dists.continuous(self._stream, (k,), (), normalize_size(size), _dists.s_standard_gamma)
        return r if isinstance(r, float) or dt is torch.float64 else r.to(dt)
    target = _check_out(out, dt, fortran=False)
    size_t = normalize_size(size)
    if size_t is not None and size_t != tuple(target.shape):
        raise ValueError("size must match out.shape when used together")
    r = _dists.continuous(self._stream, (k,), (), tuple(target.shape), _dists.s_standard_gamma)
    target.copy_(r)
    return out


def _fill(self: Generator, size: Any, dt: torch.dtype, out: Any, draw: Any) -> Any:
    """Draw ``draw(gen, shape, device)``: a float without size, else a tensor, or into out."""
    shape = normalize_size(size)
    device = torch.get_default_device()
    gen = self._stream.generator(device)
    if out is None:
        t = draw(gen, shape if shape is not None else (), device)
        return float(t.item()) if shape is None else t
    target = _check_out(out, dt)
    if shape is not None and shape != tuple(target.shape):
        raise ValueError("size must match out.shape when used together")
    target.copy_(draw(self._stream.generator(target.device), tuple(target.shape), target.device))
    return out


def _choice(
    self: Generator,
    a: ArrayLike,
    size: Any = None,
    replace: bool = True,
    p: OptionalArrayLike = None,
    axis: int = 0,
    shuffle: bool = True,
) -> ScalarOrArray:
    """Samples from ``a`` (or ``arange(a)``) along ``axis``, uniform or with probabilities ``p``
    (``shuffle=False`` is accepted; the sample order is random either way)."""
    return _choice_mod.choice(self._stream, a, normalize_size(size), bool(replace), p,
                              operator.index(axis), legacy=False)


def _permutation(self: Generator, x: Any, axis: int = 0) -> torch.Tensor:
    """A permuted copy of ``x`` along ``axis``, or a permuted ``arange(x)`` for an integer."""
    return _shuffle.permutation(self._stream, x, operator.index(axis), legacy=False)


def _shuffle_kernel(self: Generator, x: Any, axis: int = 0) -> None:
    """Shuffle ``x`` in place along ``axis`` (a tnp ndarray or a mutable sequence)."""
    return _shuffle.shuffle(self._stream, x, operator.index(axis))


def _permuted(self: Generator, x: ArrayLike, *, axis: Any = None, out: OutArray = None
              ) -> torch.Tensor:
    """``x`` with every 1-d slice along ``axis`` shuffled independently (None: all)."""
    return _shuffle.permuted(self._stream, x, axis)


def _bytes(self: Generator, length: int) -> bytes:
    """``length`` random bytes."""
    return _shuffle.random_bytes(self._stream, length)


def _multivariate_normal(
    self: Generator,
    mean: ArrayLike,
    cov: ArrayLike,
    size: Any = None,
    check_valid: str = "warn",
    tol: float = 1e-8,
    *,
    method: str = "svd",
) -> torch.Tensor:
    """Multivariate normal samples of shape ``size + mean.shape``."""
    return _methods.multivariate_normal_impl(self, mean, cov, size, check_valid, float(tol),
                                             method)


def _multivariate_hypergeometric(
    self: Generator, colors: ArrayLike, nsample: int, size: Any = None, method: str = "marginals"
) -> torch.Tensor:
    """Counts per color when drawing ``nsample`` items without replacement."""
    return _multi.multivariate_hypergeometric(self._stream, colors, nsample,
                                              normalize_size(size), method)


class Generator:
    """NumPy's ``Generator`` on torch: every instance owns its own torch stream.

    ``Generator(bit_generator)`` takes a tnp ``BitGenerator`` (``PCG64(5)``...), a
    ``torch.Generator`` (used as is, shared with the caller) or anything :func:`default_rng`
    accepts as a seed.
    """

    __slots__ = ("_bit_generator", "_stream", "__weakref__")
    _legacy = False

    def __init__(self, bit_generator: Any) -> None:
        if not isinstance(bit_generator, BitGenerator):
            bit_generator = PCG64(bit_generator)
        self._bit_generator = bit_generator
        self._stream = bit_generator._stream

    @property
    def bit_generator(self) -> BitGenerator:
        """The bit generator this Generator draws from."""
        return self._bit_generator

    def spawn(self, n_children: int) -> list[Generator]:
        """``n_children`` new, independent Generators (children of the seed sequence)."""
        return [type(self)(bg) for bg in self._bit_generator.spawn(n_children)]

    def __repr__(self) -> str:
        return f"Generator({type(self._bit_generator).__name__}) at 0x{id(self):X}"

    def __reduce__(self) -> Any:
        return (Generator, (self._bit_generator,))

    random: Callable[..., Any]
    integers: Callable[..., Any]


_KERNELS: dict[str, Callable[..., Any]] = {
    "random": _random,
    "integers": _integers_kernel,
    "normal": _normal,
    "uniform": _uniform,
    "standard_normal": _standard_normal,
    "standard_exponential": _standard_exponential,
    "standard_gamma": _standard_gamma,
    "choice": _choice,
    "permutation": _permutation,
    "shuffle": _shuffle_kernel,
    "permuted": _permuted,
    "bytes": _bytes,
    "multivariate_normal": _multivariate_normal,
    "multivariate_hypergeometric": _multivariate_hypergeometric,
    **_methods.SHARED,
}

for _name, _kernel in _KERNELS.items():
    setattr(Generator, _name, method("Generator", _name, _kernel))

_shuffle_method = Generator.shuffle


def _shuffle_sequence_axis(self: Generator, x: Any, axis: int = 0) -> None:
    """Shuffle ``x`` in place along ``axis`` (a tnp ndarray or a mutable sequence)."""
    if axis != 0 and not isinstance(x, (tnp_core.ndarray, torch.Tensor)):
        # raised here: inside a kernel the core would turn NotImplementedError (a
        # RuntimeError) into a TypeError
        raise NotImplementedError("Axis argument is only supported on ndarray objects")
    return _shuffle_method(self, x, axis)


_shuffle_sequence_axis.__name__ = _shuffle_sequence_axis.__qualname__ = "shuffle"
Generator.shuffle = _shuffle_sequence_axis  # type: ignore[method-assign]


def default_rng(seed: Any = None) -> Generator:
    """A new ``Generator``: ``seed`` is None (OS entropy), a non-negative int, a sequence of
    them, a SeedSequence, a BitGenerator, a ``torch.Generator``, or a ``Generator``
    (returned as is)."""
    if isinstance(seed, Generator):
        return seed
    return Generator(seed)


KERNELS: dict[str, Callable[..., Any]] = {"random.default_rng": default_rng}
