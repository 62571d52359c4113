"""tnp-random: NumPy's whole ``numpy.random`` on torch, registered as tnp defaults.

**What is provided.**  Every name of ``numpy.random`` (NumPy 2.4: 65): the legacy module
functions (``seed``, ``get_state`` / ``set_state``, ``rand``, ``randn``, ``randint``,
``random_integers``, ``random_sample`` / ``random`` / ``ranf`` / ``sample``, ``choice``,
``bytes``, ``shuffle``, ``permutation`` and every distribution), ``RandomState`` (49 methods),
``Generator`` / ``default_rng`` (45 methods and attributes: ``integers``, ``random``,
``choice(axis, shuffle)``, ``permuted``, ``spawn``, ``bit_generator``, ...), ``SeedSequence``,
``BitGenerator`` and ``PCG64``, ``PCG64DXSM``, ``MT19937``, ``Philox``, ``SFC64``,
``get_bit_generator`` / ``set_bit_generator``, the submodules ``bit_generator`` and
``mtrand``, and ``random.test`` (self-checks).  Signatures are NumPy's.

**Random state.**  The module functions are the methods of one hidden global
``RandomState`` (as in NumPy); every ``Generator`` and ``RandomState`` owns its own state.  A
state is a 64-bit seed plus one ``torch.Generator`` per device, created on first use on that
device.  torch's global generator is never used: ``torch.manual_seed`` does not affect tnp
streams, tnp draws do not advance torch's, and two objects never share a position (except
objects built on the same BitGenerator, as in NumPy).  Samples are drawn on the device of the
first array-valued parameter, else on ``torch.get_default_device()`` (a GPU when that is the
default): no host round trip.

**Seeds.**  ``seed(s)`` / ``RandomState(s)`` follow ``numpy.random.seed`` (an int in
``[0, 2**32 - 1]`` or a non-empty 1-d sequence of them).  ``default_rng(s)`` / bit generators
take None, a non-negative int of any size, a (nested) sequence of them, a ``SeedSequence``
(tnp's or NumPy's), a BitGenerator, a ``torch.Generator`` (wrapped, shared) or a ``Generator``
(returned as is).  ``SeedSequence`` is NumPy's algorithm: its pool, ``generate_state`` and
``spawn`` keys equal NumPy's word for word (so ``default_rng(0)`` and ``default_rng([0])``
are one seed, as in NumPy).  The torch seed is a BLAKE2b hash of the SeedSequence words and the
bit generator's name, so ``PCG64(5)`` and ``MT19937(5)`` give different streams and
``default_rng(0)`` is not torch's ``manual_seed(0)`` stream.  ``spawn`` gives independent
children (spawn keys, as in NumPy).  State: ``bit_generator.state`` (a dict ``{'bit_generator',
'state': {'seed', 'generators'}}`` holding each device generator's torch state), assignable to
restore; ``get_state()`` returns the same dict (not NumPy's MT19937 tuple, whatever
``legacy`` says) and ``set_state`` restores it.  Generators, RandomStates and bit generators
pickle.

**Streams differ from NumPy's.**  A seed gives the same numbers every time on the same device
and torch version; CPU and CUDA streams differ, and no tnp stream equals NumPy's for the same
seed (torch has other bit generators and algorithms; the BitGenerator names are labels, not
NumPy's algorithms; ``jumped()`` gives an independent stream, not an advanced one).  Where
bit-identity with NumPy matters, draw with NumPy and convert:
``tnp.asarray(numpy.random.default_rng(0).normal(size=1000))`` (or, on a GPU,
``tnp.asarray(torch.as_tensor(numpy_sample, device="cuda"))``).

**Algorithms.**  Floats use ``torch.rand`` (float64; float32 where ``dtype=`` asks) and
NumPy's transforms.  Float64 normals and exponentials of 2048 values or more on the CPU are
computed from ``torch.rand`` uniforms (Box-Muller; ``-log(1 - U)``), 2.5x faster than torch's
own CPU samplers; smaller sizes and GPUs use ``torch.randn`` / ``exponential_``.
Gamma-based distributions use ``torch._standard_gamma`` (shapes below 1 boosted,
``G(a) = G(a + 1) U**(1/a)``, computed in log space so beta / dirichlet with tiny parameters
stay exact instead of 0/0); Poisson and
binomial use torch's kernels; noncentral chi-square is the Poisson mixture; von Mises
(Best-Fisher), Zipf (Devroye) and log-series (Kemp) are rejection samplers that redraw only
the rejected positions; the hypergeometric is an exact inverse CDF (pmf ratios accumulated in
log space, +-40 standard deviations) built once per distinct parameter set; multinomial is
NumPy's chain of conditional binomials; multivariate_normal factors ``cov`` by SVD (legacy and
default), eigh or Cholesky with NumPy's PSD check (``check_valid``, ``tol``).  Integers are
exactly uniform (Lemire's multiply-shift with rejection on 16/32-bit words for ranges up to
``2**31``, else 64 random bits masked and rejected), for every dtype from bool to uint64.
``choice`` uses NumPy's inverse CDF with ``p``, a permutation without replacement, and
exponential keys (``E / p``) for weighted sampling without replacement.

**Parameters, results, errors.**  Array parameters broadcast with each other and with
``size`` like NumPy; results are float64 / int64 (NumPy's dtypes); a Python ``float`` / ``int``
without ``size`` and with scalar parameters, a 0-d array for ``size=()``, a NumPy scalar where
NumPy gives one (``rng.integers(5)``, ``choice([1.5, 2.5])``).  Invalid parameters raise
NumPy's exception with NumPy's message (RandomState's messages where they differ from
Generator's: ``nsample < 1``, ``alpha <= 0``, ...).  ``shuffle`` works in place on writable
tnp arrays and on mutable Python sequences.

**Known differences.**  ``bytes(n)`` with a negative ``n`` raises ValueError (NumPy returns
bytes); ``choice(..., shuffle=False)`` still returns the sample in random order;
``Generator.standard_exponential(method=...)`` accepts 'zig' and 'inv' but uses one sampler
(another ``method`` is a ValueError; NumPy takes any string as 'inv');
``multivariate_hypergeometric`` samples with random keys (or marginals for large populations)
whichever ``method`` is given (the results have the same distribution), and with
``method='count'`` refuses ``sum(colors) > 10**9`` with a ValueError (NumPy tries to allocate
it); ``Generator(x)`` also takes seeds (NumPy wants a BitGenerator); a 0-d float array as an
integer parameter (``binomial(np.array(5.0), p)``) is accepted (NumPy raises TypeError).

**NaN parameters** follow NumPy's constraints: where NumPy lets NaN through (``beta``,
``chisquare``, ``f``, ``pareto``, ``wald``... and every ``>= 0`` check) the sample is NaN;
where it refuses NaN (``geometric``, ``zipf``, ``Generator.negative_binomial``'s ``n``...) the
ValueError is NumPy's.  Integer parameters (``binomial``'s ``n``, ``hypergeometric``,
``multinomial``'s ``n``) are truncated like NumPy's int64 cast: NaN is a ValueError, an
infinity an OverflowError.

**Methods** are torch-level kernels (``self`` first, the same parameter markers as module
functions) turned into methods by the core's normalizer (``_build.method``), and the module
functions are those kernels bound to the global RandomState (``_build.bound_kernel``):
argument conversion, result wrapping and torch-error translation work as for every other
public function.  Methods are not overridable one by one (override ``random.Generator`` or
``random.RandomState`` as a whole).  Like NumPy's, these objects are not meant to be shared
between threads without a lock (each bit generator carries a ``lock``).
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

from tnp_core.plugins import hookimpl

from . import _generator, _legacy, _selftest
from ._bitgen import MT19937, PCG64, PCG64DXSM, SFC64, BitGenerator, Philox
from ._generator import Generator, default_rng
from ._legacy import RandomState
from ._seedseq import (
    ISeedSequence,
    ISpawnableSeedSequence,
    SeedlessSeedSequence,
    SeedSequence,
)

__version__ = "0.1.0"


class _LazyModule(types.ModuleType):
    """A NumPy submodule name (``random.mtrand``) whose attributes are ``tnp_core.random``'s."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        import tnp_core.random

        return getattr(tnp_core.random, name)


