"""torch.compile(fullgraph=True) traces histogram / histogram_bin_edges / histogram2d /
histogramdd with an int ``bins`` and no ``range`` (edges from the data) and digitize: compiled
results equal eager ones and NumPy's bit for bit; value checks are graph assertions.  Also
NumPy 2.1's deprecated (but working) ``bincount`` of a list of floats."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import numpy
import pytest
import torch
import torch._dynamo
from compile_support import fresh_dynamo, tensors_of  # noqa: F401 (fixture)

import tnp_core as np

_gen = torch.Generator().manual_seed(0)
_X = torch.randn(40, dtype=torch.float64, generator=_gen) * 3
DATA: dict[str, torch.Tensor] = {
    "float64": _X,
    "float32": _X.to(torch.float32),
    "float16": _X.to(torch.float16),
    "int64": (_X * 10).to(torch.int64),
    "uint8": (_X.abs() * 10).to(torch.uint8),
    "constant": torch.full((5,), 2.5, dtype=torch.float64),  # min == max: widened by 0.5
    "constant_float16": torch.full((3,), 0.25, dtype=torch.float16),
    "constant_int": torch.full((4,), -7, dtype=torch.int64),
    "empty": torch.zeros(0, dtype=torch.float64),  # range (0, 1)
    "empty_float32": torch.zeros(0, dtype=torch.float32),
}


pytestmark = pytest.mark.usefixtures("fresh_dynamo")


def _pair(fn: Callable[..., Any]) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The eager and the compiled form of ``fn(np, *arrays)`` over tensors."""

    def f(*ts: torch.Tensor) -> Any:
        return tensors_of(fn(np, *(np.asarray(t) for t in ts)))

    return f, torch.compile(f, backend="eager", fullgraph=True)


def _flat(r: Any) -> list[Any]:
    if isinstance(r, (tuple, list)):
        return [v for x in r for v in _flat(x)]
    return [r]


def _bits(x: Any) -> tuple[str, tuple[int, ...], bytes]:
    a = numpy.asarray(x.numpy() if isinstance(x, torch.Tensor) else x)
    return str(a.dtype), a.shape, numpy.ascontiguousarray(a).tobytes()


def _assert_bits(got: Any, want: Any) -> None:
    """Same structure, dtypes, shapes and bytes."""
    g, w = _flat(got), _flat(want)
    assert len(g) == len(w)
    for gi, wi in zip(g, w):
        assert _bits(gi) == _bits(wi), f"{gi!r} != {wi!r}"


def _check(fn: Callable[..., Any], *args: torch.Tensor) -> None:
    """``fn`` compiled == eager == NumPy's, bit for bit."""
    run, compiled = _pair(fn)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # bool input converted (eager)
        ref = run(*args)
        want = fn(numpy, *(t.numpy() for t in args))
    _assert_bits(ref, want)
    _assert_bits(compiled(*args), ref)


HIST: dict[str, Callable[..., Any]] = {
    "histogram": lambda m, a: m.histogram(a, bins=7),
    "histogram_1": lambda m, a: m.histogram(a, bins=1),
    "histogram_density": lambda m, a: m.histogram(a, bins=5, density=True),
    "histogram_weights": lambda m, a: m.histogram(a, bins=4, weights=m.ones(a.shape) * 0.5),
    "histogram_bin_edges": lambda m, a: m.histogram_bin_edges(a, bins=9),
}


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # NumPy: density of nothing
@pytest.mark.parametrize("data", list(DATA))
def test_histogram_without_range_eager(data: str) -> None:
    """Edges from the data as 0-d tensors: NumPy's values bit for bit."""
    for fn in HIST.values():
        _assert_bits(_pair(fn)[0](DATA[data]), fn(numpy, DATA[data].numpy()))


