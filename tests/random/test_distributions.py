"""tnp-random: every distribution, RandomState, bit generators, SeedSequence, shuffling.

Goodness of fit: each sampler's large sample is compared with NumPy's (two-sample
Kolmogorov-Smirnov for continuous distributions, chi-square homogeneity for discrete ones),
with fixed seeds so the tests are deterministic; moments against closed forms; parameter
validation (exception type and message) against NumPy for Generator and RandomState.
"""

from __future__ import annotations

import inspect
import json
import math
import pathlib
import pickle
import warnings
from typing import Any

import numpy
import pytest
from compare import to_numpy

import tnp_core as tnp

N = 20_000
KS2_CRIT = 2.226 * math.sqrt(2 / N)  # two-sample Kolmogorov-Smirnov, 0.01% level
# (about 150 fixed-seed fits: a level low enough that correct samplers pass, while a 5% shift
# of a parameter is still rejected: see test_ks_detects_a_wrong_distribution)


def _api() -> dict[str, Any]:
    here = pathlib.Path(__file__).resolve()
    for parent in here.parents:
        p = parent / "shared" / "numpy_api.json"
        if p.exists():
            return json.loads(p.read_text())
    return json.loads((pathlib.Path("/work/shared/numpy_api.json")).read_text())


API = _api()


# ------------------------------------------------------------------ the API is complete


def test_every_numpy_random_name_is_provided() -> None:
    names = [k[len("random."):] for k in API["names"] if k.startswith("random.")]
    assert len(names) >= 65
    missing = [n for n in names if not hasattr(tnp.random, n)]
    assert not missing


@pytest.mark.parametrize("cls", ["Generator", "RandomState"])
def test_every_method_is_provided_with_numpys_signature(cls: str) -> None:
    ours, theirs = getattr(tnp.random, cls), getattr(numpy.random, cls)
    for name in API[f"random.{cls}"]:
        assert hasattr(ours, name), name
        try:
            b = inspect.signature(getattr(theirs, name))
        except (TypeError, ValueError):
            continue  # properties and builtins without signatures
        a = inspect.signature(getattr(ours, name))
        pa = [(p.name, p.kind) for p in a.parameters.values() if p.name != "self"]
        pb = [(p.name, p.kind) for p in b.parameters.values() if p.name != "self"]
        assert pa == pb, name
        for p, q in zip(a.parameters.values(), b.parameters.values()):
            if p.name != "dtype":
                assert p.default == q.default, (name, p.name)


def test_module_functions_have_numpys_signatures() -> None:
    for key in API["names"]:
        name = key[len("random."):]
        if not key.startswith("random.") or name in ("ranf", "sample"):
            continue
        obj = getattr(numpy.random, name)
        if isinstance(obj, type) or not callable(obj):
            continue
        try:
            b = inspect.signature(obj)
        except (TypeError, ValueError):
            continue
        a = inspect.signature(getattr(tnp.random, name))
        assert list(a.parameters) == list(b.parameters), name


def test_submodules_and_self_test() -> None:
    assert tnp.random.bit_generator.SeedSequence is tnp.random.SeedSequence
    assert tnp.random.mtrand.RandomState is tnp.random.RandomState
    assert tnp.random.mtrand.normal is tnp.random.normal
    assert tnp.random.test(verbose=0) is True


# ------------------------------------------------------------------ goodness of fit

CONTINUOUS = [
    ("beta", (2.0, 3.0)), ("beta", (0.3, 0.5)), ("chisquare", (3.0,)),
    ("exponential", (2.0,)), ("f", (5.0, 7.0)), ("gamma", (2.5, 1.5)), ("gamma", (0.3,)),
    ("gumbel", (1.0, 2.0)), ("laplace", (1.0, 2.0)), ("logistic", (1.0, 2.0)),
    ("lognormal", (0.5, 0.7)), ("noncentral_chisquare", (3.0, 2.0)),
    ("noncentral_chisquare", (0.5, 1.0)), ("noncentral_f", (3.0, 7.0, 2.0)),
    ("normal", (1.0, 2.0)), ("pareto", (3.0,)), ("power", (2.5,)), ("rayleigh", (2.0,)),
    ("standard_cauchy", ()), ("standard_exponential", ()), ("standard_gamma", (0.7,)),
    ("standard_normal", ()), ("standard_t", (4.0,)), ("triangular", (0.0, 1.0, 3.0)),
    ("uniform", (-1.0, 2.0)), ("vonmises", (0.5, 2.0)), ("vonmises", (0.5, 1e-6)),
    ("vonmises", (-3.0, 1e7)), ("wald", (1.5, 2.0)), ("weibull", (1.7,)),
]

