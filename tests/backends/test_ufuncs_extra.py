"""Differential tests of tnp_backends._ufuncs_extra against NumPy 2: the remaining ufuncs
(gcd, lcm, ldexp, frexp, modf, nextafter, spacing, heaviside, fabs, float_power,
bitwise_count, isnat) and the gufuncs matvec, vecmat, vecdot."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest
from compare import DTYPES, assert_same, data, expected_type, to_numpy

import tnp_core as tnp

UNARY = ["bitwise_count", "fabs", "frexp", "isnat", "modf", "spacing"]
BINARY = ["float_power", "gcd", "heaviside", "lcm", "ldexp", "nextafter"]
GUFUNCS = ["matvec", "vecmat", "vecdot"]

FLOAT_EDGES = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.5, 1e-30, -7.75, np.inf, -np.inf, np.nan]


def same_outcome(f: Any, **kw: Any) -> Any:
    """``f(np)`` and ``f(tnp)`` give the same result, or exceptions of the same type."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            want = f(np)
        except Exception as e:  # noqa: BLE001
            with pytest.raises(expected_type(e)):
                f(tnp)
            return e
        got = f(tnp)
    assert_same(got, want, **kw)
    return got


def same_signs(got: Any, want: Any) -> None:
    """Sign bits of real results agree (assert_same does not tell -0.0 from 0.0)."""
    g, w = np.asarray(to_numpy(got)), np.asarray(want)
    if w.dtype.kind == "f":
        keep = ~np.isnan(w)
        assert (np.signbit(g)[keep] == np.signbit(w)[keep]).all(), (g, w)


# ------------------------------------------------------------------ attributes


@pytest.mark.parametrize("name", UNARY + BINARY + GUFUNCS)
def test_attributes(name: str) -> None:
    u, nu = getattr(tnp, name), getattr(np, name)
    assert isinstance(u, tnp.ufunc)
    assert (u.nin, u.nout, u.nargs) == (nu.nin, nu.nout, nu.nargs)
    assert u.__name__ == nu.__name__
    assert repr(u) == repr(nu)
    assert u.signature == nu.signature
    assert u.identity == nu.identity and type(u.identity) is type(nu.identity)
    want = []
    for t in nu.types:
        if all(c in "?bBhHiIlLqQefdFD" for c in t.replace("->", "")):
            t = t.replace("q", "l").replace("Q", "L")
            if t not in want:
                want.append(t)
    assert u.types == want
    assert u.ntypes == len(want)


def test_array_api_aliases() -> None:
    for alias in ["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "bitwise_invert",
                  "bitwise_left_shift", "bitwise_right_shift", "pow", "conj", "abs"]:
        assert getattr(tnp, alias) is not None
        assert getattr(tnp, alias).__name__ == getattr(np, alias).__name__


# ------------------------------------------------------------------ dtype coverage


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", UNARY)
def test_unary_dtypes(name: str, dtype: str) -> None:
    x = data((2, 3), dtype, ints=(-100, 100), uints=(0, 200))
    same_outcome(lambda m: getattr(m, name)(m.asarray(x.copy())))
    same_outcome(lambda m: getattr(m, name)(m.asarray(x[0, 0].copy())))  # 0-d: scalars
    same_outcome(lambda m: getattr(m, name)(m.asarray(x[:0].copy())))  # empty


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", BINARY)
def test_binary_dtypes(name: str, dtype: str) -> None:
    x = data((2, 3), dtype, ints=(-30, 30), uints=(0, 40))
    y = data((3,), dtype, seed=1, ints=(-30, 30), uints=(0, 40))
    if name == "ldexp":
        y = data((3,), "int32", seed=1) if dtype != "uint64" else y
    same_outcome(lambda m: getattr(m, name)(m.asarray(x.copy()), m.asarray(y.copy())))
    same_outcome(lambda m: getattr(m, name)(m.asarray(x[:0].copy()), m.asarray(y.copy())))


@pytest.mark.parametrize("d1", ["bool", "int8", "uint8", "int64", "uint64", "float16",
                                "float32", "complex64"])
