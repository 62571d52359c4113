"""Differential tests of the reduction kernels against NumPy 2."""

from __future__ import annotations

import inspect
import warnings
from typing import Any

import numpy
import pytest
from compare import assert_same, check, data, expected_type

import tnp_core as tnp
import tnp_core.exceptions as tnp_exc

# ---------------------------------------------------------------- helpers

DTYPES = [
    "bool", "int8", "uint8", "int32", "int64", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]
SHAPES = [(), (0,), (5,), (2, 0, 3), (2, 3, 4)]
TOL = {
    "float16": (2e-2, 2e-2), "float32": (1e-5, 1e-5), "complex64": (1e-5, 1e-5),
    "float64": (1e-12, 1e-12), "complex128": (1e-12, 1e-12),
}


def axes_for(shape: tuple[int, ...]) -> list[Any]:
    axes: list[Any] = [None, 0, -1, ()]
    if len(shape) >= 3:
        axes += [(0, 2), (-1, 0, 1), 3]
    return axes


# ---------------------------------------------------------------- the main matrix

AXIS_REDUCTIONS = ["sum", "prod", "mean", "std", "var", "min", "max", "all", "any"]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", AXIS_REDUCTIONS)
def test_axis_reductions(name: str, dtype: str) -> None:
    tol = TOL.get(dtype)
    if dtype == "float16" and name in ("prod", "std", "var"):
        tol = (3e-2, 3e-2)
    for shape in SHAPES:
        a = data(shape, dtype)
        for axis in axes_for(shape):
            for keepdims in (False, True):
                check(name, a, axis=axis, keepdims=keepdims, tol=tol)
        check(name, a, tol=tol)  # all defaults


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["argmin", "argmax"])
def test_arg_reductions(name: str, dtype: str) -> None:
    for shape in SHAPES:
        a = data(shape, dtype)
        for axis in [None, 0, -1, 1, 2, -3, (0,)]:
            for keepdims in (False, True):
                check(name, a, axis=axis, keepdims=keepdims)
        check(name, a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_cumsum(dtype: str) -> None:
    tol = (5e-2, 5e-2) if dtype == "float16" else TOL.get(dtype)
    for shape in SHAPES:
        a = data(shape, dtype)
        for axis in [None, 0, -1, 1, 2, 3, (0,)]:
            check("cumsum", a, axis=axis, tol=tol)
        check("cumsum", a, tol=tol)


@pytest.mark.parametrize("dtype", ["bool", "uint64", "float64", "complex128"])
def test_amin_amax_aliases(dtype: str) -> None:
    a = data((2, 3, 4), dtype, seed=8)
    for name in ["amin", "amax"]:
        for axis in [None, 1, (0, 2)]:
            check(name, a, axis=axis, keepdims=True)
            check(name, a, axis=axis, initial=5, where=a.real > 0 if dtype != "bool" else a)
        check(name, numpy.zeros((0, 2), dtype))  # ValueError


def test_zero_d_axis_quirks() -> None:
    """NumPy lets ufunc reductions of 0-d arrays take axis 0/-1, but not mean/std/var."""
    a = numpy.array(2.5)
    for name in ["sum", "prod", "min", "max", "all", "any", "mean", "std", "argmax", "cumsum"]:
        for axis in [0, -1, 1, -2, (0,)]:
            check(name, a, axis=axis)


# ---------------------------------------------------------------- dtype= and initial=


@pytest.mark.parametrize("src", ["bool", "int8", "uint8", "float64", "complex128"])
@pytest.mark.parametrize("name", ["sum", "prod", "cumsum", "mean", "var", "std"])
def test_dtype_argument(name: str, src: str) -> None:
    for dtype in ["int8", "int32", "uint16", "uint64", "float32", "float64", "complex128",
                  "bool"]:
        kind = numpy.dtype(dtype).kind
        if src == "complex128" and kind != "c":
            continue  # complex -> real emits ComplexWarning: tested separately
        if name in ("var", "std") and kind not in "fc":
            continue  # NumPy's integer-arithmetic var/std quirks are not modelled
        a = data((2, 3), src, seed=3)
        if dtype == "uint64":
            a = abs(a)  # float -> uint64 of negative values is platform-defined
        tol = TOL.get(dtype)
        check(name, a, dtype=dtype, tol=tol)
        check(name, a, axis=1, dtype=dtype, tol=tol)


def test_complex_to_real_dtype_warns() -> None:
    a = numpy.array([1 + 2j, 3 - 1j])
    with pytest.warns(tnp_exc.ComplexWarning):
        r = tnp.sum(tnp.asarray(a), dtype=tnp.float64)
    with pytest.warns(numpy.exceptions.ComplexWarning):
        w = numpy.sum(a, dtype=numpy.float64)
    assert_same(r, w)


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "int64", "uint32", "uint64",
                                   "float32", "float64", "complex128"])
