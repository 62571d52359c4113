"""Differential tests of the printing API against NumPy 2: options, array2string, Dragon4."""

from __future__ import annotations

import contextlib
import io
import math
import sys
import threading
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core as tnp

SETTINGS = settings(max_examples=60, deadline=None)


@contextlib.contextmanager
def both(**kw):
    """The same print options in NumPy and tnp."""
    with np.printoptions(**kw), tnp.printoptions(**kw):
        yield


def same_text(a: np.ndarray) -> None:
    t = tnp.asarray(a)
    assert repr(t) == repr(a)
    assert str(t) == str(a)


def sample(dtype: str, shape: tuple[int, ...], seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    n = math.prod(shape)
    if dtype == "bool":
        return (rng.random(n) < 0.5).reshape(shape)
    if dtype[0] in "iu":
        info = np.iinfo(dtype)
        return rng.integers(max(info.min, -1000), min(info.max, 10**6), n,
                            dtype=dtype).reshape(shape)
    vals = rng.standard_normal(2 * n) * 10.0 ** rng.integers(-3, 4, 2 * n)
    if dtype.startswith("complex"):
        return (vals[:n] + 1j * vals[n:]).astype(dtype).reshape(shape)
    return vals[:n].astype(dtype).reshape(shape)


DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
FLOATS = ["float16", "float32", "float64", "complex64", "complex128"]
SHAPES = [(), (0,), (5,), (2, 3), (2, 0), (3, 1, 4), (1100,), (40, 30)]


# --------------------------------------------------------------------------- options state


def test_defaults_and_keys() -> None:
    assert tnp.get_printoptions() == np.get_printoptions()


def test_set_and_restore() -> None:
    old = tnp.get_printoptions()
    try:
        tnp.set_printoptions(precision=3, linewidth=50, suppress=True, sign="+")
        opts = tnp.get_printoptions()
        assert (opts["precision"], opts["linewidth"], opts["suppress"], opts["sign"]) == (
            3, 50, True, "+")
        assert repr(tnp.asarray([1 / 3])) == "array([+0.333])"
        tnp.set_printoptions()  # no argument: others unchanged, formatter reset
        assert tnp.get_printoptions()["precision"] == 3
    finally:
        tnp.set_printoptions(**old)
    assert tnp.get_printoptions() == np.get_printoptions()


def test_context_manager_restores_and_yields() -> None:
    with tnp.printoptions(precision=2) as opts:
        assert opts["precision"] == 2 == tnp.get_printoptions()["precision"]
        assert repr(tnp.asarray([2.0]) / 3) == "array([0.67])"
    assert tnp.get_printoptions()["precision"] == 8


def test_options_are_per_thread() -> None:
    seen = []

    def worker() -> None:
        seen.append(tnp.get_printoptions()["precision"])

    with tnp.printoptions(precision=2):
        th = threading.Thread(target=worker)
        th.start()
        th.join()
    assert seen == [8]


@pytest.mark.parametrize("kw", [
    {"floatmode": "bad"}, {"sign": "x"}, {"threshold": "1000"}, {"threshold": math.nan},
    {"precision": 1.5}, {"precision": "3"},
])
def test_bad_options(kw: dict) -> None:
    with pytest.raises(Exception) as want:
        np.set_printoptions(**kw)
    np.set_printoptions()
    with pytest.raises(type(want.value)):
        tnp.set_printoptions(**kw)
    assert tnp.get_printoptions() == np.get_printoptions()


def test_legacy_values() -> None:
    for leg in ("1.21", "1.25", "2.1", "2.2", False):
        with both(legacy=leg):
            assert tnp.get_printoptions()["legacy"] == np.get_printoptions()["legacy"]
            for a in (np.float16(5000), np.float32(1e7), np.int8(3), np.True_,
                      np.complex64(1 + 2j)):
                assert repr(tnp.asarray(a)[()]) == repr(a)
            same_text(np.array([5000.0], np.float16))
            same_text(np.arange(1001))
    with pytest.raises(NotImplementedError):
        tnp.set_printoptions(legacy="1.13")
    with pytest.warns(UserWarning):
        tnp.set_printoptions(legacy="0.9")
    tnp.set_printoptions(legacy=False)


# --------------------------------------------------------------------------- array text


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_every_dtype_and_shape(dtype: str, shape: tuple[int, ...]) -> None:
    same_text(sample(dtype, shape))


@pytest.mark.parametrize("floatmode", ["fixed", "unique", "maxprec", "maxprec_equal"])
@pytest.mark.parametrize("precision", [0, 1, 3, 8, 12])
@pytest.mark.parametrize("dtype", FLOATS)
def test_floatmode_precision(floatmode: str, precision: int, dtype: str) -> None:
    vals = np.array([0.5, 1 / 3, 2.0, -1.25, 100.0, 1e-3, 0.0], dtype=dtype)
    with np.errstate(over="ignore"):
        big = np.array([1e-7, 1.0, 123456.789, -0.1], dtype=dtype)
    with both(floatmode=floatmode, precision=precision):
        same_text(vals)
        same_text(big)
        same_text(vals[1:2].reshape(()))


@pytest.mark.parametrize("sign", ["-", "+", " "])
@pytest.mark.parametrize("dtype", ["int32", "uint8", "float32", "float64", "complex128", "bool"])
def test_sign_modes(sign: str, dtype: str) -> None:
    with both(sign=sign):
        for a in (np.array([1, 2, 3]), np.array([-1, 2, 3]), np.array(5), np.array([0, 7])):
            if dtype == "uint8" and (a < 0).any():
                continue
            same_text(a.astype(dtype))
        if dtype in ("float32", "float64", "complex128"):
            same_text(np.array([1.5, np.nan, np.inf], dtype))
            same_text(np.array([-0.0, 0.0], dtype))


@pytest.mark.parametrize("suppress", [False, True])
@pytest.mark.parametrize("dtype", FLOATS)
def test_suppress_nan_inf(suppress: bool, dtype: str) -> None:
    cases = [[1e-9, 1.0, 2.0], [1e-6, 4e-7, 2, 3], [np.nan, 1.0, -np.inf], [np.nan, np.inf],
             [1e10, 1.0], [123456789.0, 0.5], [np.inf, -np.inf, 0.5]]
    with both(suppress=suppress):
        for c in cases:
            with np.errstate(all="ignore"):
                same_text(np.array(c).astype(dtype))
    with both(nanstr="NaN!!", infstr="Infinity"):
        same_text(np.array([1.5, np.nan, -np.inf], dtype))
        same_text(np.array([np.nan], dtype))


@pytest.mark.parametrize("linewidth", [10, 20, 33, 75, 120])
@pytest.mark.parametrize("dtype", ["int64", "float64", "complex64", "bool"])
def test_linewidth_wrapping(linewidth: int, dtype: str) -> None:
    a = sample(dtype, (3, 17), seed=linewidth)
    with both(linewidth=linewidth):
        same_text(a)
        same_text(a[0])


@pytest.mark.parametrize("threshold,edgeitems", [(5, 1), (10, 2), (0, 3), (3, 0), (100, 4)])
def test_summarised(threshold: int, edgeitems: int) -> None:
    with both(threshold=threshold, edgeitems=edgeitems):
        for shape in [(10,), (3, 4), (9, 9), (2, 10, 3)]:
            same_text(sample("float64", shape))
            same_text(sample("int16", shape))


def test_formatter() -> None:
    a, f = np.arange(5.0), np.arange(4)
    cases = [
        {"float_kind": lambda x: f"{float(x):.2f}"},
        {"int": lambda x: hex(int(x))},
        {"all": lambda x: "X"},
        {"int_kind": lambda x: f"<{int(x)}>", "int": None},
        {"float": lambda x: "F", "float_kind": lambda x: "K"},
        {"bool": lambda x: "yes" if x else "no"},
        {"complex_kind": lambda x: "C"},
        {"int": lambda x: f"a\nbb{int(x)}"},
    ]
    for fmt in cases:
        for arr in (a, f, np.array([True, False]), np.array([1 + 2j])):
            want = np.array2string(arr, formatter=fmt)
            assert tnp.array2string(tnp.asarray(arr), formatter=fmt) == want
            with both(formatter=fmt):
                same_text(arr)
    with pytest.raises(TypeError):
        tnp.array2string(tnp.arange(3), formatter={"int": lambda x: 5})


@pytest.mark.parametrize("sep,prefix,suffix", [(" ", "", ""), (", ", "array(", ")"),
                                               (",", "xyz", ""), ("  ;  ", "", ",,")])
@pytest.mark.parametrize("dtype", ["int8", "float32", "complex128"])
def test_array2string_arguments(sep: str, prefix: str, suffix: str, dtype: str) -> None:
    a = sample(dtype, (4, 9), seed=3)
    for kw in [{}, {"max_line_width": 30}, {"precision": 2, "suppress_small": True},
               {"threshold": 10, "edgeitems": 1}, {"sign": "+"}, {"floatmode": "fixed"}]:
        want = np.array2string(a, separator=sep, prefix=prefix, suffix=suffix, **kw)
        got = tnp.array2string(tnp.asarray(a), separator=sep, prefix=prefix, suffix=suffix,
                               **kw)
        assert got == want


def test_array_repr_and_str_functions() -> None:
    x = np.array([1e-6, 4e-7, 2, 3])
    for kw in [{}, {"precision": 6, "suppress_small": True}, {"max_line_width": 20}]:
        assert tnp.array_repr(tnp.asarray(x), **kw) == np.array_repr(x, **kw)
        assert tnp.array_str(tnp.asarray(x), **kw) == np.array_str(x, **kw)
    for a in (np.array([], np.int32), np.arange(3), np.array(1.5), np.zeros((2, 0))):
        assert tnp.array_repr(tnp.asarray(a)) == np.array_repr(a)
        assert tnp.array_str(tnp.asarray(a)) == np.array_str(a)
    assert tnp.array2string(tnp.zeros((0, 3))) == "[]"


def test_override_repr() -> None:
    with tnp.printoptions(override_repr=lambda a: f"A{a.shape}"):
        assert repr(tnp.zeros((2, 3))) == "A(2, 3)"
        assert tnp.array_repr(tnp.zeros(4)) == "A(4,)"
    assert repr(tnp.zeros(2)) == "array([0., 0.])"


def test_zero_dim_repr_uses_options_but_str_does_not() -> None:
    with both(precision=3):
        same_text(np.array(1 / 3))
        same_text(np.array(1 / 3, np.float32))
        assert repr(tnp.float64(1 / 3)) == repr(np.float64(1 / 3))


@SETTINGS
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True, width=32), min_size=1,
                max_size=12),
       st.sampled_from(["float16", "float32", "float64"]),
       st.sampled_from(["fixed", "unique", "maxprec", "maxprec_equal"]),
       st.integers(0, 10), st.booleans(), st.sampled_from("-+ "))