@pytest.mark.parametrize("d2", ["int8", "int32", "int64", "uint32", "float32", "float64"])
@pytest.mark.parametrize("name", BINARY)
def test_binary_mixed_dtypes(name: str, d1: str, d2: str) -> None:
    x = data((4,), d1, ints=(-9, 9), uints=(0, 9))
    y = data((4,), d2, seed=3, ints=(-9, 9), uints=(0, 9))
    tol = (1e-14, 0.0) if name == "float_power" else None
    same_outcome(lambda m: getattr(m, name)(m.asarray(x.copy()), m.asarray(y.copy())),
                 rtol=tol and tol[0])


@pytest.mark.parametrize("scalar", [2, -3, 2.5, True, 1j])
@pytest.mark.parametrize("dtype", ["int8", "uint16", "float16", "float32", "float64"])
@pytest.mark.parametrize("name", BINARY)
def test_python_scalars(name: str, dtype: str, scalar: Any) -> None:
    x = data((3,), dtype, ints=(-9, 9), uints=(0, 9))
    same_outcome(lambda m: getattr(m, name)(m.asarray(x.copy()), scalar))
    same_outcome(lambda m: getattr(m, name)(scalar, m.asarray(x.copy())))


# ------------------------------------------------------------------ edge values


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("name", ["fabs", "frexp", "modf", "spacing"])
def test_float_edges_unary(name: str, dtype: str) -> None:
    fi = np.finfo(dtype)
    x = np.array([*FLOAT_EDGES, fi.max, -fi.max, fi.tiny, fi.smallest_subnormal,
                  -fi.smallest_subnormal], dtype)
    got = same_outcome(lambda m: getattr(m, name)(m.asarray(x.copy())), rtol=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = getattr(np, name)(x)
    for g, w in zip(got if isinstance(got, tuple) else (got,),
                    want if isinstance(want, tuple) else (want,)):
        same_signs(g, w)


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("name", ["nextafter", "heaviside", "float_power"])
def test_float_edges_binary(name: str, dtype: str) -> None:
    e = np.array(FLOAT_EDGES, dtype)
    x, y = np.meshgrid(e, e)
    got = same_outcome(lambda m: getattr(m, name)(m.asarray(x.copy()), m.asarray(y.copy())),
                       rtol=0 if name != "float_power" else None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        same_signs(got, getattr(np, name)(x, y))


def test_nextafter_toward_inf_and_subnormals() -> None:
    for dt in ["float16", "float32", "float64"]:
        fi = np.finfo(dt)
        x = np.array([fi.max, -fi.max, 0.0, fi.smallest_subnormal, 1.0, np.inf], dt)
        y = np.array([np.inf, -np.inf, -1.0, 0.0, np.inf, 0.0], dt)
        same_outcome(lambda m, x=x, y=y: m.nextafter(m.asarray(x), m.asarray(y)), rtol=0)


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_ldexp_edges(dtype: str) -> None:
    fi = np.finfo(dtype)
    x = np.array([1.0, -1.0, fi.max, fi.smallest_subnormal, fi.tiny, 0.0, -0.0, np.inf, np.nan,
                  0.75, 3.0], dtype)
    for e in [0, 1, -1, 10, -10, 200, -200, 1074, -1074, 1100, 2000, -2000, 2**31 - 1, -2**31]:
        got = same_outcome(lambda m, e=e: m.ldexp(m.asarray(x.copy()), m.asarray(e, "int32")),
                           rtol=0)
        with np.errstate(all="ignore"):
            same_signs(got, np.ldexp(x, np.int32(e)))
    same_outcome(lambda m: m.ldexp(m.asarray(x.copy()), m.asarray([2**40] * 11, "int64")))
    same_outcome(lambda m: m.ldexp(m.asarray(x.copy()), 2**40))  # OverflowError for int32
    same_outcome(lambda m: m.ldexp(m.asarray(x.copy()), 2.0))  # no float exponent loop


def test_frexp_roundtrip_and_dtypes() -> None:
    x = np.array([3.0, 0.1, 1e300, 5e-324, -2.0], "float64")
    same_outcome(lambda m: m.frexp(m.asarray(x.copy())), rtol=0)
    same_outcome(lambda m: m.frexp(3))
    same_outcome(lambda m: m.modf(m.int8(3)))


@pytest.mark.parametrize("dtype", ["int8", "int16", "int32", "int64", "uint8", "uint16",
                                   "uint32", "uint64"])
@pytest.mark.parametrize("name", ["gcd", "lcm"])
def test_gcd_lcm_integers(name: str, dtype: str) -> None:
    info = np.iinfo(dtype)
    vals = [0, 1, 2, 3, 4, 6, 12, 35, 100, info.max, info.max - 1]
    if info.min < 0:
        vals += [-1, -4, -6, -12, info.min, info.min + 1]
    v = np.array(vals, dtype)
    x, y = np.meshgrid(v, v)
    same_outcome(lambda m: getattr(m, name)(m.asarray(x.copy()), m.asarray(y.copy())))


def test_gcd_lcm_misc() -> None:
    same_outcome(lambda m: m.gcd(-4, 6))
    same_outcome(lambda m: m.lcm(-4, 6))
    same_outcome(lambda m: m.gcd(True, True))
    same_outcome(lambda m: m.gcd(1.0, 2))
    same_outcome(lambda m: m.gcd(m.uint64(3), m.int64(2)))
    same_outcome(lambda m: m.gcd(m.uint64(2**64 - 2), m.uint64(2**63 + 6)))
    x = np.array([[12, 18, 30], [7, 14, 21]])
    same_outcome(lambda m: m.gcd.reduce(m.asarray(x.copy()), axis=1))
    same_outcome(lambda m: m.gcd.reduce(m.asarray(x.copy()), axis=None))
    same_outcome(lambda m: m.gcd.reduce(m.asarray(x[:, :0].copy()), axis=1))
    same_outcome(lambda m: m.lcm.reduce(m.asarray(x.copy()), axis=1))
    same_outcome(lambda m: m.lcm.reduce(m.asarray(x[:, :0].copy()), axis=1))


@pytest.mark.parametrize("dtype", ["int8", "int16", "int32", "int64", "uint8", "uint16",
                                   "uint32", "uint64", "bool"])
def test_bitwise_count(dtype: str) -> None:
    if dtype == "bool":
        v = np.array([True, False])
    else:
        info = np.iinfo(dtype)
        v = np.array([0, 1, 2, 3, 7, 255 % (info.max + 1), info.max, info.min, info.min + 1,
                      *([-1, -2, -128] if info.min < 0 else [])], dtype)
    same_outcome(lambda m: m.bitwise_count(m.asarray(v.copy()).reshape(-1, 1)))
    same_outcome(lambda m: m.bitwise_count(m.asarray(v.copy())[::2]))


def test_float_power_computes_wide() -> None:
    same_outcome(lambda m: m.float_power(2, 3))
    same_outcome(lambda m: m.float_power(m.float32(2), 0.5))
    same_outcome(lambda m: m.float_power(m.asarray([1j, 0, 2 + 1j]), 2))
    same_outcome(lambda m: m.float_power(m.asarray([0j, 0j]), m.asarray([0j, -1 + 0j])))
    same_outcome(lambda m: m.float_power(-8, 1 / 3))
    same_outcome(lambda m: m.float_power(m.asarray([2, 3], "int8"), -1))


def test_isnat_rejects_numbers() -> None:
    for v in [np.ones(2), np.ones(2, int), np.ones(2, bool), np.ones(2, complex), 1.0]:
        with pytest.raises(TypeError, match="only defined for np.datetime64"):
            tnp.isnat(tnp.asarray(v))


def test_fabs_complex_refused() -> None:
    same_outcome(lambda m: m.fabs(1j))
    same_outcome(lambda m: m.fabs(m.asarray([-1, 2], "int8")))


def test_ufunc_keywords() -> None:
    x = np.array([1.5, -2.5, 3.0])
    for m in (np, tnp):
        a = m.asarray(x.copy())
        o1, o2 = m.zeros(3), m.zeros(3)
        r = m.modf(a, out=(o1, o2))
        assert r[0] is o1 and r[1] is o2
        if m is np:
            want = (o1.copy(), o2.copy())
        else:
            assert_same((o1, o2), want)
    same_outcome(lambda m: m.spacing(m.asarray(x.copy()), dtype="float32"))
    same_outcome(lambda m: m.gcd(m.asarray([4, 6]), 2, where=m.asarray([True, False]),
                                 out=m.asarray([9, 9])))
    same_outcome(lambda m: m.nextafter.outer(m.asarray([0.0, 1.0]), m.asarray([1.0, 2.0])))
    same_outcome(lambda m: m.frexp.reduce(m.asarray([1.0])))


# ------------------------------------------------------------------ gufuncs


@pytest.mark.parametrize("dtype", DTYPES)
def test_gufunc_dtypes(dtype: str) -> None:
    a = data((2, 3, 4), dtype, ints=(-50, 50), uints=(0, 40))
    v = data((4,), dtype, seed=1, ints=(-50, 50), uints=(0, 40))
    w = data((3,), dtype, seed=2, ints=(-50, 50), uints=(0, 40))
    tol = {"float16": 1e-2, "float32": 1e-5, "complex64": 1e-5}.get(dtype)
    same_outcome(lambda m: m.matvec(m.asarray(a.copy()), m.asarray(v.copy())), rtol=tol)
    same_outcome(lambda m: m.vecmat(m.asarray(w.copy()), m.asarray(a.copy())), rtol=tol)
    same_outcome(lambda m: m.vecdot(m.asarray(a.copy()), m.asarray(v.copy())), rtol=tol)
    same_outcome(lambda m: m.vecdot(m.asarray(v.copy()), m.asarray(v.copy())), rtol=tol)


@pytest.mark.parametrize(
    ("name", "s1", "s2"),
    [
        ("matvec", (3, 4), (4,)),
        ("matvec", (5, 1, 3, 4), (2, 4)),
        ("matvec", (0, 3, 4), (4,)),
        ("matvec", (3, 0), (0,)),
        ("matvec", (3, 4), (3,)),
        ("matvec", (4,), (4,)),
        ("matvec", (2, 3, 4), (3, 4)),
        ("vecmat", (3,), (3, 4)),
        ("vecmat", (4, 1, 3), (5, 3, 2)),
        ("vecmat", (3,), (4, 3)),
        ("vecmat", (0,), (0, 2)),
        ("vecdot", (3,), (3,)),
        ("vecdot", (2, 1, 3), (4, 3)),
        ("vecdot", (2, 0), (2, 0)),
        ("vecdot", (3,), (2,)),
        ("vecdot", (2, 3), (3, 3)),
        ("vecdot", (), (3,)),
    ],
)
def test_gufunc_shapes(name: str, s1: tuple, s2: tuple) -> None:
    a = data(s1, "complex128")
    b = data(s2, "complex128", seed=1)
    same_outcome(lambda m: getattr(m, name)(m.asarray(a.copy()), m.asarray(b.copy())))


def test_gufunc_conjugation_and_promotion() -> None:
    A = np.array([[1j, 2], [3, 4j]])
    v = np.array([1j, 1])
    same_outcome(lambda m: m.matvec(m.asarray(A.copy()), m.asarray(v.copy())))
    same_outcome(lambda m: m.vecmat(m.asarray(v.copy()), m.asarray(A.copy())))
    same_outcome(lambda m: m.vecdot(m.asarray(v.copy()), m.asarray(v.copy())))
    same_outcome(lambda m: m.vecdot([1, 2], [1.5, 2]))
    same_outcome(lambda m: m.vecdot(m.ones(3, m.uint64), m.ones(3, m.int64)))
    same_outcome(lambda m: m.vecdot(m.ones(3, int), m.ones(3, bool)))
    same_outcome(lambda m: m.vecdot(m.asarray([100, 100], "int8"), m.asarray([2, 1], "int8")))
    same_outcome(lambda m: m.vecdot(m.asarray([True, False]), m.asarray([True, True])))


def test_gufunc_axes_axis_keepdims() -> None:
    a = data((2, 3), "float64")
    b = data((2, 3), "float64", seed=1)
    m3 = data((3, 2, 4), "float64", seed=2)
    v4 = data((4,), "float64", seed=3)

    def ops(m: Any) -> tuple:
        return m.asarray(a.copy()), m.asarray(b.copy())

    for kw in [dict(axis=0), dict(axis=-1), dict(axis=0, keepdims=True),
               dict(axis=1, keepdims=True), dict(keepdims=True), dict(axes=[0, 0]),
               dict(axes=[(0,), (0,), ()]), dict(axes=[(0,), (0,)]), dict(axis=5),
               dict(axes=[(0,), (0,), (0,), (0,)]), dict(axes=(0, 0)),
               dict(axis=0, axes=[0, 0])]:
        same_outcome(lambda m, kw=kw: m.vecdot(*ops(m), **kw))
    same_outcome(lambda m: m.matvec(m.asarray(m3.copy()), m.asarray(v4.copy()),
                                    axes=[(0, 2), (0,), (0,)]))
    same_outcome(lambda m: m.matvec(m.asarray(m3.copy()), m.asarray(v4.copy()),
                                    axes=[(0, 2), (0,), (1,)]))
    same_outcome(lambda m: m.matvec(m.asarray(m3.copy()), m.asarray(v4.copy()),
                                    axes=[(0, 2), (0,)]))
    same_outcome(lambda m: m.matvec(m.asarray(m3.copy()), m.asarray(v4.copy()), axis=0))
    same_outcome(lambda m: m.matvec(m.asarray(m3.copy()), m.asarray(v4.copy()), keepdims=True))
    same_outcome(lambda m: m.vecmat(m.asarray(v4[:3].copy()), m.asarray(m3.copy()),
                                    axes=[0, (0, 2), 0]))
    a3 = data((2, 3, 4), "float64", seed=4)
    b2 = data((3, 4), "float64", seed=5)

    def ops3(m: Any) -> tuple:
        return m.asarray(a3.copy()), m.asarray(b2.copy())

    for kw in [dict(axes=[1, 0], keepdims=True), dict(axes=[-2, -2], keepdims=True),
               dict(axes=[(0, 1), 0]), dict(axes=[0, 0, 0]), dict(axes=[0, 0, ()]),
               dict(axes=[-1, -1, ()]), dict(axes=[(-1,), (-1,)])]:
        same_outcome(lambda m, kw=kw: m.vecdot(*ops3(m), **kw), rtol=1e-12, atol=1e-14)
    same_outcome(lambda m: m.vecdot(m.asarray(b2[0].copy()), m.asarray(a3.copy()), axis=-1,
                                    keepdims=True))
    same_outcome(lambda m: m.matvec(*ops3(m), axes=[(0, 2), (1,), (0,)]), rtol=1e-12,
                 atol=1e-14)
    same_outcome(lambda m: m.matvec(*ops3(m), signature=("d", "d", "f")))
    same_outcome(lambda m: m.matvec(*ops3(m), dtype="complex128"))


def test_gufunc_out_dtype_casting() -> None:
    a = data((2, 3), "float64")
    for out_dt in ["int64", "float32", "float64", "complex128"]:
        same_outcome(lambda m, d=out_dt: m.vecdot(m.asarray(a.copy()), m.asarray(a.copy()),
                                                  out=m.empty(2, d)))
    same_outcome(lambda m: m.vecdot(m.asarray(a.copy()), m.asarray(a.copy()),
                                    out=m.zeros((3, 2))))
    same_outcome(lambda m: m.vecdot(m.asarray(a.copy()), m.asarray(a.copy()), out=m.zeros(5)))
    same_outcome(lambda m: m.vecdot(m.asarray(a.copy()), m.asarray(a.copy()), dtype="float32"))
    same_outcome(lambda m: m.vecdot(m.asarray(a.copy()), m.asarray(a.copy()), casting="no",
                                    dtype="float32"))
    same_outcome(lambda m: m.vecdot(m.asarray(a.copy()), m.asarray(a.copy()), casting="bad"))
    same_outcome(lambda m: m.vecdot(m.asarray(a.copy()), m.asarray(a.copy()), m.zeros(2)))
    same_outcome(lambda m: m.vecdot(m.asarray(a.copy()), m.asarray(a.copy()), m.zeros(2), 1))
    same_outcome(lambda m: m.matvec(m.asarray(a.copy()), m.ones(3), where=True))
    for m in (np, tnp):
        o = m.zeros(2)
        assert m.vecdot(m.ones((2, 3)), m.ones((2, 3)), out=o) is o
        assert m.vecdot(m.ones((2, 3)), m.ones((2, 3)), out=(o,)) is o


@pytest.mark.parametrize("name", GUFUNCS)
def test_gufunc_methods_refused(name: str) -> None:
    a = np.ones((2, 3))
    same_outcome(lambda m: getattr(m, name).reduce(m.asarray(a.copy())))
    same_outcome(lambda m: getattr(m, name).accumulate(m.asarray(a.copy())))
    same_outcome(lambda m: getattr(m, name).reduceat(m.asarray(a.copy()), [0]))
    same_outcome(lambda m: getattr(m, name).outer(m.asarray(a.copy()), m.asarray(a.copy())))
    same_outcome(lambda m: getattr(m, name).at(m.asarray(a.copy()), [0], m.asarray(a.copy())))


# ------------------------------------------------------------------ matmul as a gufunc


@pytest.fixture(scope="module")
def gufunc_matmul() -> Any:
    """``_ufuncs_extra.MATMUL`` built into a ufunc object outside the registry (it is not
    registered while ``_math`` provides the function kernel ``matmul``)."""
    from tnp_backends._ufuncs_extra import MATMUL

    from tnp_core._slots import Slot
    from tnp_core._ufunc import ufunc

    slot = Slot("matmul")
    slot.kernels = (MATMUL.kernel,)
    return ufunc(MATMUL, slot)


def test_matmul_gufunc_attributes(gufunc_matmul: Any) -> None:
    u, nu = gufunc_matmul, np.matmul
    assert isinstance(u, tnp.ufunc)
    assert (u.nin, u.nout, u.nargs, u.signature, u.identity) == (
        nu.nin, nu.nout, nu.nargs, nu.signature, nu.identity)
    assert u.ntypes == 14 and u.types[0] == "??->?" and u.types[-1] == "DD->D"


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(
    ("s1", "s2"),
    [((2, 3), (3, 4)), ((3,), (3, 4)), ((2, 3), (3,)), ((3,), (3,)), ((5, 1, 2, 3), (4, 3, 2)),
     ((0, 3), (3, 2)), ((2, 0), (0, 2)), ((2, 3), (2, 3)), ((), (3,))],
)
def test_matmul_gufunc(gufunc_matmul: Any, dtype: str, s1: tuple, s2: tuple) -> None:
    a = data(s1, dtype, ints=(-20, 20), uints=(0, 20))
    b = data(s2, dtype, seed=1, ints=(-20, 20), uints=(0, 20))
    tol = {"float16": 1e-2, "float32": 1e-5, "complex64": 1e-5}.get(dtype, 1e-12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            want = np.matmul(a, b)
        except Exception as e:  # noqa: BLE001
            with pytest.raises(expected_type(e)):
                gufunc_matmul(tnp.asarray(a), tnp.asarray(b))
            return
    assert_same(gufunc_matmul(tnp.asarray(a), tnp.asarray(b)), want, rtol=tol, atol=1e-12)


def test_matmul_gufunc_keywords(gufunc_matmul: Any) -> None:
    a, b = data((2, 3), "float64"), data((3, 2), "float64", seed=1)
    o = tnp.zeros((2, 2))
    assert gufunc_matmul(tnp.asarray(a), tnp.asarray(b), out=o) is o
    assert_same(o, a @ b)
    assert_same(gufunc_matmul(tnp.asarray(a), tnp.asarray(b), axes=[(1, 0), (1, 0), (1, 0)]),
                np.matmul(a, b, axes=[(1, 0), (1, 0), (1, 0)]))
    assert_same(gufunc_matmul(tnp.asarray(a), tnp.asarray(b), dtype="float32"),
                np.matmul(a, b, dtype="float32"))
    with pytest.raises(RuntimeError):
        gufunc_matmul.reduce(tnp.asarray(a))
