"""Differential tests of the creation kernels against NumPy 2."""

from __future__ import annotations

import inspect
import warnings
from typing import Any

import numpy
import pytest
from compare import assert_same, check, expected_type

import tnp_core as tnp
import tnp_core.exceptions as tnp_exc

DTYPES = [
    "bool", "int8", "uint8", "int16", "int32", "int64", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]


# ---------------------------------------------------------------- array / asarray


@pytest.mark.parametrize("dtype", [None, *DTYPES])
def test_array_asarray_dtype(dtype: str | None) -> None:
    src = [[1, 0, 3], [4, 5, 6]]
    check("array", src, dtype=dtype)
    check("asarray", src, dtype=dtype)
    check("array", numpy.array(src, numpy.int16), dtype=dtype)
    if dtype is None or dtype[0] in "fcb":  # float -> int of negative values is C-defined
        check("asarray", numpy.array([1.5, -2.0, 0.0]), dtype=dtype)


@pytest.mark.parametrize("ndmin", [0, 1, 2, 4])
def test_array_ndmin_ndmax(ndmin: int) -> None:
    for src in [5, [1, 2], [[1, 2]], numpy.zeros((0, 2))]:
        check("array", src, ndmin=ndmin)
    check("array", [[1, 2]], ndmax=1)  # ValueError
    check("array", [[1, 2]], ndmax=2)
    check("array", [1, 2], order="X")  # ValueError
    check("array", [1, 2], order="F")


def test_array_copy_semantics() -> None:
    ta = tnp.asarray([1, 2, 3])
    assert tnp.asarray(ta) is ta
    assert tnp.array(ta, copy=False) is ta
    assert tnp.array(ta, copy=None) is ta
    c = tnp.array(ta)
    assert c is not ta
    c[0] = 10
    assert int(ta[0]) == 1
    c2 = tnp.asarray(ta, copy=True)
    c2[0] = 10
    assert int(ta[0]) == 1
    with pytest.raises(ValueError, match="Unable to avoid copy"):
        tnp.asarray(ta, dtype=tnp.int8, copy=False)
    with pytest.raises(ValueError, match="Unable to avoid copy"):
        tnp.array(ta, dtype=tnp.float64, copy=False)
    assert tnp.asarray(ta, dtype=tnp.int64, copy=False) is ta
    cast = tnp.asarray(ta, dtype=tnp.float32)
    assert_same(cast, numpy.array([1, 2, 3], numpy.float32))
    v = tnp.array(ta, ndmin=2, copy=None)
    assert v.shape == (1, 3)
    v[0, 0] = 7  # NumPy: a view of the input
    assert int(ta[0]) == 7


def test_complex_to_real_creation_warns() -> None:
    z = numpy.array([1 + 2j, -3j])
    for name in ["array", "asarray"]:
        with pytest.warns(numpy.exceptions.ComplexWarning):
            want = getattr(numpy, name)(z, dtype=numpy.float64)
        with pytest.warns(tnp_exc.ComplexWarning):
            got = getattr(tnp, name)(tnp.asarray(z), dtype=tnp.float64)
        assert_same(got, want)
    with pytest.warns(tnp_exc.ComplexWarning):
        got = tnp.full(3, 1 + 2j, dtype=tnp.float64)
    assert_same(got, numpy.full(3, 1.0))


# ---------------------------------------------------------------- zeros / ones / empty / full


SHAPES: list[Any] = [(), 0, 3, (2, 3), (0, 4), [2, 1, 3], (2, -1), -1, numpy.int64(2), (2.0,)]


@pytest.mark.parametrize("name", ["zeros", "ones", "empty"])
@pytest.mark.parametrize("dtype", [None, *DTYPES])
def test_zeros_ones_empty(name: str, dtype: str | None) -> None:
    for shape in SHAPES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                want = getattr(numpy, name)(shape, dtype=dtype)
            except Exception as e:  # noqa: BLE001
                with pytest.raises(expected_type(e)):
                    getattr(tnp, name)(shape, dtype=dtype)
                continue
        got = getattr(tnp, name)(shape, dtype=dtype)
        if name == "empty":  # values are undefined: compare kind, dtype and shape
            assert got.shape == want.shape and got.dtype.name == want.dtype.name
            assert isinstance(got, tnp.ndarray)
        else:
            assert_same(got, want)