def _module(name: str, doc: str, **attrs: Any) -> types.ModuleType:
    m = _LazyModule(name, doc)
    for k, v in attrs.items():
        setattr(m, k, v)
    return m


bit_generator = _module(
    "tnp_core.random.bit_generator",
    "NumPy's ``numpy.random.bit_generator``: SeedSequence and BitGenerator.",
    SeedSequence=SeedSequence,
    BitGenerator=BitGenerator,
    ISeedSequence=ISeedSequence,
    ISpawnableSeedSequence=ISpawnableSeedSequence,
    SeedlessSeedSequence=SeedlessSeedSequence,
)
mtrand = _module(
    "tnp_core.random.mtrand",
    "NumPy's ``numpy.random.mtrand``: RandomState and the legacy functions.",
    RandomState=RandomState,
)

_OBJECTS: dict[str, Any] = {
    "random.Generator": Generator,
    "random.RandomState": RandomState,
    "random.SeedSequence": SeedSequence,
    "random.BitGenerator": BitGenerator,
    "random.PCG64": PCG64,
    "random.PCG64DXSM": PCG64DXSM,
    "random.MT19937": MT19937,
    "random.Philox": Philox,
    "random.SFC64": SFC64,
    "random.bit_generator": bit_generator,
    "random.mtrand": mtrand,
    "random.test": _selftest.test,
}


@hookimpl(trylast=True)
def tnp_register_kernels() -> dict[str, Callable[..., Any]]:
    """The module-level functions of ``numpy.random``, by public name."""
    return {**_legacy.KERNELS, **_generator.KERNELS}


@hookimpl(trylast=True)
def tnp_register_objects() -> dict[str, Any]:
    """The classes (Generator, RandomState, SeedSequence, bit generators), the submodules
    ``bit_generator`` / ``mtrand`` and the self-test runner ``random.test``."""
    return dict(_OBJECTS)