def test_hypothesis_arrays(vals, dtype, floatmode, precision, suppress, sign) -> None:
    with np.errstate(all="ignore"):
        a = np.array(vals).astype(dtype)
    with both(floatmode=floatmode, precision=precision, suppress=suppress, sign=sign):
        same_text(a)


# --------------------------------------------------------------------------- Dragon4


def _call(fn_np, fn_tnp, x_np, x_tnp, **kw):
    try:
        want = fn_np(x_np, **kw)
    except Exception as e:  # noqa: BLE001 - compare the exception type
        with pytest.raises(type(e)):
            fn_tnp(x_tnp, **kw)
        return
    assert fn_tnp(x_tnp, **kw) == want, kw


def _tnp_scalar(x: np.floating):
    return tnp.asarray(np.asarray(x))[()]


POS_CASES = [
    {}, {"precision": 3}, {"precision": 0}, {"precision": 1, "unique": False},
    {"precision": 10, "unique": False}, {"trim": "."}, {"trim": "0"}, {"trim": "-"},
    {"precision": 3, "unique": False, "trim": "-"}, {"sign": True}, {"pad_left": 5},
    {"pad_right": 4}, {"trim": "-", "pad_right": 3}, {"min_digits": 5}, {"min_digits": 0},
    {"fractional": False, "precision": 3}, {"fractional": False, "min_digits": 6},
    {"fractional": False, "precision": 4, "unique": False},
]
VALUES = [0.0, -0.0, 0.1, 0.15, 0.3, 0.5, 1.0, 1.5, 2.5, 9.9996, 0.0004, 0.0006, 1.0004,
          123.456, 1e22, 1e23, 5e-324, 1.7976931348623157e308, math.pi, -2.0 / 3,
          math.inf, -math.inf, math.nan, 65504.0, 1e-5]


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("kw", POS_CASES)
def test_format_float_positional_cases(dtype: str, kw: dict) -> None:
    for v in VALUES:
        with np.errstate(all="ignore"):
            x = np.dtype(dtype).type(v)
        _call(np.format_float_positional, tnp.format_float_positional, x, _tnp_scalar(x), **kw)


