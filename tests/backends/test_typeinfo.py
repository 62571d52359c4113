"""Differential tests of the array and type predicates."""

from __future__ import annotations

import fractions
import inspect
from typing import Any

import compare
import numpy
import pytest
from compare import check, expected_type

import tnp_core as tnp


def same_plain(name: str, *args: Any, **kwargs: Any) -> None:
    """Compare a Python-object result (int, bool, tuple, str) or the exception type."""
    try:
        want = getattr(numpy, name)(*args, **kwargs)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(expected_type(e)):
            getattr(tnp, name)(*map(compare.to_tnp, args), **kwargs)
        return
    got = getattr(tnp, name)(*map(compare.to_tnp, args), **kwargs)
    assert type(got) is type(want), (type(got), type(want))
    assert got == want


SHAPES = [(), (0,), (4,), (2, 0, 3), (3, 4, 5)]


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_ndim_shape_size(shape: tuple[int, ...]) -> None:
    a = numpy.zeros(shape)
    same_plain("ndim", a)
    same_plain("shape", a)
    same_plain("size", a)
    for axis in [0, -1, 2, (), (0, -1)]:
        same_plain("size", a, axis=axis)
    same_plain("ndim", a.tolist())
    same_plain("shape", a.tolist())
    same_plain("size", a.tolist())


def test_python_inputs() -> None:
    for x in [5, 2.5, [[1], [2]], [], (1, 2, 3)]:
        same_plain("ndim", x)
        same_plain("shape", x)
        same_plain("size", x)
    same_plain("size", [[1, 2, 3]], axis=1)
    same_plain("size", [[1, 2, 3]], axis=-3)  # AxisError


def test_isscalar_iterable() -> None:
    values = [5, 2.5, 1j, True, "a", b"a", None, fractions.Fraction(1, 2), [1], (1,),
              numpy.float32(1), numpy.int8(3), numpy.array(1), numpy.array([1, 2])]
    for x in values:
        same_plain("isscalar", x)
        same_plain("iterable", x)
    assert tnp.isscalar(tnp.float64(1.5))
    assert tnp.isscalar(tnp.asarray([1, 2]).sum())
    assert not tnp.isscalar(tnp.asarray(1))
    assert not tnp.isscalar(tnp.asarray([1]))
    assert tnp.iterable(tnp.asarray([1]))
    assert not tnp.iterable(tnp.asarray(1))
    assert type(tnp.isscalar(5)) is bool and type(tnp.iterable(5)) is bool


def test_isfortran() -> None:
    f = numpy.ones((2, 3), order="F")
    for a in [f, numpy.ones((2, 3)), numpy.ones((1, 3), order="F"), numpy.ones(3),
              numpy.ones((2, 3)).T, numpy.ones((3, 4))[:, ::2], numpy.ones((0, 3), order="F"),
              numpy.ones((2, 3, 4)).transpose(2, 1, 0), numpy.ones((2, 3, 4)).transpose(1, 0, 2)]:
        t = tnp.asarray(a)
        if t.strides != a.strides:  # the conversion copied: lay the tnp array out alike
            t = tnp.asfortranarray(a) if a.flags.f_contiguous else t
        got = tnp.isfortran(t)
        assert type(got) is bool and got == numpy.isfortran(a), a.strides
    assert tnp.isfortran(tnp.ones((3, 4)).T)
    assert not tnp.isfortran(tnp.ones((3, 4)))
    assert tnp.isfortran(tnp.ones((2, 3, 4)).transpose(2, 1, 0))
    assert not tnp.isfortran(tnp.ones((2, 3, 4)).transpose(1, 0, 2))
    with pytest.raises(AttributeError):
        tnp.isfortran([1, 2])


COMMON = [
    ["int8"], ["float16"], ["float32"], ["float64"], ["complex64"], ["complex128"],
    ["int8", "float16"], ["float16", "float32"], ["float32", "complex64"],
    ["float16", "complex64"], ["uint64", "complex64"], ["float64", "complex64"], ["bool"],
    ["int32", "bool"], [],
]


@pytest.mark.parametrize("dtypes", COMMON, ids=str)
def test_common_type(dtypes: list[str]) -> None:
    arrays = [numpy.ones(2, d) for d in dtypes]
    try:
        want = numpy.common_type(*arrays)
    except TypeError:
        with pytest.raises(TypeError):
            tnp.common_type(*map(tnp.asarray, arrays))
        return
    got = tnp.common_type(*map(tnp.asarray, arrays))
    assert got is getattr(tnp, want.__name__)
    assert tnp.common_type(*arrays) is got  # NumPy arrays are accepted too


def test_common_type_errors() -> None:
    with pytest.raises(AttributeError):
        tnp.common_type([1, 2])
    assert tnp.common_type(tnp.float32(5)) is tnp.float32


