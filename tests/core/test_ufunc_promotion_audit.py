"""Differential audit of ufunc type promotion, call keywords and ufunc methods against NumPy 2.

Every elementwise ufunc of the namespace (``isinstance(x, tnp.ufunc)``) is called on every pair
of dtypes, with Python scalars (out-of-range ints included) and NumPy scalars, with ``dtype=``,
``casting=``, ``out=`` and ``where=``; ``reduce``/``accumulate``/``reduceat``/``outer``/``at`` of
the common binary ufuncs are compared too.  :func:`compare.check` compares values, dtype, shape,
NumPy scalar vs array, and the exception type when NumPy raises.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from compare import DTYPES, assert_same, check, expected_type, to_tnp

import tnp_core as tnp


def _ufunc_names(nin: int | None = None) -> list[str]:
    """NumPy's name of every elementwise tnp ufunc object (aliases once)."""
    seen: dict[int, str] = {}
    for name in dir(tnp):
        u = getattr(tnp, name)
        if isinstance(u, tnp.ufunc) and u.signature is None and (nin is None or u.nin == nin):
            seen.setdefault(id(u), u.__name__)
    return sorted(seen.values())


UNARY = _ufunc_names(1)
BINARY = _ufunc_names(2)

# the binary ufuncs whose methods the audit compares
METHOD_UFUNCS = ["add", "multiply", "maximum", "minimum", "logical_and", "bitwise_or",
                 "subtract", "divide", "power"]
# a sample for the keyword and scalar tests: arithmetic, comparison, logical, bitwise, float
# only, integer only, and the mixed-loop ldexp
SAMPLE = ["add", "subtract", "multiply", "divide", "power", "maximum", "equal", "less",
          "logical_and", "logical_xor", "bitwise_or", "left_shift", "floor_divide", "arctan2",
          "ldexp", "copysign", "float_power", "gcd"]
SAMPLE_UNARY = ["negative", "sqrt", "absolute", "sign", "isnan", "invert", "logical_not",
                "signbit", "bitwise_count", "spacing", "conjugate", "square"]

_UNIT_DOMAIN = {"arccos", "arcsin", "arctanh"}  # inputs in [-1, 1]


def values(name: str, dtype: str) -> np.ndarray:
    """Two small values of ``dtype`` inside ``name``'s domain (no overflow, no division by 0)."""
    if name in _UNIT_DOMAIN:
        v: list[Any] = [0, 0.5] if dtype[0] in "fc" else [0, 1]
    else:
        v = [1, 2]
    if dtype == "bool":
        v = [False, True] if name in _UNIT_DOMAIN else [True, True]
    return np.array(v).astype(dtype)