@pytest.mark.parametrize("name", ["sum", "prod", "min", "max"])
def test_initial(name: str, dtype: str) -> None:
    for shape in [(), (4,), (0,), (2, 0), (3, 2)]:
        a = data(shape, dtype, seed=5)
        for initial in [3, 2.5, True, None, numpy.float32(1.5)]:
            if dtype.startswith("uint") and isinstance(initial, float):
                continue  # float -> uint of fractional values: C casting, not compared
            check(name, a, initial=initial, tol=TOL.get(dtype))
            check(name, a, axis=-1, initial=initial, keepdims=True, tol=TOL.get(dtype))


def test_initial_errors() -> None:
    check("max", numpy.array([1, 2], numpy.int8), initial=1000)  # OverflowError
    check("sum", numpy.array([1, 2], numpy.uint8), initial=-1)  # OverflowError
    check("sum", numpy.array([1, 2], numpy.int8), initial=200)  # fits int64


# ---------------------------------------------------------------- where=

WHERE_NAMES = ["sum", "prod", "mean", "var", "std", "min", "max", "all", "any"]


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint16", "int64", "uint64", "float16",
                                   "float64", "complex128"])
@pytest.mark.parametrize("name", WHERE_NAMES)
def test_where(name: str, dtype: str) -> None:
    a = data((2, 3), dtype, seed=7)
    tol = (3e-2, 3e-2) if dtype == "float16" else TOL.get(dtype)
    initial = {} if name not in ("min", "max") else {"initial": 1}
    for where in [
        numpy.array([True, False, True]),
        numpy.array([[True], [False]]),
        numpy.ones((2, 3), bool),
        numpy.zeros((2, 3), bool),
        True,
        [1, 0, 1],  # lists are cast to bool (NumPy rejects non-bool *arrays*)
    ]:
        for axis in [None, 0, 1, (0, 1)]:
            check(name, a, axis=axis, where=where, tol=tol, **initial)
    check(name, a, where=numpy.ones(4, bool), **initial)  # cannot broadcast: ValueError
    check(name, a, where=numpy.ones((3, 2, 3), bool), **initial)


@pytest.mark.parametrize("name", ["min", "max"])
def test_where_without_initial(name: str) -> None:
    e = check(name, numpy.ones((2, 3)), where=[True, False, True])
    assert isinstance(e, ValueError)
    with pytest.raises(ValueError, match="does not have an identity"):
        getattr(tnp, name)(tnp.ones((2, 3)), where=[True, False, True])


# ---------------------------------------------------------------- out=


OUT_NAMES = ["sum", "prod", "mean", "std", "var", "min", "max", "argmin", "argmax", "cumsum",
             "all", "any"]
OUT_DTYPES = ["float64", "float32", "int32", "int64", "bool"]
# NumPy's out= casting per function: 'unsafe' for the reductions, UFuncTypeError for std
# (its sqrt runs under 'same_kind'), integer or bool out= only for argmin/argmax.
# Not modelled: NumPy's ufunc reductions compute *in* out's dtype (min of ints into a bool
# out= is the min of the bools); tnp reduces in the input dtype and casts the result.
_OUT_XFAIL = {("min", "bool")}
OUT_CASES = [
    pytest.param(
        n, d,
        marks=[pytest.mark.xfail(
            reason="reductions compute in the input dtype, NumPy's in out's dtype",
            strict=True)] if (n, d) in _OUT_XFAIL else [],
    )
    for n in OUT_NAMES for d in OUT_DTYPES
]


