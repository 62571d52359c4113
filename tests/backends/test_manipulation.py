"""Differential tests of reshape, ravel, transpose, the axis functions, broadcasting, flips,
rolls, concatenate, stack and astype against NumPy 2."""

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


# ---------------------------------------------------------------- ravel

RAVEL_LAYOUTS = ["c", "f", "transposed3", "sliced", "strided", "zero_d", "empty"]


def _layout(kind: str, dtype: str = "float64") -> numpy.ndarray:
    base = data((2, 3, 4), dtype)
    return {
        "c": base,
        "f": numpy.asfortranarray(base),
        "transposed3": base.transpose(1, 0, 2),
        "sliced": base[:, 1:, ::2],
        "strided": base[:, :, ::2].transpose(2, 0, 1),
        "zero_d": data((), dtype),
        "empty": data((0, 3), dtype),
    }[kind]


def _tnp_layout(kind: str, dtype: str = "float64") -> Any:
    """The same layout built from a tnp base (to_tnp would copy into C order)."""
    base = tnp.asarray(data((2, 3, 4), dtype))
    return {
        "c": base,
        "f": tnp.asarray(numpy.asfortranarray(data((2, 3, 4), dtype))),
        "transposed3": base.transpose(1, 0, 2),
        "sliced": base[:, 1:, ::2],
        "strided": base[:, :, ::2].transpose(2, 0, 1),
        "zero_d": tnp.asarray(data((), dtype)),
        "empty": tnp.asarray(data((0, 3), dtype)),
    }[kind]


@pytest.mark.parametrize("order", ["C", "F", "A", "K", "c", None, "X"])
@pytest.mark.parametrize("layout", RAVEL_LAYOUTS)
def test_ravel(layout: str, order: Any) -> None:
    a = _layout(layout)
    ta = _tnp_layout(layout)
    try:
        want = numpy.ravel(a, order=order)
    except ValueError:
        with pytest.raises(ValueError):
            tnp.ravel(ta, order=order)
        return
    assert_same(tnp.ravel(ta, order=order), want)


@pytest.mark.parametrize("dtype", DTYPES)
def test_ravel_dtypes_and_views(dtype: str) -> None:
    a = data((2, 3), dtype)
    check("ravel", a)
    check("ravel", a, "F")
    ta = tnp.asarray(numpy.arange(6.0).reshape(2, 3))
    r = tnp.ravel(ta)
    assert r.base is ta.base or r.base is ta
    r[4] = -1.0
    assert float(ta[1, 1]) == -1.0
    assert_same(ta.ravel(), numpy.ravel(numpy.asarray(ta)))


# ---------------------------------------------------------------- axis functions

AXIS_SHAPES = [(), (1,), (3,), (1, 3, 1), (2, 0, 1), (2, 3, 4)]


@pytest.mark.parametrize("shape", AXIS_SHAPES, ids=str)
def test_squeeze_expand_dims(shape: tuple[int, ...]) -> None:
    a = data(shape, "float32")
    check("squeeze", a)
    for axis in [0, -1, 2, (0, 2), (0, 0), (), 1.0, 3, [0]]:
        check("squeeze", a, axis)
    for axis in [0, -1, 1, (0, 1), (0, -1), (1, 1), [0, 2], (), 4, -5, 1.0]:
        check("expand_dims", a, axis)