def _quiet(f: Callable[[], Any]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return f()


def run_check(name: str, *args: Any, **kwargs: Any) -> str | None:
    """:func:`compare.check`, the failure as a line (None when tnp agrees)."""
    try:
        check(name, *args, **kwargs)
    except (AssertionError, Exception) as e:  # noqa: BLE001 (collect, report all at once)
        shown = ", ".join(repr(a) if not isinstance(a, np.ndarray) else f"array({a.dtype})"
                          for a in args)
        return f"{name}({shown}, **{kwargs}): {type(e).__name__}: {_first_line(e)}"
    return None


def _first_line(e: BaseException) -> str:
    return (str(e).splitlines() or [""])[0]


def assert_all(failures: list[str | None]) -> None:
    bad = [f for f in failures if f]
    assert not bad, f"{len(bad)} mismatches:\n" + "\n".join(bad[:25])


def same_outcome(f: Callable[[Any], Any], *, rtol: float | None = None) -> Any:
    """``f(np)`` vs ``f(tnp)``: results compared, or both raise the same exception type."""
    try:
        want = _quiet(lambda: f(np))
    except Exception as e:  # noqa: BLE001
        with pytest.raises(expected_type(e)):
            _quiet(lambda: f(tnp))
        return e
    got = _quiet(lambda: f(tnp))
    assert_same(got, want, rtol=rtol)
    return got


def run_check_method(name: str, method: str, args: tuple[Any, ...], kw: dict[str, Any],
                     out: np.ndarray | None = None) -> str | None:
    """``ufunc.method(*args, **kw)`` (``out=`` a copy of ``out``, which must come back) in
    NumPy and tnp; the failure as a line (None when tnp agrees)."""

    def call(m: Any) -> Any:
        f = getattr(getattr(m, name), method)
        if m is np:
            return f(*args, **kw) if out is None else (f(*args, out=out.copy(), **kw))
        targs = [to_tnp(x) for x in args]
        tkw = {k: to_tnp(v) for k, v in kw.items()}
        if out is None:
            return f(*targs, **tkw)
        o = tnp.asarray(out.copy())
        r = f(*targs, out=o, **tkw)
        assert r is o
        return r

    try:
        same_outcome(call)
    except (AssertionError, Exception) as e:  # noqa: BLE001
        return f"{name}.{method}({[getattr(x, 'dtype', x) for x in args]}, {kw}, out=" \
               f"{None if out is None else out.dtype}): {type(e).__name__}: " \
               f"{_first_line(e)}"
    return None


# ------------------------------------------------------------------ inventory


def test_every_numpy_ufunc_is_a_tnp_ufunc_with_numpy_metadata() -> None:
    numpy_names = {n for n in dir(np) if isinstance(getattr(np, n), np.ufunc)}
    tnp_names = {n for n in dir(tnp) if isinstance(getattr(tnp, n), tnp.ufunc)}
    assert numpy_names <= tnp_names
    for n in numpy_names:
        u, v = getattr(tnp, n), getattr(np, n)
        assert (u.nin, u.nout, u.nargs, u.identity, type(u.identity)) == (
            v.nin, v.nout, v.nargs, v.identity, type(v.identity)), n


# ------------------------------------------------------------------ NEP 50 promotion


@pytest.mark.parametrize("d2", DTYPES)
@pytest.mark.parametrize("d1", DTYPES)
def test_binary_array_dtype_pairs(d1: str, d2: str) -> None:
    """Every binary ufunc on arrays of every pair of dtypes: result dtype and values, or
    NumPy's exception type (``bitwise_and`` of floats, ``subtract`` of bools, ...)."""
    assert_all([run_check(n, values(n, d1), values(n, d2)) for n in BINARY])


@pytest.mark.parametrize("dtype", DTYPES)
def test_unary_array_dtypes(dtype: str) -> None:
    assert_all([run_check(n, values(n, dtype)) for n in UNARY])


# Python scalars: bool, int (in and out of every integer dtype's range), float (1e300
# overflows float16 / float32 / complex64: NumPy casts it first), complex
PY_SCALARS = [True, 3, -1, 300, 70000, 2**40, 2**63, 2**64, -(2**63) - 1, 2.5, 1e300, 1j]


@pytest.mark.parametrize("scalar", PY_SCALARS, ids=repr)
@pytest.mark.parametrize("dtype", DTYPES)
def test_binary_array_and_python_scalar(dtype: str, scalar: Any) -> None:
    """NEP 50: Python scalars are weak, both orders; ints beyond the array dtype raise
    OverflowError, except in comparisons (exact) and the logical ufuncs (int64 range)."""
    names = BINARY if type(scalar) is not int or abs(scalar) < 2**40 else SAMPLE
    failures = []
    for n in names:
        a = values(n, dtype)
        failures += [run_check(n, a, scalar), run_check(n, scalar, a)]
    assert_all(failures)


@pytest.mark.parametrize("s2", [True, 3, 2**63, 2.5, 1j], ids=repr)
@pytest.mark.parametrize("s1", [False, 2, -(2**63) - 1, 0.5, 2j], ids=repr)
def test_binary_python_scalars(s1: Any, s2: Any) -> None:
    """Two Python scalars: NumPy scalars of the default dtypes (Python ints compare exactly;
    beyond int64 they overflow elsewhere)."""
    assert_all([run_check(n, s1, s2) for n in BINARY] + [run_check(n, s2, s1) for n in BINARY])


@pytest.mark.parametrize("scalar", [True, 0, 3, -3, 2**63, 2.5, -0.5, 1j], ids=repr)
def test_unary_python_scalar(scalar: Any) -> None:
    """A lone Python scalar is an array of its default dtype (uint64 from 2**63 on)."""
    assert_all([run_check(n, scalar) for n in UNARY])


@pytest.mark.parametrize("d2", DTYPES)
@pytest.mark.parametrize("d1", DTYPES)
def test_numpy_and_tnp_scalars(d1: str, d2: str) -> None:
    """NumPy scalar op NumPy scalar (``np.float32(1) + np.int64(1)``), the same with tnp's
    scalars, and a 0-d array with a scalar: strong dtypes, NumPy scalar results."""
    failures = []
    for n in SAMPLE:
        x, y = values(n, d1)[1], values(n, d2)[0]
        failures.append(run_check(n, x, y))
        try:
            same_outcome(lambda m, n=n, x=x, y=y: getattr(m, n)(m.asarray(x)[()],
                                                                  m.asarray(y)[()]))
            same_outcome(lambda m, n=n, x=x, y=y: getattr(m, n)(m.asarray(x), y))
        except AssertionError as e:
            failures.append(f"{n} {d1} {d2}: {_first_line(e)}")
    assert_all(failures)


def test_scalar_result_types() -> None:
    """0-d results of ufuncs on scalars are NumPy scalars of the right type."""
    cases = [
        (lambda m: m.add(m.float32(1), m.int64(1)), "float64"),
        (lambda m: m.add(m.float32(1), 1), "float32"),
        (lambda m: m.multiply(m.int8(3), 2), "int8"),
        (lambda m: m.true_divide(m.int16(3), 2), "float64"),
        (lambda m: m.less(m.uint8(1), -1), "bool"),
        (lambda m: m.add(True, True), "bool"),
        (lambda m: m.add(1, 1.5), "float64"),
        (lambda m: m.power(m.complex64(1j), 2), "complex64"),
        (lambda m: m.negative(2**63), "uint64"),
        (lambda m: m.frexp(m.float16(3)), None),
    ]
    for f, dtype in cases:
        got = same_outcome(f)  # (NumPy scalar vs array, dtype, value)
        if dtype is not None:
            assert type(got) is getattr(tnp, "bool_" if dtype == "bool" else dtype)


@pytest.mark.parametrize(
    "expr",
    [
        "bitwise_and(1.0, 2)", "bitwise_or(m.asarray([1.5]), 1)", "left_shift(m.asarray([1.0]), 1)",
        "right_shift(1, m.asarray([2.0]))", "invert(m.asarray([1.0]))", "isnat(1.0)",
        "isnat(m.asarray([1]))", "subtract(m.asarray([True]), True)", "negative(m.asarray([True]))",
        "gcd(m.asarray([1.0]), 2)", "lcm(True, m.asarray([True]))", "ldexp(1.5, m.asarray([2.0]))",
        "ldexp(m.asarray([1.5]), 2.5)", "ldexp(m.asarray([1.0]), m.asarray([2], m.uint64))",
        "floor_divide(1j, m.asarray([1j]))", "remainder(m.asarray([1j]), 2)",
        "maximum(m.asarray([1], m.int8), 2**70)", "add(m.asarray([1], m.int8), 300)",
        "add(m.asarray([1], m.uint8), -1)", "add(2**63, 1)", "logical_and(m.asarray([1.0]), 2**63)",
        "equal(m.asarray([True]), 2**63)", "less(m.asarray([1], m.int8), 2**70)",
        "arctan2(m.asarray([1j]), 1)", "copysign(1, m.asarray([1j]))",
        "power(m.asarray([2], m.int8), -1)", "fmod(m.asarray([1j]), 1)", "signbit(1j)",
    ],
)
def test_unsupported_combinations(expr: str) -> None:
    """Dtype combinations without a loop raise NumPy's exception type (TypeError /
    UFuncTypeError), out-of-range Python ints OverflowError."""
    same_outcome(lambda m: eval(f"m.{expr}", {"m": m}))


def test_float16_python_scalars_round_first() -> None:
    """NumPy casts a Python scalar to the float16 loop first (torch keeps it in float32)."""
    a = (np.arange(-300, 300) / 7).astype(np.float16)
    for s in (0.1, 1 / 3, 7.7, 1e-3, 2049, 70000):
        for n in ("multiply", "divide", "add", "power", "maximum"):
            for _ in range(2):  # first call and cached fast path alike
                same_outcome(lambda m, n=n, s=s: getattr(m, n)(m.asarray(a), s), rtol=0)
                same_outcome(lambda m, n=n, s=s: getattr(m, n)(s, m.asarray(a)), rtol=0)


def test_complex_add_subtract_keep_infinities() -> None:
    """``(1+0j) + (inf+0j)`` is ``inf+0j`` (torch's add scales the operand by 1+0j: nan)."""
    x = np.array([1 + 0j, 2 - 1j, complex(np.inf, 0)])
    y = np.array([complex(np.inf, 0), complex(1, np.inf), complex(-np.inf, np.nan)])
    for dt in ("complex64", "complex128"):
        for n in ("add", "subtract"):
            same_outcome(lambda m, n=n, dt=dt: getattr(m, n)(m.asarray(x, dt), m.asarray(y, dt)))
            same_outcome(lambda m, n=n, dt=dt: getattr(m, n)(m.asarray(x, dt), np.inf))
            same_outcome(lambda m, n=n, dt=dt: getattr(m, n)(-np.inf, m.asarray(x, dt)))


def test_complex_integer_powers() -> None:
    """NumPy's complex ``z**1`` is z and ``z**2`` is z*z (no product with 1)."""
    z = np.array([1e300 + 0j, 1e200 + 1e200j, -2 + 0j, complex(np.inf, 0), 0.5 - 3j])
    for n in (1, 2, 3, -1, 2.0):
        same_outcome(lambda m, n=n: m.power(m.asarray(z), n))
    same_outcome(lambda m: m.power(1e300, m.asarray(np.array([1, 2], complex))))
    same_outcome(lambda m: m.float_power(1e300, m.asarray(np.array([1, 2], complex))))


def test_uint64_power_with_exponents_beyond_int64() -> None:
    u = np.array([2, 3, 5, 2**64 - 1], np.uint64)
    for e in (2**63, 2**63 + 1, 2**64 - 1, 5):
        same_outcome(lambda m, e=e: m.power(m.asarray(u), e))
        same_outcome(lambda m, e=e: m.power(m.asarray(u), m.asarray(np.full(4, e, np.uint64))))


def test_ldexp_legacy_resolution_of_python_scalars() -> None:
    """ldexp's loops ("ei->e", "fi->f", ...) are searched NumPy's legacy way: a Python int
    fits float16 next to an integer array, but counts as int64 next to a bool array."""
    for dt in ("bool", "int8", "int16", "uint16", "int32", "int64", "uint32", "uint64"):
        a = values("ldexp", dt)
        for s in (True, 1, 3, 2**40, 1.5):
            same_outcome(lambda m, a=a, s=s: m.ldexp(s, m.asarray(a)))
            same_outcome(lambda m, a=a, s=s: m.ldexp(m.asarray(a), s))


# ------------------------------------------------------------------ call keywords

CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"]
KEY_DTYPES = ["bool", "int8", "uint64", "float16", "float32", "float64", "complex64"]


@pytest.mark.parametrize("casting", CASTINGS)
@pytest.mark.parametrize("name", SAMPLE + SAMPLE_UNARY)
def test_dtype_casting_and_out(name: str, casting: str) -> None:
    """``dtype=`` (NumPy's second, homogeneous try for mixed loops like absolute's "F->f"),
    ``casting=`` on inputs, and ``out=`` of another dtype (UFuncTypeError under the rule)."""
    nin = getattr(np, name).nin
    failures = []
    for d1 in KEY_DTYPES:
        args = (values(name, d1),) if nin == 1 else (values(name, d1), values(name, "int8"))
        failures.append(run_check(name, *args, casting=casting))
        for dt in KEY_DTYPES:
            failures.append(run_check(name, *args, dtype=dt, casting=casting))
            o_np = np.zeros(2, dt)
            try:  # (the loop may compute in less precision than out's dtype: ulps apart)
                same_outcome(lambda m, args=args, o_np=o_np: _with_out(m, name, args, o_np,
                                                                        casting=casting),
                             rtol=4 * float(np.finfo(np.float16).eps))
            except AssertionError as e:
                failures.append(f"{name} {d1} out={dt} {casting}: {_first_line(e)}")
    assert_all(failures)


def _with_out(m: Any, name: str, args: tuple[Any, ...], out: np.ndarray, **kw: Any) -> Any:
    """``name(*args, out=...)``: returns the out array, which must be the one passed."""
    o = out.copy() if m is np else tnp.asarray(out.copy())
    r = getattr(m, name)(*[to_tnp(a) if m is tnp else a for a in args], out=o, **kw)
    assert r is o
    return o


@pytest.mark.parametrize("name", SAMPLE)
def test_python_scalars_with_dtype_and_out(name: str) -> None:
    """A Python scalar cast to a fixed loop dtype (NumPy converts it first: OverflowError before
    UFuncTypeError; unsafely truncated with casting='unsafe')."""
    failures = []
    for d in ("bool", "int8", "float32", "uint64"):
        a = values(name, d)
        for s in (True, 3, 300, -1, 2.5, 1j):
            for args in ((a, s), (s, a), (s, s)):
                for dt in (None, "int8", "uint64", "float16", "complex64"):
                    for c in ("safe", "unsafe"):
                        kw = {"casting": c} if dt is None else {"casting": c, "dtype": dt}
                        failures.append(run_check(name, *args, **kw))
                shape = (2,) if any(isinstance(x, np.ndarray) for x in args) else ()
                for od in ("bool", "uint8", "int64", "float32"):
                    o_np = np.zeros(shape, od)
                    try:
                        same_outcome(lambda m, args=args, o_np=o_np: _with_out(m, name, args,
                                                                                o_np))
                    except AssertionError as e:
                        failures.append(f"{name}{args} out={od}: {_first_line(e)}")
    assert_all(failures)


@pytest.mark.parametrize("name", ["add", "subtract", "maximum", "less", "logical_or", "divide",
                                  "power", "negative", "sqrt", "absolute"])
def test_where(name: str) -> None:
    """``where=`` with ``out=`` keeps the masked elements; without, the dtype and the selected
    elements match (NumPy leaves the others uninitialized)."""
    nin = getattr(np, name).nin
    mask = np.array([[True, False, True], [False, True, True]])
    for d in ("int8", "float32", "complex128"):
        args = [np.arange(1, 7).reshape(2, 3).astype(d) for _ in range(nin)]
        out = np.full((2, 3), 7).astype(np.result_type(getattr(np, name)(*args)))
        same_outcome(lambda m, args=args, out=out: _with_out(m, name, tuple(args), out,
                                                              where=to_tnp(mask) if m is tnp
                                                              else mask))
        want = _quiet(lambda args=args: getattr(np, name)(*args, where=mask))
        got = getattr(tnp, name)(*map(to_tnp, args), where=to_tnp(mask))
        assert got.dtype == want.dtype and got.shape == want.shape
        assert_same(got[to_tnp(mask)], want[mask])
        same_outcome(lambda m, args=args: getattr(m, name)(*[to_tnp(a) if m is tnp else a
                                                             for a in args],
                                                           where=m.asarray([True, False])))


@pytest.mark.parametrize(
    "signature",
    ["ii->i", "i", "d", "dd->d", "dd", "ddd", "ff->", ("f", "f", "f"), (None, None, "d"), ("d",),
     "dd->dd", "??->?", np.float64, "float64", (np.float32, None, None), "ee->e", "FF->F"],
    ids=repr,
)
@pytest.mark.parametrize("name", ["add", "ldexp", "absolute", "equal", "matmul"])
def test_signature_keyword(name: str, signature: Any) -> None:
    """``signature=``: a type string "ii->i" or a tuple of nargs entries; one character or a
    one-tuple is TypeError (use dtype=), a malformed type string ValueError."""
    a = np.array([[1, 2], [3, 4]], np.int8)
    args = (a,) if name == "absolute" else (a, a)
    same_outcome(lambda m: getattr(m, name)(*[m.asarray(x) for x in args], signature=signature))


# ------------------------------------------------------------------ methods


def _grid(dtype: str, shape: tuple[int, ...]) -> np.ndarray:
    v = np.array([1, 2, 3, 1, 2, 3, 2, 1, 3, 1, 2, 1][: int(np.prod(shape))]).reshape(shape)
    return (v % 2 if dtype == "bool" else v).astype(dtype)


# NumPy 2.4's float power / arctan2 / ldexp loops give wrong reductions along a contiguous
# axis (np.power.reduce([2., 3., 2., 1.]) is 2.0, not 64.0: see the test below); those
# reductions are compared along axis 0 only
_NUMPY_CONTIGUOUS_REDUCE_BUG = {"power"}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", METHOD_UFUNCS)
def test_reduce(name: str, dtype: str) -> None:
    """reduce: axis None / int / tuple, keepdims, initial (cast to the loop dtype, the
    accumulator's first value), where, dtype= (signature (d, None, d)), out=, empty input
    (identity or ValueError); add and multiply upcast small ints, as np.add.reduce does."""
    a, a1 = _grid(dtype, (3, 4)), _grid(dtype, (4,))
    e = np.zeros((0, 3), dtype)
    buggy = name in _NUMPY_CONTIGUOUS_REDUCE_BUG and dtype[0] in "fc"
    cases: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        ((a,), {}), ((a,), {"axis": None}), ((a,), {"axis": (0, 1)}), ((a,), {"axis": ()}),
        ((a,), {"axis": None, "keepdims": True}), ((a,), {"axis": 0, "keepdims": True}),
        ((a,), {"initial": 2}), ((a,), {"initial": 2.5}), ((a,), {"initial": 300}),
        ((a,), {"initial": -1}), ((a,), {"initial": 1j}), ((a,), {"initial": None}),
        ((a,), {"where": np.array([True, False, True, True]), "initial": 1}),
        ((a,), {"where": np.array([[True], [False], [True]])}),
        ((a,), {"where": np.array([True, False])}),
        ((a,), {"dtype": "float64"}), ((a,), {"dtype": "int8"}), ((a,), {"dtype": "bool"}),
        ((a,), {"dtype": "complex64"}), ((a,), {"dtype": "uint64"}),
        ((e,), {}), ((e,), {"axis": 1}), ((e,), {"initial": 5}), ((e,), {"axis": None}),
        ((a[0, 0],), {}), ((np.asarray(a[0, 0]),), {"axis": None}),
        ((a,), {"axis": 2}), ((a,), {"axis": (0, 0)}), ((a,), {"axis": 0.5}),
    ]
    if not buggy:
        cases += [((a,), {"axis": 1}), ((a,), {"axis": -1, "keepdims": True}), ((a1,), {}),
                  ((a,), {"axis": 1, "where": np.array([True, False, True, True]),
                          "initial": 1})]
    failures = []
    for args, kw in cases:
        failures.append(run_check_method(name, "reduce", args, kw))
    for od in ("bool", "int8", "int64", "float64"):
        failures.append(run_check_method(name, "reduce", (a,), {"axis": 0}, out=np.zeros(4, od)))
    assert_all(failures)