@pytest.mark.parametrize(("name", "out_dtype"), OUT_CASES)
def test_out(name: str, out_dtype: str) -> None:
    a = data((3, 4), "int32", seed=11)
    shape = (12,) if name == "cumsum" else (4,)
    kw: dict[str, Any] = {} if name == "cumsum" else {"axis": 0}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            want = getattr(numpy, name)(a, out=numpy.zeros(shape, out_dtype), **kw)
        except Exception as e:  # noqa: BLE001
            with pytest.raises(expected_type(e)):
                getattr(tnp, name)(tnp.asarray(a), out=tnp.zeros(shape, out_dtype), **kw)
            return
    out = tnp.zeros(shape, out_dtype)
    got = getattr(tnp, name)(tnp.asarray(a), out=out, **kw)
    assert got is out
    assert_same(out, want, rtol=1e-6 if out_dtype == "float32" else None)


@pytest.mark.parametrize("name", ["sum", "mean", "max", "argmax", "cumsum", "all"])
def test_out_wrong_shape(name: str) -> None:
    a = data((3, 4), "float64")
    kw = {} if name == "cumsum" else {"axis": 0}
    with pytest.raises(ValueError):
        getattr(numpy, name)(a, out=numpy.zeros(5), **kw)
    with pytest.raises(ValueError):
        getattr(tnp, name)(tnp.asarray(a), out=tnp.zeros(5), **kw)


def test_out_keepdims_and_scalar() -> None:
    a = data((3, 4), "float64")
    out = tnp.zeros((1, 4))
    r = tnp.sum(tnp.asarray(a), axis=0, keepdims=True, out=out)
    assert r is out
    assert_same(out, numpy.sum(a, axis=0, keepdims=True))
    out0 = tnp.zeros(())
    assert tnp.max(tnp.asarray(a), out=out0) is out0
    assert_same(out0, numpy.array(a.max()))


# ---------------------------------------------------------------- NaN, empty, errors

NAN_CASES = [
    [1.0, numpy.nan, 3.0],
    [numpy.nan, 2.0, numpy.nan],
    [2.0, 1.0, numpy.nan],
    [numpy.nan],
    [numpy.inf, -numpy.inf, numpy.nan],
]


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "complex128"])
@pytest.mark.parametrize("name", ["min", "max", "argmin", "argmax", "sum", "mean", "std",
                                  "prod", "all", "any", "cumsum"])
def test_nan(name: str, dtype: str) -> None:
    for values in NAN_CASES:
        a = numpy.array(values, dtype=dtype)
        check(name, a)
        check(name, numpy.stack([a, a[::-1]]), axis=1)


@pytest.mark.parametrize("name", ["min", "max", "argmin", "argmax"])
def test_complex_lexicographic(name: str) -> None:
    a = numpy.array([1 + 1j, 1 + 3j, 0 + 9j, 1 + 3j, -2 + 0j, 1 - 5j])
    check(name, a)
    check(name, a.reshape(2, 3), axis=0)
    check(name, a.reshape(2, 3), axis=1)
    b = numpy.array([1 + 1j, complex(1, numpy.nan), complex(numpy.nan, 2), 5 + 0j])
    check(name, b)


def test_ties_first_index() -> None:
    a = numpy.array([[3, 1, 3, 1], [0, 0, 2, 2]], numpy.uint64)
    for name in ["argmin", "argmax"]:
        for axis in [None, 0, 1]:
            check(name, a, axis=axis)
            check(name, a.astype(bool), axis=axis)


