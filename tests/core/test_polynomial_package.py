"""Differential tests of tnp_core.polynomial against numpy.polynomial."""

from __future__ import annotations

import warnings

import numpy as np
import numpy.polynomial as NP
import pytest

import tnp_core.polynomial as TP
from tests.compare import assert_same, expected_type, to_tnp

MODS = [("polynomial", "poly"), ("chebyshev", "cheb"), ("legendre", "leg"),
        ("laguerre", "lag"), ("hermite", "herm"), ("hermite_e", "herme")]
CLASSES = ["Polynomial", "Chebyshev", "Legendre", "Laguerre", "Hermite", "HermiteE"]
TOL = (1e-9, 1e-9)


def both(mod: str, name: str, *args, tol=TOL, **kwargs):
    """Call numpy.polynomial.<mod>.<name> and tnp's alike; compare results / exceptions."""
    nf = getattr(getattr(NP, mod), name)
    tf = getattr(getattr(TP, mod), name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            want = nf(*args, **kwargs)
        except Exception as e:  # noqa: BLE001
            with pytest.raises(expected_type(e)):
                tf(*map(to_tnp, args), **{k: to_tnp(v) for k, v in kwargs.items()})
            return e
        got = tf(*map(to_tnp, args), **{k: to_tnp(v) for k, v in kwargs.items()})
    if isinstance(want, tuple) and len(want) == 2 and isinstance(want[1], list):
        (got, (g_res, g_rank, g_s, g_rcond)), (want, (w_res, w_rank, w_s, w_rcond)) = got, want
        assert_same(g_res, w_res, rtol=1e-6, atol=1e-12)
        assert type(g_rank) is int and g_rank == w_rank
        assert_same(g_s, w_s, rtol=1e-9)
        assert g_rcond == pytest.approx(w_rcond)
    if any(np.asarray(w).dtype in (np.float32, np.complex64)
           for w in (want if isinstance(want, tuple) else (want,))):
        tol = (max(tol[0], 1e-5), max(tol[1], 1e-5))
    assert_same(got, want, rtol=tol[0], atol=tol[1])
    return got


C1 = np.array([1.0, -2.0, 3.0, 0.5])
C2 = np.array([0.5, 4.0, -1.0])
X = np.linspace(-0.9, 0.9, 7)


@pytest.mark.parametrize("mod,p", MODS)
def test_arithmetic(mod, p):
    for name in ("add", "sub", "mul", "div"):
        both(mod, p + name, C1, C2)
        both(mod, p + name, C2, C1)
        both(mod, p + name, [1, 2], [3])
    both(mod, p + "add", C1.astype(np.float32), C2.astype(np.float32))
    both(mod, p + "mul", C1 + 1j, C2)
    both(mod, p + "mulx", C1)
    both(mod, p + "mulx", [0])
    both(mod, p + "mulx", [1, 2, 0])
    both(mod, p + "pow", C2, 3)
    both(mod, p + "pow", C2, 0)
    both(mod, p + "pow", C2, 1)
    both(mod, p + "pow", C2, -1)
    both(mod, p + "pow", C2, 1.5)
    both(mod, p + "pow", [1, 1], 17)
    both(mod, p + "div", C1, [0])
    both(mod, p + "add", [], C1)
    both(mod, p + "add", [[1, 2]], C1)
    both(mod, p + "line", 3, 2)
    both(mod, p + "line", 3, 0)
    for suffix in ("domain", "zero", "one", "x"):
        assert_same(getattr(getattr(TP, mod), p + suffix), getattr(getattr(NP, mod), p + suffix))


@pytest.mark.parametrize("mod,p", MODS)
def test_val(mod, p):
    both(mod, p + "val", X, C1)
    both(mod, p + "val", 0.5, C1)
    both(mod, p + "val", 2, [1, 2, 3])
    both(mod, p + "val", X.astype(np.float32), C1.astype(np.float32))
    both(mod, p + "val", X.reshape(7, 1), C1)
    c2 = np.arange(12.0).reshape(4, 3)
    both(mod, p + "val", X, c2)
    both(mod, p + "val", X[:3], c2, tensor=False)
    both(mod, p + "val", 1j, C1)
    both(mod, p + "val", np.array(0.3), C1)
    both(mod, p + "val", [0.1, 0.2], [1.5])
    xy = np.linspace(-1, 1, 5)
    c = np.arange(12.0).reshape(3, 4) / 7
    both(mod, p + "val2d", xy, xy[::-1], c)
    both(mod, p + "grid2d", xy, xy[:3], c)
    c3 = np.arange(24.0).reshape(2, 3, 4) / 11
    both(mod, p + "val3d", xy, xy, xy, c3)
    both(mod, p + "grid3d", xy, xy[:2], xy[:3], c3)
    both(mod, p + "val2d", xy, xy[:3], c)


@pytest.mark.parametrize("mod,p", MODS)
def test_vander(mod, p):
    both(mod, p + "vander", X, 4)
    both(mod, p + "vander", X, 0)
    both(mod, p + "vander", 0.5, 3)
    both(mod, p + "vander", [1, 2, 3], 2)
    both(mod, p + "vander", X.astype(np.float32), 3, tol=(1e-5, 1e-5))
    both(mod, p + "vander", X.reshape(7, 1) + 1j, 2)
    both(mod, p + "vander", X, -1)
    both(mod, p + "vander", X, 1.5)
    both(mod, p + "vander2d", X, X[::-1], [2, 3])
    both(mod, p + "vander3d", X, X, X, [1, 2, 3])
    both(mod, p + "vander2d", X, X[:3], [2, 3])
    both(mod, p + "vander2d", X, X, [2])


@pytest.mark.parametrize("mod,p", MODS)
def test_der_int(mod, p):
    both(mod, p + "der", C1)
    both(mod, p + "der", C1, 2, scl=3)
    both(mod, p + "der", C1, 5)
    both(mod, p + "der", C1, 0)
    both(mod, p + "der", [1, 2, 3, 4, 5, 6, 7])
    both(mod, p + "der", C1 * 1j + 1)
    c2 = np.arange(20.0).reshape(4, 5)
    both(mod, p + "der", c2, axis=1)
    both(mod, p + "der", c2, 2, axis=-2)
    both(mod, p + "der", C1, -1)
    both(mod, p + "der", C1, 1.5)
    both(mod, p + "der", c2, axis=2)
    both(mod, p + "int", C1)
    both(mod, p + "int", C1, 2, k=[1, 2], lbnd=0.5, scl=2)
    both(mod, p + "int", C1, 1, k=3)
    both(mod, p + "int", [0], 2, k=[1, 2])
    both(mod, p + "int", [1, 2, 3, 4, 5, 6])
    both(mod, p + "int", c2, axis=1, lbnd=-1)
    both(mod, p + "int", C1, 1, k=[1, 2])
    both(mod, p + "int", C1, -1)
    both(mod, p + "int", C1, lbnd=[1, 2])
    both(mod, p + "int", C1, scl=[1, 2])
    both(mod, p + "int", C1, 0)


@pytest.mark.parametrize("mod,p", MODS)
def test_roots_fromroots_companion(mod, p):
    both(mod, p + "roots", C1)
    both(mod, p + "roots", [1, 2])
    both(mod, p + "roots", [3])
    both(mod, p + "roots", [1, 0, 1])
    both(mod, p + "fromroots", [-1, 0.5, 2, 3])
    both(mod, p + "fromroots", [])
    both(mod, p + "fromroots", [1j, -1j, 2])
    both(mod, p + "companion", C1)
    both(mod, p + "companion", [1, 2])
    both(mod, p + "companion", [1])
    r = getattr(getattr(TP, mod), p + "roots")(getattr(getattr(TP, mod), p + "fromroots")(
        [-0.5, 0.25, 0.75]))
    np.testing.assert_allclose(np.asarray(r), [-0.5, 0.25, 0.75], atol=1e-10)


@pytest.mark.parametrize("mod,p", MODS)
def test_fit(mod, p):
    x = np.linspace(-1, 1, 20)
    y = np.cos(3 * x) + 0.1 * x
    both(mod, p + "fit", x, y, 4)
    both(mod, p + "fit", x, y, [0, 2, 3])
    both(mod, p + "fit", x, np.stack([y, 2 * y], 1), 3)
    both(mod, p + "fit", x, y, 3, w=np.linspace(1, 2, 20))
    both(mod, p + "fit", x, y, 3, full=True)
    both(mod, p + "fit", x[:3], y[:3], 4, full=True)
    both(mod, p + "fit", x, y + 1j * x, 3)
    both(mod, p + "fit", x.astype(np.float32), y.astype(np.float32), 2, tol=(1e-5, 1e-5))
    both(mod, p + "fit", x, y, -1)
    both(mod, p + "fit", x, y, 2.5)
    both(mod, p + "fit", x, y[:5], 2)
    both(mod, p + "fit", x.reshape(4, 5), y, 2)
    both(mod, p + "fit", [], [], 2)
    both(mod, p + "fit", x, y, 2, w=[1, 2])
    with pytest.warns(Warning, match="poorly conditioned"):
        getattr(getattr(TP, mod), p + "fit")([1.0, 1.0, 1.0], [1.0, 2.0, 3.0], 2)


@pytest.mark.parametrize("mod,p", MODS[1:])
def test_gauss_weight_convert(mod, p):
    for deg in (1, 2, 5, 12):
        both(mod, p + "gauss", deg, tol=(1e-12, 1e-14))
    both(mod, p + "gauss", 0)
    both(mod, p + "gauss", 2.0)
    both(mod, p + "weight", X)
    both(mod, p + "weight", [0, 0.5])
    both(mod, p + "2poly", C1)
    both(mod, "poly2" + p, C1)
    both(mod, p + "2poly", [2])
    both(mod, "poly2" + p, [0, 0, 0, 0, 1])


@pytest.mark.parametrize("mod,p", MODS)
def test_trim(mod, p):
    both(mod, p + "trim", [1, 2, 0, 1e-3, 0], tol=(0, 0))
    both(mod, p + "trim", [1, 2, 0, 1e-3, 0], 1e-2)
    both(mod, p + "trim", [1e-3, 0], 1)
    both(mod, p + "trim", [1, 2], -1)


def test_cheb_specific():
    both("chebyshev", "chebpts1", 5)
    both("chebyshev", "chebpts2", 5)
    both("chebyshev", "chebpts1", 0)
    both("chebyshev", "chebpts2", 1)
    both("chebyshev", "chebpts1", 2.5)
    import tnp_core as tnp
    got = TP.chebyshev.chebinterpolate(tnp.exp, 6)
    assert_same(got, NP.chebyshev.chebinterpolate(np.exp, 6), rtol=1e-12, atol=1e-14)
    with pytest.raises(TypeError):
        TP.chebyshev.chebinterpolate(tnp.exp, 2.5)
    with pytest.raises(ValueError):
        TP.chebyshev.chebinterpolate(tnp.exp, -1)


def test_polyvalfromroots():
    r = np.array([1.0, -2.0, 0.5])
    both("polynomial", "polyvalfromroots", X, r)
    both("polynomial", "polyvalfromroots", 0.3, r)
    r2 = np.arange(6.0).reshape(3, 2)
    both("polynomial", "polyvalfromroots", X, r2)
    both("polynomial", "polyvalfromroots", np.array([0.1, 0.2]), r2, tensor=False)
    both("polynomial", "polyvalfromroots", r2, r2, tensor=False)


def test_polyutils():
    both("polyutils", "getdomain", [1, 5, -3])
    both("polyutils", "getdomain", [1 + 2j, -3j, 2])
    both("polyutils", "mapdomain", X, [-1, 1], [0, 3])
    both("polyutils", "mapdomain", 0.5, np.array([-1, 1.0]), np.array([0, 3.0]))
    assert TP.polyutils.mapparms([-1, 1], [0, 3]) == NP.polyutils.mapparms([-1, 1], [0, 3])
    got = TP.polyutils.as_series([[1, 2, 0], [3.0]])
    want = NP.polyutils.as_series([[1, 2, 0], [3.0]])
    for g, w in zip(got, want):
        assert_same(g, w)
    with pytest.raises(ValueError):
        TP.polyutils.as_series([[]])
    assert TP.polyutils.trimseq([1, 2, 0, 0]) == [1, 2]
    both("polyutils", "trimcoef", [1, 0.1, 0], 0.5)
    for v in (1.0, 0.1 + 0.2, 1e-5, 1.5e9, -2.25, 123456.789012345, 1 / 3):
        assert TP.polyutils.format_float(v) == NP.polyutils.format_float(np.float64(v)), v
    assert TP.polyutils.format_float(1e-5, parens=True) == NP.polyutils.format_float(
        np.float64(1e-5), parens=True)


# ----------------------------------------------------------------------- classes

def pair(name, *args, **kwargs):
    return (getattr(NP, name)(*args, **kwargs),
            getattr(TP, name)(*map(to_tnp, args), **{k: to_tnp(v) for k, v in kwargs.items()}))


def same_poly(t, n, tol=TOL):
    assert type(t).__name__ == type(n).__name__
    assert_same(t.coef, n.coef, rtol=tol[0], atol=tol[1])
    assert_same(t.domain, n.domain)
    assert_same(t.window, n.window)
    assert t.symbol == n.symbol


@pytest.mark.parametrize("name", CLASSES)
def test_class_basics(name):
    n, t = pair(name, [1.0, 2.0, 3.0], domain=[0, 2])
    same_poly(t, n)
    assert repr(t) == repr(n)
    assert str(t) == str(n)
    assert format(t, "ascii") == format(n, "ascii")
    assert format(t, "unicode") == format(n, "unicode")
    with pytest.raises(ValueError):
        format(t, "latex")
    assert t.degree() == n.degree() and len(t) == len(n)
    assert_same(t(0.5), n(0.5))
    assert_same(t(X), n(X))
    same_poly(t.deriv(2), n.deriv(2))
    same_poly(t.integ(2, k=[1, 2], lbnd=0.5), n.integ(2, k=[1, 2], lbnd=0.5))
    assert_same(t.roots(), n.roots(), rtol=1e-9, atol=1e-12)
    same_poly(t.copy(), n.copy())
    same_poly(t.trim(), n.trim())
    same_poly(t.truncate(2), n.truncate(2))
    same_poly(t.cutdeg(1), n.cutdeg(1))
    with pytest.raises(ValueError):
        t.truncate(0)
    assert t.has_samecoef(t.copy()) and t == t.copy() and t != -t
    tm, nm = t.mapparms(), n.mapparms()
    assert [float(v) for v in tm] == [float(v) for v in nm]
    tx, ty = t.linspace(5)
    nx, ny = n.linspace(5)
    assert_same(tx, nx)
    assert_same(ty, ny)
    tc, nc = getattr(TP, name), getattr(NP, name)
    same_poly(tc.identity(), nc.identity())
    same_poly(tc.basis(3, domain=[0, 1]), nc.basis(3, domain=[0, 1]))
    same_poly(tc.fromroots([0.5, 1.5, -1]), nc.fromroots([0.5, 1.5, -1]))
    same_poly(tc.fromroots([0.5, 1.5], domain=None), nc.fromroots([0.5, 1.5], domain=None))
    with pytest.raises(ValueError):
        tc([1, 2], domain=[1, 2, 3])
    with pytest.raises(ValueError):
        tc([1, 2], symbol="1x")
    with pytest.raises(TypeError):
        tc([1, 2], symbol=3)
    n2, t2 = pair(name, [-1.0, 0.5], symbol="z")
    assert str(t2) == str(n2) and repr(t2) == repr(n2)


@pytest.mark.parametrize("name", CLASSES)
def test_class_arithmetic(name):
    n1, t1 = pair(name, [1.0, 2.0, 3.0])
    n2, t2 = pair(name, [0.5, -1.0])
    for op in ("__add__", "__sub__", "__mul__", "__floordiv__", "__mod__"):
        same_poly(getattr(t1, op)(t2), getattr(n1, op)(n2))
        same_poly(getattr(t1, op)(2.0), getattr(n1, op)(2.0))
    same_poly(2 + t1, 2 + n1)
    same_poly(2 - t1, 2 - n1)
    same_poly(3 * t1, 3 * n1)
    same_poly(t1 / 2, n1 / 2)
    same_poly(-t1, -n1)
    same_poly(t1 ** 3, n1 ** 3)
    q, r = divmod(t1, t2)
    nq, nr = divmod(n1, n2)
    same_poly(q, nq)
    same_poly(r, nr)
    with pytest.raises(TypeError):
        t1 / t2
    with pytest.raises(ZeroDivisionError):
        t1 // 0
    tc = getattr(TP, name)
    with pytest.raises(TypeError):
        t1 + tc([1.0], domain=[0, 3])
    with pytest.raises(ValueError):
        t1 + tc([1.0], symbol="y")
    other = TP.Chebyshev if name != "Chebyshev" else TP.Legendre
    with pytest.raises(TypeError):
        t1 + other([1.0])
    with pytest.raises(ValueError):
        t1 ** 101


@pytest.mark.parametrize("name", CLASSES)
def test_class_fit_convert(name):
    x = np.linspace(0, 3, 25)
    y = np.sin(x)
    tc, nc = getattr(TP, name), getattr(NP, name)
    same_poly(tc.fit(to_tnp(x), to_tnp(y), 5), nc.fit(x, y, 5))
    same_poly(tc.fit(to_tnp(x), to_tnp(y), 3, domain=[]), nc.fit(x, y, 3, domain=[]),
              tol=(1e-7, 1e-9))
    tf, tstat = tc.fit(to_tnp(x), to_tnp(y), 3, full=True, window=[0, 1])
    nf, nstat = nc.fit(x, y, 3, full=True, window=[0, 1])
    same_poly(tf, nf)
    assert tstat[1] == nstat[1]
    same_poly(tc.fit(to_tnp(x), to_tnp(y), [1, 3]), nc.fit(x, y, [1, 3]))
    n, t = pair(name, [1.0, 2.0, 3.0], domain=[0, 2])
    same_poly(t.convert(), n.convert())
    same_poly(t.convert(kind=TP.Polynomial), n.convert(kind=NP.Polynomial))
    same_poly(t.convert(domain=[-2, 2], kind=TP.Chebyshev),
              n.convert(domain=[-2, 2], kind=NP.Chebyshev))
    same_poly(TP.Legendre.cast(t), NP.Legendre.cast(n))


def test_printstyle_and_test():
    try:
        TP.set_default_printstyle("ascii")
        NP.set_default_printstyle("ascii")
        for name in CLASSES:
            n, t = pair(name, [1.0, -2.5, 0.0, 1e-6])
            assert str(t) == str(n)
        TP.set_default_printstyle("unicode")
        NP.set_default_printstyle("unicode")
        for name in CLASSES:
            n, t = pair(name, [1.0, -2.5, 0.0, 1e-6], domain=[0, 3])
            assert str(t) == str(n)
            n, t = pair(name, np.arange(30.0) - 7.5)
            assert str(t) == str(n)
            n, t = pair(name, [1 + 2j, -1j])
            assert str(t) == str(n)
    finally:
        NP.set_default_printstyle("unicode")
        TP.set_default_printstyle("unicode")
    with pytest.raises(ValueError):
        TP.set_default_printstyle("latex")
    assert TP.test() is True


def test_manifest_names():
    for name in ("Chebyshev", "Hermite", "HermiteE", "Laguerre", "Legendre", "Polynomial",
                 "chebyshev", "hermite", "hermite_e", "laguerre", "legendre", "polynomial",
                 "polyutils", "set_default_printstyle", "test"):
        assert hasattr(TP, name), name
    for mod, _p in MODS:
        for name in getattr(NP, mod).__all__:
            assert hasattr(getattr(TP, mod), name), (mod, name)


@pytest.mark.parametrize("dtype", ["bool", "int8", "int64", "uint16", "float16", "float32",
                                   "float64", "complex64", "complex128"])
@pytest.mark.parametrize("mod,p", [MODS[0], MODS[1], MODS[3]])
def test_dtypes(mod, p, dtype):
    from tests.compare import data
    c = data((4,), dtype, seed=1)
    c2 = data((2,), dtype, seed=2)
    tol = {"float16": (2e-2, 2e-2), "float32": (1e-5, 1e-5), "complex64": (1e-5, 1e-5)}.get(
        dtype, TOL)
    for name in ("add", "sub", "mul", "mulx", "trim"):
        args = (c, c2) if name in ("add", "sub", "mul") else (c,)
        both(mod, p + name, *args, tol=tol)
    both(mod, p + "val", X, c, tol=tol)
    both(mod, p + "val", 0.5, c, tol=tol)
    both(mod, p + "der", c, tol=tol)
    both(mod, p + "int", c, tol=tol)
    both(mod, p + "vander", c, 2, tol=tol)
    both(mod, p + "fromroots", c[:3], tol=tol)


@pytest.mark.parametrize("mod,p", MODS)
def test_scalar_and_0d(mod, p):
    both(mod, p + "add", 2.0, 3)
    both(mod, p + "mul", np.array(2.0), [1, 2])
    both(mod, p + "val", np.float64(0.25), [1, 2, 3])
    both(mod, p + "der", 5.0)
    both(mod, p + "int", 5.0)
    both(mod, p + "roots", np.array(3.0))
    both(mod, p + "vander", np.array([]), 2)
    both(mod, p + "val", np.array([]), [1.0, 2.0])