def test_reduce_accumulator_starts_in_out() -> None:
    """With ``out=`` of another dtype, NumPy's accumulator starts in ``out``: the identity or
    ``initial`` passes through out's dtype (bitwise_and's -1 is True in a bool out)."""
    b = np.array([[3, 1], [2, 1], [2, 1]], np.int8)
    cases = [
        ("bitwise_and", b, np.zeros(2, bool), {}),
        ("bitwise_and", b.astype(np.int16) * 100, np.zeros(2, np.uint8), {}),
        ("add", np.full((4, 2), 0.5), np.zeros(2, np.int8), {"initial": 2.5}),
        ("multiply", np.full((4, 2), 1.5), np.zeros(2, np.int16), {}),
    ]
    for name, a, out, kw in cases:
        assert run_check_method(name, "reduce", (a,), {"axis": 0, **kw}, out=out) is None


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", METHOD_UFUNCS)
def test_accumulate_reduceat_outer(name: str, dtype: str) -> None:
    """accumulate (axis, dtype=, scalar / multi-axis errors), reduceat (increasing,
    decreasing and repeated indices, out-of-range index), outer (Python scalars are arrays
    there: not weak)."""
    a, a1 = _grid(dtype, (3, 4)), _grid(dtype, (4,))
    buggy = name in _NUMPY_CONTIGUOUS_REDUCE_BUG and dtype[0] in "fc"
    cases: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("accumulate", (a,), {}), ("accumulate", (a,), {"axis": 1}),
        ("accumulate", (a,), {"dtype": "float64"}), ("accumulate", (a,), {"dtype": "int8"}),
        ("accumulate", (a,), {"dtype": "bool"}), ("accumulate", (a1,), {}),
        ("accumulate", (a1,), {"axis": None}), ("accumulate", (a,), {"axis": None}),
        ("accumulate", (np.zeros((0,), dtype),), {}), ("accumulate", (a[0, 0],), {}),
        ("accumulate", (a,), {"axis": 3}),
        ("reduceat", (a, [0, 2, 1, 3]), {}), ("reduceat", (a, [0, 2]), {"dtype": "float64"}),
        ("reduceat", (a, [0, 4]), {"axis": 1}), ("reduceat", (a1, [-1]), {}),
        ("reduceat", (a1, []), {}), ("reduceat", (a, [0, 1]), {"axis": None}),
        ("outer", (a1, a1[:3]), {}), ("outer", (a1, 2), {}), ("outer", (a1, 2.5), {}),
        ("outer", (a, a1), {}), ("outer", (a1, a1), {"dtype": "float64"}),
        ("outer", (a1, _grid("int8", (3,))), {}), ("outer", (a1, _grid("float32", (2,))), {}),
        ("outer", (a1, _grid("uint64", (2,))), {}),
    ]
    if not buggy:
        cases += [("reduceat", (a1, [0, 2]), {}), ("reduceat", (a1, [3, 1, 2]), {}),
                  ("reduceat", (a, [0, 2, 1, 3]), {"axis": 1}), ("reduceat", (a1, [1, 1]), {})]
    assert_all([run_check_method(name, meth, args, kw) for meth, args, kw in cases])