@pytest.mark.parametrize("name", ["min", "max", "amin", "amax"])
def test_empty_min_max_raise(name: str) -> None:
    op = "minimum" if "min" in name else "maximum"
    msg = f"zero-size array to reduction operation {op} which has no identity"
    for shape, axis in [((0,), None), ((2, 0), 1), ((0, 3), None), ((0, 3), 0)]:
        with pytest.raises(ValueError, match=msg):
            getattr(numpy, name)(numpy.zeros(shape), axis=axis)
        with pytest.raises(ValueError, match=msg):
            getattr(tnp, name)(tnp.zeros(shape), axis=axis)
    check(name, numpy.zeros((2, 0)), axis=0)  # nothing reduced over an empty axis: fine


@pytest.mark.parametrize("name", ["argmin", "argmax"])
def test_empty_arg_raise(name: str) -> None:
    with pytest.raises(ValueError, match=f"attempt to get {name} of an empty sequence"):
        getattr(tnp, name)(tnp.zeros(0))
    with pytest.raises(ValueError, match=f"attempt to get {name} of an empty sequence"):
        getattr(tnp, name)(tnp.zeros((2, 0)), axis=1)


def test_empty_sum_prod_mean() -> None:
    for dtype in ["bool", "int8", "float32", "complex128"]:
        check("sum", numpy.zeros(0, dtype))
        check("prod", numpy.zeros(0, dtype))
    with pytest.warns(RuntimeWarning):
        r = tnp.mean(tnp.zeros(0))
    assert_same(r, numpy.float64("nan"))
    with pytest.warns(RuntimeWarning):
        r = tnp.mean(tnp.zeros((2, 0)), axis=1)
    assert_same(r, numpy.array([numpy.nan, numpy.nan]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert_same(tnp.mean(tnp.zeros((2, 0)), axis=0), numpy.zeros(0))


@pytest.mark.parametrize("name", ["var", "std"])
def test_ddof_correction(name: str) -> None:
    a = data((3, 4), "float64", seed=2)
    for ddof in [0, 1, 2, 1.5]:
        check(name, a, ddof=ddof)
        check(name, a, axis=0, ddof=ddof)
        check(name, a, axis=1, correction=ddof)
    check(name, a, ddof=1, correction=1)  # ValueError
    check(name, a, ddof=0, correction=1)
    with pytest.warns(RuntimeWarning, match="Degrees of freedom"):
        r = getattr(tnp, name)(tnp.asarray([1.0, 2.0]), ddof=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert_same(r, getattr(numpy, name)(numpy.array([1.0, 2.0]), ddof=2))
        check(name, numpy.array([1.0]), ddof=1)  # 0/0 -> nan
        check(name, numpy.array([1.0, 2.0]), ddof=5)


@pytest.mark.parametrize("name", ["var", "std"])
def test_mean_keyword(name: str) -> None:
    a = data((3, 4), "float64", seed=4)
    check(name, a, mean=numpy.array(0.5))
    check(name, a, axis=1, keepdims=True, mean=a.mean(axis=1, keepdims=True))
    check(name, a, axis=0, mean=numpy.zeros((1, 4)))


def test_bad_axis_types() -> None:
    a = numpy.ones((2, 3))
    for name in ["sum", "mean", "max", "argmax", "cumsum", "all"]:
        check(name, a, axis=1.0)  # TypeError
        check(name, a, axis=5)  # AxisError
    check("sum", a, axis=(0, 0))  # ValueError: duplicate value
    check("sum", a, axis=(0, -2))


def test_methods_reach_kernels() -> None:
    a = data((2, 3), "int16", seed=9)
    t = tnp.asarray(a)
    assert_same(t.sum(axis=0), a.sum(axis=0))
    assert_same(t.mean(), a.mean())
    assert_same(t.max(axis=1, keepdims=True), a.max(axis=1, keepdims=True))
    assert_same(t.argmin(), a.argmin())
    assert_same(t.cumsum(axis=1), a.cumsum(axis=1))
    assert_same(t.std(ddof=1), a.std(ddof=1))
    assert_same(t.any(axis=0), a.any(axis=0))


def test_input_not_modified_and_fresh() -> None:
    t = tnp.asarray([[1.0, 2.0], [3.0, 4.0]])
    r = tnp.sum(t, axis=())
    assert r is not t
    r[0, 0] = 100.0
    assert float(t[0, 0]) == 1.0
    r2 = tnp.max(t, axis=())
    r2[0, 0] = 100.0
    assert float(t[0, 0]) == 1.0


@pytest.mark.parametrize("name", ["sum", "prod", "mean", "std", "var", "min", "max", "amin",
                                  "amax", "argmin", "argmax", "cumsum", "all", "any"])
def test_signature_matches_numpy(name: str) -> None:
    """Parameter names, kinds and defaults are NumPy 2's."""

    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


# ---------------------------------------------------------------- count_nonzero, cumprod,
# cumulative_sum / cumulative_prod, ptp


@pytest.mark.parametrize("dtype", DTYPES)
def test_count_nonzero(dtype: str) -> None:
    for shape in SHAPES:
        a = data(shape, dtype, seed=1)
        check("count_nonzero", a)
        for axis in axes_for(shape):
            for keepdims in (False, True):
                check("count_nonzero", a, axis=axis, keepdims=keepdims)
    check("count_nonzero", numpy.ones((2, 3)), axis=2)  # AxisError


@pytest.mark.parametrize("dtype", DTYPES)
def test_cumprod(dtype: str) -> None:
    tol = (5e-2, 5e-2) if dtype == "float16" else TOL.get(dtype)
    for shape in [(), (0,), (5,), (2, 0, 3), (2, 3, 2)]:
        a = data(shape, dtype, ints=(-2, 3), uints=(0, 3))
        for axis in [None, 0, -1, 2, 3]:
            check("cumprod", a, axis=axis, tol=tol)
    a = data((2, 3), dtype, ints=(-2, 3), uints=(0, 3))
    for dt in ["int64", "float32", "complex128"]:
        if dtype.startswith("complex") and dt != "complex128":
            continue
        check("cumprod", a, axis=1, dtype=dt, tol=TOL.get(dt))


@pytest.mark.parametrize("name", ["cumulative_sum", "cumulative_prod"])
@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "uint32", "int64", "float16",
                                   "float32", "float64", "complex128"])
def test_cumulative(name: str, dtype: str) -> None:
    tol = (5e-2, 5e-2) if dtype == "float16" else TOL.get(dtype)
    for shape in [(), (0,), (4,)]:
        a = data(shape, dtype, ints=(-2, 3), uints=(0, 3))
        for inc in (False, True):
            check(name, a, include_initial=inc, tol=tol)
            check(name, a, axis=0, include_initial=inc, tol=tol)
    a = data((2, 0, 3), dtype, ints=(-2, 3), uints=(0, 3))
    b = data((2, 3, 2), dtype, ints=(-2, 3), uints=(0, 3))
    for x in (a, b):
        for axis in [0, 1, -1]:
            for inc in (False, True):
                check(name, x, axis=axis, include_initial=inc, tol=tol)
        check(name, x)  # ValueError: axis required
        check(name, x, axis=3)  # AxisError
    check(name, b, axis=1, dtype="float64", tol=TOL.get("float64"))


@pytest.mark.parametrize("dtype", DTYPES)
def test_ptp(dtype: str) -> None:
    for shape in SHAPES:
        a = data(shape, dtype, seed=4)
        for axis in axes_for(shape):
            for keepdims in (False, True):
                check("ptp", a, axis=axis, keepdims=keepdims)
        check("ptp", a)
    check("ptp", numpy.array([numpy.nan, 1.0]))


@pytest.mark.parametrize("name", ["count_nonzero", "cumprod", "cumulative_sum",
                                  "cumulative_prod", "ptp"])
def test_new_signatures(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


def test_new_out() -> None:
    a = data((3, 4), "int32", seed=2)
    out = tnp.zeros(12)
    assert tnp.cumprod(tnp.asarray(a), out=out) is out
    assert_same(out, numpy.cumprod(a, out=numpy.zeros(12)))
    out = tnp.zeros(4, "int64")
    assert tnp.ptp(tnp.asarray(a), axis=0, out=out) is out
    assert_same(out, numpy.ptp(a, axis=0).astype("int64"))
