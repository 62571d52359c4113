"""Differential tests of packbits and unpackbits."""

from __future__ import annotations

import inspect
from typing import Any

import compare
import numpy
import pytest
from compare import check

import tnp_core as tnp

INT_DTYPES = [d for d in compare.DTYPES if d[0] in "biu"]
SHAPES = [(), (0,), (5,), (8,), (13,), (3, 10), (2, 0, 3), (2, 3, 9)]


@pytest.mark.parametrize("shape", SHAPES, ids=str)
@pytest.mark.parametrize("dtype", INT_DTYPES)
def test_packbits(dtype: str, shape: tuple[int, ...]) -> None:
    a = compare.data(shape, dtype, 1, ints=(-1, 2), uints=(0, 3))
    for bitorder in ["big", "little"]:
        check("packbits", a, bitorder=bitorder)
        for axis in range(-len(shape), len(shape)):
            check("packbits", a, axis=axis, bitorder=bitorder)
    check("packbits", a, axis=len(shape) + 1)  # AxisError (0-d: axis 0 is allowed)


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_unpackbits(shape: tuple[int, ...]) -> None:
    a = compare.data(shape, "uint8", 2, uints=(0, 256))
    for bitorder in ["big", "little"]:
        for count in [None, 0, 3, 8, 20, -3, -20]:
            if a.size == 0 and count is not None and count > 0:
                # NumPy leaves the padding of an empty input uninitialised: compare layout
                got = tnp.unpackbits(tnp.asarray(a), count=count, bitorder=bitorder)
                want = numpy.unpackbits(a, count=count, bitorder=bitorder)
                assert got.shape == want.shape and got.dtype == tnp.uint8
                assert not got.any()
                continue
            check("unpackbits", a, count=count, bitorder=bitorder)
            for axis in range(-len(shape), len(shape)):
                check("unpackbits", a, axis=axis, count=count, bitorder=bitorder)


def test_round_trip() -> None:
    a = compare.data((4, 19), "bool", 3)
    p = tnp.packbits(tnp.asarray(a), axis=1)
    u = tnp.unpackbits(p, axis=1, count=19)
    numpy.testing.assert_array_equal(numpy.asarray(u).astype(bool), a)


def test_errors() -> None:
    check("packbits", [1.0, 0.0])  # TypeError
    check("packbits", numpy.zeros(3, numpy.complex64))
    check("packbits", [])  # float64: TypeError
    check("packbits", [1, 0], bitorder="x")  # ValueError
    check("packbits", [1, 0], bitorder="l")
    check("packbits", [1, 0], bitorder=None)  # TypeError
    check("packbits", [[1, 0]], axis=(0,))  # TypeError
    check("packbits", 5)
    check("packbits", numpy.array(5), axis=0)
    check("unpackbits", numpy.array([5]))  # TypeError: not uint8
    check("unpackbits", numpy.array([5], numpy.uint8), count=1.5)  # TypeError
    check("unpackbits", numpy.array([5], numpy.uint8), bitorder="x")  # ValueError
    check("unpackbits", numpy.array([5], numpy.uint8), bitorder="L")
    check("unpackbits", numpy.array([5], numpy.uint8), bitorder="bad")  # 'b...': big
    check("unpackbits", numpy.array([5], numpy.uint8), bitorder="l")
    check("unpackbits", numpy.array([5, 7], numpy.uint8), count=-17)  # ValueError
    check("unpackbits", numpy.array([[5, 7]], numpy.uint8), axis=2)  # AxisError


@pytest.mark.parametrize("name", ["packbits", "unpackbits"])
def test_signature_matches_numpy(name: str) -> None:
    def params(f: Any) -> list[tuple[str, Any, str]]:
        return [(p.name, p.kind, repr(p.default))
                for p in inspect.signature(f).parameters.values()]

    assert params(getattr(tnp, name)) == params(getattr(numpy, name))
