"""emath, dtypes, typing, exceptions and lib.stride_tricks against NumPy 2."""

from __future__ import annotations

import typing
from typing import Any

import numpy as np
import pytest
from compare import assert_same, expected_type

import tnp_core as tnp

EMATH_CASES: list[tuple[str, tuple[Any, ...]]] = [
    ("sqrt", (-1,)), ("sqrt", (4,)), ("sqrt", ([-4.0, 4.0],)), ("sqrt", (np.float32(-1),)),
    ("sqrt", (np.array([-1, 1], dtype=np.int16),)), ("sqrt", (np.array([-1, 1]),)),
    ("sqrt", (np.array([-1 + 0j, 4]),)), ("sqrt", (np.array([-1, 2], dtype=np.float16),)),
    ("log", ([-1.0, np.e],)), ("log", (np.array([1.0, 2.0], dtype=np.float32),)),
    ("log10", ([-10.0, 100.0],)), ("log2", ([-8.0, 8.0],)), ("logn", (2, [-8.0, 8.0])),
    ("logn", (-2, 8.0)), ("power", ([2.0, -2.0], 2)), ("power", (-8.0, 1 / 3)),
    ("power", ([2, 4], -2)), ("power", ([2, -4], [2, 3])),
    ("arccos", ([0.5, 2.0],)), ("arccos", ([0.5, -0.5],)), ("arcsin", ([2.0, -2.0],)),
    ("arctanh", ([0.5, 2.0],)), ("arctanh", (np.array([0.5, 2.0], dtype=np.float32),)),
]


@pytest.mark.parametrize(("name", "args"), EMATH_CASES, ids=[f"{n}{a}" for n, a in EMATH_CASES])
def test_emath_matches_numpy(name: str, args: tuple[Any, ...]) -> None:
    want = getattr(np.emath, name)(*args)
    got = getattr(tnp.emath, name)(*(tnp.asarray(a) if isinstance(a, np.ndarray) else a
                                     for a in args))
    assert_same(got, want, rtol=1e-6 if np.asarray(want).dtype.itemsize <= 8 else 1e-12,
                atol=1e-12)


def test_emath_names_match_manifest() -> None:
    for name in ("arccos", "arcsin", "arctanh", "log", "log10", "log2", "logn", "power",
                 "sqrt"):
        assert callable(getattr(tnp.emath, name))


DTYPE_CLASSES = [  # the in-scope classes of numpy.dtypes
    "BoolDType", "ByteDType", "Complex128DType", "Complex64DType", "Float16DType", "Float32DType",
    "Float64DType", "Int16DType", "Int32DType", "Int64DType", "Int8DType", "IntDType",
    "LongDType", "LongLongDType", "ShortDType", "UByteDType", "UInt16DType", "UInt32DType",
    "UInt64DType", "UInt8DType", "UIntDType", "ULongDType", "ULongLongDType", "UShortDType",
]


@pytest.mark.parametrize("name", DTYPE_CLASSES)
def test_dtype_classes_match_numpy(name: str) -> None:
    cls, ncls = getattr(tnp.dtypes, name), getattr(np.dtypes, name)
    assert cls().name == ncls().name
    assert isinstance(tnp.dtype(ncls().name), cls)
    assert issubclass(cls, tnp.dtype)


def test_type_of_a_dtype_is_its_class() -> None:
    assert type(tnp.dtype("float64")) is tnp.dtypes.Float64DType
    assert type(tnp.float32(1).dtype) is tnp.dtypes.Float32DType
    assert tnp.dtypes.Int8DType() is tnp.dtype("int8")
    assert tnp.dtype(tnp.dtype("u2")) == tnp.uint16


def test_typing_aliases() -> None:
    alias = tnp.typing.NDArray[tnp.float64]
    assert typing.get_origin(alias) is tnp.ndarray
    assert typing.get_args(alias)[1] == tnp.dtype[tnp.float64]

    def f(x: tnp.typing.ArrayLike, d: tnp.typing.DTypeLike = None) -> tnp.typing.NDArray[Any]:
        return tnp.asarray(x, dtype=d)

    assert f([1, 2]).shape == (2,)
    assert issubclass(type(tnp.typing.NBitBase), type)
    with pytest.raises(TypeError):
        type("Mine", (tnp.typing.NBitBase,), {})


@pytest.mark.parametrize("name", ["AxisError", "ComplexWarning", "DTypePromotionError",
                                  "ModuleDeprecationWarning", "RankWarning", "TooHardError",
                                  "VisibleDeprecationWarning"])
def test_exceptions_have_numpys_bases(name: str) -> None:
    ours, theirs = getattr(tnp.exceptions, name), getattr(np.exceptions, name)
    assert [c.__name__ for c in ours.__mro__[1:]] == [c.__name__ for c in theirs.__mro__[1:]]