DISCRETE = [
    ("binomial", (20, 0.3)), ("binomial", (1000, 0.5)), ("geometric", (0.2,)),
    ("geometric", (0.7,)), ("hypergeometric", (15, 20, 12)), ("hypergeometric", (500, 300, 400)),
    ("logseries", (0.7,)), ("logseries", (0.99,)), ("negative_binomial", (3.5, 0.4)),
    ("poisson", (3.0,)), ("poisson", (150.0,)), ("zipf", (2.5,)),
]


def _ks2(x: numpy.ndarray, y: numpy.ndarray) -> float:
    x, y = numpy.sort(x), numpy.sort(y)
    grid = numpy.concatenate([x, y])
    fx = numpy.searchsorted(x, grid, side="right") / x.size
    fy = numpy.searchsorted(y, grid, side="right") / y.size
    return float(numpy.abs(fx - fy).max())


def _chi2_critical(df: int, z: float = 3.719) -> float:
    """Upper 0.01% point of chi-square (Wilson-Hilferty approximation)."""
    return df * (1 - 2 / (9 * df) + z * math.sqrt(2 / (9 * df))) ** 3


def _homogeneity(x: numpy.ndarray, y: numpy.ndarray) -> tuple[float, int]:
    """Chi-square two-sample homogeneity statistic over bins pooled to >= 10 per sample."""
    values = numpy.unique(numpy.concatenate([x, y]))
    cx = numpy.array([(x == v).sum() for v in values], dtype=float)
    cy = numpy.array([(y == v).sum() for v in values], dtype=float)
    bins_x, bins_y, ax, ay = [], [], 0.0, 0.0
    for a, b in zip(cx, cy):
        ax, ay = ax + a, ay + b
        if ax + ay >= 20:
            bins_x.append(ax)
            bins_y.append(ay)
            ax = ay = 0.0
    if bins_x:
        bins_x[-1] += ax
        bins_y[-1] += ay
    bx, by = numpy.array(bins_x), numpy.array(bins_y)
    total = bx + by
    ex, ey = total * x.size / (x.size + y.size), total * y.size / (x.size + y.size)
    stat = float((((bx - ex) ** 2) / ex + ((by - ey) ** 2) / ey).sum())
    return stat, max(len(bx) - 1, 1)


@pytest.mark.parametrize("name, args", CONTINUOUS, ids=[f"{n}{a}" for n, a in CONTINUOUS])
@pytest.mark.parametrize("cls", ["Generator", "RandomState"])
def test_continuous_fits_numpys_distribution(name: str, args: tuple[Any, ...], cls: str) -> None:
    ours = tnp.random.default_rng(20) if cls == "Generator" else tnp.random.RandomState(20)
    x = to_numpy(getattr(ours, name)(*args, size=N))
    y = getattr(numpy.random.default_rng(21), name)(*args, size=N)
    assert x.dtype == numpy.float64 and x.shape == (N,)
    assert _ks2(x, y) < KS2_CRIT


@pytest.mark.parametrize("name, args", DISCRETE, ids=[f"{n}{a}" for n, a in DISCRETE])
@pytest.mark.parametrize("cls", ["Generator", "RandomState"])
def test_discrete_fits_numpys_distribution(name: str, args: tuple[Any, ...], cls: str) -> None:
    ours = tnp.random.default_rng(30) if cls == "Generator" else tnp.random.RandomState(30)
    x = to_numpy(getattr(ours, name)(*args, size=N))
    y = getattr(numpy.random.default_rng(31), name)(*args, size=N)
    assert x.dtype == numpy.int64 and x.shape == (N,)
    stat, df = _homogeneity(x, y)
    assert stat < _chi2_critical(df)


