"""Differential tests of einsum and einsum_path against NumPy 2."""

from __future__ import annotations

import functools
import inspect
from typing import Any

import compare
import numpy
import pytest
from compare import assert_same, check

import tnp_core as tnp

DTYPES = compare.DTYPES
TOL = {"float16": (1e-2, 1e-2), "float32": (1e-5, 1e-5), "complex64": (1e-5, 1e-5),
       "float64": (1e-12, 1e-12), "complex128": (1e-12, 1e-12)}

data = functools.partial(compare.data, uint64=[0, 1, 3, 7, 2**63 + 5, 2**64 - 1])

CASES: list[tuple[str, list[tuple[int, ...]]]] = [
    ("ij,jk->ik", [(2, 3), (3, 4)]),
    ("ij,jk", [(2, 3), (3, 4)]),
    ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)]),
    ("ii", [(3, 3)]),
    ("ii->i", [(3, 3)]),
    ("iji->j", [(2, 3, 2)]),
    ("ij->", [(2, 3)]),
    ("ji", [(2, 3)]),
    ("ij->ji", [(2, 3)]),
    ("i,i", [(4,), (4,)]),
    ("i,j->ij", [(3,), (2,)]),
    ("...i,...i->...", [(2, 3, 4), (3, 4)]),
    ("i...->...", [(2, 3, 4)]),
    ("...ij,...jk", [(2, 2, 3), (3, 4)]),
    ("bij,bjk->bik", [(2, 2, 3), (2, 3, 4)]),
    ("Ba,ab", [(2, 3), (3, 4)]),
    ("i,j->ij", [(0,), (3,)]),
    ("i,i", [(0,), (0,)]),
    (",i->i", [(), (3,)]),
    ("ij,ij->ij", [(1, 3), (2, 3)]),
    ("ij,jk->ik", [(2, 1), (3, 4)]),
    ("i j , j k -> i k", [(2, 3), (3, 4)]),
]


@pytest.mark.parametrize("dtype", DTYPES)
def test_einsum_forms(dtype: str) -> None:
    tol = TOL.get(dtype)
    for subs, shapes in CASES:
        ops = [data(s, dtype, i) for i, s in enumerate(shapes)]
        check("einsum", subs, *ops, tol=tol)
    ops = [data(s, dtype, i) for i, s in enumerate([(2, 3), (3, 4), (4, 5)])]
    for opt in (True, "greedy", "optimal", ("greedy", 10**6),
                ["einsum_path", (0, 2), (0, 1)]):
        check("einsum", "ij,jk,kl->il", *ops, optimize=opt, tol=tol)


@pytest.mark.parametrize("dtype", ["int8", "uint64", "float32", "complex128", "bool"])
def test_einsum_sublist_form(dtype: str) -> None:
    tol = TOL.get(dtype)
    a, b = data((2, 3), dtype, 1), data((3, 4), dtype, 2)
    check("einsum", a, [0, 1], b, [1, 2], tol=tol)
    check("einsum", a, [0, 1], b, [1, 2], [2, 0], tol=tol)
    check("einsum", data((3, 3), dtype), [0, 0])
    c = data((2, 3, 4), dtype, 5)
    check("einsum", c, [Ellipsis, 1], data((4,), dtype, 6), [1], [Ellipsis], tol=tol)
    check("einsum", c, [51, 26, 0], [0, 51], tol=tol)


def test_einsum_dtypes() -> None:
    check("einsum", "ij,jk->ik", data((2, 3), "int8"), data((3, 4), "float32"))
    check("einsum", "i,i", data((3,), "int8"), data((3,), "uint8"))
    check("einsum", "i,i", numpy.ones(3, numpy.float32), 2.0)  # TypeError-free: too many subs
    check("einsum", "i,->i", numpy.ones(3, numpy.float32), 2.0)  # strong: float64
    u8 = numpy.full(3, 200, numpy.uint8)
    check("einsum", "i,i", u8, numpy.ones(3, numpy.uint8))  # wraps like NumPy
    big = numpy.array([2**63 + 5, 2**64 - 1], numpy.uint64)
    check("einsum", "i,i->", big, numpy.array([3, 1], numpy.uint64))
    check("einsum", "i->", numpy.array([True, False]))
    a, b = data((2, 3), "float64", 1), data((3, 4), "float32", 2)
    check("einsum", "ij,jk->ik", a, b, dtype="float32")  # TypeError: safe casting
    check("einsum", "ij,jk->ik", a, b, dtype="float32", casting="same_kind")
    check("einsum", "ij,jk->ik", a, b, dtype="int32", casting="unsafe")
    check("einsum", "ij,jk->ik", data((2, 3), "int8"), data((3, 4), "int16"), dtype="float64")
    check("einsum", "ij,jk->ik", a, b, order="C")