def test_mintypecode() -> None:
    cases: list[Any] = [
        ["d", "f", "S"], "dF", ["F", "d"], [], ["f"], "fF", "?bh", ["g", "f"], "Gd",
    ]
    for c in cases:
        same_plain("mintypecode", c)
        same_plain("mintypecode", c, typeset="fF", default="x")
    assert tnp.mintypecode([tnp.ones(2, dtype="float32"), "F"]) == "F"
    assert tnp.mintypecode([tnp.ones(2)]) == "d"
    assert tnp.mintypecode([tnp.ones(2, dtype="int8")]) == "d"


SCALARS = [
    10, -10, -129, 255, 256, 65536, 2**32, 2**64 - 1, -(2**63), -(2**31) - 1, True,
    3.1, 1e5, 1e50, 64999.0, 65000.0, -65000.0, -64999.9, float("inf"), float("nan"), 3.4e38,
    3.39999e38, -3.4e38, 1 + 1j, 1e50 + 1j, complex(float("inf"), 0), complex(1, -3.39e38),
]
NP_SCALARS = [
    numpy.array(2), numpy.array(-300, numpy.int64), numpy.array(300, numpy.int16),
    numpy.array(5, numpy.int8), numpy.array(True), numpy.float32(1e30), numpy.float16(2),
    numpy.array(-0.0, numpy.float32), numpy.array(1e30 + 0j, numpy.complex64),
    numpy.array(70000.0), numpy.uint64(2**64 - 1), numpy.array(1e39 + 0j), numpy.array(2.5),
    numpy.array([1, 2]), numpy.array([1.0], numpy.float32), numpy.zeros((2, 0), numpy.uint16),
]


@pytest.mark.parametrize("x", SCALARS + NP_SCALARS, ids=repr)
def test_min_scalar_type(x: Any) -> None:
    want = numpy.min_scalar_type(x)
    got = tnp.min_scalar_type(compare.to_tnp(x))
    assert isinstance(got, tnp.dtype)
    assert got.name == want.name
    if isinstance(x, list):
        return
    assert tnp.min_scalar_type(x).name == want.name  # NumPy input accepted as is


def test_min_scalar_type_list() -> None:
    assert tnp.min_scalar_type([1, 2]) == tnp.int64
    assert tnp.min_scalar_type(tnp.float64(2.0)) == tnp.float16
    with pytest.raises((OverflowError, TypeError)):
        tnp.min_scalar_type(2**64)


VIEWS: list[Any] = [
    lambda a, b: (a, a), lambda a, b: (a[::2], a[1::2]), lambda a, b: (a[:5], a[5:]),
    lambda a, b: (a[:6], a[5:]), lambda a, b: (a[0:0], a), lambda a, b: (a[3], a),
    lambda a, b: (a[:3], a[::4]), lambda a, b: (a[1:4], a[::4]),
    lambda a, b: (b[:, ::2], b[:, 1::2]), lambda a, b: (b[0], b[:, 0]),
    lambda a, b: (b[1], b[:, 0]), lambda a, b: (b.T, b), lambda a, b: (b[::2], b[1::2, :]),
    lambda a, b: (b[::2, ::3], b[1::2, 1::3]), lambda a, b: (b[:, 2:4], b[:, 4]),
    lambda a, b: (a, b),
]


@pytest.mark.parametrize("i", range(len(VIEWS)))
def test_memory_predicates(i: int) -> None:
    nx, ny = VIEWS[i](numpy.zeros(10), numpy.zeros((4, 6)))
    tx, ty = VIEWS[i](tnp.zeros(10), tnp.zeros((4, 6)))
    want_may = numpy.may_share_memory(nx, ny)
    want_shares = numpy.shares_memory(nx, ny)
    assert tnp.may_share_memory(tx, ty) is want_may
    assert tnp.shares_memory(tx, ty) is want_shares
    assert tnp.may_share_memory(tx, ty, max_work=-1) is want_shares
    assert tnp.shares_memory(tx, ty, max_work=None) is want_shares


def test_memory_predicates_other_inputs() -> None:
    assert tnp.may_share_memory(tnp.zeros(3), [1, 2, 3]) is False
    assert tnp.shares_memory([1, 2], [1, 2]) is False
    assert tnp.shares_memory(tnp.zeros(3), tnp.zeros(3)) is False
    t = tnp.arange(12.0)
    assert tnp.shares_memory(t.view("int64")[3:4], t[3:5])
    assert not tnp.shares_memory(t.view("int64")[3:4], t[4:6])
    u8 = t.view("uint8")
    assert tnp.shares_memory(u8[8 * 3 + 7:8 * 3 + 8], t[3:4])  # a single byte inside element 3
    assert not tnp.shares_memory(u8[8 * 3 + 7:8 * 3 + 8], t[4:])
    assert tnp.shares_memory(u8[::9], t[1:2])  # byte 9 lies in element 1


NAMES = ["isscalar", "iterable", "ndim", "shape", "size", "common_type", "mintypecode",
         "min_scalar_type", "may_share_memory", "shares_memory", "isfortran"]


@pytest.mark.parametrize("name", NAMES)
def test_signatures_match_numpy(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))


def test_check_helper_on_shape() -> None:
    check("ndim", numpy.zeros((2, 3)))  # Python ints compare through assert_same too