def test_ks_detects_a_wrong_distribution() -> None:
    # the statistics above can fail: a shifted sample is rejected
    x = to_numpy(tnp.random.default_rng(1).normal(0.1, 1.0, N))
    y = numpy.random.default_rng(2).normal(0.0, 1.0, N)
    assert _ks2(x, y) > KS2_CRIT
    a = to_numpy(tnp.random.default_rng(1).poisson(3.3, N))
    b = numpy.random.default_rng(2).poisson(3.0, N)
    stat, df = _homogeneity(a, b)
    assert stat > _chi2_critical(df)


def _one_sample_ks(x: numpy.ndarray, cdf: Any) -> float:
    x = numpy.sort(x)
    f = cdf(x)
    n = x.size
    return float(max((numpy.arange(1, n + 1) / n - f).max(), (f - numpy.arange(n) / n).max()))


CDFS = [
    ("exponential", (2.0,), lambda x: 1 - numpy.exp(-x / 2.0)),
    ("rayleigh", (2.0,), lambda x: 1 - numpy.exp(-(x**2) / 8.0)),
    ("weibull", (1.7,), lambda x: 1 - numpy.exp(-(x**1.7))),
    ("pareto", (3.0,), lambda x: 1 - (1 + x) ** -3.0),
    ("power", (2.5,), lambda x: x**2.5),
    ("gumbel", (1.0, 2.0), lambda x: numpy.exp(-numpy.exp(-(x - 1.0) / 2.0))),
    ("logistic", (1.0, 2.0), lambda x: 1 / (1 + numpy.exp(-(x - 1.0) / 2.0))),
    ("laplace", (1.0, 2.0), lambda x: numpy.where(
        x < 1, 0.5 * numpy.exp((x - 1) / 2.0), 1 - 0.5 * numpy.exp(-(x - 1) / 2.0))),
    ("standard_cauchy", (), lambda x: 0.5 + numpy.arctan(x) / numpy.pi),
    ("triangular", (0.0, 1.0, 3.0), lambda x: numpy.where(
        x <= 1, x**2 / 3.0, 1 - (3 - x) ** 2 / 6.0)),
    ("uniform", (-1.0, 2.0), lambda x: (x + 1) / 3.0),
]


@pytest.mark.parametrize("name, args, cdf", CDFS, ids=[c[0] for c in CDFS])
def test_continuous_fits_closed_form_cdf(name: str, args: tuple[Any, ...], cdf: Any) -> None:
    x = to_numpy(getattr(tnp.random.default_rng(40), name)(*args, size=N))
    assert _one_sample_ks(x, cdf) < 2.226 / math.sqrt(N)


MOMENTS = [  # (name, args, mean, variance)
    ("beta", (2.0, 3.0), 0.4, 0.04),
    ("binomial", (20, 0.3), 6.0, 4.2),
    ("chisquare", (3.0,), 3.0, 6.0),
    ("exponential", (2.0,), 2.0, 4.0),
    ("f", (5.0, 10.0), 10 / 8, 2 * 100 * 13 / (5 * 64 * 6)),
    ("gamma", (2.5, 1.5), 3.75, 5.625),
    ("geometric", (0.2,), 5.0, 20.0),
    ("gumbel", (1.0, 2.0), 1.0 + 2.0 * 0.5772156649, math.pi**2 / 6 * 4),
    ("hypergeometric", (15, 20, 12), 12 * 15 / 35, 12 * (15 / 35) * (20 / 35) * (23 / 34)),
    ("laplace", (1.0, 2.0), 1.0, 8.0),
    ("logistic", (1.0, 2.0), 1.0, 4 * math.pi**2 / 3),
    ("lognormal", (0.5, 0.7), math.exp(0.5 + 0.245), (math.exp(0.49) - 1) * math.exp(1.49)),
    ("logseries", (0.7,), -0.7 / (0.3 * math.log(0.3)),
     -0.7 * (0.7 + math.log(0.3)) / (0.09 * math.log(0.3) ** 2)),
    ("negative_binomial", (3.5, 0.4), 3.5 * 0.6 / 0.4, 3.5 * 0.6 / 0.16),
    ("noncentral_chisquare", (3.0, 2.0), 5.0, 2 * (3.0 + 4.0)),
    ("normal", (1.0, 2.0), 1.0, 4.0),
    ("pareto", (5.0,), 0.25, 5 / (16 * 3)),
    ("poisson", (3.0,), 3.0, 3.0),
    ("power", (2.5,), 2.5 / 3.5, 2.5 / (3.5**2 * 4.5)),
    ("rayleigh", (2.0,), 2.0 * math.sqrt(math.pi / 2), (4 - math.pi) / 2 * 4),
    ("standard_t", (6.0,), 0.0, 1.5),
    ("triangular", (0.0, 1.0, 3.0), 4 / 3, (9 + 1 - 3) / 18),
    ("uniform", (-1.0, 2.0), 0.5, 0.75),
    ("wald", (1.5, 2.0), 1.5, 1.5**3 / 2.0),
    ("weibull", (2.0,), math.gamma(1.5), 1 - math.gamma(1.5) ** 2),
]


