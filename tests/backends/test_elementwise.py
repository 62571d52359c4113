"""Differential tests of tnp_backends._elementwise against NumPy 2: angle, round/around, fix,
i0, sinc, nan_to_num, real/imag, real_if_close, isclose/allclose, array_equal/array_equiv,
iscomplex/isreal(obj), isneginf/isposinf, unwrap and the window functions."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest
from compare import DTYPES, assert_same, check, data, expected_type

import tnp_core as tnp

# the test data itself casts complex to real and overflows float16 on purpose
pytestmark = [
    pytest.mark.filterwarnings("ignore::numpy.exceptions.ComplexWarning"),
    pytest.mark.filterwarnings("ignore::RuntimeWarning"),
]

SHAPES = [(), (0,), (5,), (2, 3)]
SPECIAL = np.array([0.0, -0.0, 1.5, -2.5, 0.5, np.inf, -np.inf, np.nan, 1e308, -3.25])


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


# ------------------------------------------------------------------ angle, round, fix


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_angle(dtype: str, shape: tuple) -> None:
    x = data(shape, dtype)
    check("angle", x)
    check("angle", x, deg=True)


def test_angle_scalars() -> None:
    for v in [1, -1.0, True, 1 + 1j, -2j, np.int8(-1), np.float16(-1)]:
        check("angle", v)


@pytest.mark.parametrize("name", ["round", "around"])
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("decimals", [0, 1, 2, -1, -2])
def test_round(name: str, dtype: str, decimals: int) -> None:
    x = data((2, 4), dtype, ints=(-130, 130), uints=(0, 250)) * (
        3.7 if dtype[0] in "fc" else 1
    )
    x = x.astype(dtype)
    check(name, x, decimals)
    check(name, x[0, 0], decimals)


def test_round_edges() -> None:
    x = np.array([0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 1e300, np.inf, np.nan, -0.0])
    for d in [0, 1, 2, -1, 3]:
        check("round", x, d)
        check("round", x.astype("float32"), d)
        check("round", x.astype("float16"), d)
    ints = np.array([15, 25, -15, 14, -25, 5, 125, -125, 127, -128], "int8")
    for d in [-1, -2, -3, -20]:
        check("round", ints, d)
        check("round", ints.astype("int64"), d)
        check("round", np.abs(ints.astype("int16")).astype("uint16"), d)
    check("round", np.uint8(255), -1)
    check("round", np.array([1.5, 2.5]) + 1j * np.array([0.5, -3.5]))


def test_round_out() -> None:
    x = np.array([1.26, 2.51, -3.49])
    for m in (np, tnp):
        out = m.zeros(3)
        r = m.round(m.asarray(x.copy()), 1, out=out)
        assert r is out
        if m is np:
            want = out.copy()
        else:
            assert_same(out, want)


@pytest.mark.parametrize("dtype", DTYPES)
def test_fix(dtype: str) -> None:
    x = data((7,), dtype) * (2.5 if dtype[0] in "f" else 1)
    check("fix", x.astype(dtype))
    check("fix", x[0].astype(dtype))
    check("fix", SPECIAL)


# ------------------------------------------------------------------ i0, sinc


@pytest.mark.parametrize("dtype", DTYPES)
def test_i0_sinc(dtype: str) -> None:
    x = data((2, 3), dtype)
    check("i0", x, tol={"float16": (1e-2, 0.0), "float32": (1e-6, 0.0)}.get(dtype, (1e-12, 0)))
    check("sinc", x, tol=(1e-2, 0.0) if dtype == "float16" else (1e-5, 1e-7))


def test_i0_sinc_scalars() -> None:
    check("i0", 1, tol=(1e-13, 0.0))
    check("i0", np.array([0.0, -3.0, 30.0]), tol=(1e-13, 0.0))
    check("sinc", 0)
    check("sinc", np.array([0.0, 1.0, -2.5, 1e-30]), tol=(1e-12, 1e-15))
    check("sinc", np.array([0, 1j, 0.5 + 0.5j]), tol=(1e-12, 1e-15))


# ------------------------------------------------------------------ nan_to_num, real, imag


@pytest.mark.parametrize("dtype", DTYPES)
def test_nan_to_num(dtype: str) -> None:
    x = data((3, 2), dtype)
    check("nan_to_num", x)
    if dtype[0] in "fc":
        s = SPECIAL.astype(dtype if dtype[0] == "f" else "float64")
        v = (s + 1j * s[::-1]).astype(dtype) if dtype[0] == "c" else s
        check("nan_to_num", v)
        check("nan_to_num", v, nan=-1.0, posinf=7.0, neginf=-9.0)
        check("nan_to_num", v, posinf=2)


def test_nan_to_num_copy_false() -> None:
    x = np.array([np.nan, np.inf, 1.0])
    a = tnp.asarray(x.copy())
    r = tnp.nan_to_num(a, copy=False)
    assert_same(a, np.nan_to_num(x))
    assert r is a
    check("nan_to_num", np.float64(np.nan))
    check("nan_to_num", 1.0)


@pytest.mark.parametrize("dtype", DTYPES)
def test_real_imag(dtype: str) -> None:
    x = data((2, 3), dtype)
    check("real", x)
    check("imag", x)


def test_real_imag_views() -> None:
    a = tnp.asarray([1 + 2j, 3 - 4j])
    r = tnp.real(a)
    r[0] = 10.0
    i = tnp.imag(a)
    i[1] = 7.0
    assert_same(a, np.array([10 + 2j, 3 + 7j]))
    b = tnp.asarray([1.0, 2.0])
    assert_same(tnp.real(b), np.array([1.0, 2.0]))
    assert_same(tnp.imag(b), np.array([0.0, 0.0]))


def test_real_if_close() -> None:
    check("real_if_close", np.array([1 + 1e-15j, 2 - 1e-15j]))
    check("real_if_close", np.array([1 + 1e-5j]))
    same_outcome(lambda m: m.real_if_close(m.asarray([1 + 1e-5j], "complex64"), tol=1000))
    same_outcome(lambda m: m.real_if_close(m.asarray([1 + 1e-5j]), tol=1e-3))
    same_outcome(lambda m: m.real_if_close(m.asarray([1 + 1e-5j]), tol=1e-6))
    check("real_if_close", np.array([1.0, 2.0]))
    check("real_if_close", np.array([1, 2]))


# ------------------------------------------------------------------ comparisons


@pytest.mark.parametrize("d1", ["bool", "int8", "int64", "uint64", "float16", "float32",
                                "float64", "complex64"])
@pytest.mark.parametrize("d2", ["int32", "float32", "float64", "complex128"])
def test_isclose_dtypes(d1: str, d2: str) -> None:
    x = data((6,), d1)
    y = (x.astype("complex128") + data((6,), "float64", seed=1) * 1e-7).astype(d2) if (
        d1 != "bool") else data((6,), d2)
    check("isclose", x, y)
    check("allclose", x, y)
    check("isclose", x, y, rtol=0.1, atol=0.5)


def test_isclose_edges() -> None:
    a = np.array([np.inf, -np.inf, np.nan, 1.0, np.nan, 1e10, 0.0])
    b = np.array([np.inf, np.inf, np.nan, np.inf, 1.0, 1.00001e10, 1e-9])
    for eq in (False, True):
        check("isclose", a, b, equal_nan=eq)
        check("allclose", a, b, equal_nan=eq)
    check("isclose", 1, 1.0000001)
    check("isclose", np.float32(1), 1.0000001)
    check("isclose", 1.0, np.array([1.0, 1.1]))
    check("isclose", np.array([1.0, 2.0]), 2)
    check("isclose", np.ones(3, "float32"), np.ones(3, "float32"), atol=np.float64(0))
    check("isclose", np.ones((2, 3)), np.ones(2))  # broadcast error
    check("allclose", np.ones((2, 3)), np.ones(3))
    assert type(tnp.allclose([1.0], [1.0])) is bool


@pytest.mark.parametrize("name", ["array_equal", "array_equiv"])
def test_array_equal_equiv(name: str) -> None:
    a = np.array([[1, 2], [1, 2]])
    cases = [
        (a, a.copy()), (a, a[0]), (a, a + 1), (a, np.ones(3)), (a, a.astype("float32")),
        (np.array([1.0, np.nan]), np.array([1.0, np.nan])),
        (np.array([], float), np.array([], int)), (np.array(2), 2), (1, 1.0),
        (np.array([2**63], "uint64"), np.array([-(2**63)], "int64")),
        (np.array([1 + 0j, 2]), np.array([1, 2])),
    ]
    for x, y in cases:
        got = check(name, x, y)
        assert type(got) is bool
    nan = np.array([1.0, np.nan, 3.0])
    if name == "array_equal":
        check(name, nan, nan, equal_nan=True)
        check(name, nan, np.array([1.0, 2.0, np.nan]), equal_nan=True)
        check(name, np.array([1, 2]), np.array([1, 2]), equal_nan=True)
        check(name, nan.astype("complex128"), nan, equal_nan=True)


# ------------------------------------------------------------------ type tests


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(), (4,)])
def test_type_tests(dtype: str, shape: tuple) -> None:
    x = data(shape, dtype)
    if dtype.startswith("complex") and shape:
        x[0] = 3 + 0j
    for name in ["iscomplex", "isreal"]:
        check(name, x)
    for name in ["iscomplexobj", "isrealobj"]:
        got = check(name, x)
        assert type(got) is bool


def test_type_tests_scalars() -> None:
    for v in [1.0, 1j, 2, True, 1 + 0j, [1, 2j]]:
        for name in ["iscomplex", "isreal", "iscomplexobj", "isrealobj"]:
            check(name, v)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["isneginf", "isposinf"])
def test_isinf_sign(name: str, dtype: str) -> None:
    x = SPECIAL.astype(dtype) if dtype[0] in "fc" else data((4,), dtype)
    check(name, x)
    check(name, x[0])


def test_isinf_sign_out() -> None:
    x = np.array([np.inf, -np.inf, 1.0])
    for name in ["isneginf", "isposinf"]:
        for m in (np, tnp):
            o = m.zeros(3, bool)
            r = getattr(m, name)(m.asarray(x.copy()), out=o)
            assert r is o
            if m is np:
                want = o.copy()
            else:
                assert_same(o, want)


# ------------------------------------------------------------------ unwrap


@pytest.mark.parametrize("dtype", ["int8", "int64", "uint8", "float16", "float32", "float64"])
def test_unwrap_dtypes(dtype: str) -> None:
    p = np.array([0, 1, 3, 6, 7, 2, 9, 4], dtype)
    tol = (1e-2, 1e-2) if dtype == "float16" else (1e-6, 1e-6)
    check("unwrap", p, tol=tol)
    check("unwrap", p, period=6, tol=tol)
    check("unwrap", p, period=5, tol=tol)
    check("unwrap", p, discont=4.0, tol=tol)


def test_unwrap_axes_edges() -> None:
    rng = np.random.default_rng(0)
    p = np.cumsum(rng.uniform(-4, 4, (3, 6)), axis=1)
    check("unwrap", p, tol=(1e-12, 1e-12))
    check("unwrap", p, axis=0, tol=(1e-12, 1e-12))
    check("unwrap", p, axis=2)
    check("unwrap", np.array([0.0, 3.5, 7.0], "float32"))
    check("unwrap", np.array([0.0, np.pi, 2 * np.pi, -np.pi]))
    check("unwrap", np.array([1.0]))
    check("unwrap", np.array([], float))
    check("unwrap", np.array(1.0))
    check("unwrap", np.array([True, False]))


# ------------------------------------------------------------------ windows


@pytest.mark.parametrize("name", ["bartlett", "blackman", "hamming", "hanning"])
@pytest.mark.parametrize("M", [-3, 0, 1, 2, 5, 12, 5.0])
def test_windows(name: str, M: Any) -> None:
    check(name, M, tol=(1e-13, 1e-15))


@pytest.mark.parametrize("M", [-1, 0, 1, 2, 7, 16])
@pytest.mark.parametrize("beta", [0.0, 2.0, 14.0])
def test_kaiser(M: int, beta: float) -> None:
    check("kaiser", M, beta, tol=(1e-12, 1e-15))


@pytest.mark.parametrize("name", ["bartlett", "blackman", "hamming", "hanning"])
def test_window_length_given_as_a_0d_array(name: str) -> None:
    for m in (np.array(4), np.array(2.5)):
        assert_same(getattr(tnp, name)(tnp.asarray(m)), getattr(np, name)(m))