def test_einsum_errors() -> None:
    a = data((2, 3), "float64")
    for subs, ops in [
        ("ij,jk->ik", [a]), ("ij->ik", [a]), ("ij->ii", [a]), ("ii->i", [a]), ("ijk->i", [a]),
        ("i->i", [a]), ("i1->i", [a]), ("...i->i", [a]),
        ("ij,ij->ij", [a, data((4, 3), "float64")]),
        ("i.j", [a]), ("ij->i->j", [a]), ("ij", [a, a]), ("i,i", [data((3,), "float64"), 2.0]),
    ]:
        check("einsum", subs, *ops)
    with pytest.raises(TypeError, match="unexpected keyword argument 'foo'"):
        tnp.einsum("ij", tnp.asarray(a), foo=1)
    check("einsum", a, [0, 60])  # ValueError: subscript range


def test_einsum_out_and_views() -> None:
    out = tnp.zeros((2, 4))
    r = tnp.einsum("ij,jk->ik", tnp.ones((2, 3)), tnp.ones((3, 4)), out=out)
    assert r is out
    assert_same(out, numpy.full((2, 4), 3.0))
    a = tnp.zeros((3, 3))
    d = tnp.einsum("ii->i", a)  # NumPy returns a writeable view
    d[0] = 5
    assert float(a[0, 0]) == 5.0
    t = tnp.einsum("ij->ji", a)
    assert t.shape == (3, 3)
    s = tnp.einsum("ij->", tnp.ones((2, 2), tnp.float32))
    assert isinstance(s, tnp.generic) and s.dtype == tnp.float32


def test_broadcast_fallback() -> None:
    """The multiply-and-sum path used where a device has no integer matmul."""
    import torch
    from tnp_backends._einsum import _bcast_einsum

    g = torch.Generator().manual_seed(0)
    cases: list[tuple[str, list[tuple[int, ...]]]] = [
        ("ij,jk->ik", [(2, 3), (3, 4)]), ("ii->i", [(3, 3)]), ("ij->", [(2, 3)]),
        ("bij,jk,k->bi", [(2, 3, 4), (4, 5), (5,)]), ("ij,ij->ij", [(1, 3), (2, 3)]),
    ]
    for eq, shapes in cases:
        ops = [torch.randint(-5, 5, s, generator=g) for s in shapes]
        assert torch.equal(_bcast_einsum(eq, ops), torch.einsum(eq, *ops))


PATH_CASES: list[tuple[str, list[tuple[int, ...]]]] = [
    ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)]),
    ("ij,jk,kl->il", [(20, 3), (3, 40), (40, 5)]),
    ("ij->i", [(2, 3)]),
    ("ij,jk", [(2, 3), (3, 4)]),
    ("ea,fb,abcd,gc,hd->efgh", [(4, 5)] * 2 + [(5, 5, 5, 5)] + [(3, 5)] * 2),
    ("...i,i...", [(2, 3, 4), (4, 2, 3)]),
]


def _path_valid(path: list[Any], n: int) -> None:
    assert path[0] == "einsum_path"
    left = n
    for step in path[1:]:
        assert isinstance(step, tuple) and all(0 <= i < left for i in step)
        assert len(set(step)) == len(step)
        left -= len(step) - 1
    assert left == 1


@pytest.mark.parametrize("optimize", [False, True, "greedy", "optimal"])
def test_einsum_path(optimize: Any) -> None:
    for subs, shapes in PATH_CASES:
        ops = [data(s, "float64", i) for i, s in enumerate(shapes)]
        want_path, want_report = numpy.einsum_path(subs, *ops, optimize=optimize)
        got_path, got_report = tnp.einsum_path(subs, *map(tnp.asarray, ops), optimize=optimize)
        _path_valid(got_path, len(ops))
        if optimize is False or len(ops) <= 2:
            assert got_path == want_path
        if "..." not in subs:  # NumPy names the ellipsis dimensions by other letters
            assert got_report.splitlines()[0] == want_report.splitlines()[0]
        assert got_report.splitlines()[1] == want_report.splitlines()[1]  # naive scaling
        assert got_report.splitlines()[3] == want_report.splitlines()[3]  # naive FLOP count
        got = tnp.einsum(subs, *map(tnp.asarray, ops), optimize=got_path)
        assert_same(got, numpy.einsum(subs, *ops), rtol=1e-9, atol=1e-9)
    given = ["einsum_path", (1, 2), (0, 1)]
    ops = [data(s, "float64", i) for i, s in enumerate(PATH_CASES[0][1])]
    assert tnp.einsum_path("ij,jk,kl->il", *map(tnp.asarray, ops), optimize=given)[0] == given


@pytest.mark.parametrize("name", ["einsum", "einsum_path"])
def test_signature_matches_numpy(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))
