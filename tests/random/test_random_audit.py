"""Regression tests from an audit of ``tnp.random`` against NumPy 2.4.

Streams differ from NumPy's by design, so these compare what a user sees besides the values:
result types, dtypes and shapes, exception types (and loosely messages), warnings, and
deterministic facts (NaN in, NaN out).
"""

from __future__ import annotations

import math
import threading
import warnings

import numpy
import pytest

import tnp_core as tnp

NAN = float("nan")
INF = float("inf")


def _rngs(lib):  # (Generator, RandomState) of a library
    return lib.random.default_rng(0), lib.random.RandomState(0)


def _kind(x, lib) -> tuple:
    """Type, dtype and shape of a result, library-neutral."""
    if lib is numpy:
        if isinstance(x, numpy.ndarray):
            return ("ndarray", str(x.dtype), x.shape)
        if isinstance(x, numpy.generic):
            return ("scalar", type(x).__name__)
    else:
        if isinstance(x, tnp.generic):
            return ("scalar", type(x).__name__)
        if isinstance(x, tnp.ndarray):
            return ("ndarray", str(x.dtype), tuple(x.shape))
    return (type(x).__name__,)


def _outcome(lib, which: int, call):
    obj = _rngs(lib)[which]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _kind(call(obj, lib), lib)
        except Exception as e:  # noqa: BLE001 - the type is what is compared
            return ("raises", type(e).__name__)


def _same(which: int, call) -> None:
    assert _outcome(tnp, which, call) == _outcome(numpy, which, call)


# ------------------------------------------------------------------ NaN parameters

# NumPy's CONS_POSITIVE lets NaN through (the sample is NaN); tnp raised "x <= 0"
POSITIVE_NAN = [
    ("beta", (NAN, 0.5)), ("beta", (0.5, NAN)), ("chisquare", (NAN,)), ("f", (NAN, 3.0)),
    ("f", (2.0, NAN)), ("noncentral_chisquare", (NAN, 1.0)), ("noncentral_f", (NAN, 3.0, 1.0)),
    ("noncentral_f", (2.0, NAN, 1.0)), ("pareto", (NAN,)), ("power", (NAN,)),
    ("standard_t", (NAN,)), ("wald", (NAN, 1.0)), ("wald", (1.0, NAN)),
]


@pytest.mark.parametrize("which", [0, 1], ids=["Generator", "RandomState"])
@pytest.mark.parametrize("name,args", POSITIVE_NAN, ids=[f"{n}{a}" for n, a in POSITIVE_NAN])
def test_nan_passes_positive_constraint(which, name, args) -> None:
    _same(which, lambda o, lib: getattr(o, name)(*args))
    _same(which, lambda o, lib: getattr(o, name)(*args, size=2))
    arr = tuple([1.0, a] if a != a else a for a in args)
    _same(which, lambda o, lib: getattr(o, name)(*arr))
    obj = _rngs(tnp)[which]
    assert math.isnan(getattr(obj, name)(*args))
    assert bool(tnp.isnan(getattr(obj, name)(*args, size=3)).all())


def test_beta_nan_gives_nan_not_tiny() -> None:
    g = tnp.random.default_rng(0)
    x = g.beta(tnp.asarray([NAN, 2.0]), 1.0, size=(4, 2))
    assert bool(tnp.isnan(x[:, 0]).all()) and not bool(tnp.isnan(x[:, 1]).any())


def test_negative_binomial_nan_and_bounds() -> None:
    for lib in (numpy, tnp):
        r = lib.random.RandomState(0)
        assert r.negative_binomial(NAN, 0.5) == 0  # legacy: NaN passes, 0 out
        assert type(r.negative_binomial(NAN, 0.5)) is int
        assert r.negative_binomial(5, -0.0, size=2).shape == (2,)
    _same(0, lambda o, lib: o.negative_binomial(NAN, 0.5))
    with pytest.raises(ValueError, match="must not be NaN"):
        tnp.random.default_rng(0).negative_binomial(NAN, 0.5)
    for args in ((INF, 0.5), (1e20, 0.5), (5, 1e-18), ([5, 1e20], 0.5)):
        _same(0, lambda o, lib, args=args: o.negative_binomial(*args))
        with pytest.raises(ValueError, match="n too large or p too small"):
            tnp.random.default_rng(0).negative_binomial(*args)
    assert tnp.random.default_rng(0).negative_binomial(INF, 1.0) == 0


