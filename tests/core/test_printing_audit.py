"""Differential audit of printing: tnp's repr / str / array2string / format_float_* text must
equal NumPy 2's character for character, over a table of inputs and print options.

Every case is a function of the module (``numpy`` or ``tnp_core``) returning a string; it is
run under the same print options for both, and an exception must be of the same type.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from compare import DTYPES, expected_type

import tnp_core as tnp

NAN, INF = float("nan"), float("inf")
Case = Callable[[Any], Any]


def _arr(m: Any, a: np.ndarray) -> Any:
    """``a`` itself for NumPy, a tnp copy of it for tnp."""
    return a if m is np else tnp.asarray(a.copy())


def _run(m: Any, case: Case, opts: dict[str, Any]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with m.printoptions(**opts):
            return case(m)


def _same(case: Case, opts: dict[str, Any] | None = None) -> None:
    """``case`` gives the same text (or raises the same exception type) for NumPy and tnp."""
    opts = opts or {}
    try:
        want = _run(np, case, opts)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(expected_type(e)):
            _run(tnp, case, opts)
        return
    got = _run(tnp, case, opts)
    assert got == want, f"\nNumPy:\n{want}\ntnp:\n{got}"


def _texts(a: np.ndarray) -> list[Case]:
    """repr and str of the array ``a`` (converted for tnp)."""
    return [lambda m: repr(_arr(m, a)), lambda m: str(_arr(m, a))]


def _values(dtype: str) -> np.ndarray:
    """Characteristic values of ``dtype`` (extremes, zeros, non-finite ones for floats)."""
    if dtype == "bool":
        return np.array([True, False, True])
    if dtype[0] in "iu":
        info = np.iinfo(dtype)
        return np.array([info.min, 0, 1, 7, info.max], dtype=dtype)
    vals = [0.0, -0.0, 1.5, -2.25, 1e-3, 123.0, NAN, INF, -INF]
    if dtype.startswith("complex"):
        return np.array([complex(v, w) for v, w in zip(vals, vals[::-1])], dtype=dtype)
    return np.array(vals, dtype=dtype)


# --------------------------------------------------------------------------- every dtype


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(), (1,), (5,), (2, 3), (2, 2, 2), (3, 1, 4)])
def test_dtype_and_rank(dtype: str, shape: tuple[int, ...]) -> None:
    n = int(np.prod(shape))
    vals = np.resize(_values(dtype), n).reshape(shape)
    for case in _texts(vals):
        _same(case)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(0,), (0, 3), (3, 0), (2, 0, 4), (0, 0)])
def test_empty(dtype: str, shape: tuple[int, ...]) -> None:
    for case in _texts(np.zeros(shape, dtype=dtype)):
        _same(case)
    _same(lambda m: m.array2string(_arr(m, np.zeros(shape, dtype=dtype))))


@pytest.mark.parametrize("dtype", DTYPES)
def test_scalars(dtype: str) -> None:
    for i in range(len(_values(dtype))):
        _same(lambda m, i=i: repr(_arr(m, _values(dtype))[i]))
        _same(lambda m, i=i: str(_arr(m, _values(dtype))[i]))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("opts", [{}, {"precision": 2}, {"sign": "+"}, {"floatmode": "fixed"},
                                  {"legacy": "1.25"}, {"legacy": "2.1"}])
def test_small_integers_as_every_dtype(dtype: str, opts: dict[str, Any]) -> None:
    # floats that are integers print as "1.", complex as "1.+0.j"; dtype suffix rules
    a = np.array([0, 1, 2, 1], dtype=dtype)
    for case in [*_texts(a), *_texts(a[:1].reshape(())), lambda m: repr(_arr(m, a)[1]),
                 lambda m: str(_arr(m, a)[2])]:
        _same(case, opts)


# --------------------------------------------------------------------------- scalar reprs

SCALAR_CASES: list[tuple[str, Case]] = [
    ("float32(1.5)", lambda m: repr(m.float32(1.5))),
    ("str float64(0.1)", lambda m: str(m.float64(0.1))),
    ("float64(0.1)", lambda m: repr(m.float64(0.1))),
    ("int8(-3)", lambda m: repr(m.int8(-3))),
    ("bool(True)", lambda m: repr(m.bool(True))),
    ("bool(False) str", lambda m: str(m.bool(False))),
    ("complex64(1+2j)", lambda m: repr(m.complex64(1 + 2j))),
    ("complex128(2j)", lambda m: repr(m.complex128(2j))),
    ("complex128(-0+1j)", lambda m: repr(m.complex128(complex(-0.0, 1)))),
    ("complex128(-0j)", lambda m: repr(m.complex128(complex(0.0, -0.0)))),
    ("complex128(nan+1j) str", lambda m: str(m.complex128(complex(NAN, 1)))),
    ("complex64(inf-infj)", lambda m: repr(m.complex64(complex(INF, -INF)))),
    ("complex128(1e16+1e-20j)", lambda m: repr(m.complex128(1e16 + 1e-20j))),
    ("float16(0.1)", lambda m: repr(m.float16(0.1))),
    ("float16(0.1) str", lambda m: str(m.float16(0.1))),
    ("float16(65504)", lambda m: repr(m.float16(65504))),
    ("float16(999.5)", lambda m: repr(m.float16(999.5))),
    ("float16(6e-8)", lambda m: repr(m.float16(6e-8))),
    ("float32(1e6)", lambda m: repr(m.float32(1e6))),
    ("float32(999999.9)", lambda m: repr(m.float32(999999.9))),
    ("float32(16777216)", lambda m: repr(m.float32(16777216))),
    ("float32(1e-4)", lambda m: repr(m.float32(1e-4))),
    ("float32(9.9999e-5)", lambda m: repr(m.float32(9.9999e-5))),
    ("float64(1e16)", lambda m: repr(m.float64(1e16))),
    ("float64(9999999999999998)", lambda m: repr(m.float64(9999999999999998.0))),
    ("float64(5e-324)", lambda m: repr(m.float64(5e-324))),
    ("float64(-0.0) str", lambda m: str(m.float64(-0.0))),
    ("float64(-inf)", lambda m: repr(m.float64(-INF))),
    ("float64(nan) str", lambda m: str(m.float64(NAN))),
    ("uint64 max", lambda m: repr(m.uint64(2**64 - 1))),
    ("int64 min", lambda m: repr(m.int64(-(2**63)))),
    ("uint8(200) str", lambda m: str(m.uint8(200))),
]


@pytest.mark.parametrize("case", [c for _, c in SCALAR_CASES],
                         ids=[name for name, _ in SCALAR_CASES])
@pytest.mark.parametrize("opts", [{}, {"precision": 3, "sign": "+"}, {"legacy": "1.25"}],
                         ids=["default", "precision-sign", "legacy125"])
def test_scalar_reprs(case: Case, opts: dict[str, Any]) -> None:
    _same(case, opts)


# --------------------------------------------------------------------------- float layouts

FLOAT_ARRAYS = [
    [1.0, 2.0],
    [-0.0, 0.0, 1.0],
    [-0.0],
    [NAN, INF, -INF],
    [NAN, 1.5],
    [-INF, 0.25],
    [1e-5, 1.0],
    [1e-4, 1.0],
    [1.0, 1000.0],
    [1.0, 1001.0],
    [1e8, 1.0],
    [99999999.0, 0.5],
    [1e16, 1.0],
    [1e-300, 1e300],
    [5e-324, 1.0],
    [123456.789, 0.001],
    [1 / 3, 2 / 3, 1.0],
    [0.1, 0.25, 100.125],
    [1e-10, 1.0, 2.0],
    [65504.0, 6e-8],
    [3.14159, -2.71828, 1e-3, NAN],
]


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "complex64", "complex128"])
@pytest.mark.parametrize("values", FLOAT_ARRAYS, ids=list(map(str, FLOAT_ARRAYS)))
def test_float_arrays(dtype: str, values: list[float]) -> None:
    with np.errstate(all="ignore"):
        a = np.array(values).astype(dtype)
        if dtype.startswith("complex"):
            a = a + 1j * np.array(values[::-1]).astype(dtype)
    for case in _texts(a):
        _same(case)
    _same(lambda m: repr(_arr(m, a)[0]))


@pytest.mark.parametrize("dtype", ["float32", "float64", "complex128"])
@pytest.mark.parametrize("opts", [
    {"floatmode": "fixed"}, {"floatmode": "unique"}, {"floatmode": "maxprec"},
    {"floatmode": "maxprec_equal"}, {"floatmode": "fixed", "precision": 3},
    {"floatmode": "unique", "precision": 2}, {"floatmode": "maxprec", "precision": 3},
    {"floatmode": "maxprec_equal", "precision": 2}, {"precision": 0},
    {"precision": 0, "floatmode": "fixed"}, {"suppress": True}, {"suppress": True, "precision": 3},
    {"sign": "+"}, {"sign": " "}, {"nanstr": "NaN", "infstr": "Inf"},
    {"formatter": {"float_kind": "{:.2f}".format, "complex_kind": lambda z: "z"}},
], ids=str)
def test_float_print_options(dtype: str, opts: dict[str, Any]) -> None:
    rng = np.random.default_rng(3)
    mixed = rng.standard_normal(8) * 10.0 ** rng.integers(-6, 7, 8)
    arrays = [np.array(v) for v in ([1.0, 2.5, -3.25], [1e-10, 1.0, 1234.5],
                                    [1 / 3, NAN, -INF, -0.0], [1e-5, 0.1], [1e9, 1.0])]
    for a in [*arrays, mixed.reshape(2, 4), np.array(1 / 3)]:
        a = a.astype(dtype)
        for case in _texts(a):
            _same(case, opts)


# --------------------------------------------------------------------------- layout


@pytest.mark.parametrize("dtype", ["int64", "int32", "uint8", "float64", "float32",
                                   "complex64", "bool"])
@pytest.mark.parametrize("shape", [(1001,), (2000,), (40, 40), (5, 6, 50), (3, 300, 2)])
def test_summarised(dtype: str, shape: tuple[int, ...]) -> None:
    a = (np.arange(np.prod(shape)) % 97 - 40).astype(dtype).reshape(shape) / (
        3 if dtype.startswith(("float", "complex")) else 1)
    a = a.astype(dtype)
    for case in _texts(a):
        _same(case)
    for opts in ({"edgeitems": 1}, {"edgeitems": 5, "threshold": 100}, {"threshold": 10_000},
                 {"threshold": sys.maxsize} if a.size <= 2000 else {"threshold": 3}):
        _same(lambda m: repr(_arr(m, a)), opts)


@pytest.mark.parametrize("dtype", ["int64", "int16", "float64", "float32", "complex128", "bool"])
@pytest.mark.parametrize("linewidth", [10, 40, 75, 120])
def test_line_wrapping(dtype: str, linewidth: int) -> None:
    rows = (np.arange(60) * 7919 % 1000 - 300).reshape(3, 20)
    a = (rows / 7 if dtype.startswith(("float", "complex")) else rows).astype(dtype)
    for case in [*_texts(a), *_texts(a[0]), *_texts(a[:, :1].reshape(3, 1, 1))]:
        _same(case, {"linewidth": linewidth})


def test_long_row_wraps_with_dtype_suffix() -> None:
    a = np.arange(26, dtype=np.int32) * 1000
    b = np.linspace(0, 1, 11, dtype=np.float32)
    for case in [*_texts(a), *_texts(b), *_texts(b.reshape(1, 11)),
                 lambda m: repr(m.arange(2000.).reshape(20, 100))]:
        _same(case)


def test_views() -> None:
    a = np.arange(24.0).reshape(2, 3, 4) / 3
    for view in (a.T, a[:, ::2], a[..., ::-1], a[1], a[:, 1:2, :]):
        for case in _texts(np.ascontiguousarray(view)):
            _same(case)
    _same(lambda m: repr(_arr(m, a).transpose(2, 0, 1)[::2]))


# --------------------------------------------------------------------------- functions

A2S_KWARGS: list[dict[str, Any]] = [
    {},
    {"separator": ", "},
    {"separator": ",", "prefix": "array(", "suffix": ")"},
    {"max_line_width": 20},
    {"precision": 2},
    {"precision": 2, "floatmode": "fixed"},
    {"suppress_small": True},
    {"sign": "+"},
    {"sign": " "},
    {"threshold": 5, "edgeitems": 1},
    {"threshold": 5, "edgeitems": 0},
    {"formatter": {"all": lambda x: "*"}},
    {"formatter": {"int": hex, "float": "{:.1f}".format}},
    {"legacy": "2.1"},
]


@pytest.mark.parametrize("kw", A2S_KWARGS, ids=str)
@pytest.mark.parametrize("dtype", ["int64", "float64", "float32", "complex128", "bool"])
def test_array2string(kw: dict[str, Any], dtype: str) -> None:
    base = np.array([[1, -2, 30], [4, 0, 600], [7, 8, -9]]) * np.array([1, 1e-5, 1])[:, None]
    a = base.astype(dtype) if dtype[0] in "fc" else base.round().astype(dtype)
    for x in (a, a[0], a[:1, :1].reshape(())):
        _same(lambda m, x=x: m.array2string(_arr(m, x), **kw))


@pytest.mark.parametrize("kw", [{}, {"max_line_width": 12}, {"precision": 2},
                                {"suppress_small": True}, {"precision": 3, "suppress_small": True}],
                         ids=str)
@pytest.mark.parametrize("dtype", ["int32", "float64", "float16", "complex64"])
def test_array_repr_and_array_str(kw: dict[str, Any], dtype: str) -> None:
    a = (np.arange(12).reshape(3, 4) / 7 + np.array([0, 1e-9, 0, 0])).astype(dtype)
    for x in (a, a[0], a[:1, :1].reshape(()), a[:0]):
        _same(lambda m, x=x: m.array_repr(_arr(m, x), **kw))
        _same(lambda m, x=x: m.array_str(_arr(m, x), **kw))


@pytest.mark.parametrize("case", [
    lambda m: m.array_repr(m.int32(0)),
    lambda m: m.array_repr(m.float64(1.5)),
    lambda m: m.array_repr(m.complex64(1 - 2j)),
    lambda m: m.array_repr(m.bool(True)),
])
def test_array_repr_of_scalars(case: Case) -> None:
    # NumPy names a scalar's type where an array's repr says "array"
    _same(case)


def _subclass(m: Any) -> type:
    return type("Sub", (m.ndarray,), {})


def test_array_repr_of_subclass() -> None:
    for a in (np.arange(3), np.arange(2000), np.zeros((0, 2)), np.array(1.5)):
        _same(lambda m, a=a: m.array_repr(_arr(m, a).view(_subclass(m))))
        _same(lambda m, a=a: str(_arr(m, a).view(_subclass(m))))


def test_repr_of_subclass() -> None:
    _same(lambda m: repr(_arr(m, np.arange(3)).view(_subclass(m))))


def test_printoptions_context_manager() -> None:
    def inside(m: Any) -> tuple[str, dict[str, Any], dict[str, Any]]:
        with m.printoptions(precision=2, sign="+", threshold=4) as yielded:
            return repr(m.arange(6.0) / 3), yielded, m.get_printoptions()

    assert inside(tnp) == inside(np)
    assert tnp.get_printoptions() == np.get_printoptions()  # restored


# --------------------------------------------------------------------------- format_float_*

FLOAT_VALUES: list[tuple[str, float]] = [
    ("float64", 0.1), ("float64", -1.5), ("float64", 2.5), ("float64", 123.456),
    ("float64", 1e300), ("float64", 5e-324), ("float64", 1e20), ("float64", 0.0),
    ("float64", -0.0), ("float64", 9.9999), ("float64", 0.000123),
    ("float32", 0.1), ("float32", 1e16), ("float32", 3.4e38), ("float32", 1.4e-45),
    ("float16", 65504.0), ("float16", 0.1), ("float16", 6e-8),
    ("float64", NAN), ("float64", -INF), ("float32", INF),
]
POSITIONAL_KW: list[dict[str, Any]] = [
    {}, {"precision": 3}, {"precision": 0}, {"unique": False, "precision": 5},
    {"unique": False, "precision": 0}, {"trim": "."}, {"trim": "0"}, {"trim": "-"},
    {"precision": 2, "trim": "-"}, {"sign": True}, {"pad_left": 6}, {"pad_right": 5},
    {"pad_left": 4, "pad_right": 4, "trim": "-"}, {"min_digits": 4},
    {"precision": 6, "min_digits": 3}, {"precision": 0, "min_digits": 3},
    {"precision": 0, "min_digits": 1, "trim": "-"}, {"fractional": False, "precision": 3},
    {"fractional": False, "precision": 2, "unique": False},
]
SCIENTIFIC_KW: list[dict[str, Any]] = [
    {}, {"precision": 3}, {"precision": 0}, {"unique": False, "precision": 5},
    {"unique": False, "precision": 20}, {"trim": "."}, {"trim": "0"}, {"trim": "-"},
    {"sign": True}, {"pad_left": 4}, {"exp_digits": 1}, {"exp_digits": 4},
    {"min_digits": 5}, {"precision": 4, "min_digits": 2}, {"precision": 0, "min_digits": 1},
]


def _float(m: Any, dtype: str, value: float) -> Any:
    return getattr(m, dtype)(value)


@pytest.mark.parametrize("kw", POSITIONAL_KW, ids=str)
def test_format_float_positional(kw: dict[str, Any]) -> None:
    for dtype, value in FLOAT_VALUES:
        _same(lambda m, d=dtype, v=value: m.format_float_positional(_float(m, d, v), **kw))
    _same(lambda m: m.format_float_positional(7.411783806296967e27, **kw))


@pytest.mark.parametrize("kw", SCIENTIFIC_KW, ids=str)
def test_format_float_scientific(kw: dict[str, Any]) -> None:
    for dtype, value in FLOAT_VALUES:
        _same(lambda m, d=dtype, v=value: m.format_float_scientific(_float(m, d, v), **kw))


@pytest.mark.parametrize("case", [
    lambda m: m.format_float_positional("1.5"),
    lambda m: m.format_float_positional(b"1"),
    lambda m: m.format_float_scientific("1.5"),
    lambda m: m.format_float_positional(1 + 2j),
    lambda m: m.format_float_positional(None),
    lambda m: m.format_float_positional(1.5, precision=1.5),
    lambda m: m.format_float_positional(1.5, pad_left=2.0),
    lambda m: m.format_float_positional(1.5, min_digits=1.5),
    lambda m: m.format_float_scientific(1.5, exp_digits=1.5),
    lambda m: m.format_float_scientific(1.5, precision=m.int8(2)),
    lambda m: m.format_float_positional(1.5, precision=-1),
    lambda m: m.format_float_positional(1.5, unique=False),
    lambda m: m.format_float_positional(1.5, trim="x"),
    lambda m: m.format_float_positional(1.5, precision=2, min_digits=3),
    lambda m: m.format_float_positional(1.5, fractional=False, precision=0),
    lambda m: m.format_float_positional(m.array([1.5, 2.5])),
    lambda m: m.format_float_positional(m.array(1 + 1j)),
    lambda m: m.format_float_positional(m.complex64(0.1 + 2j)),
    lambda m: m.format_float_scientific(m.array(0.1, dtype=m.float32)),
    lambda m: m.format_float_positional(m.array(0.1, dtype=m.float16)),
    lambda m: m.format_float_positional(m.int8(3)),
    lambda m: m.format_float_positional(True),
    lambda m: m.format_float_positional(2**80),
])
def test_format_float_arguments(case: Case) -> None:
    _same(case)


def test_complex_scalar_argument_warns() -> None:
    with pytest.warns(tnp.exceptions.ComplexWarning):
        tnp.format_float_positional(tnp.complex128(1.5 + 1j))