@pytest.mark.parametrize("name, args, mean, var", MOMENTS, ids=[m[0] for m in MOMENTS])
def test_moments_match_closed_forms(name: str, args: tuple[Any, ...], mean: float,
                                    var: float) -> None:
    n = 200_000
    x = to_numpy(getattr(tnp.random.default_rng(50), name)(*args, size=n)).astype(float)
    assert abs(x.mean() - mean) < 5 * math.sqrt(var / n)
    assert abs(x.var() / var - 1) < 0.05


def test_zipf_and_cauchy_location() -> None:
    z = to_numpy(tnp.random.default_rng(3).zipf(3.0, 100_000))
    # P(X = 1) = 1 / zeta(3)
    assert abs((z == 1).mean() - 1 / 1.2020569) < 0.01
    c = to_numpy(tnp.random.default_rng(3).standard_cauchy(100_000))
    assert abs(numpy.median(c)) < 0.02


def test_multinomial_dirichlet_multivariate() -> None:
    g = tnp.random.default_rng(60)
    m = to_numpy(g.multinomial(100, [0.2, 0.3, 0.5], size=20_000))
    assert m.shape == (20_000, 3) and m.dtype == numpy.int64
    assert (m.sum(1) == 100).all()
    numpy.testing.assert_allclose(m.mean(0), [20, 30, 50], atol=0.2)
    numpy.testing.assert_allclose(m.var(0), [16, 21, 25], rtol=0.05)
    d = to_numpy(g.dirichlet([1.0, 2.0, 3.0], size=20_000))
    numpy.testing.assert_allclose(d.sum(1), 1.0)
    numpy.testing.assert_allclose(d.mean(0), [1 / 6, 2 / 6, 3 / 6], atol=0.005)
    tiny = to_numpy(g.dirichlet([1e-3, 1e-3], size=100))
    assert numpy.isfinite(tiny).all()
    numpy.testing.assert_allclose(tiny.sum(1), 1.0)
    cov = [[2.0, 0.8, 0.0], [0.8, 1.0, 0.3], [0.0, 0.3, 0.5]]
    for method in ("svd", "eigh", "cholesky"):
        x = to_numpy(g.multivariate_normal([1.0, -1.0, 0.0], cov, size=50_000, method=method))
        assert x.shape == (50_000, 3)
        numpy.testing.assert_allclose(x.mean(0), [1, -1, 0], atol=0.03)
        numpy.testing.assert_allclose(numpy.cov(x.T), cov, atol=0.04)
    x = to_numpy(tnp.random.RandomState(1).multivariate_normal([0, 0], [[1, 0.5], [0.5, 1]],
                                                               size=(4, 5)))
    assert x.shape == (4, 5, 2)
    h = to_numpy(g.multivariate_hypergeometric([5, 10, 15], 12, size=20_000))
    assert (h.sum(1) == 12).all() and (h <= [5, 10, 15]).all()
    numpy.testing.assert_allclose(h.mean(0), [2, 4, 6], atol=0.05)
    h2 = to_numpy(g.multivariate_hypergeometric([5, 10, 15], 12, size=200, method="count"))
    assert (h2.sum(1) == 12).all()


def test_generator_multinomial_broadcasts() -> None:
    g, ng = tnp.random.default_rng(2), numpy.random.default_rng(2)
    for args, kw in (((10, [[0.5, 0.5], [0.1, 0.9]]), {}), (([5, 10], [0.3, 0.7]), {}),
                     ((10, [0.5, 0.5]), {"size": (3, 2)})):
        a, b = g.multinomial(*args, **kw), ng.multinomial(*args, **kw)
        assert a.shape == b.shape
        numpy.testing.assert_array_equal(to_numpy(a).sum(-1), b.sum(-1))