# ------------------------------------------------------------------ integer parameters


@pytest.mark.parametrize("which", [0, 1], ids=["Generator", "RandomState"])
def test_binomial_n_conversion(which) -> None:
    # NaN used to hang (torch.binomial with a NaN count); inf was accepted
    for n in (NAN, [1.0, NAN], INF, [1.0, INF], 2**63, -0.5, [-0.5, 1.0], 10.7):
        _same(which, lambda o, lib, n=n: o.binomial(n, 0.5))
        _same(which, lambda o, lib, n=n: o.binomial(n, 0.5, size=2))
    obj = _rngs(tnp)[which]
    with pytest.raises(ValueError, match="cannot convert float NaN to integer"):
        obj.binomial(NAN, 0.5)
    with pytest.raises(OverflowError):
        obj.binomial([1.0, INF], 0.5)
    assert obj.binomial(-0.5, 0.5) == 0  # truncated before the sign check
    _same(which, lambda o, lib: o.binomial(-1, 1.5))  # p checked before n


@pytest.mark.parametrize("which", [0, 1], ids=["Generator", "RandomState"])
def test_hypergeometric_conversion_and_order(which) -> None:
    for args in ((NAN, 5, 3), (5, NAN, 3), (INF, 5, 3), (10, 5, INF), (5, 5, [1, INF]),
                 (-1, -1, 3), (-5, 5, 1), (-1, 5, 10), (-1, 2e9, 3), (-1, 5, 3), (5, -1, 3),
                 (5, 5, -1), (5.7, 5, 3)):
        _same(which, lambda o, lib, args=args: o.hypergeometric(*args))
    obj = _rngs(tnp)[which]
    with pytest.raises(ValueError, match=r"ngood \+ nbad < nsample"):
        obj.hypergeometric(-1, -1, 3)


@pytest.mark.parametrize("which", [0, 1], ids=["Generator", "RandomState"])
def test_multinomial_n_conversion(which) -> None:
    for n in (NAN, INF, 2**63):
        _same(which, lambda o, lib, n=n: o.multinomial(n, [0.5, 0.5]))


def test_multinomial_argument_errors() -> None:
    _same(0, lambda o, lib: o.multinomial(10, []))
    _same(1, lambda o, lib: o.multinomial(10, 0.5))
    _same(1, lambda o, lib: o.multinomial([10, 20], [0.5, 0.5]))
    _same(1, lambda o, lib: o.multinomial([10, 20], [[0.5, 0.5], [0.2, 0.8]], 3))
    _same(0, lambda o, lib: o.multinomial([10, 20], [0.5, 0.5], (3, 2)))
    with pytest.raises(ValueError, match="last dimension of pvals"):
        tnp.random.default_rng(0).multinomial(10, [])
    with pytest.raises(TypeError):
        tnp.random.multinomial(10, 0.5)


# ------------------------------------------------------------------ other constraints


@pytest.mark.parametrize("which", [0, 1], ids=["Generator", "RandomState"])
def test_poisson_array_nan_message(which) -> None:
    for lam in ([1.0, NAN], [-1.0, NAN], [1.0, -1.0]):
        _same(which, lambda o, lib, lam=lam: o.poisson(lam))
    obj = _rngs(tnp)[which]
    with pytest.raises(ValueError, match="lam value too large"):
        obj.poisson([-1.0, NAN])
    with pytest.raises(ValueError, match="lam < 0"):
        obj.poisson([1.0, -1.0])