SCI_CASES = [
    {}, {"precision": 3}, {"precision": 0}, {"precision": 2, "unique": False},
    {"precision": 20, "unique": False}, {"trim": "."}, {"trim": "0"}, {"trim": "-"},
    {"precision": 1, "unique": False, "trim": "-"}, {"sign": True}, {"pad_left": 4},
    {"exp_digits": 4}, {"exp_digits": 0}, {"min_digits": 6}, {"precision": 5, "min_digits": 4},
]


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("kw", SCI_CASES)
def test_format_float_scientific_cases(dtype: str, kw: dict) -> None:
    for v in VALUES:
        with np.errstate(all="ignore"):
            x = np.dtype(dtype).type(v)
        _call(np.format_float_scientific, tnp.format_float_scientific, x, _tnp_scalar(x), **kw)


def test_format_float_python_values_and_errors() -> None:
    for x in (1.5, 1, True, 0.1):
        assert tnp.format_float_positional(x) == np.format_float_positional(x)
        assert tnp.format_float_scientific(x) == np.format_float_scientific(x)
    # a 0-d array prints at float64 width (a scalar at its own): NumPy converts with float()
    for x in (np.float32(0.1), np.array(0.1, np.float32), np.float16(0.1), np.array(0.1)):
        got = tnp.asarray(x) if isinstance(x, np.ndarray) else tnp.dtype(x.dtype).type(x)
        assert tnp.format_float_positional(got) == np.format_float_positional(x)
        assert tnp.format_float_scientific(got) == np.format_float_scientific(x)
    for bad, kw in [("a", {}), (1 + 2j, {}), (1.5, {"precision": -1}),
                    (1.5, {"precision": 0, "fractional": False}),
                    (1.5, {"min_digits": 5, "precision": 3}), (1.5, {"unique": False}),
                    (1.5, {"trim": "x"})]:
        _call(np.format_float_positional, tnp.format_float_positional, bad, bad, **kw)
    for bad, kw in [("a", {}), (1.5, {"exp_digits": -1}), (1.5, {"unique": False})]:
        _call(np.format_float_scientific, tnp.format_float_scientific, bad, bad, **kw)


