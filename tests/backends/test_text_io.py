"""Differential tests of text I/O: loadtxt, savetxt, genfromtxt against NumPy 2."""

from __future__ import annotations

import gzip
import io
import warnings

import numpy as np
import pytest

import tnp_core as tnp
from tests.compare import DTYPES, assert_same, data, expected_type, to_tnp


def _same_call(name: str, lines, **kw):
    """Call numpy.<name> and tnp.<name> on the same text; compare results or exception types."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            want = getattr(np, name)(list(lines), **kw)
        except Exception as e:  # noqa: BLE001
            with pytest.raises(expected_type(e)):
                getattr(tnp, name)(list(lines), **kw)
            return e
        got = getattr(tnp, name)(list(lines), **kw)
    if isinstance(want, np.ndarray) and kw.get("unpack") and isinstance(got, tuple):
        got = tnp.asarray(got)
    assert_same(got, want)
    return got


# ------------------------------------------------------------------ loadtxt

LOADTXT_CASES = [
    (["1 2 3", "4 5 6"], {}),
    (["1 2 3"], {}),
    (["1", "2"], {}),
    (["1"], {}),
    (["1"], {"ndmin": 2}),
    (["1", "2"], {"ndmin": 2}),
    (["1 2"], {"ndmin": 2}),
    (["1 2"], {"ndmin": 1}),
    (["1"], {"ndmin": 1}),
    (["1 2", "3 4"], {"unpack": True}),
    (["1 2 3", "4 5 6"], {"unpack": True, "usecols": (0, 2)}),
    (["1 2", "3 4"], {"ndmin": 3}),
    (["1,2,3", "4,5,6"], {"delimiter": ","}),
    (["1, 2 ,3"], {"delimiter": ","}),
    (["1;2"], {"delimiter": "; "}),
    (["1,,2"], {"delimiter": ","}),
    (["1,2,3", "4,5"], {"delimiter": ","}),
    (["1,abc"], {"delimiter": ","}),
    (["# header", "1 2 # trailing", "", "   ", "3 4"], {}),
    (["% c", "1 2 // x", "3 4"], {"comments": ["%", "//"]}),
    (["1 2 3"], {"comments": None}),
    (["skip me", "also", "1 2", "3 4"], {"skiprows": 2}),
    (["1 2 3"], {"skiprows": -1}),
    (["1 2 3", "4 5 6", "7 8 9"], {"max_rows": 2}),
    (["#c", "1 2 3", "#c", "4 5 6", "7 8 9"], {"max_rows": 2, "skiprows": 1}),
    (["1 2 3"], {"max_rows": -1}),
    (["1 2 3"], {"usecols": 5}),
    (["1 2 3"], {"usecols": (-1, 0)}),
    (["1 2 3"], {"usecols": 1}),
    (["1 2 3"], {"usecols": 1.5}),
    (["1.5"], {"dtype": int}),
    (["1 0 2"], {"dtype": bool}),
    (["True"], {"dtype": bool}),
    (["300"], {"dtype": "u1"}),
    (["-1"], {"dtype": "u1"}),
    (["18446744073709551615 1"], {"dtype": "u8"}),
    (["1e400 -1e400 nan inf -inf"], {}),
    (["0x10"], {"dtype": int}),
    (["+5 -0"], {"dtype": int}),
    (["1_0"], {}),
    (["1\t2"], {"delimiter": "\t"}),
    (["1+2j (3-1j)", "1j 2"], {"dtype": complex}),
    (['"1,5",2'], {"delimiter": ",", "quotechar": '"'}),
    (['"1",2'], {"delimiter": ",", "quotechar": '"'}),
    ([], {}),
    (["1 2 3"], {"dtype": "U3"}),
    (["1 2 3"], {"dtype": [("a", "i4")]}),
    (["1 2 3"], {"converters": 3}),
    (["1 2", "3 4"], {"max_rows": 0}),
    ([], {"unpack": True, "ndmin": 2}),
    (["1", "2"], {"unpack": True, "ndmin": 2}),
    (["1 2 3", "4 5 6"], {"usecols": 0, "ndmin": 2}),
]


@pytest.mark.parametrize("lines,kw", LOADTXT_CASES)
def test_loadtxt_cases(lines, kw):
    if kw.get("dtype") == "U3" or isinstance(kw.get("dtype"), list):
        with pytest.raises(TypeError, match="numeric dtypes only"):
            tnp.loadtxt(lines, **kw)
        return
    _same_call("loadtxt", lines, **kw)


@pytest.mark.parametrize("dtype", DTYPES)
def test_loadtxt_dtypes(dtype):
    a = data((4, 3), dtype, seed=7)
    buf = io.StringIO()
    np.savetxt(buf, a.real if a.dtype.kind != "c" else a, fmt="%d" if a.dtype.kind in "biu"
               else "%.17g")
    lines = buf.getvalue().splitlines()
    if a.dtype.kind == "b":
        lines = [ln.replace("True", "1").replace("False", "0") for ln in lines]
    _same_call("loadtxt", lines, dtype=dtype)


def test_loadtxt_converters():
    _same_call("loadtxt", ["1 2 3"], converters={0: lambda s: float(s) * 10})
    _same_call("loadtxt", ["1 2 3"], converters=lambda s: float(s) * 10)
    _same_call("loadtxt", ["1 2 3", "4 5 6"], converters={-1: lambda s: 7}, dtype=int)
    for usecols, key in (((2,), 2), ((2,), -1), ((-1,), 2), ((2,), 0), ((0, 2), 0)):
        _same_call("loadtxt", ["1 2 3", "4 5 6"], usecols=usecols,
                   converters={key: lambda s: float(s) + 0.5})
    _same_call("loadtxt", ["1 2 3"], converters={5: float})
    _same_call("loadtxt", ["a,1", "b,2"], delimiter=",",
               converters={0: lambda s: {"a": 1.5, "b": 2.5}[s]})


def test_loadtxt_sources(tmp_path):
    text = "# c\n1 2\n3 4\n"
    want = np.loadtxt(io.StringIO(text))
    path = tmp_path / "a.txt"
    path.write_text(text)
    assert_same(tnp.loadtxt(path), want)
    assert_same(tnp.loadtxt(str(path)), want)
    with open(path) as f:
        assert_same(tnp.loadtxt(f), want)
    with open(path, "rb") as f:  # a binary file: decoded
        assert_same(tnp.loadtxt(f), want)
    assert_same(tnp.loadtxt(io.StringIO(text)), want)
    assert_same(tnp.loadtxt(io.BytesIO(text.encode())), want)
    assert_same(tnp.loadtxt(ln for ln in text.splitlines()), want)
    gz = tmp_path / "a.txt.gz"
    with gzip.open(gz, "wt") as f:
        f.write(text)
    assert_same(tnp.loadtxt(gz), want)
    path.write_text("1,5 2,5\n", encoding="utf-16")
    assert_same(tnp.loadtxt(path, encoding="utf-16", converters=lambda s: s.replace(",", ".")),
                np.loadtxt(path, encoding="utf-16", converters=lambda s: s.replace(",", ".")))
    with pytest.raises(ValueError, match="fname must be"):
        tnp.loadtxt(5)


def test_loadtxt_empty_warns():
    with pytest.warns(UserWarning, match="input contained no data"):
        got = tnp.loadtxt(io.StringIO(""))
    assert_same(got, np.array([], dtype=float))


# ------------------------------------------------------------------ savetxt


def _savetxt_text(mod, X, **kw) -> str:
    buf = io.StringIO()
    mod.savetxt(buf, X, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(4,), (3, 2), (0, 3), (2, 1)])
def test_savetxt_default_fmt(dtype, shape):
    a = data(shape, dtype, seed=8)
    assert _savetxt_text(tnp, to_tnp(a)) == _savetxt_text(np, a)


@pytest.mark.parametrize("kw", [
    dict(fmt="%d"),
    dict(fmt="%.3f", delimiter=","),
    dict(fmt=["%d", "%.2e", "%5.1f"]),
    dict(fmt="%d,%d;%.1f"),
    dict(fmt="%s"),
    dict(fmt="%r"),
    dict(fmt="%10.4g", newline="\r\n"),
    dict(header="first\nsecond", footer="end", comments="## "),
    dict(header="h", comments=""),
    dict(fmt="%d %d"),
    dict(fmt=["%d", "%d"]),
    dict(fmt=5),
])
@pytest.mark.parametrize("dtype", ["float64", "float32", "int32", "uint64", "bool"])
def test_savetxt_options(kw, dtype):
    a = data((2, 3), dtype, seed=9)
    try:
        want = _savetxt_text(np, a, **kw)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(expected_type(e)):
            _savetxt_text(tnp, to_tnp(a), **kw)
        return
    assert _savetxt_text(tnp, to_tnp(a), **kw) == want


@pytest.mark.parametrize("kw", [
    dict(),
    dict(fmt="%.3f"),
    dict(fmt="%.2e %.2e %.1f %.1f"),
    dict(fmt=["%.1f %+.1fj", "(%.2f, %.2f)"]),
    dict(fmt="%.2e %.2e"),
])
@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_savetxt_complex(kw, dtype):
    a = data((3, 2), dtype, seed=10)
    a[0, 0] = 1 - 2j
    try:
        want = _savetxt_text(np, a, **kw)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(expected_type(e)):
            _savetxt_text(tnp, to_tnp(a), **kw)
        return
    assert _savetxt_text(tnp, to_tnp(a), **kw) == want


def test_savetxt_targets(tmp_path):
    a = data((3, 2), "float64")
    np.savetxt(tmp_path / "n.txt", a, fmt="%.6f")
    tnp.savetxt(tmp_path / "t.txt", to_tnp(a), fmt="%.6f")
    assert (tmp_path / "t.txt").read_bytes() == (tmp_path / "n.txt").read_bytes()
    tnp.savetxt(str(tmp_path / "t2.txt"), [[1, 2], [3, 4]], fmt="%d")
    assert (tmp_path / "t2.txt").read_text() == "1 2\n3 4\n"
    with open(tmp_path / "b.txt", "wb") as f:  # a binary stream: encoded
        tnp.savetxt(f, to_tnp(a), header="é", encoding="latin1")
    with open(tmp_path / "c.txt", "wb") as f:
        np.savetxt(f, a, header="é", encoding="latin1")
    assert (tmp_path / "b.txt").read_bytes() == (tmp_path / "c.txt").read_bytes()
    b = io.BytesIO()
    tnp.savetxt(b, to_tnp(a))
    assert b.getvalue().decode() == _savetxt_text(np, a)
    tnp.savetxt(tmp_path / "z.txt.gz", to_tnp(a))
    with gzip.open(tmp_path / "z.txt.gz", "rt") as f:
        assert f.read() == _savetxt_text(np, a)
    # the round trip through loadtxt is exact with the default format
    assert_same(tnp.loadtxt(tmp_path / "z.txt.gz"), a)


@pytest.mark.parametrize("shape", [(), (2, 2, 2)])
def test_savetxt_bad_ndim(shape):
    a = np.zeros(shape)
    with pytest.raises(ValueError):
        np.savetxt(io.StringIO(), a)
    with pytest.raises(ValueError, match="Expected 1D or 2D array"):
        tnp.savetxt(io.StringIO(), to_tnp(a))


def test_savetxt_format_mismatch():
    a = np.array([[1.5, np.nan]])
    with pytest.raises(ValueError):
        np.savetxt(io.StringIO(), a, fmt="%d")
    with pytest.raises(ValueError):
        tnp.savetxt(io.StringIO(), to_tnp(a), fmt="%d")
    with pytest.raises(TypeError):
        np.savetxt(io.StringIO(), a, fmt="%c")
    with pytest.raises(TypeError, match="Mismatch between array dtype"):
        tnp.savetxt(io.StringIO(), to_tnp(a), fmt="%c")
    with pytest.raises(ValueError):
        tnp.savetxt(io.StringIO(), to_tnp(a), fmt="%d %q")


# ------------------------------------------------------------------ genfromtxt

GENFROMTXT_CASES = [
    (["1,,3", "4,5,6"], dict(delimiter=",")),
    (["1,,3", "4,5,6"], dict(delimiter=",", dtype=int)),
    (["1,,3", "4,5,6"], dict(delimiter=",", dtype=complex)),
    (["1,,3", "4,5,6"], dict(delimiter=",", dtype="float32")),
    (["1,abc,3", "4,5,6"], dict(delimiter=",")),
    (["1,abc,3", "4,5,6"], dict(delimiter=",", loose=False)),
    (["1,N/A,3", "4,5,6"], dict(delimiter=",", missing_values="N/A", filling_values=-9)),
    (["1,N/A,3", "4,5,6"], dict(delimiter=",", missing_values={1: "N/A"},
                                filling_values={1: -9})),
    (["1,?,3", "x,5,6"], dict(delimiter=",", missing_values=["?", "x"])),
    (["1,,", "4,5,6"], dict(delimiter=",", filling_values=[7, 8, 9])),
    (["1,2,3", "4,5"], dict(delimiter=",")),
    (["1,2,3", "4,5", "7,8,9"], dict(delimiter=",", invalid_raise=False)),
    (["h", "1,2,3", "4,5,6", "f"], dict(delimiter=",", skip_header=1, skip_footer=1)),
    (["123456", "654321"], dict(delimiter=(1, 2, 3))),
    (["123456"], dict(delimiter=2)),
    (["1 2", "3 4"], dict(dtype=None)),
    (["True False"], dict(dtype=None)),
    (["1+2j 3j"], dict(dtype=None)),
    (["1 2 3"], {}),
    (["1"], {}),
    (["1", "2"], dict(ndmin=2)),
    (["1 2", "3 4"], dict(unpack=True)),
    (["1 2", "3 4", "5 6"], dict(max_rows=2)),
    (["1 2", "3 4", "5 6"], dict(max_rows=2, skip_footer=1)),
    (["1 2 # c", "3 4"], dict(usecols=(1,))),
    (["1 2 3", "3 4 5"], dict(usecols=(-1, 0))),
    (["1 2", "3 4"], dict(converters={0: lambda s: float(s) * 2})),
    (["a, 2", " b,3 "], dict(delimiter=",", usecols=1, dtype=int)),
    (["1, 2 ", " 3,4 "], dict(delimiter=",", autostrip=True, dtype=int)),
    (["1,2", "3,"], dict(delimiter=",")),
    (["1,2", "3"], dict(delimiter=",")),
    (["# c", "", "1 2 ; x", "3 4"], dict(comments=";")),
    (["1 2", "3 4"], dict(ndmin=5)),
    (["1,2", "3,4"], dict(delimiter=",", dtype=bool)),
    (["true,FALSE", "False,x"], dict(delimiter=",", dtype=bool)),
    (["5,6", "7,"], dict(delimiter=",", dtype="u1")),
    (["1 2"], dict(skip_header=-1)),
    (["1 2"], dict(skip_footer=1)),
    ([], dict(unpack=True, ndmin=2)),
    (["1", "2"], dict(unpack=True, ndmin=2)),
    (["1 2 3", "4 5", "6 7 8", "9"], dict(invalid_raise=False, skip_footer=1)),
    (["1 2 3", "4 5", "6 7 8", "9"], dict(skip_footer=1)),
    (["1 2 3", "4 5 6", "7"], dict(usecols=(0, 2))),
    (["1 2 3", "4 5 6", "7"], dict(usecols=(0, 2), invalid_raise=False)),
]


@pytest.mark.parametrize("lines,kw", GENFROMTXT_CASES)
def test_genfromtxt_cases(lines, kw):
    _same_call("genfromtxt", lines, **kw)


def test_genfromtxt_sources_and_empty(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("# c\n1,2\n3,\n")
    want = np.genfromtxt(path, delimiter=",")
    assert_same(tnp.genfromtxt(path, delimiter=","), want)
    assert_same(tnp.genfromtxt(str(path), delimiter=","), want)
    with open(path, "rb") as f:
        assert_same(tnp.genfromtxt(f, delimiter=","), want)
    with pytest.warns(UserWarning, match="Empty input"):
        assert_same(tnp.genfromtxt(io.StringIO("")), np.array([]))


def test_genfromtxt_out_of_scope():
    with pytest.raises(TypeError, match="names=None"):
        tnp.genfromtxt(["a b", "1 2"], names=True)
    with pytest.raises(TypeError, match="numeric dtypes only"):
        tnp.genfromtxt(["1 2.5", "3 4"], dtype=None)  # NumPy: a structured array
    with pytest.raises(TypeError, match="numeric dtypes only"):
        tnp.genfromtxt(["a b"], dtype=None)
    with pytest.raises(TypeError):
        tnp.genfromtxt(["1 2"], usemask=True)
    with pytest.raises(TypeError, match="numeric dtypes only"):
        tnp.genfromtxt(["1 2"], dtype="U3")
