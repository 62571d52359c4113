"""Differential tests of the legacy polynomial functions and poly1d against NumPy 2."""

from __future__ import annotations

import functools
import inspect
import warnings
from typing import Any

import compare
import numpy
import pytest
from compare import assert_same, check

import tnp_core as tnp

DTYPES = compare.DTYPES
TOL = {"float16": (1e-2, 1e-2), "float32": (1e-4, 1e-4), "complex64": (1e-4, 1e-4),
       "float64": (1e-10, 1e-10), "complex128": (1e-10, 1e-10)}

data = functools.partial(compare.data, uint64=[0, 1, 3, 7, 2**63 + 5, 2**64 - 1])


@pytest.mark.parametrize("dtype", DTYPES)
def test_arithmetic(dtype: str) -> None:
    tol = TOL.get(dtype)
    p, q = data((4,), dtype, 1), data((2,), dtype, 2)
    for name in ("polyadd", "polysub", "polymul"):
        check(name, p, q, tol=tol)
        check(name, q, p, tol=tol)
        check(name, p, data((), dtype, 3), tol=tol)
    check("polymul", numpy.zeros(3, dtype), p, tol=tol)  # leading zeros trimmed
    if dtype != "bool":
        check("polydiv", p, numpy.array([1, 2], dtype), tol=tol)


@pytest.mark.parametrize("dtype", DTYPES)
def test_calculus_and_evaluation(dtype: str) -> None:
    tol = TOL.get(dtype)
    p = data((4,), dtype, 1)
    for m in (0, 1, 2, 5):
        check("polyder", p, m, tol=tol)
    check("polyint", p, tol=tol)
    check("polyint", p, 0, tol=tol)
    check("polyint", p, 2, k=[1, 2], tol=tol)
    check("polyint", p, 3, k=2, tol=tol)
    for x in (data((3,), dtype, 3), data((2, 2), "float32", 3), data((0,), dtype, 3), 2):
        check("polyval", p, x, tol=tol)
    check("polyval", data((0,), dtype), data((3,), "float64"))


def _same_roots(got: Any, want: numpy.ndarray, tol: float) -> None:
    """The same multiset of roots, in any order (eigenvalue order is LAPACK's)."""
    g = numpy.asarray(got)
    assert g.dtype == want.dtype and g.shape == want.shape
    left = list(g)
    for w in want:
        k = int(numpy.argmin([abs(v - w) for v in left]))
        assert abs(left[k] - w) <= tol * max(1.0, abs(w)), (g, want)
        left.pop(k)


@pytest.mark.parametrize("dtype", ["int64", "float32", "float64", "complex64", "complex128"])
def test_poly_and_roots(dtype: str) -> None:
    tol = TOL.get(dtype)
    check("poly", data((3,), dtype, 5), tol=tol)
    check("poly", data((0,), dtype, 5))
    rng = numpy.random.default_rng(0)
    p = rng.integers(1, 5, 5).astype(dtype)
    want = numpy.roots(p)
    got = tnp.roots(tnp.asarray(p))
    assert numpy.asarray(got).dtype == want.dtype
    _same_roots(got, want, 1e-4 if dtype in ("float32", "complex64") else 1e-8)


def test_poly_roots_special() -> None:
    check("poly", numpy.array([[1, 2], [3, 4.0]]))
    check("poly", numpy.array([[0, -1], [1, 0.0]]))  # complex conjugate eigenvalues: real
    check("poly", numpy.array([1 + 1j, 1 - 1j, 2]))
    check("poly", numpy.array([1 + 1j, 2]))
    check("poly", numpy.ones((2, 3)))  # ValueError
    check("poly", numpy.ones((2, 2, 2)))
    assert tnp.poly([]) == 1.0
    check("roots", [1, -3, 2])
    check("roots", [0, 0, 1, 2, 0, 0])
    check("roots", [0, 0])
    check("roots", [5])
    check("roots", numpy.ones((2, 2)))  # ValueError
    check("roots", numpy.array([1, 2, 3], numpy.float16))  # TypeError, like NumPy's linalg