# ------------------------------------------------------------------ shapes and result kinds

SHAPE_CASES = [
    ("normal", ([0.0, 1.0], 1.0), {}), ("normal", (0.0, [[1.0], [2.0]]), {}),
    ("gamma", ([1.0, 2.0, 3.0],), {"size": (2, 3)}), ("poisson", ([1.0, 2.0],), {}),
    ("binomial", ([5, 10], 0.5), {"size": (4, 2)}), ("beta", (1.0, 2.0), {"size": ()}),
    ("poisson", (3.0,), {"size": ()}), ("triangular", ([0.0, 1.0], 2.0, 3.0), {}),
    ("hypergeometric", ([5, 10], 5, 3), {}), ("vonmises", (0.0, [1.0, 2.0]), {"size": (3, 2)}),
    ("exponential", (), {"size": 0}), ("zipf", ([2.0, 3.0],), {}),
    ("standard_t", (numpy.array([[2.0]]),), {}), ("wald", (1.0, 1.0), {"size": (2, 0)}),
]


@pytest.mark.parametrize("name, args, kw", SHAPE_CASES, ids=[c[0] for c in SHAPE_CASES])
@pytest.mark.parametrize("cls", ["Generator", "RandomState"])
def test_shapes_and_dtypes_match_numpy(name: str, args: tuple[Any, ...], kw: dict[str, Any],
                                       cls: str) -> None:
    ours = tnp.random.default_rng(0) if cls == "Generator" else tnp.random.RandomState(0)
    theirs = numpy.random.default_rng(0) if cls == "Generator" else numpy.random.RandomState(0)
    a, b = getattr(ours, name)(*args, **kw), getattr(theirs, name)(*args, **kw)
    assert type(a).__name__ == type(b).__name__
    assert a.shape == b.shape and str(a.dtype) == str(b.dtype)


@pytest.mark.parametrize("call", [
    "poisson(3)", "binomial(5, 0.5)", "geometric(0.5)", "hypergeometric(5, 5, 3)",
    "logseries(0.5)", "zipf(2.0)", "negative_binomial(3, 0.5)", "beta(1, 2)",
    "standard_gamma(2)", "standard_cauchy()", "vonmises(0, 1)", "standard_normal()",
    "standard_exponential()", "permutation(4)", "choice(5)", "bytes(3)",
])
@pytest.mark.parametrize("cls", ["Generator", "RandomState"])
def test_scalar_result_kinds_match_numpy(call: str, cls: str) -> None:
    ours = tnp.random.default_rng(0) if cls == "Generator" else tnp.random.RandomState(0)
    theirs = numpy.random.default_rng(0) if cls == "Generator" else numpy.random.RandomState(0)
    a, b = eval(f"o.{call}", {"o": ours}), eval(f"o.{call}", {"o": theirs})
    assert type(a).__name__ == type(b).__name__
    if isinstance(b, (bytes, int, float)):
        return
    assert a.shape == b.shape and str(a.dtype) == str(b.dtype)


def test_generator_float32_and_out() -> None:
    g = tnp.random.default_rng(0)
    for name, args in (("standard_normal", ()), ("standard_exponential", ()),
                       ("standard_gamma", (2.0,))):
        x = getattr(g, name)(*args, size=5, dtype=tnp.float32)
        assert x.dtype == tnp.float32 and x.shape == (5,)
        out = tnp.zeros(4)
        assert getattr(g, name)(*args, out=out) is out
        assert (to_numpy(out) != 0).all()
        with pytest.raises(TypeError):
            getattr(g, name)(*args, size=3, dtype=tnp.int32)
        with pytest.raises(ValueError):
            getattr(g, name)(*args, size=3, out=tnp.zeros(4))
    with pytest.raises(ValueError):
        g.standard_exponential(method="bad")


# ------------------------------------------------------------------ parameter validation