def test_reductions_of_non_commutative_ufuncs_are_left_folds() -> None:
    """``power.reduce(x) == power.accumulate(x)[-1]``: NumPy 2.4 gets the float reduction along
    a contiguous axis wrong (2.0 for [2., 3., 2., 1.]); tnp folds as NumPy's accumulate does."""
    x = np.array([2.0, 3.0, 2.0, 1.0])
    assert np.power.reduce(x) == 2.0  # NumPy's bug (this test fails once NumPy fixes it)
    for name in ("power", "arctan2", "ldexp", "subtract", "divide"):
        arg = x.astype(np.int32) if name == "ldexp" else x
        want = getattr(np, name).reduce(np.stack([arg, arg], 1), axis=0)[0]  # (right there)
        if name != "ldexp":
            np.testing.assert_allclose(want, getattr(np, name).accumulate(arg)[-1])
        assert_same(getattr(tnp, name).reduce(tnp.asarray(arg)), want)


@pytest.mark.parametrize("dtype", DTYPES)
def test_at(dtype: str) -> None:
    """``ufunc.at``: repeated indices accumulate (binary and unary), results cast back to
    the array's dtype, NumPy's errors."""
    failures = []
    for name in [*METHOD_UFUNCS, "negative", "invert", "sqrt", "absolute", "logical_not"]:
        u = getattr(np, name)
        if u.nin == 1:
            cases: list[tuple[Any, ...]] = [([0, 0, 2],), (np.array([1, 1, 1]),), (slice(1, 3),)]
        else:
            cases = [([0, 0, 2], 2), ([0, 0, 2], 2.5), ([0, 2, 2], values(name, dtype)[[0, 1, 1]]),
                     ([4, 4], np.array([1, 2], np.int8)), ([1, 1], np.array([1.5, 2])),
                     (slice(None), 1), ([0, 1], [1, 2, 3]), ([0], True)]

        def run(m: Any, name: str = name, case: tuple[Any, ...] = ()) -> Any:
            arr = np.array([1, 2, 3, 4, 5]).astype(dtype)
            target = arr if m is np else tnp.asarray(arr)
            assert getattr(m, name).at(target, *[to_tnp(c) if m is tnp else c
                                                 for c in case]) is None
            return target

        for case in cases:
            try:
                same_outcome(lambda m, case=case, run=run: run(m, case=case))
            except AssertionError as e:
                failures.append(f"{name}.at({dtype}, {case}): {_first_line(e)}")
    assert_all(failures)