def test_uniform_range_checked_before_order() -> None:
    for args in ((INF, 1.0), ([1.0, INF], 1.0), (0.0, -0.0), (0.0, [1.0, -0.0]), (1.0, 0.0)):
        _same(0, lambda o, lib, args=args: o.uniform(*args))
    g = tnp.random.default_rng(0)
    with pytest.raises(OverflowError, match="high - low range exceeds valid bounds"):
        g.uniform(INF, 1.0)
    with pytest.raises(OverflowError, match="^Range exceeds valid bounds"):
        g.uniform([1.0, INF], 1.0)
    with pytest.raises(ValueError, match="high - low < 0"):
        g.uniform(0.0, -0.0)


def test_dirichlet_argument_errors() -> None:
    for which in (0, 1):
        _same(which, lambda o, lib: o.dirichlet(1))
        _same(which, lambda o, lib: o.dirichlet([1j, 1]))


def test_multivariate_normal_tolerance_and_nan() -> None:
    eye = [[1.0, 0.0], [0.0, 1.0]]
    bad = [[1.0, 2.0], [2.0, 1.0]]
    for which in (0, 1):
        _same(which, lambda o, lib: o.multivariate_normal([0, 0], eye, tol=-1))
        _same(which, lambda o, lib: o.multivariate_normal([0, 0], [[1, 0], [0, NAN]]))
    with pytest.raises(tnp.linalg.LinAlgError, match="SVD did not converge"):
        tnp.random.default_rng(0).multivariate_normal([0, 0], [[1, 0], [0, NAN]])
    x = tnp.random.default_rng(0).multivariate_normal([0, 0], [[1, 0], [0, NAN]],
                                                      method="cholesky")
    assert bool(tnp.isnan(x[1]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tnp.random.default_rng(0).multivariate_normal([0, 0], eye, tol=-1)  # equal: no warning
    with pytest.raises(ValueError, match="positive-semidefinite"):
        tnp.random.default_rng(0).multivariate_normal([0, 0], bad, check_valid="raise", tol=-1)
    with pytest.raises(TypeError, match="must not be complex"):
        tnp.random.default_rng(0).multivariate_normal([1j, 0], eye)


def test_multivariate_hypergeometric_argument_forms() -> None:
    for args in (([], 0), ([2, 3], 3.0), ([True, True], 1)):
        _same(0, lambda o, lib, args=args: o.multivariate_hypergeometric(*args))
    with pytest.raises(ValueError, match=r'"marginals"\.$'):
        tnp.random.default_rng(0).multivariate_hypergeometric([2, 3], 1, method="bad")


# ------------------------------------------------------------------ result types


def test_random_integers_returns_numpy_scalar() -> None:
    for which in (1,):
        for call in (lambda o, lib: o.random_integers(5), lambda o, lib: o.random_integers(1, 5),
                     lambda o, lib: o.random_integers(5.5), lambda o, lib: o.random_integers(0),
                     lambda o, lib: o.random_integers([1, 5]),
                     lambda o, lib: o.random_integers(1, [5, 6]),
                     lambda o, lib: o.random_integers([1, 2], 5),
                     lambda o, lib: o.random_integers(2.5, 5.5, size=3)):
            _same(which, call)
    with pytest.warns(DeprecationWarning, match=r"randint\(1, 5 \+ 1\)"):
        x = tnp.random.random_integers(5)
    assert type(x) is tnp.int64
    with pytest.raises(ValueError, match="low >= high"), pytest.warns(DeprecationWarning):
        tnp.random.RandomState(0).random_integers(0)


def test_warnings_point_at_the_caller() -> None:
    for call in (lambda: tnp.random.random_integers(5),
                 lambda: tnp.random.RandomState(0).random_integers(1, 5),
                 lambda: tnp.random.multivariate_normal([0, 0], [[1, 2], [2, 1]]),
                 lambda: tnp.random.default_rng(0).multivariate_normal([0, 0], [[1, 2], [2, 1]])):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            call()
        assert len(w) == 1 and w[0].filename == __file__


def test_bytes_length_conversion() -> None:
    for which in (0, 1):
        for n in (5.0, 5.7, "5"):
            _same(which, lambda o, lib, n=n: o.bytes(n))
        _same(which, lambda o, lib: o.bytes(lib.float64(3.2)))
    assert len(tnp.random.default_rng(0).bytes(5.7)) == 5
    with pytest.raises(TypeError):
        tnp.random.bytes("5")


def test_permutation_of_bool_and_permuted_0d() -> None:
    for which in (0, 1):
        _same(which, lambda o, lib: o.permutation(True))
    assert tnp.random.permutation(True).tolist() == [0]
    _same(0, lambda o, lib: o.permuted(5))
    _same(0, lambda o, lib: o.permuted(lib.array(5)))


def test_shuffle_sequence_with_axis() -> None:
    _same(0, lambda o, lib: o.shuffle([1, 2], axis=1))
    with pytest.raises(NotImplementedError):
        tnp.random.default_rng(0).shuffle([1, 2], axis=1)
    x = tnp.arange(6).reshape(2, 3)
    tnp.random.default_rng(0).shuffle(x, axis=1)
    assert sorted(x[0].tolist()) == [0, 1, 2]


def test_choice_errors() -> None:
    for which in (0, 1):
        _same(which, lambda o, lib: o.choice(5, 3, p=lib.array(0.2)))
    with pytest.raises(IndexError):  # NumPy: IndexError; tnp: AxisError (an IndexError)
        tnp.random.default_rng(0).choice([[1, 2], [3, 4]], axis=2)
    with pytest.raises(ValueError, match="Probabilities do not sum to 1"):
        tnp.random.default_rng(0).choice(3, p=[0.5, 0.5, 0.5])


def test_out_may_be_fortran_contiguous() -> None:
    for name, args in (("random", ()), ("standard_normal", ()), ("standard_exponential", ()),
                       ("standard_gamma", (2.0,))):
        _same(0, lambda o, lib, f=name, a=args: getattr(o, f)(*a, out=lib.zeros((3, 2)).T))
        _same(0, lambda o, lib, f=name, a=args: getattr(o, f)(*a, out=lib.zeros(6)[::2]))
        if name != "standard_gamma":  # NumPy's standard_gamma wants C order
            out = tnp.zeros((3, 2)).T
            assert getattr(tnp.random.default_rng(0), name)(*args, out=out) is out
            assert bool((out != 0).all())


# ------------------------------------------------------------------ seeding and bit generators


def test_bit_generator_objects() -> None:
    assert isinstance(tnp.random.PCG64(0).lock, type(threading.RLock()))
    with pytest.raises(NotImplementedError):
        tnp.random.BitGenerator(5)
    bg = tnp.random.Philox(1)
    assert bg.advance(3) is bg
    assert isinstance(tnp.random.PCG64(0).jumped(-1), tnp.random.PCG64)
    for name in ("ISeedSequence", "ISpawnableSeedSequence", "SeedlessSeedSequence"):
        assert hasattr(tnp.random.bit_generator, name)


def test_seed_sequence_negative_counts() -> None:
    for lib in (numpy, tnp):
        with pytest.raises(ValueError, match="negative dimensions"):
            lib.random.SeedSequence(5).generate_state(-1)
        with pytest.raises(OverflowError):
            lib.random.SeedSequence(5).spawn(-1)
        with pytest.raises(OverflowError):
            lib.random.default_rng(5).spawn(-1)


def test_state_setter_messages() -> None:
    with pytest.raises(ValueError, match="state dictionary is not valid"):
        tnp.random.RandomState(0).set_state({})
    with pytest.raises(ValueError, match="state must be for a PCG64 RNG$"):
        tnp.random.PCG64(0).state = {"bit_generator": "MT19937"}