@SETTINGS
@given(st.integers(0, 2**64 - 1), st.sampled_from(["float16", "float32", "float64"]),
       st.one_of(st.none(), st.integers(0, 20)), st.booleans(), st.sampled_from("k.0-"),
       st.one_of(st.none(), st.integers(0, 20)), st.booleans())
def test_hypothesis_dragon4(bits, dtype, precision, unique, trim, min_digits, fractional):
    width = np.dtype(dtype).itemsize * 8
    x = np.array(bits % 2**width, f"u{width // 8}").view(dtype)[()]
    if not np.isfinite(x):
        return
    kw = {"precision": precision, "unique": unique, "trim": trim, "min_digits": min_digits}
    _call(np.format_float_scientific, tnp.format_float_scientific, x, _tnp_scalar(x), **kw)
    if width == 64 and abs(x) > 1e30 or abs(x) < 1e-30:
        return  # keep the positional strings short
    _call(np.format_float_positional, tnp.format_float_positional, x, _tnp_scalar(x),
          fractional=fractional, **kw)


def test_float16_all_values_default() -> None:
    every = np.arange(0, 65536, 13, dtype=np.uint16).view(np.float16)
    for x in every[np.isfinite(every)]:
        t = _tnp_scalar(x)
        assert tnp.format_float_positional(t) == np.format_float_positional(x)
        assert tnp.format_float_scientific(t) == np.format_float_scientific(x)


