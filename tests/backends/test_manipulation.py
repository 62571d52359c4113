"""Differential tests of reshape, transpose, concatenate, stack and astype against NumPy 2."""

from __future__ import annotations

import functools
import inspect
import itertools
import warnings
from typing import Any

import compare
import numpy
import pytest
from compare import assert_same, check

import tnp_core as tnp

DTYPES = [
    "bool", "int8", "uint8", "int32", "int64", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]


data = functools.partial(compare.data, ints=(0, 100), uints=(0, 100),
                         uint64=[0, 1, 3, 2**63, 2**64 - 1])


# ---------------------------------------------------------------- reshape

RESHAPES = {
    (): [(), (1,), (1, 1), -1, (-1,), (2,), 1],
    (0,): [(0,), (0, 5), (5, 0), (-1,), (-1, 0), (0, -1), (1, 0, 1)],
    (6,): [(2, 3), (3, -1), (-1, 2), 6, (6, 1), (1, -1, 1), (4,), (-1, -1), (4, -1), (-2, 3)],
    (2, 3, 4): [(24,), (4, 6), (2, -1), (-1, 4, 3), (3, 8), (5, 5), (2, 3, 2, 2), ()],
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", list(RESHAPES), ids=str)
def test_reshape(shape: tuple[int, ...], dtype: str) -> None:
    a = data(shape, dtype)
    for new in RESHAPES[shape]:
        for order in ["C", "F", "A"]:
            check("reshape", a, new, order=order)
        check("reshape", a, shape=new)


@pytest.mark.parametrize("order", ["C", "F", "A"])
@pytest.mark.parametrize("copy", [None, True, False])
@pytest.mark.parametrize("layout", ["c", "transposed", "sliced"])
def test_reshape_copy_and_views(layout: str, copy: bool | None, order: str) -> None:
    base = numpy.arange(24.0).reshape(4, 6)
    tbase = tnp.asarray(base.copy())
    if layout == "c":
        a, ta = base, tbase
    elif layout == "transposed":
        a, ta = base.T, tbase.T
    else:
        a, ta = base[:, :4], tbase[:, :4]
    for new in [(24,) if layout != "sliced" else (16,), (2, -1)]:
        try:
            want = numpy.reshape(a, new, order=order, copy=copy)
        except ValueError:
            with pytest.raises(ValueError, match="Unable to avoid creating a copy"):
                tnp.reshape(ta, new, order=order, copy=copy)
            continue
        got = tnp.reshape(ta, new, order=order, copy=copy)
        assert_same(got, want)
        shares = numpy.shares_memory(want, base)
        # writes through a NumPy view land in the base: tnp must agree
        got[(0,) * got.ndim] = -1.0
        assert (float(tbase.tensor.min()) == -1.0) == shares, (layout, copy, order, new)
        tbase.tensor.copy_(tnp.asarray(base).tensor)


def test_reshape_errors() -> None:
    a = numpy.arange(6)
    check("reshape", a, (2, 3), order="K")
    check("reshape", a, (2, 3), order="X")
    with pytest.raises(ValueError, match="can only specify one unknown dimension"):
        tnp.reshape(tnp.asarray(a), (-1, -1))
    with pytest.raises(ValueError, match="cannot reshape array of size 6 into shape"):
        tnp.reshape(tnp.asarray(a), (4,))
    check("reshape", a, (2.0, 3))  # TypeError


def test_reshape_method() -> None:
    a = numpy.arange(12)
    ta = tnp.asarray(a.copy())
    assert_same(ta.reshape(3, 4), a.reshape(3, 4))
    assert_same(ta.reshape((2, -1)), a.reshape((2, -1)))
    assert_same(ta.reshape(4, 3, order="F"), a.reshape(4, 3, order="F"))
    assert ta.reshape(3, 4).base is ta


# ---------------------------------------------------------------- transpose

TRANSPOSE_AXES = {
    (): [None, ()],
    (5,): [None, (0,), (-1,), 0],
    (2, 0): [None, (1, 0), (0, 1)],
    (2, 3, 4): [None, (0, 1, 2), (2, 0, 1), (-1, 0, -2), [1, 2, 0], (0, 1), (0, 0, 1),
                (0, 1, 3), (0, 1, 2, 3)],
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", list(TRANSPOSE_AXES), ids=str)
def test_transpose(shape: tuple[int, ...], dtype: str) -> None:
    a = data(shape, dtype)
    for axes in TRANSPOSE_AXES[shape]:
        check("transpose", a, axes)
    check("transpose", a)


def test_transpose_is_view() -> None:
    ta = tnp.asarray(numpy.arange(6).reshape(2, 3))
    t = tnp.transpose(ta, (1, 0))
    assert t.base is ta
    t[2, 1] = 50
    assert int(ta[1, 2]) == 50
    assert_same(ta.transpose(), numpy.arange(6).reshape(2, 3).T.copy() * 0 + ta.T.__array__())
    with pytest.raises(ValueError, match="axes don't match array"):
        tnp.transpose(ta, (0,))
    with pytest.raises(ValueError, match="repeated axis in transpose"):
        tnp.transpose(ta, (1, 1))
    with pytest.raises(tnp.AxisError):
        tnp.transpose(ta, (0, 2))


# ---------------------------------------------------------------- concatenate / stack

PAIRS = [
    ("int8", "uint8"), ("int8", "int8"), ("uint16", "int32"), ("uint64", "int64"),
    ("bool", "int8"), ("float16", "int8"), ("float32", "int64"), ("float16", "float32"),
    ("uint32", "float32"), ("float64", "complex64"), ("bool", "bool"), ("uint64", "uint64"),
    ("complex64", "float32"),
]


@pytest.mark.parametrize(("d1", "d2"), PAIRS, ids="-".join)
def test_concatenate_dtypes(d1: str, d2: str) -> None:
    a, b = data((2, 3), d1, 1), data((2, 2), d2, 2)
    check("concatenate", [a, b], axis=1)
    check("concatenate", (a, b), axis=-1)
    check("concatenate", [a, b], axis=None)
    check("concatenate", [a, b])  # shape mismatch along axis 1: ValueError
    check("concatenate", [a, a, a], axis=0)
    check("stack", [a, a, a])
    check("stack", [b, b], axis=-1)
    check("stack", [a, b])  # ValueError


@pytest.mark.parametrize("shapes_axis", [
    ([(2, 3), (4, 3)], 0),
    ([(2, 3), (2, 0), (2, 1)], 1),
    ([(0, 3), (0, 3)], 0),
    ([(1, 2, 3), (1, 2, 1)], 2),
    ([(1, 2, 3), (1, 2, 1)], -1),
    ([(1, 2, 3), (1, 2, 3)], 3),
    ([(1, 2, 3), (1, 2, 3)], -4),
    ([(2, 3), (3,)], 0),
    ([(2, 3), (2, 3, 1)], 0),
    ([(), ()], 0),
    ([(), ()], None),
    ([(3,), (2, 2)], None),
    ([(5,)], 0),
], ids=str)
def test_concatenate_shapes(shapes_axis: tuple[list[tuple[int, ...]], Any]) -> None:
    shapes, axis = shapes_axis
    arrays = [data(s, "float64", i) for i, s in enumerate(shapes)]
    check("concatenate", arrays, axis=axis)


def test_concatenate_errors_and_messages() -> None:
    with pytest.raises(ValueError, match="need at least one array to concatenate"):
        tnp.concatenate([])
    with pytest.raises(ValueError, match="zero-dimensional arrays cannot be concatenated"):
        tnp.concatenate([tnp.asarray(1), tnp.asarray(2)])
    with pytest.raises(ValueError, match="must have same number of dimensions"):
        tnp.concatenate([tnp.ones((2, 3)), tnp.ones(3)])
    with pytest.raises(ValueError, match="along dimension 1"):
        tnp.concatenate([tnp.ones((2, 3)), tnp.ones((2, 2))])
    check("concatenate", [numpy.ones(2)], axis=1.0)  # TypeError
    check("concatenate", [numpy.ones(2), [1, 2]])  # list operand converts
    check("concatenate", numpy.arange(6).reshape(2, 3))  # an array is a sequence of rows


@pytest.mark.parametrize("casting", ["no", "equiv", "safe", "same_kind", "unsafe", "foo"])
@pytest.mark.parametrize("dtype", [None, "int8", "int64", "float32", "float64", "complex128",
                                   "bool", "uint16"])
def test_join_dtype_casting(dtype: str | None, casting: str) -> None:
    arrays = [data((2,), "int16", 1), data((2,), "uint8", 2)]
    farrays = [data((2,), "float32", 3), data((2,), "float32", 4)]
    for arrs in (arrays, farrays):
        check("concatenate", arrs, dtype=dtype, casting=casting)
        check("stack", arrs, dtype=dtype, casting=casting)
    carrays = [data((2,), "complex128", 3), data((2,), "float64", 4)]
    check("concatenate", carrays, dtype=dtype, casting=casting)


@pytest.mark.parametrize("axis", [0, 1, 2, -1, -3, 3, -4])
def test_stack_axes(axis: int) -> None:
    arrays = [data((2, 3), "int32", i) for i in range(4)]
    check("stack", arrays, axis=axis)
    check("stack", [data((), "float64", 0), data((), "float64", 1)], axis=0)
    check("stack", [data((0, 2), "float64", 0)] * 2, axis=axis)


def test_stack_errors() -> None:
    with pytest.raises(ValueError, match="need at least one array to stack"):
        tnp.stack([])
    with pytest.raises(ValueError, match="all input arrays must have the same shape"):
        tnp.stack([tnp.ones(2), tnp.ones(3)])
    check("stack", [numpy.ones(2), numpy.ones(2)], axis=None)  # TypeError


@pytest.mark.parametrize("name", ["concatenate", "stack"])
def test_join_out(name: str) -> None:
    a, b = data((2, 3), "int32", 1), data((2, 3), "int32", 2)
    shape = (4, 3) if name == "concatenate" else (2, 2, 3)
    for out_dtype in ["int64", "float64", "int32"]:
        out = tnp.zeros(shape, out_dtype)
        r = getattr(tnp, name)([tnp.asarray(a), tnp.asarray(b)], out=out)
        assert r is out
        assert_same(out, getattr(numpy, name)([a, b], out=numpy.zeros(shape, out_dtype)))
    with pytest.raises(ValueError):
        getattr(numpy, name)([a, b], out=numpy.zeros((5,)))
    with pytest.raises(ValueError):
        getattr(tnp, name)([tnp.asarray(a), tnp.asarray(b)], out=tnp.zeros((5,)))


def test_join_results_are_copies() -> None:
    ta = tnp.asarray([1.0, 2.0])
    r = tnp.concatenate([ta])
    r[0] = 10.0
    assert float(ta[0]) == 1.0
    s = tnp.stack([ta])
    s[0, 0] = 10.0
    assert float(ta[0]) == 1.0


# ---------------------------------------------------------------- astype

ASTYPE_DTYPES = ["bool", "int8", "uint8", "int16", "int64", "uint16", "uint32", "uint64",
                 "float16", "float32", "float64", "complex64", "complex128"]


@pytest.mark.parametrize(("src", "dst"), list(itertools.product(ASTYPE_DTYPES, repeat=2)),
                         ids="->".join)
def test_astype(src: str, dst: str) -> None:
    a = data((2, 3), src, 5)
    if src[0] in "fc" and dst[0] in "iub" and dst != "bool":
        a = abs(a.real * 10).astype(src)  # in range: float -> int casts are exact
        if src[0] == "c":
            a = a + 0j if src == "complex128" else a.astype(src)
    if src in ("int64", "uint64") and dst == "float16":
        a = a % 1000  # stay inside float16's range
    if src[0] == "c" and dst[0] != "c" and dst != "bool":
        with pytest.warns(tnp.exceptions.ComplexWarning):
            got = tnp.astype(tnp.asarray(a), getattr(tnp, dst))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            want = numpy.astype(a, dst)
        assert_same(got, want)
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = numpy.astype(a, dst)
        got = tnp.astype(tnp.asarray(a), dst)
    assert_same(got, want)


def test_astype_copy_semantics() -> None:
    ta = tnp.asarray([1, 2, 3])
    assert tnp.astype(ta, tnp.int64, copy=False) is ta
    r = tnp.astype(ta, tnp.int64)
    assert r is not ta and r.base is None
    r[0] = 7
    assert int(ta[0]) == 1
    f = tnp.astype(ta, tnp.float32, copy=False)
    assert_same(f, numpy.array([1, 2, 3], numpy.float32))
    c = tnp.asarray([1 + 2j, 3 - 1j])
    with pytest.warns(tnp.exceptions.ComplexWarning):
        re = tnp.astype(c, tnp.float64)
    re[0] = 9.0
    assert complex(c[0]) == 1 + 2j
    assert_same(tnp.astype(tnp.asarray(5), tnp.float32), numpy.astype(numpy.array(5), "f4"))


@pytest.mark.parametrize("name", ["reshape", "transpose", "concatenate", "stack", "astype"])
def test_signature_matches_numpy(name: str) -> None:
    """Parameter names, kinds and defaults are NumPy 2's."""

    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))