# ---------------------------------------------------------------- stride tricks

@pytest.mark.parametrize(("shape", "window", "axis"), [
    ((10,), 3, None), ((4, 5), (2, 3), None), ((4, 5), 2, 0), ((4, 5), 3, -1),
    ((3, 4, 5), (2, 2), (0, 2)), ((6,), (2, 2), (0, 0)), ((5,), 5, None), ((5,), 0, None),
])
def test_sliding_window_view_matches_numpy(shape: tuple[int, ...], window: Any, axis: Any
                                           ) -> None:
    n = np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape)
    a = tnp.asarray(n)
    got = tnp.lib.stride_tricks.sliding_window_view(a, window, axis)
    want = np.lib.stride_tricks.sliding_window_view(n, window, axis)
    assert_same(got, want)
    assert got.strides == want.strides
    assert got.base is a and not got.flags.writeable


@pytest.mark.parametrize(("shape", "window", "axis"), [
    ((5,), 6, None), ((5,), -1, None), ((4, 5), 2, None), ((4, 5), (2, 2), 0), ((4,), 2, 3),
])
def test_sliding_window_view_errors_match_numpy(shape: tuple[int, ...], window: Any, axis: Any
                                                ) -> None:
    n = np.zeros(shape)
    with pytest.raises(Exception) as want:
        np.lib.stride_tricks.sliding_window_view(n, window, axis)
    with pytest.raises(expected_type(want.value)):
        tnp.lib.stride_tricks.sliding_window_view(tnp.asarray(n), window, axis)


def test_sliding_window_view_writeable_writes_through() -> None:
    a = tnp.zeros(5)
    v = tnp.lib.stride_tricks.sliding_window_view(a, 2, writeable=True)
    v[1, 1] = 7.0
    assert a[2] == 7.0


@pytest.mark.parametrize(("shape", "strides"), [
    ((3, 3), (16, 8)), ((2, 2), (0, 8)), ((4,), (16,)), (None, None), ((2, 5), (40, 8)),
])
def test_as_strided_matches_numpy(shape: Any, strides: Any) -> None:
    n = np.arange(10.0)
    a = tnp.asarray(n)
    got = tnp.lib.stride_tricks.as_strided(a, shape, strides)
    want = np.lib.stride_tricks.as_strided(n, shape, strides)
    assert_same(got, want)
    assert got.strides == want.strides and got.base is a


def test_as_strided_shares_memory_and_respects_writeable() -> None:
    a = tnp.arange(6.0)
    s = tnp.lib.stride_tricks.as_strided(a, (3,), (16,))
    s[1] = -1.0
    assert a[2] == -1.0
    r = tnp.lib.stride_tricks.as_strided(a, (3,), (16,), writeable=False)
    with pytest.raises(ValueError):
        r[0] = 1.0
    with pytest.raises(ValueError):
        tnp.lib.stride_tricks.as_strided(a, (3,), (12,))  # not a multiple of 8 bytes


def test_constants_match_numpy() -> None:
    assert tnp.euler_gamma == np.euler_gamma
    assert tnp.little_endian == np.little_endian
    assert tnp.newaxis is np.newaxis is None
    assert (tnp.pi, tnp.e, tnp.inf) == (np.pi, np.e, np.inf) and tnp.nan != tnp.nan
    assert type(tnp.arange(3).flat) is tnp.flatiter


def test_core_modules_resolve_as_attributes() -> None:
    for name in ("dtypes", "emath", "lib", "testing", "typing", "exceptions"):
        assert getattr(tnp, name).__name__ == f"tnp_core.{name}"
        assert name in dir(tnp)


def test_array_namespace_info_matches_numpy() -> None:
    ours, theirs = tnp.__array_namespace_info__(), np.__array_namespace_info__()
    assert ours.capabilities()["boolean indexing"] is True
    assert {k: str(v) for k, v in ours.default_dtypes().items()} == {
        k: str(v) for k, v in theirs.default_dtypes().items()}
    for kind in (None, "bool", "signed integer", "unsigned integer", "integral",
                 "real floating", "complex floating", "numeric", ("bool", "real floating")):
        got = {k: str(v) for k, v in ours.dtypes(kind=kind).items()}
        # NumPy returns the scalar type rather than the dtype for kind="bool": compare names
        want = {k: np.dtype(v).name for k, v in theirs.dtypes(kind=kind).items()}
        assert got == want, kind
    with pytest.raises(ValueError):
        ours.dtypes(kind="strings")
    assert ours.default_device() in ours.devices()
    assert tnp.arange(3).__array_namespace__() is tnp