def test_errors() -> None:
    check("polyder", [1, 2, 3], -1)
    check("polyint", [1, 2, 3], -1)
    check("polyint", [1, 2, 3], 3, k=[1, 2])
    check("polysub", numpy.ones(2, bool), numpy.ones(2, bool))  # TypeError
    check("polydiv", [1, 2, 3], [1, 1])
    check("polydiv", [1, 2, 3.1], [0.5, 1, 1, 4])
    check("polydiv", [1, 2, 3, 4, 5], [2, 1, 1])
    check("polydiv", numpy.array([1, 2, 3], numpy.float32), [1, 1])
    check("polydiv", [1j, 2, 3], [1, 1])


X = numpy.linspace(0, 1, 20)
Y = numpy.cos(3 * X)


def test_polyfit() -> None:
    tol = (1e-8, 1e-10)
    check("polyfit", X, Y, 3, tol=tol)
    check("polyfit", X, numpy.stack([Y, Y**2], 1), 2, tol=tol)
    check("polyfit", X, Y, 3, w=numpy.linspace(1, 2, 20), tol=tol)
    check("polyfit", X, numpy.stack([Y, Y**2], 1), 2, w=numpy.linspace(1, 2, 20), tol=tol)
    check("polyfit", X, Y, 3, full=True, tol=(1e-6, 1e-12))
    check("polyfit", X, Y, 3, cov=True, tol=(1e-6, 1e-12))
    check("polyfit", X, numpy.stack([Y, Y**2], 1), 2, cov=True, tol=(1e-6, 1e-12))
    check("polyfit", X, Y, 3, cov="unscaled", tol=(1e-6, 1e-12))
    check("polyfit", X.astype(numpy.float32), Y.astype(numpy.float32), 2, tol=(1e-4, 1e-4))
    check("polyfit", numpy.arange(5), numpy.arange(5) ** 2, 2, tol=tol)
    check("polyfit", X, Y, 0, tol=tol)
    check("polyfit", X[:3], Y[:3], 2, cov=True)  # ValueError: too few points to scale