@pytest.mark.parametrize("name", ["zeros", "ones", "empty", "full", "eye"])
def test_order_validation(name: str) -> None:
    args: tuple[Any, ...] = (3, 1) if name == "full" else (3,)
    for order in ["C", "F", "K", "A", "X"]:
        e = None
        try:
            getattr(numpy, name)(*args, order=order)
        except ValueError as err:
            e = err
        if e is None:
            getattr(tnp, name)(*args, order=order)
        else:
            with pytest.raises(ValueError):
                getattr(tnp, name)(*args, order=order)


FILLS: list[Any] = [2, 2.5, True, -1, 300, 2**63, 1 + 2j, numpy.float32(1.5), numpy.int8(3),
                    numpy.nan, [1, 2, 3], [1, 2], [[1.5], [2.5]]]


@pytest.mark.parametrize("dtype", [None, "bool", "int8", "uint8", "int64", "uint16", "uint64",
                                   "float16", "float32", "float64", "complex128"])
def test_full(dtype: str | None) -> None:
    for fill in FILLS:
        if dtype is not None and dtype[0] in "iub" and isinstance(fill, float) and numpy.isnan(
            fill
        ):
            continue  # nan -> int is platform-defined
        if isinstance(fill, complex) and dtype is not None and dtype[0] != "c":
            continue  # ComplexWarning: tested separately
        check("full", (2, 3), fill, dtype=dtype)
        check("full", 3, fill, dtype=dtype)
    check("full", -1, 2)  # ValueError: negative dimensions
    check("full", (2, 2), numpy.array([1, 2], numpy.int8))


@pytest.mark.parametrize("name", ["zeros_like", "ones_like", "empty_like", "full_like"])
@pytest.mark.parametrize("src", ["int8", "float32", "complex128", "bool", "uint16"])
def test_like(name: str, src: str) -> None:
    a = numpy.arange(6).reshape(2, 3).astype(src)
    extra: tuple[Any, ...] = (7,) if name == "full_like" else ()
    for kwargs in [{}, {"dtype": "float64"}, {"dtype": "uint64"}, {"shape": 4},
                   {"shape": (1, 2), "dtype": "int16"}, {"shape": ()}, {"shape": (2, -1)},
                   {"order": "X"}, {"order": "C"}]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                want = getattr(numpy, name)(a, *extra, **kwargs)
            except Exception as e:  # noqa: BLE001
                with pytest.raises(expected_type(e)):
                    getattr(tnp, name)(tnp.asarray(a), *extra, **kwargs)
                continue
        got = getattr(tnp, name)(tnp.asarray(a), *extra, **kwargs)
        if name == "empty_like":
            assert got.shape == want.shape and got.dtype.name == want.dtype.name
        else:
            assert_same(got, want)
    if name == "full_like":
        check("full_like", numpy.ones(3, numpy.int8), 2.7)
        check("full_like", numpy.ones(3, numpy.int8), 300)  # OverflowError
        check("full_like", numpy.ones((2, 3)), [1, 2, 3])
    else:
        check(name if name != "empty_like" else "zeros_like", [1, 2, 3])


# ---------------------------------------------------------------- arange


ARANGE_ARGS: list[tuple[Any, ...]] = [
    (5,), (0,), (-3,), (2, 8), (8, 2), (2, 8, 3), (8, 2, -3), (10, 0, -3), (0, 1, 0.1),
    (1, 0, -0.3), (1, 2, 0.1), (-3, 3, 0.5), (0.5, 3), (3.0,), (0, 10, 2.5), (1e20, 1e20 + 3),
    (0, 5, 0), (True,), (2**62, 2**62 + 3), (0.0, 3.0, None), (3, None), (numpy.int8(3),),
    (numpy.float32(3),), (0, numpy.float32(1.5), numpy.float64(0.25)), (1 + 1j,),
    (0, 3j, 1), (0, numpy.inf), (0, numpy.nan), (-2.5, -0.5, 0.25),
]


@pytest.mark.parametrize("args", ARANGE_ARGS, ids=str)
@pytest.mark.parametrize("dtype", [None, "int8", "uint8", "int64", "uint16", "float16",
                                   "float32", "float64", "bool", "complex128"])
def test_arange(args: tuple[Any, ...], dtype: str | None) -> None:
    if dtype is not None and dtype[0] in "iub" and any(isinstance(v, complex) for v in args):
        return  # complex -> integer: ComplexWarning path, not compared
    check("arange", *args, dtype=dtype)