@pytest.mark.parametrize("shape", AXIS_SHAPES, ids=str)
def test_swap_move_roll_permute(shape: tuple[int, ...]) -> None:
    a = data(shape, "int16")
    for a1, a2 in [(0, 1), (0, -1), (2, 0), (1, 5), (0.0, 1)]:
        check("swapaxes", a, a1, a2)
    for src, dst in [(0, -1), (-1, 0), ((0, 1), (1, 0)), ((0, 1), (2, 0)), ([0], [1]),
                     ((0, 0), (1, 2)), ((0, 1), (1,)), (0, 3), (4, 0)]:
        check("moveaxis", a, src, dst)
    for axis, start in [(0, 0), (1, 0), (2, 0), (0, 2), (0, 3), (-1, 1), (1, 4), (0, -1),
                        (0, -4), (3, 0)]:
        check("rollaxis", a, axis, start)
    for axes in [None, (0, 1, 2), (2, 0, 1), (1, 0), (0, 0, 1), (-1, 0, 1), [1, 2, 0]]:
        check("permute_dims", a, axes)
    check("matrix_transpose", a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_axis_functions_dtypes(dtype: str) -> None:
    a = data((2, 1, 3), dtype)
    check("squeeze", a)
    check("expand_dims", a, 1)
    check("swapaxes", a, 0, 2)
    check("moveaxis", a, 0, -1)
    check("rollaxis", a, 2)
    check("permute_dims", a, (2, 0, 1))
    check("matrix_transpose", a)
    for n in ["atleast_1d", "atleast_2d", "atleast_3d"]:
        check(n, a[0, 0, 0])
        check(n, a[0, 0])
        check(n, a)
    check("broadcast_to", a, (4, 2, 5, 3))
    check("broadcast_arrays", a, a[0])


@pytest.mark.parametrize("name", ["squeeze", "expand_dims", "swapaxes", "moveaxis", "rollaxis",
                                  "permute_dims", "matrix_transpose", "atleast_1d",
                                  "atleast_2d", "atleast_3d", "broadcast_to"])
def test_views_share_memory(name: str) -> None:
    ta = tnp.asarray(numpy.arange(6.0).reshape(2, 1, 3))
    args = {"squeeze": (), "expand_dims": (0,), "swapaxes": (0, 2), "moveaxis": (0, -1),
            "rollaxis": (2,), "permute_dims": ((2, 1, 0),), "matrix_transpose": (),
            "atleast_1d": (), "atleast_2d": (), "atleast_3d": (), "broadcast_to": ((2, 2, 1, 3),)}
    r = getattr(tnp, name)(ta, *args[name])
    if not name.startswith("atleast"):  # *arys functions: the core sets no base (shared memory)
        assert r.base is ta
    if name == "broadcast_to":
        with pytest.raises(ValueError, match="read-only"):
            r[(0,) * r.ndim] = 50.0
        return
    r[(0,) * r.ndim] = 50.0
    assert float(ta[0, 0, 0]) == 50.0


def test_atleast() -> None:
    for n in ["atleast_1d", "atleast_2d", "atleast_3d"]:
        check(n, 1.5)
        check(n, [1, 2])
        check(n, numpy.zeros(0))
        check(n, numpy.zeros((2, 0)))
        check(n, numpy.ones((1, 2, 3, 4)))
        check(n, 1, [2, 3], numpy.ones((2, 2)))
        assert getattr(tnp, n)() == getattr(numpy, n)() == ()


# ---------------------------------------------------------------- broadcasting


@pytest.mark.parametrize("shape", [(), (1,), (3,), (2, 1), (0,), (2, 3)], ids=str)
def test_broadcast_to(shape: tuple[int, ...]) -> None:
    a = data(shape, "uint16")
    for target in [(), (3,), (2, 3), (4, 2, 3), (0, 3), (2, 0), 3, (-1, 3), (3, 2), [2, 3],
                   5.0]:
        check("broadcast_to", a, target)
    check("broadcast_to", 7, (2, 2))
    with pytest.raises(ValueError, match="read-only"):
        tnp.broadcast_to(tnp.asarray(data((3,), "float64")), (2, 3))[0, 0] = 1.0


def test_broadcast_shapes_and_arrays() -> None:
    for shapes in [[], [(2, 3)], [(2, 1), 3, ()], [(1,), (0,)], [(2,), (3,)],
                   [(5, 1, 4), (3, 1), (1, 4)], [(-1,)], [(2, 0), (1, 1)], [[2, 3], (3,)]]:
        check("broadcast_shapes", *shapes)
    a, b = data((2, 1), "int8"), data((3,), "float32", 1)
    check("broadcast_arrays", a, b)
    check("broadcast_arrays", a, b, numpy.float64(3.0))
    check("broadcast_arrays", a)
    check("broadcast_arrays", a, data((3, 1), "int8"))  # ValueError
    with pytest.raises(ValueError, match="Mismatch is between arg 0 with shape"):
        tnp.broadcast_shapes((2,), (3,))
    r = tnp.broadcast_arrays(tnp.asarray(a), tnp.asarray(b))
    assert isinstance(r, tuple) and len(r) == 2
    with pytest.raises(ValueError, match="read-only"):
        r[0][0, 0] = 1
    assert tnp.broadcast_arrays() == ()


# ---------------------------------------------------------------- flips, rot90, roll


@pytest.mark.parametrize("dtype", DTYPES)
def test_flips_dtypes(dtype: str) -> None:
    a = data((2, 3, 4), dtype)
    check("flip", a)
    check("flip", a, 1)
    check("flip", a, (0, 2))
    check("fliplr", a)
    check("flipud", a)
    for k in [1, 2, 3]:
        check("rot90", a, k)
        check("rot90", a, k, (2, 1))
    check("roll", a, 2)
    check("roll", a, (1, -1), (0, 2))


@pytest.mark.parametrize("shape", [(), (0,), (4,), (2, 3), (3, 0, 2)], ids=str)
def test_flips_shapes_and_errors(shape: tuple[int, ...]) -> None:
    a = data(shape, "float64")
    for axis in [None, 0, -1, (0, 1), (), (0, 0), [0], 1.0, 3]:
        if shape == () and axis in (None, ()):
            # NumPy gives a scalar (m[()]); tnp a read-only 0-d array
            assert_same(tnp.flip(tnp.asarray(a), axis), numpy.asarray(numpy.flip(a, axis)))
            continue
        check("flip", a, axis)
    check("fliplr", a)
    check("flipud", a)
    for k, axes in [(1, (0, 1)), (-1, (0, 1)), (5, (1, 0)), (4, (0, 1)), (0, (0, 1)),
                    (2, (-1, 0)), (1, (0, 0)), (1, (0,)), (1, (0, 2)), (1, (0, 3)),
                    (1, (-3, 0)), (1, (0, 1, 2))]:
        check("rot90", a, k, axes)
    for shift, axis in [(1, None), (-7, None), (2, 0), (1, -1), ((1, 2), (0, 0)),
                        ((1, 2), None), (1, (0, 1)), ((1, 2), 0), ((1, 2, 3), (0, 1)),
                        (1, 5), (0, 0), (10**6 + 1, 0)]:
        check("roll", a, shift, axis)


def test_flips_are_read_only() -> None:
    ta = tnp.asarray(numpy.arange(6.0).reshape(2, 3))
    for r in [tnp.flip(ta), tnp.flip(ta, 0), tnp.fliplr(ta), tnp.flipud(ta), tnp.rot90(ta),
              tnp.rot90(ta, 2), tnp.rot90(ta, 3), tnp.rot90(ta, 4)]:
        with pytest.raises(ValueError, match="read-only"):
            r[0, 0] = 1.0
    with pytest.raises(ValueError, match="read-only"):
        tnp.flip(ta)[0] = 1
    assert_same(ta, numpy.arange(6.0).reshape(2, 3))
    r = tnp.roll(ta, 1)  # a new, writable array
    r[0, 0] = 9.0
    assert float(ta[0, 0]) == 0.0


@pytest.mark.parametrize("name", ["ravel", "squeeze", "expand_dims", "swapaxes", "moveaxis",
                                  "rollaxis", "permute_dims", "matrix_transpose", "atleast_1d",
                                  "atleast_2d", "atleast_3d", "broadcast_to",
                                  "broadcast_arrays", "broadcast_shapes", "flip", "fliplr",
                                  "flipud", "rot90", "roll"])
def test_signature_matches_numpy_more(name: str) -> None:
    test_signature_matches_numpy(name)