INVALID = [
    "beta(0, 1)", "beta(1, -1)", "binomial(-1, .5)", "binomial(5, 1.5)", "binomial(5, nan)",
    "chisquare(0)", "exponential(-1)", "exponential([1, -1])", "f(0, 1)", "f(1, 0)",
    "gamma(-1)", "gamma(1, -1)", "geometric(0)", "geometric(1.5)", "geometric(nan)",
    "gumbel(0, -1)", "hypergeometric(-1, 5, 3)", "hypergeometric(5, -1, 3)",
    "hypergeometric(5, 5, 11)", "hypergeometric(5, 5, -1)", "laplace(0, -1)",
    "logistic(0, -1)", "lognormal(0, -1)", "logseries(1)", "logseries(-.1)", "logseries(nan)",
    "negative_binomial(0, .5)", "negative_binomial(1, 1.5)", "noncentral_chisquare(0, 1)",
    "noncentral_chisquare(1, -1)", "noncentral_f(0, 1, 1)", "noncentral_f(1, 0, 1)",
    "noncentral_f(1, 1, -1)", "pareto(0)", "poisson(-1)", "poisson(1e19)", "poisson(nan)",
    "poisson([1, -1])", "power(0)", "rayleigh(-1)", "standard_t(0)", "triangular(2, 1, 3)",
    "triangular(0, 4, 3)", "triangular(1, 1, 1)", "vonmises(0, -1)", "wald(0, 1)",
    "wald(1, 0)", "weibull(-1)", "zipf(1)", "zipf(nan)", "standard_gamma(-1)",
    "dirichlet([1, -1])", "dirichlet([[1, 1]])", "multinomial(-1, [.5, .5])",
    "multinomial(5, [-.1, 1.1])", "multinomial(5, [.7, .6, 0])",
    "multivariate_normal([0, 0], [[1, 0], [0, 1], [0, 0]])",
    "multivariate_normal([0, 0, 0], [[1, 0], [0, 1]])",
    "multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid='raise')",
    "multivariate_normal([0, 0], [[1, 0], [0, 1]], check_valid='x')",
    "normal([0, 0], 1, size=3)", "gamma([1, 2], size=(2, 3))", "choice(5, p=[.5, .5])",
    "choice([1, 2], p=[.4, .4])", "choice(3, 4, replace=False)", "permutation(array(5.5))",
    "shuffle(array(5))", "hypergeometric(2**31, 5, 1)",
]


def _both(module: Any, cls: str) -> Any:
    return module.random.default_rng(0) if cls == "Generator" else module.random.RandomState(0)


@pytest.mark.parametrize("call", INVALID)
@pytest.mark.parametrize("cls", ["Generator", "RandomState"])
def test_invalid_parameters_raise_like_numpy(call: str, cls: str) -> None:
    env_np = {"nan": numpy.nan, "array": numpy.array, "o": _both(numpy, cls)}
    env_tnp = {"nan": tnp.nan, "array": tnp.array, "o": _both(tnp, cls)}
    try:
        eval("o." + call, env_np)
    except Exception as e:  # noqa: BLE001 - NumPy's exception is the reference
        expected: BaseException | None = e
    else:
        expected = None
    if expected is None:
        eval("o." + call, env_tnp)  # NumPy accepts it: so must tnp
        return
    with pytest.raises(Exception) as got:
        eval("o." + call, env_tnp)
    assert type(got.value).__name__ == type(expected).__name__
    if isinstance(expected, ValueError) and "setting an array element" not in str(expected):
        assert str(got.value) == str(expected)


