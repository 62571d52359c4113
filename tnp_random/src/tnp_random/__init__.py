"""tnp-random: the kernels of ``numpy.random`` on torch, registered as tnp defaults.

Provides the legacy module functions (``seed``, ``rand``, ``randn``, ``random``, ``randint``,
``normal``, ``uniform``, ``choice``) and ``default_rng`` / ``Generator`` (``random``,
``integers``, ``normal``, ``uniform``).

**Random state.**  The module functions share one global state (NumPy's hidden
``RandomState``); every ``Generator`` owns its own.  A state is a seed plus one
``torch.Generator`` per device, created on first use on that device.  torch's global generator
is never used: ``torch.manual_seed`` does not affect tnp streams, tnp draws do not advance
torch's, and two Generators never share a position.  Samples are drawn on the device of the
first array-valued parameter, else on ``torch.get_default_device()``.

**Seeds.**  ``seed(s)`` follows ``numpy.random.seed`` (an int in ``[0, 2**32 - 1]`` or a
non-empty 1-d sequence of them; ValueError / TypeError like NumPy otherwise);
``default_rng(s)`` accepts None, a non-negative int of any size, a (nested) sequence of them,
a SeedSequence-like object (``generate_state``), a ``torch.Generator`` (wrapped, shared) or a
``Generator`` (returned as is).  ``None`` draws 64 bits from ``secrets`` (OS entropy).  Seeds
are hashed with BLAKE2b into the 64-bit seed of ``torch.Generator.manual_seed``, so
``default_rng(0)`` is *not* torch's ``manual_seed(0)`` stream (no accidental correlation
between the two).  A seed gives the same numbers every time on the same device and torch
version; CPU and CUDA streams differ.

**Streams differ from NumPy's.**  The same seed does not give NumPy's numbers (torch has
other bit generators and algorithms).  Where bit-identity with NumPy matters, draw with NumPy
and convert: ``tnp.asarray(numpy.random.default_rng(0).normal(size=1000))``.

**Algorithms.**  Floats use ``torch.rand`` / ``torch.randn`` (float64 unless ``dtype=float32``)
and NumPy's transforms (``low + (high - low) * U``, ``loc + scale * Z``).  Integers are exactly
uniform (no modulo bias: Lemire's multiply-shift with rejection on 16/32-bit words for ranges
up to ``2**31``, else 64 random bits masked and rejected outside the range), for every dtype
from bool to uint64 over its full range.  ``choice`` uses NumPy's inverse CDF with ``p``, a
permutation without replacement, and exponential keys (``E / p``) for weighted sampling
without replacement.

**Results.**  Like NumPy: a Python ``float`` without ``size`` and with scalar parameters
(``normal()``, ``rng.random()``), a Python ``int`` from ``randint(5)`` (``dtype in (bool,
int)``), a NumPy scalar from ``rng.integers(5)`` or ``choice([1.5, 2.5])``, a 0-d array for
``size=()``, ndarrays otherwise.

**Generator methods** are torch-level kernels (``self`` first, the same parameter markers as
the module functions) turned into methods by the core's normalizer
(``tnp_core._normalize.build_plan`` / ``make_public`` with a private ``Slot``), rather than
hand-written wrapping: argument conversion, result wrapping (``ScalarOrArray``), torch-error
translation and NumPy's signatures then work exactly as for every other public function.
They are not overridable by plugins (override ``random.Generator`` as a whole instead).
Like NumPy's, a Generator is not meant to be shared between threads without a lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tnp_core.plugins import hookimpl

from . import _generator, _legacy
from ._generator import Generator, default_rng

__version__ = "0.1.0"


@hookimpl(trylast=True)
def tnp_register_kernels() -> dict[str, Callable[..., Any]]:
    """The module-level functions of ``numpy.random``, by public name."""
    return {**_legacy.KERNELS, **_generator.KERNELS}


@hookimpl(trylast=True)
def tnp_register_objects() -> dict[str, Any]:
    """The ``Generator`` class."""
    return {"random.Generator": Generator}
