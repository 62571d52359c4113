"""Index tricks (r_, c_, s_, index_exp, mgrid, ogrid) and type constants against NumPy 2."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from compare import assert_same

import tnp_core as tnp


def both(expr: str) -> tuple[Any, Any]:
    return eval(expr, {"np": tnp}), eval(expr, {"np": np})


R_CASES = [
    "np.r_[1:4, 0, 4]",
    "np.r_[np.array([1, 2, 3]), 0, 0, np.array([4, 5, 6])]",
    "np.r_[-1:1:6j, [0] * 3, 5, 6]",
    "np.r_[np.array([1, 2], dtype=np.int8), 3]",
    "np.r_[np.array([1, 2], dtype=np.float32), 2.5]",
    "np.r_[np.array([1, 2]), 2.5]",
    "np.r_[np.float32(1.5), 2]",
    "np.r_[True, False]",
    "np.r_[1:2:3j]",
    "np.r_[0:10:2]",
    "np.r_[:3]",
    "np.r_['-1', np.ones((2, 3)), np.zeros((2, 3))]",
    "np.r_['0,2', [1, 2, 3], [4, 5, 6]]",
    "np.r_['0,2,0', [1, 2, 3], [4, 5, 6]]",
    "np.r_['1,2,0', [1, 2, 3], [4, 5, 6]]",
    "np.r_['0,3,-1', [1, 2], [3, 4]]",
    "np.r_['0,3,1', [1, 2], [3, 4]]",
    "np.r_['1', np.ones((2, 2)), np.zeros((2, 1))]",
    "np.r_['0,2', 1:4]",
    "np.r_['0,2,0', 1:4]",
    "np.r_[1 + 2j, 3]",
    "np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])]",
    "np.c_[np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])]",
    "np.c_[1:3, 4:6]",
    "np.c_[np.ones((2, 2)), [7, 8]]",
]


@pytest.mark.parametrize("expr", R_CASES)
def test_concatenators_match_numpy(expr: str) -> None:
    got, want = both(expr)
    assert_same(got, want)


@pytest.mark.parametrize("expr", [
    "np.r_[1, 'r']",                       # directive not first
    "np.r_['x', [1, 2]]",                  # unknown directive
    "np.mgrid[3:0, 0:2]",                  # negative dimension
    "np.r_[np.array([1, 2], dtype=np.int8), 300]",  # 300 does not fit the int8 result
    "np.r_[np.ones((2, 2)), np.ones(3)]",  # shapes do not concatenate
])
def test_concatenator_errors_match_numpy(expr: str) -> None:
    with pytest.raises(Exception) as want:
        eval(expr, {"np": np})
    with pytest.raises(want.type):
        eval(expr, {"np": tnp})


def test_matrix_directive_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="matrix"):
        tnp.r_["r", [1, 2]]


GRID_CASES = [
    "np.mgrid[0:5]",
    "np.mgrid[0:5:2]",
    "np.mgrid[-1:1:5j]",
    "np.mgrid[0:1:1j]",
    "np.mgrid[0:5, 0:3]",
    "np.mgrid[-1:1:3j, 0:2]",
    "np.mgrid[0:1:0.25, 1:3]",
    "np.mgrid[0:4:2, 0:3, 1:2]",
    "np.ogrid[0:5, 0:3]",
    "np.ogrid[-1:1:5j, 0:2]",
    "np.ogrid[0:4:0.5]",
    "np.mgrid[3:0]",
    "np.r_['0,1,2,3', [1, 2]]",
]


@pytest.mark.parametrize("expr", GRID_CASES)
def test_grids_match_numpy(expr: str) -> None:
    got, want = both(expr)
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            assert_same(g, w)
    else:
        assert_same(got, want)


@pytest.mark.parametrize("expr", [
    "np.s_[1:2]", "np.s_[1:2, ::3]", "np.s_[..., None, 0]", "np.s_[3]",
    "np.index_exp[3]", "np.index_exp[1:2, ::-1]", "np.index_exp[...]",
])
def test_index_expressions_match_numpy(expr: str) -> None:
    got, want = both(expr)
    assert got == want


def test_index_expression_indexes_like_numpy() -> None:
    a, n = tnp.arange(24).reshape(4, 6), np.arange(24).reshape(4, 6)
    assert_same(a[tnp.s_[1:3, ::2]], n[np.s_[1:3, ::2]])
    assert_same(a[tnp.index_exp[2]], n[np.index_exp[2]])


def test_typecodes_match_numpy() -> None:
    assert tnp.typecodes == np.typecodes
    for name in ("int8", "uint64", "float16", "float64", "complex64", "bool"):
        assert tnp.dtype(name).char in tnp.typecodes["All"]


def test_sctype_dict_matches_numpy_for_numeric_types() -> None:
    for key, tnp_type in tnp.sctypeDict.items():
        np_type = np.sctypeDict[key]
        if key in ("longdouble", "clongdouble"):
            continue  # tnp has no extended precision: float64 / complex128 stand in
        assert tnp.dtype(tnp_type).name == np.dtype(np_type).name, key
    numeric = {k for k, v in np.sctypeDict.items()
               if np.dtype(v).kind in "biufc" and not k.startswith(("float128", "complex256"))}
    assert numeric == set(tnp.sctypeDict)


def test_scalar_type_holds_python_and_tnp_scalars() -> None:
    assert tnp.ScalarType[:7] == np.ScalarType[:7]
    assert tnp.float64 in tnp.ScalarType and tnp.bool_ in tnp.ScalarType
    numeric = {t.__name__ for t in np.ScalarType[7:] if np.dtype(t).kind in "biufc"
               and t.__name__ not in ("longdouble", "clongdouble", "longlong", "ulonglong")}
    assert numeric == {t.__name__ for t in tnp.ScalarType[7:]}
    assert type(tnp.float32(1.0)) in tnp.ScalarType