def test_check_valid_warns() -> None:
    with pytest.warns(RuntimeWarning, match="positive-semidefinite"):
        tnp.random.default_rng(0).multivariate_normal([0, 0], [[1, 2], [2, 1]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tnp.random.default_rng(0).multivariate_normal([0, 0], [[1, 2], [2, 1]],
                                                      check_valid="ignore")


# ------------------------------------------------------------------ streams and state

DRAWS = ["beta(2, 3, 5)", "poisson(4, 5)", "hypergeometric(10, 5, 7, 5)", "vonmises(0, 2, 5)",
         "zipf(2, 5)", "dirichlet([1, 2], 3)", "multinomial(10, [.3, .7], 3)",
         "permutation(10)", "choice(10, 5, replace=False)", "logseries(.5, 5)"]


def _draw(o: Any) -> list[numpy.ndarray]:
    return [to_numpy(eval(f"o.{c}", {"o": o})) for c in DRAWS]


@pytest.mark.parametrize("make", [tnp.random.default_rng, tnp.random.RandomState,
                                  lambda s: tnp.random.Generator(tnp.random.Philox(s))])
def test_same_seed_same_stream(make: Any) -> None:
    a, b, c = _draw(make(8)), _draw(make(8)), _draw(make(9))
    assert all(numpy.array_equal(x, y) for x, y in zip(a, b))
    assert not all(numpy.array_equal(x, y) for x, y in zip(a, c))


def test_bit_generators_give_distinct_streams() -> None:
    kinds = [tnp.random.PCG64, tnp.random.PCG64DXSM, tnp.random.MT19937, tnp.random.Philox,
             tnp.random.SFC64]
    draws = [to_numpy(tnp.random.Generator(k(7)).random(6)) for k in kinds]
    for i in range(len(draws)):
        for j in range(i):
            assert not numpy.array_equal(draws[i], draws[j])
    assert numpy.array_equal(to_numpy(tnp.random.default_rng(7).random(6)), draws[0])
    ss = tnp.random.SeedSequence(7)
    assert numpy.array_equal(to_numpy(tnp.random.default_rng(ss).random(6)), draws[0])


def test_generator_state_save_restore() -> None:
    g = tnp.random.default_rng(1)
    g.random(3)
    saved = g.bit_generator.state
    a = _draw(g)
    g.bit_generator.state = saved
    assert all(numpy.array_equal(x, y) for x, y in zip(a, _draw(g)))
    with pytest.raises(ValueError):
        tnp.random.Generator(tnp.random.MT19937(1)).bit_generator.state = saved
    clone = pickle.loads(pickle.dumps(g))
    assert numpy.array_equal(to_numpy(clone.random(4)), to_numpy(g.random(4)))


def test_legacy_state_save_restore() -> None:
    tnp.random.seed(3)
    tnp.random.rand(5)
    state = tnp.random.get_state()
    a = _draw(tnp.random)
    tnp.random.set_state(state)
    assert all(numpy.array_equal(x, y) for x, y in zip(a, _draw(tnp.random)))
    rs = tnp.random.RandomState(4)
    s = rs.get_state()
    x = to_numpy(rs.normal(size=4))
    rs.set_state(s)
    assert numpy.array_equal(x, to_numpy(rs.normal(size=4)))
    with pytest.raises(ValueError):
        rs.set_state(numpy.random.RandomState(0).get_state())


def test_spawn_children_are_independent_and_reproducible() -> None:
    g = tnp.random.default_rng(11)
    kids = g.spawn(3)
    draws = [to_numpy(k.random(8)) for k in kids] + [to_numpy(g.random(8))]
    for i in range(len(draws)):
        for j in range(i):
            assert not numpy.array_equal(draws[i], draws[j])
    again = [to_numpy(k.random(8)) for k in tnp.random.default_rng(11).spawn(3)]
    assert all(numpy.array_equal(x, y) for x, y in zip(draws, again))
    more = tnp.random.default_rng(11)
    more.spawn(3)
    fourth = more.spawn(1)[0]  # the next child differs from the first three
    assert not any(numpy.array_equal(to_numpy(fourth.random(8)), d) for d in draws[:3])
    with pytest.raises(TypeError):
        tnp.random.Generator(tnp.random.PCG64(__import__("torch").Generator())).spawn(1)


def test_seed_sequence_matches_numpy() -> None:
    for entropy in (0, 5, 2**70, [1, 2, 3], [[1, 2], [3]]):
        ours, theirs = tnp.random.SeedSequence(entropy), numpy.random.SeedSequence(entropy)
        numpy.testing.assert_array_equal(to_numpy(ours.generate_state(6)),
                                         theirs.generate_state(6))
        numpy.testing.assert_array_equal(to_numpy(ours.generate_state(3, tnp.uint64)),
                                         theirs.generate_state(3, numpy.uint64))
        numpy.testing.assert_array_equal(to_numpy(ours.pool), theirs.pool)
        numpy.testing.assert_array_equal(to_numpy(ours.spawn(2)[1].generate_state(4)),
                                         theirs.spawn(2)[1].generate_state(4))
    with pytest.raises(TypeError):
        tnp.random.SeedSequence(1.5)
    with pytest.raises(ValueError):
        tnp.random.SeedSequence(-1)
    # a NumPy SeedSequence is accepted as a seed
    a = tnp.random.default_rng(numpy.random.SeedSequence(3)).random(3)
    b = tnp.random.default_rng(tnp.random.SeedSequence(3)).random(3)
    numpy.testing.assert_array_equal(to_numpy(a), to_numpy(b))


def test_global_bit_generator() -> None:
    old = tnp.random.get_bit_generator()
    try:
        tnp.random.set_bit_generator(tnp.random.PCG64(5))
        a = to_numpy(tnp.random.random(4))
        tnp.random.set_bit_generator(tnp.random.PCG64(5))
        assert numpy.array_equal(a, to_numpy(tnp.random.random(4)))
        with pytest.raises(TypeError):
            tnp.random.set_bit_generator(5)
    finally:
        tnp.random.set_bit_generator(old)


def test_random_raw_and_jumped() -> None:
    bg = tnp.random.PCG64(1)
    r = bg.random_raw(4)
    assert r.dtype == tnp.uint64 and r.shape == (4,)
    assert isinstance(tnp.random.PCG64(1).random_raw(), int)
    j = bg.jumped()
    assert not numpy.array_equal(to_numpy(j.random_raw(4)), to_numpy(bg.random_raw(4)))


# ------------------------------------------------------------------ shuffling and friends


def test_shuffle_permutation_permuted() -> None:
    g = tnp.random.default_rng(0)
    a = tnp.arange(12).reshape(3, 4)
    g.shuffle(a, axis=1)
    x = to_numpy(a)
    assert (numpy.sort(x, 1) == numpy.arange(12).reshape(3, 4)).all()
    assert (x[:, :1] // 4 == numpy.arange(3)[:, None]).all()  # rows kept whole
    lst = list(range(10))
    tnp.random.shuffle(lst)
    assert sorted(lst) == list(range(10))
    p = to_numpy(g.permutation(tnp.arange(10.0)))
    assert p.dtype == numpy.float64 and sorted(p) == list(range(10))
    q = to_numpy(g.permutation(tnp.arange(6).reshape(2, 3), axis=1))
    assert sorted(q[0]) == [0, 1, 2]
    r = to_numpy(g.permuted(tnp.arange(20).reshape(4, 5), axis=1))
    assert (numpy.sort(r, 1) == numpy.arange(20).reshape(4, 5)).all()
    out = tnp.zeros((4, 5), dtype=tnp.int64)
    assert g.permuted(tnp.arange(20).reshape(4, 5), axis=0, out=out) is out
    assert sorted(to_numpy(out).ravel()) == list(range(20))
    s = to_numpy(g.permuted(tnp.arange(20)))
    assert sorted(s) == list(range(20))
    ro = tnp.arange(4)
    ro.flags.writeable = False
    with pytest.raises(ValueError):
        g.shuffle(ro)


def test_generator_choice_axis() -> None:
    g, ng = tnp.random.default_rng(0), numpy.random.default_rng(0)
    a = numpy.arange(24).reshape(4, 6)
    for kw in ({"size": 3}, {"size": (2, 2), "axis": 1}, {"size": 3, "replace": False},
               {"size": 2, "axis": 1, "p": [0.1, 0.1, 0.2, 0.2, 0.2, 0.2]}):
        x, y = g.choice(a, **kw), ng.choice(a, **kw)
        assert x.shape == y.shape
    rows = to_numpy(g.choice(a, 5))
    assert all(any((r == a_row).all() for a_row in a) for r in rows)
    assert isinstance(g.choice(5, 3, shuffle=False), tnp.ndarray)


def test_bytes_and_legacy_helpers() -> None:
    b = tnp.random.bytes(10)
    assert isinstance(b, bytes) and len(b) == 10
    rs = tnp.random.RandomState(0)
    t = to_numpy(rs.tomaxint(1000))
    assert t.dtype == numpy.int64 and t.min() >= 0
    with pytest.warns(DeprecationWarning):
        ri = to_numpy(rs.random_integers(1, 3, size=3000))
    assert set(numpy.unique(ri)) == {1, 2, 3}
    for alias in ("ranf", "sample", "random_sample", "random"):
        x = to_numpy(getattr(tnp.random, alias)(3))
        assert x.shape == (3,) and ((0 <= x) & (x < 1)).all()


def test_parameters_on_array_device() -> None:
    import torch

    loc = tnp.asarray(torch.zeros(3))
    assert tnp.random.default_rng(0).normal(loc).tensor.device == torch.zeros(1).device
    assert tnp.random.default_rng(0).poisson(tnp.ones(3)).tensor.device == loc.tensor.device