# Tracing is slow (seconds a case): the compiled cases are few, several calls in one.
@pytest.mark.parametrize("data", ["float64", "float16", "int64", "constant", "empty"])
def test_histogram_without_range_compiles(data: str) -> None:
    _check(lambda m, a: (m.histogram(a, bins=7), m.histogram_bin_edges(a, bins=3)), DATA[data])


def test_histogram_density_weights_compiles() -> None:
    _check(lambda m, a, w: m.histogram(a, bins=4, weights=w, density=True), _X, _X.abs())


def test_histogram2d_histogramdd_without_range_compiles() -> None:
    _check(lambda m, x: (m.histogram2d(x, x[::-1] * 2, bins=(3, 5)),
                         m.histogramdd(m.stack([x, x * x], axis=1), bins=4)), _X)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # NumPy: density of nothing
@pytest.mark.parametrize("data", list(DATA))
def test_histogram2d_histogramdd_without_range_eager(data: str) -> None:
    for fn in (lambda m, x: m.histogram2d(x, x[::-1] * 2, bins=4),
               lambda m, x: m.histogram2d(x, -x, bins=(3, 5), density=True),
               lambda m, x: m.histogramdd(m.stack([x, x[::-1], x * x], axis=1),
                                          bins=(2, 3, 4))):
        _assert_bits(_pair(fn)[0](DATA[data]), fn(numpy, DATA[data].numpy()))


BINS: dict[str, torch.Tensor] = {
    "increasing": torch.tensor([-2.0, -0.5, 0.0, 0.0, 1.5, 4.0]),
    "decreasing": torch.tensor([4.0, 1.5, 0.0, 0.0, -0.5, -2.0]),
    "equal": torch.tensor([0.5, 0.5, 0.5]),
    "leading_ties": torch.tensor([3.0, 3.0, 1.0, 1.0, 0.0]),
    "int_decreasing": torch.tensor([30, 10, 0, -5]),
    "two": torch.tensor([1.0, 0.0]),
}
_XD = torch.cat([_X, torch.tensor([-2.0, 0.0, 0.5, 1.5, 4.0, 3.0, 1.0])])


def _digitize(m: Any, x: Any, *bins: Any) -> Any:
    return tuple(m.digitize(x, b, right=right) for b in bins for right in (False, True))


def test_digitize_eager() -> None:
    for x in (_XD, (_XD * 10).to(torch.int64)):
        _assert_bits(_pair(_digitize)[0](x, *BINS.values()),
                     _digitize(numpy, x.numpy(), *(b.numpy() for b in BINS.values())))


def test_digitize_compiles() -> None:
    """Both directions are computed and one chosen in the graph."""
    _check(lambda m, x, inc, dec, ties: (m.digitize(x, inc), m.digitize(x, dec, right=True),
                                         m.digitize(x, ties)),
           _XD, BINS["increasing"], BINS["decreasing"], BINS["leading_ties"])


@pytest.mark.parametrize("bins", [[], [2.0], [2**53, 2**53 + 1, 2**53], [1, 1, 2, 2, 1],
                                  [2**63, 2**64 - 1, 2**63 + 1], [True, False]])
def test_digitize_monotonic_as_doubles(bins: list[Any]) -> None:
    """NumPy decides the direction on the bins as doubles: 2**53 + 1 equals 2**53."""
    b = numpy.array(bins, dtype=numpy.uint64 if bins and bins[0] == 2**63 else None)
    x = numpy.array([-1.0, 0.0, 1.0, 2.0, 3.0, 2.0**53, 2.0**63])
    for right in (False, True):
        try:
            want = numpy.digitize(x, b, right=right)
        except ValueError:
            with pytest.raises(ValueError, match="monotonically increasing or decreasing"):
                np.digitize(np.asarray(x), np.asarray(b), right=right)
            continue
        _assert_bits(np.digitize(np.asarray(x), np.asarray(b), right=right).tensor, want)
    assert type(np.digitize(1.5, np.asarray([0.0, 1.0]))) is np.int64