def test_polyfit_errors_and_rank_warning() -> None:
    check("polyfit", X, Y, -1)  # ValueError
    check("polyfit", numpy.ones((2, 2)), Y, 1)  # TypeError
    check("polyfit", [], [], 1)
    check("polyfit", X, Y[:5], 1)
    check("polyfit", X, numpy.ones((20, 1, 1)), 1)
    check("polyfit", X, Y, 1, w=numpy.ones(3))
    check("polyfit", X, Y, 1, w=numpy.ones((20, 1)))
    with pytest.warns(RuntimeWarning, match="poorly conditioned"):
        tnp.polyfit(tnp.ones(5), tnp.arange(5.0), 2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = tnp.polyfit(tnp.ones(5), tnp.arange(5.0), 2, full=True)
        want = numpy.polyfit(numpy.ones(5), numpy.arange(5.0), 2, full=True)
    assert int(got[2]) == int(want[2]) and got[1].shape == want[1].shape


# ---------------------------------------------------------------- poly1d

COEFFS = [[1, 2, 3], [1.5, -2, 3j, 0, 1], [0, 0, 1], [0], [2.5], [-1, 0, 0, 4],
          [1e-5, 123456.0], list(range(1, 30)), [1, -1]]


@pytest.mark.parametrize("c", COEFFS)
def test_poly1d_attributes_and_printing(c: list[Any]) -> None:
    a, b = numpy.poly1d(c), tnp.poly1d(c)
    assert repr(b) == repr(a)
    assert str(b) == str(a)
    assert_same(b.coeffs, a.coeffs)
    assert_same(b.c, a.c)
    assert b.order == a.order == b.o and len(b) == len(a)
    if len(a.coeffs) > 1 and len(a.coeffs) < 10:
        _same_roots(b.r, a.r, 1e-6)
    assert_same(numpy.asarray(b), numpy.asarray(a), check_kind=False)


def test_poly1d_variable_and_roots_form() -> None:
    assert str(tnp.poly1d([1, 2, 3], variable="z")) == str(numpy.poly1d([1, 2, 3], variable="z"))
    assert_same(tnp.poly1d([1, 2], r=True).coeffs, numpy.poly1d([1, 2], r=True).coeffs)
    b = tnp.poly1d([3, 4])
    assert tnp.poly1d(b).coeffs is b.coeffs
    with pytest.raises(ValueError, match="1d only"):
        tnp.poly1d(tnp.ones((2, 2)))
    with pytest.raises(AttributeError):
        b.coeffs = tnp.asarray([1.0])


OPS = [
    lambda p, q: p + q, lambda p, q: p - q, lambda p, q: p * q, lambda p, q: p ** 3,
    lambda p, q: p ** 0, lambda p, q: -p, lambda p, q: +p, lambda p, q: p * 2,
    lambda p, q: 2 * p, lambda p, q: p + 1, lambda p, q: 1 - p, lambda p, q: p / 2,
    lambda p, q: 2.0 / q, lambda p, q: p.deriv(), lambda p, q: p.deriv(2),
    lambda p, q: p.integ(), lambda p, q: p.integ(2, k=1), lambda p, q: p(q),
    lambda p, q: (p / q)[0], lambda p, q: (p / q)[1], lambda p, q: p + [1, 2, 3, 4],
    lambda p, q: [1, 2] * q, lambda p, q: q - [1, 2, 3],
]


@pytest.mark.parametrize("k", range(len(OPS)))
def test_poly1d_arithmetic(k: int) -> None:
    f = OPS[k]
    want = f(numpy.poly1d([1, 2, 3]), numpy.poly1d([2.0, -1]))
    got = f(tnp.poly1d([1, 2, 3]), tnp.poly1d([2.0, -1]))
    assert type(got).__name__ == "poly1d"
    assert_same(got.coeffs, want.coeffs)


def test_poly1d_call_items_and_functions() -> None:
    a, b = numpy.poly1d([1, 2, 3]), tnp.poly1d([1, 2, 3])
    assert_same(b(tnp.arange(3)), a(numpy.arange(3)))
    assert_same(b(2.5), a(2.5))
    assert_same(b(2), a(2))
    assert b == tnp.poly1d([1, 2, 3]) and b != tnp.poly1d([1, 2]) and not b != b
    assert_same(b[0], a[0])
    assert_same(b[5], a[5])
    with pytest.raises(ValueError, match="non-negative integers"):
        b ** -1
    assert_same(numpy.array([int(v) for v in b]), numpy.array(list(a)), check_kind=False)
    b[4] = 7
    a[4] = 7
    assert_same(b.coeffs, a.coeffs)
    with pytest.raises(ValueError):
        b[-1] = 2
    r = tnp.polyadd(tnp.poly1d([1, 2]), [1, 1, 1])
    assert type(r).__name__ == "poly1d"
    assert_same(r.coeffs, numpy.polyadd(numpy.poly1d([1, 2]), [1, 1, 1]).coeffs)
    q, rem = tnp.polydiv(tnp.poly1d([1, 2, 3]), [1, 1])
    assert type(q).__name__ == "poly1d" and type(rem).__name__ == "poly1d"
    comp = tnp.polyval(tnp.poly1d([1, 2]), tnp.poly1d([1, 0, 0]))
    assert_same(comp.coeffs, numpy.polyval(numpy.poly1d([1, 2]), numpy.poly1d([1, 0, 0])).coeffs)
    for name in ("polyder", "polyint"):
        got = getattr(tnp, name)(tnp.poly1d([1, 2, 3]))
        want = getattr(numpy, name)(numpy.poly1d([1, 2, 3]))
        assert type(got).__name__ == "poly1d"
        assert_same(got.coeffs, want.coeffs)
    assert_same(tnp.roots(b), numpy.roots(a), rtol=1e-10)


NAMES = ["poly", "polyadd", "polyder", "polydiv", "polyfit", "polyint", "polymul", "polysub",
         "polyval", "roots"]


@pytest.mark.parametrize("name", NAMES)
def test_signature_matches_numpy(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))
    assert params(tnp.poly1d) == params(numpy.poly1d)


def test_polydiv_of_2d_input_is_a_value_error_like_numpy() -> None:
    with pytest.raises(ValueError):
        numpy.polydiv(numpy.ones((2, 2)), numpy.ones(2))
    with pytest.raises(ValueError, match="1-d"):
        tnp.polydiv(tnp.ones((2, 2)), tnp.ones(2))