def test_arange_errors() -> None:
    with pytest.raises(ZeroDivisionError):
        tnp.arange(0, 5, 0)
    with pytest.raises(ValueError, match="cannot compute length"):
        tnp.arange(0, float("nan"))
    with pytest.raises(TypeError, match="booleans"):
        tnp.arange(3, dtype=bool)
    check("arange", -1.5, 2.5, dtype="uint8")  # OverflowError


# ---------------------------------------------------------------- linspace


LINSPACE_CASES: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((0, 1), {}), ((0, 10, 5), {}), ((0, 1, 0), {}), ((0, 1, 1), {}), ((0, 1, 2), {}),
    ((-10, 0, 4), {"dtype": "int64"}), ((0, 10, 5), {"dtype": "int64"}),
    ((0, 1, 5), {"dtype": "int8"}), ((0, 10, 4), {"dtype": "uint8"}),
    ((0, 1, 3), {"dtype": "float32"}), ((0, 1, 3), {"dtype": "bool"}),
    ((0, 1, 3), {"endpoint": False, "dtype": "float16"}),
    ((0, 1, 5), {"endpoint": False, "retstep": True}), ((0, 1, 1), {"retstep": True}),
    ((0, 1, 0), {"retstep": True}), ((5, 5, 3), {"retstep": True}),
    ((0, 5, 3), {"retstep": True, "dtype": "int64"}),
    (([0, 1], [2, 3], 3), {"axis": 1}), (([0, 1], [2, 3], 3), {"axis": -1}),
    (([0, 1], 3, 3), {"retstep": True}), (([0, 1], [[2], [3]], 3), {}),
    (([0, 1], [[2], [3]], 3), {"axis": 2}), (([1.0, 1.0], 1, 3), {"retstep": True}),
    (([0, 1], 1, 1), {"retstep": True}), ((0, 1, 3), {"axis": 1}),
    ((numpy.float32(0), 1, 3), {}), ((numpy.int8(0), numpy.int8(10), 3), {}),
    ((0, 1 + 1j, 3), {}), ((0, 1, -1), {}), ((0, 1, 2.5), {}), ((0, 1, numpy.int64(3)), {}),
    ((numpy.array([0, 1], numpy.float32), 2.0, 4), {}),
    ((numpy.float16(0), numpy.float16(1), 7), {}), ((-1e300, 1e300, 5), {}),
]