def _inf(t: torch.Tensor) -> torch.Tensor:
    t = t.clone()
    t[3] = float("inf")
    return t


# name: (function of (module, *arrays), tensor args, NumPy's exception, message)
BAD: dict[str, tuple[Callable[..., Any], tuple[torch.Tensor, ...], type, str]] = {
    "digitize": (lambda m, x: m.digitize(x, m.asarray([0.0, 2.0, 1.0])), (_X,), ValueError,
                 "monotonically increasing or decreasing"),
    "digitize_nan": (lambda m, x: m.digitize(x, m.asarray([float("nan"), 1.0, 2.0])), (_X,),
                     ValueError, "monotonically increasing or decreasing"),
    "histogram": (lambda m, x: m.histogram(x, bins=3), (_inf(_X),), ValueError, "not finite"),
    "histogram_bin_edges": (lambda m, x: m.histogram_bin_edges(x), (_inf(_X),), ValueError,
                            "not finite"),
    "histogram2d": (lambda m, x: m.histogram2d(x, x, bins=3), (_inf(_X),), ValueError,
                    "not finite"),
    "histogram_too_many_bins": (
        lambda m, x: m.histogram(x, bins=100), (torch.tensor([1.0, 1.0 + 2**-20]),), ValueError,
        "Too many bins"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises(name: str) -> None:
    fn, args, error, message = BAD[name]
    with pytest.raises(error, match=message):
        fn(numpy, *(t.numpy() for t in args))
    with pytest.raises(error, match=message):
        _pair(fn)[0](*args)


@pytest.mark.parametrize("name", ["digitize", "histogram", "histogram_too_many_bins"])
def test_bad_input_raises_compiled(name: str) -> None:
    """A graph assertion: RuntimeError with NumPy's message."""
    fn, args, _, message = BAD[name]
    with pytest.raises(RuntimeError, match=message):
        _pair(fn)[1](*args)


def _bincount_both(*args: Any, **kwargs: Any) -> tuple[Any, Any]:
    """NumPy's and tnp's bincount, each under pytest.warns(DeprecationWarning)."""
    out = []
    for m in (numpy, np):
        with pytest.warns(DeprecationWarning, match="Non-integer input passed to bincount"):
            out.append(m.bincount(*args, **kwargs))
    return out[0], out[1]


@pytest.mark.parametrize("x", [[1.0, 2.0], [1.5], [-0.5, 2.7, 2.2], (1.0, 3.0), [1, 2.0],
                               [numpy.float32(2.5)], [numpy.float64(0.9), 4]])
def test_bincount_of_float_list(x: Any) -> None:
    """Deprecated in NumPy 2.1 but counted: each value truncated toward zero."""
    want, got = _bincount_both(x)
    _assert_bits(got.tensor, want)
    want, got = _bincount_both(x, weights=[0.5] * len(x), minlength=6)
    _assert_bits(got.tensor, want)


@pytest.mark.parametrize("x, error", [([-1.0], ValueError), ([0.5, float("nan")], ValueError),
                                      ([float("inf")], OverflowError),
                                      ([-float("inf"), float("nan")], OverflowError),
                                      ([1e20], OverflowError), ([1 + 0j], TypeError)])
def test_bincount_of_bad_float_list(x: list[Any], error: type) -> None:
    for m in (numpy, np):
        with pytest.warns(DeprecationWarning), pytest.raises(error):
            m.bincount(x)


@pytest.mark.parametrize("x", [[1, 2, 2], [True, False], [], ()])
def test_bincount_of_int_list_does_not_warn(x: Any) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _assert_bits(np.bincount(x).tensor, numpy.bincount(x))


def test_bincount_of_float_array_raises() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for m in (numpy, np):
            with pytest.raises(TypeError, match="Cannot cast array data"):
                m.bincount(m.asarray([1.0, 2.0]))
            with pytest.raises(ValueError):  # a nested list: too deep (no warning first)
                m.bincount([[1.0]])
