"""nditer, nested_iters, ndindex, ndenumerate, broadcast, vectorize, frompyfunc,
apply_along_axis, apply_over_axes against NumPy 2."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from compare import assert_same

import tnp_core as tnp


def pair(shape: tuple[int, ...] = (2, 3), dtype: str = "int64") -> tuple[Any, Any]:
    n = np.arange(int(np.prod(shape)), dtype=dtype).reshape(shape)
    return tnp.asarray(n), n


def values(it: Any) -> list[Any]:
    return [np.asarray(x).tolist() for x in it]


# ---------------------------------------------------------------- nditer

@pytest.mark.parametrize("order", ["C", "F", "K", "A"])
@pytest.mark.parametrize("layout", ["plain", "T", "strided"])
def test_nditer_order_matches_numpy(order: str, layout: str) -> None:
    a, n = pair((3, 4))
    pick = {"plain": lambda x: x, "T": lambda x: x.T, "strided": lambda x: x[:, ::2]}[layout]
    assert values(tnp.nditer(pick(a), order=order)) == values(np.nditer(pick(n), order=order))


@pytest.mark.parametrize("flag", ["multi_index", "c_index", "f_index"])
def test_nditer_indices_match_numpy(flag: str) -> None:
    a, n = pair((2, 3))
    got, want = [], []
    for it, out in ((tnp.nditer(a, flags=[flag]), got), (np.nditer(n, flags=[flag]), want)):
        while not it.finished:
            out.append((int(it[0]), it.multi_index if flag == "multi_index" else it.index,
                        it.iterindex))
            it.iternext()
    assert got == want


def test_nditer_readwrite_writes_through() -> None:
    a, n = pair()
    for arr, mod in ((a, tnp), (n, np)):
        with mod.nditer(arr, op_flags=["readwrite"]) as it:
            for x in it:
                x[...] = 2 * x
    assert_same(a, n)


def test_nditer_readonly_elements_refuse_writes() -> None:
    a, _ = pair()
    it = tnp.nditer(a)
    x = next(it)
    with pytest.raises(ValueError):
        x[...] = 5


def test_nditer_write_flag_on_read_only_array() -> None:
    a, n = pair()
    a.flags.writeable = False
    n.flags.writeable = False
    with pytest.raises(ValueError):
        np.nditer(n, op_flags=["readwrite"])
    with pytest.raises(ValueError):
        tnp.nditer(a, op_flags=["readwrite"])


@pytest.mark.parametrize("order", ["C", "F"])
def test_nditer_external_loop_matches_numpy(order: str) -> None:
    a, n = pair((2, 3))
    assert values(tnp.nditer(a, flags=["external_loop"], order=order)) == values(
        np.nditer(n, flags=["external_loop"], order=order))


def test_nditer_broadcast_and_allocate_like_numpy() -> None:
    a, n = pair((2, 3))
    b, m = tnp.asarray([10, 20, 30]), np.asarray([10, 20, 30])
    got = [(int(x), int(y)) for x, y in tnp.nditer([a, b])]
    want = [(int(x), int(y)) for x, y in np.nditer([n, m])]
    assert got == want
    results = []
    for mod, x in ((tnp, a), (np, n)):
        it = mod.nditer([x, None])
        with it:
            for u, v in it:
                v[...] = u * u
            results.append(it.operands[1])
    assert_same(results[0], results[1])


def test_nditer_op_dtypes_need_buffering_and_write_back() -> None:
    a, n = pair((2, 2), "int32")
    with pytest.raises(TypeError):
        np.nditer(n, op_dtypes=["float64"])
    with pytest.raises(TypeError):
        tnp.nditer(a, op_dtypes=["float64"])
    got = values(tnp.nditer(a, flags=["buffered"], op_dtypes=["float64"]))
    want = values(np.nditer(n, flags=["buffered"], op_dtypes=["float64"]))
    assert got == want
    for arr, mod in ((a, tnp), (n, np)):
        with mod.nditer(arr, flags=["buffered"], op_flags=["readwrite"],
                        op_dtypes=["int64"], casting="same_kind") as it:
            for x in it:
                x[...] = x + 100
    assert_same(a, n)


def test_nditer_cast_rule_errors_like_numpy() -> None:
    a, n = pair((2,), "float64")
    with pytest.raises(TypeError):
        np.nditer(n, flags=["buffered"], op_dtypes=["int32"])
    with pytest.raises(TypeError):
        tnp.nditer(a, flags=["buffered"], op_dtypes=["int32"])


@pytest.mark.parametrize(("kwargs", "exc"), [
    ({"flags": ["external_loop", "multi_index"]}, ValueError),
    ({"flags": ["c_index", "f_index"]}, ValueError),
    ({"flags": ["no_such_flag"]}, ValueError),
    ({"op_flags": ["no_such_flag"]}, ValueError),
])
def test_nditer_bad_flags_like_numpy(kwargs: dict, exc: type) -> None:
    a, n = pair()
    with pytest.raises(exc):
        np.nditer(n, **kwargs)
    with pytest.raises(exc):
        tnp.nditer(a, **kwargs)


def test_nditer_shape_mismatch_like_numpy() -> None:
    with pytest.raises(ValueError):
        np.nditer([np.ones((2, 3)), np.ones(4)])
    with pytest.raises(ValueError):
        tnp.nditer([tnp.ones((2, 3)), tnp.ones(4)])


def test_nditer_attributes() -> None:
    a, n = pair((2, 3))
    # with multi_index NumPy does not coalesce axes (tnp never does)
    it = tnp.nditer([a, None], flags=["multi_index"])
    jt = np.nditer([n, None], flags=["multi_index"])
    assert (it.ndim, it.nop, it.itersize, it.shape) == (jt.ndim, jt.nop, jt.itersize, jt.shape)
    assert [str(d) for d in it.dtypes] == [str(d) for d in jt.dtypes]
    it = tnp.nditer(a)
    with pytest.raises(ValueError):
        it.multi_index
    it.close()
    with pytest.raises(ValueError):
        it.iternext()


def test_nested_iters_match_numpy() -> None:
    a, n = pair((2, 3, 2))
    out = []
    for mod, arr in ((tnp, a), (np, n)):
        i, j = mod.nested_iters(arr, [[1], [0, 2]], flags=["multi_index"])
        seq = []
        for _ in i:
            seq.append((i.multi_index, [(j.multi_index, int(y)) for y in j]))
        out.append(seq)
    assert out[0] == out[1]


# ---------------------------------------------------------------- small iterators

@pytest.mark.parametrize("shape", [(2, 3), (3,), (), (2, 0), (1, 2, 2)])
def test_ndindex_and_ndenumerate_match_numpy(shape: tuple[int, ...]) -> None:
    assert list(tnp.ndindex(*shape)) == list(np.ndindex(*shape))
    assert list(tnp.ndindex(shape)) == list(np.ndindex(shape))
    a, n = pair(shape)
    got = [(i, int(v)) for i, v in tnp.ndenumerate(a)]
    want = [(i, int(v)) for i, v in np.ndenumerate(n)]
    assert got == want


def test_ndenumerate_yields_scalars() -> None:
    (_, v), = list(tnp.ndenumerate(tnp.asarray([1.5])))
    assert isinstance(v, tnp.float64)


def test_broadcast_object_matches_numpy() -> None:
    x, y = [1, 2, 3], [[4], [5]]
    b, c = tnp.broadcast(tnp.asarray(x), tnp.asarray(y)), np.broadcast(np.asarray(x),
                                                                         np.asarray(y))
    assert (b.shape, b.size, b.nd, b.ndim, b.numiter) == (c.shape, c.size, c.nd, c.ndim,
                                                           c.numiter)
    assert [(int(u), int(v)) for u, v in b] == [(int(u), int(v)) for u, v in c]
    assert b.index == c.index == 6
    b.reset()
    assert b.index == 0
    with pytest.raises(ValueError):
        np.broadcast(np.ones(2), np.ones(3))
    with pytest.raises(ValueError):
        tnp.broadcast(tnp.ones(2), tnp.ones(3))


# ---------------------------------------------------------------- vectorize / frompyfunc

def test_vectorize_matches_numpy() -> None:
    def f(a: Any, b: Any) -> Any:
        return a - b if a > b else a + b

    vt, vn = tnp.vectorize(f), np.vectorize(f)
    assert_same(vt([1, 2, 3, 4], 2), vn([1, 2, 3, 4], 2))
    assert_same(tnp.vectorize(f, otypes=[float])([1, 2], 2),
                np.vectorize(f, otypes=[float])([1, 2], 2))
    assert_same(vt(3, 1), vn(3, 1))


def test_vectorize_as_decorator_excluded_and_multiple_outputs() -> None:
    @tnp.vectorize
    def g(x: Any) -> Any:
        return x * 2

    assert_same(g([1, 2]), np.array([2, 4]))

    def poly(x: Any, coeffs: Any) -> Any:
        return sum(c * x**i for i, c in enumerate(coeffs))

    vt = tnp.vectorize(poly, excluded=["coeffs"])
    vn = np.vectorize(poly, excluded=["coeffs"])
    assert_same(vt([1, 2], coeffs=[1, 2, 3]), vn([1, 2], coeffs=[1, 2, 3]))

    def two(x: Any) -> tuple[Any, Any]:
        return x, x * 1.5

    for got, want in zip(tnp.vectorize(two)([1, 2]), np.vectorize(two)([1, 2])):
        assert_same(got, want)


def test_vectorize_signature_matches_numpy() -> None:
    def dot(a: Any, b: Any) -> Any:
        return (a * b).sum()

    x = np.arange(6.0).reshape(2, 3)
    y = np.arange(3.0)
    got = tnp.vectorize(dot, signature="(n),(n)->()")(tnp.asarray(x), tnp.asarray(y))
    assert_same(got, np.vectorize(dot, signature="(n),(n)->()")(x, y))
    with pytest.raises(ValueError):
        tnp.vectorize(dot, signature="(n),(n)->()")(tnp.ones(3), tnp.ones(4))


def test_vectorize_size_zero_needs_otypes() -> None:
    with pytest.raises(ValueError):
        np.vectorize(lambda x: x)([])
    with pytest.raises(ValueError):
        tnp.vectorize(lambda x: x)([])


def test_frompyfunc_broadcasts_but_returns_numeric_arrays() -> None:
    f = tnp.frompyfunc(lambda x, y: x * 10 + y, 2, 1)
    assert (f.nin, f.nout, f.nargs) == (2, 1, 3)
    got = f(tnp.arange(3), tnp.asarray([[1], [2]]))
    want = np.frompyfunc(lambda x, y: x * 10 + y, 2, 1)(np.arange(3), [[1], [2]])
    np.testing.assert_array_equal(np.asarray(got), want.astype(np.int64))
    assert got.dtype == tnp.int64  # NumPy: object
    with pytest.raises(TypeError):
        f(1)


# ---------------------------------------------------------------- apply_*

@pytest.mark.parametrize("axis", [0, 1, -1])
def test_apply_along_axis_matches_numpy(axis: int) -> None:
    a, n = pair((3, 4), "float64")
    assert_same(tnp.apply_along_axis(lambda v: v.sum(), axis, a),
                np.apply_along_axis(lambda v: v.sum(), axis, n))
    assert_same(tnp.apply_along_axis(lambda v: v[::2] * 2, axis, a),
                np.apply_along_axis(lambda v: v[::2] * 2, axis, n))
    assert_same(tnp.apply_along_axis(lambda v: tnp.outer(v, v), axis, a),
                np.apply_along_axis(lambda v: np.outer(v, v), axis, n))


def test_apply_along_axis_bad_axis() -> None:
    with pytest.raises(tnp.AxisError):
        tnp.apply_along_axis(lambda v: v, 2, tnp.ones((2, 2)))


def test_apply_over_axes_matches_numpy() -> None:
    a, n = pair((2, 3, 4))
    assert_same(tnp.apply_over_axes(tnp.sum, a, [0, 2]), np.apply_over_axes(np.sum, n, [0, 2]))
    assert_same(tnp.apply_over_axes(tnp.sum, a, 1), np.apply_over_axes(np.sum, n, 1))