# --------------------------------------------------------------------------- integer text


@pytest.mark.parametrize("num", [0, 1, 5, 255, 256, -1, -5, -128, -129, 2**70, -(2**40)])
@pytest.mark.parametrize("width", [None, 1, 8, 16, 80])
def test_binary_repr(num: int, width: int | None) -> None:
    _call(lambda n, **k: np.binary_repr(n, width), lambda n, **k: tnp.binary_repr(n, width),
          num, num)
    _call(lambda n, **k: np.binary_repr(n, width), lambda n, **k: tnp.binary_repr(n, width),
          np.int64(num) if abs(num) < 2**62 else num, tnp.int64(num) if abs(num) < 2**62 else num)


@pytest.mark.parametrize("num", [0, 7, -7, 255, 2**65, 5.7])
@pytest.mark.parametrize("base,padding", [(2, 0), (16, 3), (36, 1), (10, 0), (1, 0), (37, 0)])
def test_base_repr(num, base: int, padding: int) -> None:
    _call(lambda n, **k: np.base_repr(n, base, padding),
          lambda n, **k: tnp.base_repr(n, base, padding), num, num)


def test_typename() -> None:
    for ch in ["S1", "?", "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "g", "F",
               "D", "G", "S", "U", "V", "O"]:
        assert tnp.typename(ch) == np.typename(ch)
    with pytest.raises(KeyError):
        tnp.typename("zz")


# --------------------------------------------------------------------------- info & config


@pytest.mark.parametrize("make", [
    lambda m: m.arange(6).reshape(2, 3)[:, ::2],
    lambda m: m.zeros((3, 4), dtype=m.float32).T,
    lambda m: m.ones(5, dtype=m.int8),
    lambda m: m.zeros(()),
])
def test_info_array(make) -> None:
    got, want = io.StringIO(), io.StringIO()
    tnp.info(make(tnp), output=got)
    np.info(make(np), output=want)

    def strip(s: str) -> list[str]:
        return [ln for ln in s.splitlines() if not ln.startswith("data pointer")]

    assert strip(got.getvalue()) == strip(want.getvalue())
    assert "data pointer: 0x" in got.getvalue()


def test_info_function_and_name() -> None:
    out = io.StringIO()
    tnp.info(tnp.binary_repr, output=out)
    text = out.getvalue()
    assert text.startswith(" binary_repr(num") and "two's complement" in text
    out = io.StringIO()
    tnp.info("format_float_positional", output=out)
    assert "format_float_positional(x" in out.getvalue()


def test_show_config_and_runtime(capsys) -> None:
    tnp.show_runtime()
    text = capsys.readouterr().out
    assert "torch_version" in text and "devices" in text and "tnp-" in text
    tnp.show_config()
    text = capsys.readouterr().out
    assert "torch:" in text and "CUDA available" in text
    cfg = tnp.show_config(mode="dicts")
    assert cfg["torch"]["version"] and "plugins" in cfg["tnp"]
    with pytest.raises(AttributeError):
        tnp.show_config(mode="bad")


def test_no_warnings_on_default_path() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        repr(tnp.arange(2000.0))
        str(tnp.asarray(sys.float_info.max))