@pytest.mark.parametrize(("args", "kwargs"), LINSPACE_CASES, ids=str)
def test_linspace(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    check("linspace", *args, **kwargs)


# ---------------------------------------------------------------- eye


@pytest.mark.parametrize("dtype", [None, float, int, bool, "int8", "uint16", "uint64",
                                   "float16", "float32", "complex128"])
def test_eye(dtype: Any) -> None:
    for args, kw in [((3,), {}), ((2, 3), {}), ((3, 2), {"k": 1}), ((3,), {"k": -1}),
                     ((3,), {"k": 5}), ((3,), {"k": -5}), ((4, 2), {"k": -3}), ((0,), {}),
                     ((-1,), {}), ((2, 0), {}), ((numpy.int64(2),), {"k": numpy.int64(1)}),
                     ((2.5,), {})]:
        check("eye", *args, dtype=dtype, **kw)
    assert_same(tnp.eye(2), numpy.eye(2))  # default dtype=float


@pytest.mark.parametrize("name", ["array", "asarray", "zeros", "ones", "empty", "full",
                                  "zeros_like", "ones_like", "empty_like", "full_like",
                                  "arange", "linspace", "eye"])
def test_signature_matches_numpy(name: str) -> None:
    """Parameter names, kinds and defaults are NumPy 2's."""

    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


# ---------------------------------------------------------------- conversions


@pytest.mark.parametrize("dtype", [None, "int8", "uint32", "float16", "float64", "complex64"])
def test_asanyarray_chkfinite(dtype: str | None) -> None:
    src = numpy.array([[1, 0, 3], [4, 5, 6]], numpy.int16)
    check("asanyarray", src, dtype=dtype)
    check("asarray_chkfinite", src, dtype=dtype)
    check("asarray_chkfinite", [1.0, 2.5], dtype=dtype)
    check("asarray_chkfinite", [1.0, numpy.nan])  # ValueError
    check("asarray_chkfinite", [1.0, -numpy.inf], dtype="float32")  # ValueError
    check("asarray_chkfinite", [1 + 1j, complex(0, numpy.inf)])  # ValueError
    check("asarray_chkfinite", [1, 2], order="X")  # ValueError
    ta = tnp.asarray([1.0, 2.0])
    assert tnp.asanyarray(ta) is ta
    assert tnp.asarray_chkfinite(ta) is ta
    with pytest.raises(ValueError, match="infs or NaNs"):
        tnp.asarray_chkfinite(tnp.asarray([numpy.inf]))


def test_contiguous_fortran_copy() -> None:
    a = numpy.arange(24, dtype=numpy.float32).reshape(2, 3, 4)
    for name in ["ascontiguousarray", "asfortranarray"]:
        for src in [a, a.transpose(2, 0, 1), 5, [1, 2], numpy.zeros((0, 3))]:
            check(name, src)
            check(name, src, dtype="int16")
    ta = tnp.asarray(a)
    assert tnp.ascontiguousarray(ta) is ta
    f = tnp.asfortranarray(ta)
    assert f.flags.f_contiguous and not f.flags.c_contiguous
    g = tnp.asfortranarray(f)  # no copy: writes reach f
    g[0, 0, 0] = 42
    assert float(f[0, 0, 0]) == 42
    assert tnp.ascontiguousarray(f).flags.c_contiguous
    for order in ["K", "A", "C", "F", "X"]:
        for src in [a, a.T, numpy.asfortranarray(a), [1, 2]]:
            check("copy", src, order=order)
    c = tnp.copy(ta)
    c[0, 0, 0] = 100
    assert float(ta[0, 0, 0]) == 0.0
    assert tnp.copy(ta, order="F").flags.f_contiguous
    assert tnp.copy(tnp.asfortranarray(ta), order="A").flags.f_contiguous
    assert tnp.copy(tnp.asfortranarray(ta), order="K").flags.f_contiguous


def test_require() -> None:
    a = numpy.ones((2, 3)).T
    for req in [None, "C", "F", ["C", "W"], "CAWOE", ["F_CONTIGUOUS", "OWNDATA"], "c", "A",
                "E", ["C", "F"], "X", "aligned", ["ALIGNED", "ENSUREARRAY"]]:
        check("require", a, requirements=req)
        check("require", [1, 2], "float32", req)
    ta = tnp.asarray(numpy.ones((2, 3)))
    assert tnp.require(ta, requirements="C") is ta
    assert tnp.require(ta.T, requirements="C").flags.c_contiguous
    assert tnp.require(ta.T, requirements="F").flags.f_contiguous
    v = ta[0]
    o = tnp.require(v, requirements="O")
    o[0] = 5
    assert float(ta[0, 0]) == 1.0


def test_from_dlpack() -> None:
    import torch

    n = numpy.arange(6.0).reshape(2, 3)
    r = tnp.from_dlpack(n)
    assert_same(r, numpy.from_dlpack(n))
    n[0, 0] = 9  # shares memory with the NumPy array
    assert float(r[0, 0]) == 9.0
    t = torch.arange(4, dtype=torch.int16)
    r = tnp.from_dlpack(t)
    assert_same(r, numpy.arange(4, dtype=numpy.int16))
    t[0] = 7
    assert int(r[0]) == 7
    ta = tnp.asarray([1, 2, 3], dtype=tnp.uint8)
    r = tnp.from_dlpack(ta)
    ta[0] = 5
    assert int(r[0]) == 5
    c = tnp.from_dlpack(ta, copy=True)
    ta[0] = 6
    assert int(c[0]) == 5
    assert_same(tnp.from_dlpack(ta, device="cpu"), numpy.array([6, 2, 3], numpy.uint8))
    with pytest.raises(AttributeError):
        tnp.from_dlpack([1, 2])
    with pytest.raises(AttributeError):
        numpy.from_dlpack([1, 2])


# ---------------------------------------------------------------- identity / vander


@pytest.mark.parametrize("dtype", [None, int, bool, "int8", "uint64", "float16", "complex64"])
def test_identity(dtype: Any) -> None:
    for n in [0, 1, 3, numpy.int64(2), -1, 2.5]:
        check("identity", n, dtype=dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_vander(dtype: str) -> None:
    x = numpy.array([1, 2, 0, 3], dtype) if dtype != "bool" else numpy.array([True, False])
    for n in [None, 0, 1, 3, 6]:
        for inc in [False, True]:
            check("vander", x, n, inc)
    check("vander", x, -1)  # ValueError
    check("vander", x.reshape(-1, 1))  # ValueError
    check("vander", numpy.array([], dtype))
    check("vander", [1.5, -2.0], 4)
    check("vander", [1 + 1j, 2j], 3)


# ---------------------------------------------------------------- logspace / geomspace


LOGSPACE_CASES: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((0, 2, 3), {}), ((0, 2, 3), {"base": 2}), ((0, 2, 3), {"base": 2.5}),
    ((numpy.float32(0), 2, 3), {}), ((numpy.array([0, 1], numpy.float32), 2, 3), {}),
    ((0, 2, 3), {"dtype": "int64"}), ((0, 2, 3), {"dtype": "float32"}),
    ((0, [1, 2], 3), {"axis": 1}), ((0, 2, 3), {"base": [2, 3]}),
    ((0, 2, 3), {"base": [2, 3], "axis": 1}), ((0, 2, 3), {"base": [2, 3], "axis": -1}),
    ((0, 1, 4), {"endpoint": False}), ((0, 1, 0), {}), ((0, 1, 1), {}), ((1j, 2, 3), {}),
    (([0, 1], [[2], [3]], 3), {"axis": 2}), ((-1, 1, 5), {"base": numpy.float32(2)}),
    ((0, 2, 3), {"base": numpy.array([2, 3], numpy.float32)}), ((0, 3, 4), {"base": -2.0}),
    ((0, 2, 5), {"dtype": "float16"}), ((0, 2, 3), {"dtype": "complex128"}),
]


@pytest.mark.parametrize(("args", "kwargs"), LOGSPACE_CASES, ids=str)
def test_logspace(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    check("logspace", *args, tol=(1e-6, 0) if kwargs.get("dtype") != "float16" else None,
          **kwargs)


GEOMSPACE_CASES: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((1, 1000, 4), {}), ((-1, -1000, 4), {}), ((0, 10), {}), ((1, 0), {}),
    ((1j, 1000j, 4), {}), ((-1 + 0j, 1 + 0j, 3), {}), ((1, 8, 4), {"dtype": "float32"}),
    ((numpy.float32(1), 8, 4), {}), ((numpy.array([1, 2], numpy.float32), 16, 4), {}),
    (([1, 2], [8, 16], 4), {"axis": 1}), (([1, 2], [8, 16], 4), {"axis": -1}),
    ((1, 8, 4), {"endpoint": False}), ((1, 8, 0), {}), ((1, 8, 1), {}), ((-1, 8, 3), {}),
    ((2, 2, 3), {}), ((1, 256, 9), {"dtype": "complex64"}), ((3, -24, 4), {}),
    ((1, 8, 4), {"axis": 2}), ((numpy.array([[1], [2]]), [8, 16], 3), {"axis": 1}),
]


@pytest.mark.parametrize(("args", "kwargs"), GEOMSPACE_CASES, ids=str)
def test_geomspace(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    check("geomspace", *args, tol=(1e-6, 1e-12), **kwargs)


def test_geomspace_ends_exact_and_int() -> None:
    r = tnp.geomspace(3.0, 7.0, 5)
    assert float(r[0]) == 3.0 and float(r[-1]) == 7.0
    check("geomspace", 1, 1024, 11, dtype="int64")
    check("geomspace", 1, 1000, 4, dtype="int32")


# ---------------------------------------------------------------- meshgrid / fromfunction


def test_meshgrid() -> None:
    x, y, z = numpy.arange(3), numpy.linspace(0, 1, 4), numpy.array([1, 2], numpy.int8)
    for args in [(x,), (x, y), (x, y, z), (), ([[1, 2]], [3, 4, 5])]:
        for indexing in ["xy", "ij"]:
            for sparse in [False, True]:
                for cp in [True, False]:
                    if sparse and not cp:  # NumPy returns a list here
                        want = numpy.meshgrid(*args, indexing=indexing, sparse=True, copy=False)
                        got = tnp.meshgrid(*[tnp.asarray(a) for a in args], indexing=indexing,
                                           sparse=True, copy=False)
                        assert isinstance(got, list) and len(got) == len(want)
                        for g, w in zip(got, want):
                            assert_same(g, w)
                        continue
                    check("meshgrid", *args, indexing=indexing, sparse=sparse, copy=cp)
    check("meshgrid", x, indexing="x")  # ValueError
    tx = tnp.asarray(x)
    gx, gy = tnp.meshgrid(tx, tnp.asarray(y))
    gx[0, 0] = 100  # copy=True: writable, independent copies
    assert int(tx[0]) == 0


def test_fromfunction() -> None:
    def f(i: Any, j: Any) -> Any:
        return i * 10 + j

    for dtype in [float, int, "float32", "int8"]:
        want = numpy.fromfunction(f, (2, 3), dtype=dtype)
        assert_same(tnp.fromfunction(f, (2, 3), dtype=dtype), want)
    assert_same(tnp.fromfunction(f, (0, 3)), numpy.fromfunction(f, (0, 3)))
    assert tnp.fromfunction(lambda i: 1, (2,)) == 1
    got = tnp.fromfunction(lambda i, j, k=0: i + k, (2, 2), k=5)
    assert_same(got, numpy.fromfunction(lambda i, j, k=0: i + k, (2, 2), k=5))
    seen: list[Any] = []
    tnp.fromfunction(lambda i: seen.append(type(i)), (3,))
    assert seen == [tnp.ndarray]


@pytest.mark.parametrize("name", ["asanyarray", "asarray_chkfinite", "ascontiguousarray",
                                  "asfortranarray", "copy", "require", "from_dlpack",
                                  "identity", "vander", "logspace", "geomspace", "meshgrid",
                                  "fromfunction"])
def test_new_signatures_match_numpy(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


def test_arange_of_arrays_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError):
        numpy.arange(numpy.ones((2, 3)), numpy.ones((4, 5)))
    with pytest.raises(ValueError, match="must be scalars"):
        tnp.arange(tnp.ones((2, 3)), tnp.ones((4, 5)))
    assert_same(tnp.arange(tnp.asarray(3)), numpy.arange(numpy.asarray(3)))


LAYOUTS = {
    "C": lambda: numpy.arange(12.0).reshape(3, 4),
    "F": lambda: numpy.arange(12.0).reshape(3, 4).T,
    "3d-permuted": lambda: numpy.arange(24.0).reshape(2, 3, 4).transpose(1, 0, 2),
    "strided": lambda: numpy.arange(12.0).reshape(3, 4)[:, ::2],
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("order", ["C", "F", "A", "K"])
@pytest.mark.parametrize("name", ["array", "asarray", "asanyarray", "asarray_chkfinite",
                                  "zeros_like", "ones_like", "empty_like", "full_like"])
def test_memory_order_of_results_matches_numpy(name: str, order: str, layout: str) -> None:
    n = LAYOUTS[layout]()
    extra = (1.5,) if name == "full_like" else ()
    want = getattr(numpy, name)(n, *extra, order=order)
    got = getattr(tnp, name)(tnp.asarray(n), *extra, order=order)
    assert got.strides == want.strides
    if name != "empty_like":
        assert_same(got, want)


def test_layout_change_with_copy_false_is_refused() -> None:
    f = numpy.arange(6.0).reshape(2, 3).T
    with pytest.raises(ValueError):
        numpy.asarray(f, order="C", copy=False)
    with pytest.raises(ValueError):
        tnp.asarray(tnp.asarray(f), order="C", copy=False)


_LONG = 40  # lists this long take to_tensor_as's vectorized integer path


@pytest.mark.parametrize("dtype", ["int8", "uint8", "int32", "int64", "uint64", "bool"])
@pytest.mark.parametrize("values", [
    [300] * _LONG, [1, 2, 300] + [0] * _LONG, [-1] * _LONG, [2**63] * _LONG, [2**64] * _LONG,
    [True, False] * _LONG, list(range(_LONG)), [1.5] * _LONG, [1, 2.5] * _LONG, [1 + 0j] * _LONG,
    [[1, -2]] * _LONG, [1, 2, 3], [-128, 127] * _LONG,
], ids=lambda v: repr(v[:3]))
def test_array_of_python_ints_with_dtype(values: list, dtype: str) -> None:
    """Python integers must fit the dtype (OverflowError names the first that does not),
    short and long lists alike; the result is exact, also in uint64."""
    check("array", values, dtype=dtype)
