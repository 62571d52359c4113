"""Differential tests of the dtype system and the scalar types against NumPy 2.

Exhaustive over the 14 supported dtypes: promotion, casting, NEP 50 result types, dtype
parsing and attributes, finfo / iinfo, the scalar type hierarchy, scalar construction,
hashing and scalar arithmetic with Python scalars.
"""

from __future__ import annotations

import itertools
import warnings
from typing import Any

import numpy as np
import pytest
from compare import DTYPES, assert_same

import tnp_core as tnp

PAIRS = list(itertools.product(DTYPES, DTYPES))
CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"]
PY_SCALARS = [True, 1, 1.0, 1j]


def builtin_base(exc: type) -> type:
    """The nearest built-in class of an exception type (NumPy's UFuncTypeError -> TypeError)."""
    return next(c for c in exc.__mro__ if c.__module__ == "builtins")


def _outcome(f: Any) -> Any:
    """The result of ``f()`` or the exception type it raised."""
    try:
        return f()
    except Exception as e:  # noqa: BLE001 - the type is what is compared
        return type(e)


def _name(x: Any) -> Any:
    return x.name if hasattr(x, "name") else x


# ------------------------------------------------------------------ promotion and casting


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_promote_types(a: str, b: str) -> None:
    got = tnp.promote_types(a, b)
    assert isinstance(got, tnp.dtype)
    assert got.name == np.promote_types(a, b).name


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_can_cast(a: str, b: str) -> None:
    for casting in CASTINGS:
        assert tnp.can_cast(a, b, casting) == np.can_cast(a, b, casting), casting
    # default casting is 'safe'; dtype objects and scalar types are accepted too
    assert tnp.can_cast(tnp.dtype(a), tnp.dtype(b)) == np.can_cast(a, b)
    tb = getattr(tnp, b if b != "bool" else "bool_")
    assert tnp.can_cast(tnp.dtype(a), tb) == np.can_cast(a, b)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_dtype_ordering(a: str, b: str) -> None:
    da, db = tnp.dtype(a), tnp.dtype(b)
    na, nb = np.dtype(a), np.dtype(b)
    assert (da < db) == (na < nb)
    assert (da <= db) == (na <= nb)
    assert (da > db) == (na > nb)
    assert (da >= db) == (na >= nb)


def test_can_cast_from_array_and_errors() -> None:
    assert tnp.can_cast(tnp.asarray([1], dtype="int8"), "int16") is True
    assert tnp.can_cast(tnp.asarray([1.0]), "float32") == np.can_cast(np.asarray([1.0]), "f4")
    assert tnp.can_cast(tnp.int8(1), "uint8") == np.can_cast(np.int8(1), "uint8")
    for py in (1, 1.0, 1j):
        with pytest.raises(TypeError):
            np.can_cast(py, "int8")
        with pytest.raises(TypeError):
            tnp.can_cast(py, "int8")
    with pytest.raises(ValueError):
        np.can_cast("i1", "i2", "bogus")
    with pytest.raises(ValueError):
        tnp.can_cast("i1", "i2", "bogus")


@pytest.mark.parametrize("d", DTYPES)
@pytest.mark.parametrize("scalar", PY_SCALARS, ids=repr)
def test_result_type_weak_python_scalar(d: str, scalar: Any) -> None:
    want = np.result_type(np.empty(1, d), scalar).name
    assert tnp.result_type(tnp.empty(1, d), scalar).name == want
    assert tnp.result_type(scalar, tnp.empty(1, d)).name == want
    # a dtype object is strong too
    assert tnp.result_type(tnp.dtype(d), scalar).name == np.result_type(np.dtype(d), scalar).name
    # a 0-d array and a NumPy scalar are strong (NEP 50)
    assert tnp.result_type(tnp.zeros((), d), scalar).name == want


@pytest.mark.parametrize("scalars", list(itertools.product(PY_SCALARS, repeat=2)), ids=repr)
def test_result_type_python_scalars_alone(scalars: tuple) -> None:
    assert tnp.result_type(*scalars).name == np.result_type(*scalars).name
    assert tnp.result_type(scalars[0]).name == np.result_type(scalars[0]).name


@pytest.mark.parametrize(
    "dtypes",
    [
        ("int8", "uint8"),
        ("int8", "uint8", "float16"),
        ("uint64", "int64"),
        ("uint64", "int8", "float32"),
        ("float16", "int16"),
        ("float16", "int16", "complex64"),
        ("bool", "bool", "bool"),
        ("uint32", "int16", "int8"),
        ("float32", "complex64", "float64"),
        ("int32", "float32"),
        ("uint16", "float16"),
    ],
)
def test_result_type_several(dtypes: tuple[str, ...]) -> None:
    want = np.result_type(*dtypes).name
    assert tnp.result_type(*dtypes).name == want
    assert tnp.result_type(*[tnp.dtype(d) for d in dtypes]).name == want
    assert tnp.result_type(*[tnp.empty(2, d) for d in dtypes]).name == want
    # mixed with weak scalars
    for s in PY_SCALARS:
        assert tnp.result_type(*dtypes, s).name == np.result_type(*dtypes, s).name


def test_result_type_mixed_spellings_and_errors() -> None:
    assert (
        tnp.result_type(np.float32, "i8", tnp.int16).name
        == np.result_type(np.float32, "i8", np.int16).name
    )
    assert tnp.result_type(np.dtype("u2"), 1.0).name == np.result_type(np.dtype("u2"), 1.0).name
    assert tnp.result_type(tnp.int8(3), 1.0).name == np.result_type(np.int8(3), 1.0).name
    with pytest.raises(ValueError):
        np.result_type()
    with pytest.raises(ValueError):
        tnp.result_type()
    with pytest.raises(TypeError):
        tnp.promote_types("f8", "U")
    with pytest.raises(TypeError):
        tnp.promote_types("f8", "notatype")


# ------------------------------------------------------------------ dtype parsing

ACCEPTED = [
    "f8", "<f8", "=f8", "float64", "d", float, "float", int, "int", bool, "bool", "?", "b1",
    complex, "complex", "c16", "<c16", "c8", "F", "D", "i1", "u1", "u2", "i2", "i4", "i8", "u4",
    "u8", "f2", "f4", "e", "f", "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "p", "P",
    "n", "N", "|i1", "|u1", "|b1", "<i4", "=i8", "<u8", ">i1", ">u1", ">b1",
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16",
    "float32", "complex64", "complex128", "half", "single", "double", "cdouble", "csingle",
    "short", "ushort", "byte", "ubyte", "intc", "uintc", "intp", "uintp", "long", "ulong",
    "longlong", "ulonglong", "int_", "uint", "bool_",
    np.float32, np.float64, np.float16, np.int8, np.int16, np.int32, np.int64, np.uint8,
    np.uint16, np.uint32, np.uint64, np.bool_, np.complex64, np.complex128, np.intp, np.uintp,
    np.longlong, np.double, np.half, np.single, np.intc, np.dtype("int16"), np.dtype("<f4"),
    np.dtype("?"), np.dtype("c8"), np.dtype("uint64"),
]  # fmt: skip


@pytest.mark.parametrize("spec", ACCEPTED, ids=repr)
def test_dtype_parsing_matches_numpy(spec: Any) -> None:
    d = tnp.dtype(spec)
    assert isinstance(d, tnp.dtype)
    assert d.name == np.dtype(spec).name


@pytest.mark.parametrize("name", DTYPES)
def test_dtype_parsing_of_tnp_objects(name: str) -> None:
    d = tnp.dtype(name)
    assert tnp.dtype(d) is d  # singletons
    assert tnp.dtype(d.type) is d  # the scalar type
    assert tnp.dtype(d.type.__name__) is d or d.name == "bool"
    with pytest.raises(TypeError):  # NumPy: "Cannot construct a dtype from an array"
        tnp.dtype(tnp.empty(2, d))
    assert tnp.dtype(tnp.empty(2, d)[0]) is d  # a scalar
    assert tnp.dtype(np.dtype(name)) is d
    assert tnp.dtype(d.torch) is d  # a torch dtype
    assert tnp.dtype(d.str) is d and tnp.dtype(d.char) is d


# NumPy accepts these, tnp cannot hold them (TypeError, as NumPy for unknown dtypes)
UNSUPPORTED = [
    "U", "S", "O", "M8", "m8", "datetime64", "timedelta64", "V", "U5", "S3", "str", "object",
    "bytes", "void", str, object, bytes, np.str_, np.object_, np.datetime64, np.dtype("U3"),
    ">f8", ">i4", ">c16", np.dtype(">f8"), "float128", "complex256", "longdouble",
    "clongdouble", "g", "G", "f16",
]  # fmt: skip
# NumPy 2 rejects these too (removed aliases, malformed strings)
INVALID = ["float_", "complex_", "bool8", "i3", "f3", "x", "int63", "Float64", "", "u16"]


@pytest.mark.parametrize("spec", UNSUPPORTED, ids=repr)
def test_unsupported_dtypes_raise_type_error(spec: Any) -> None:
    np.dtype(spec)  # NumPy has it
    with pytest.raises(TypeError):
        tnp.dtype(spec)


@pytest.mark.parametrize("spec", INVALID, ids=repr)
def test_invalid_dtypes_raise_type_error_like_numpy(spec: Any) -> None:
    with pytest.raises(TypeError):
        np.dtype(spec)
    with pytest.raises(TypeError):
        tnp.dtype(spec)


def test_dtype_none_is_float64() -> None:
    assert tnp.dtype(None).name == np.dtype(None).name == "float64"


ATTRS = [
    "kind", "char", "num", "itemsize", "name", "str", "byteorder", "alignment", "isbuiltin",
    "isnative", "descr", "shape", "ndim", "names", "fields", "subdtype", "hasobject",
]  # fmt: skip


@pytest.mark.parametrize("name", DTYPES)
def test_dtype_attributes(name: str) -> None:
    d, n = tnp.dtype(name), np.dtype(name)
    for attr in ATTRS:
        assert getattr(d, attr) == getattr(n, attr), attr
    assert repr(d) == repr(n)
    assert str(d) == str(n)
    assert d.base is d
    assert d.type is getattr(tnp, name if name != "bool" else "bool_")


@pytest.mark.parametrize("name", DTYPES)
def test_dtype_equality(name: str) -> None:
    d = tnp.dtype(name)
    n = np.dtype(name)
    for spec in (n.str, n.char, name, n.type, n):
        assert d == spec
        assert not (d != spec)
    assert d == getattr(tnp, name if name != "bool" else "bool_")
    assert d == tnp.dtype(name)
    assert hash(d) == hash(tnp.dtype(name))
    other = "f4" if name != "float32" else "f8"
    assert d != other and not (d == other)
    assert d != tnp.dtype(other)
    # an unparsable object compares unequal instead of raising
    assert (d == "not a dtype") is False
    assert (d == object()) is False


def test_dtype_equality_spellings() -> None:
    assert tnp.dtype("float64") == "f8"
    assert tnp.dtype("float64") == np.float64
    assert tnp.dtype("float64") == tnp.float64
    assert tnp.dtype("float64") == float  # noqa: E721
    assert tnp.dtype("int64") == int  # noqa: E721
    assert tnp.dtype("bool") == bool  # noqa: E721
    assert tnp.dtype("complex128") == complex  # noqa: E721


# ------------------------------------------------------------------ finfo / iinfo

FINFO_ATTRS = [
    "bits", "eps", "max", "min", "tiny", "smallest_normal", "resolution", "precision", "nmant",
    "nexp", "maxexp", "minexp", "machep", "negep", "epsneg", "smallest_subnormal", "iexp",
]  # fmt: skip


@pytest.mark.parametrize("name", [d for d in DTYPES if np.dtype(d).kind in "fc"])
def test_finfo(name: str) -> None:
    for spec in (name, tnp.dtype(name), getattr(tnp, name)):
        f = tnp.finfo(spec)
        nf = np.finfo(name)
        assert f.dtype.name == nf.dtype.name
        for attr in FINFO_ATTRS:
            got, want = getattr(f, attr), getattr(nf, attr)
            assert got == want, attr
            if isinstance(want, np.generic):
                assert isinstance(got, tnp.generic), attr
                assert got.dtype.name == want.dtype.name, attr
            else:
                assert type(got) is type(want), attr
    # an instance works like its type
    assert tnp.finfo(tnp.float32(1.0)).eps == np.finfo(np.float32).eps


@pytest.mark.parametrize("name", [d for d in DTYPES if np.dtype(d).kind in "iu"])
def test_iinfo(name: str) -> None:
    for spec in (name, tnp.dtype(name), getattr(tnp, name)):
        i = tnp.iinfo(spec)
        ni = np.iinfo(name)
        assert i.dtype.name == ni.dtype.name
        for attr in ("bits", "min", "max", "kind"):
            assert getattr(i, attr) == getattr(ni, attr), attr
            assert type(getattr(i, attr)) is type(getattr(ni, attr)), attr
    assert repr(tnp.iinfo(name)) == repr(np.iinfo(name))


@pytest.mark.parametrize("name", DTYPES)
def test_finfo_iinfo_wrong_kind(name: str) -> None:
    kind = np.dtype(name).kind
    if kind not in "fc":
        with pytest.raises(ValueError):
            np.finfo(name)
        with pytest.raises(ValueError):
            tnp.finfo(name)
    if kind not in "iu":
        with pytest.raises(ValueError):
            np.iinfo(name)
        with pytest.raises(ValueError):
            tnp.iinfo(name)


@pytest.mark.parametrize("name", ["float32", "float64"])
def test_finfo_repr(name: str) -> None:
    assert repr(tnp.finfo(name)) == repr(np.finfo(name))


# ------------------------------------------------------------------ scalar types

CONCRETE = [d if d != "bool" else "bool_" for d in DTYPES]
ABSTRACT = [
    "generic", "number", "integer", "signedinteger", "unsignedinteger", "inexact", "floating",
    "complexfloating",
]  # fmt: skip


@pytest.mark.parametrize("name", CONCRETE + ABSTRACT)
def test_scalar_type_hierarchy(name: str) -> None:
    for base in CONCRETE + ABSTRACT:
        assert issubclass(getattr(tnp, name), getattr(tnp, base)) == issubclass(
            getattr(np, name), getattr(np, base)
        ), base


def test_scalar_type_names_and_aliases() -> None:
    for name in CONCRETE:
        assert getattr(tnp, name).__name__ == getattr(np, name).__name__
    assert tnp.bool is tnp.bool_
    for alias in ("intp", "uintp", "int_", "uint", "long", "ulong", "longlong", "ulonglong",
                  "intc", "uintc", "short", "ushort", "byte", "ubyte", "half", "single",
                  "double", "csingle", "cdouble"):  # fmt: skip
        assert tnp.dtype(getattr(tnp, alias)).name == np.dtype(getattr(np, alias)).name, alias


ISSUB_ARGS = DTYPES + ABSTRACT


@pytest.mark.parametrize("a", ISSUB_ARGS)
def test_issubdtype(a: str) -> None:
    for b in ISSUB_ARGS:
        ta = getattr(tnp, a) if a in ABSTRACT else a
        tb = getattr(tnp, b) if b in ABSTRACT else b
        na = getattr(np, a) if a in ABSTRACT else a
        nb = getattr(np, b) if b in ABSTRACT else b
        assert tnp.issubdtype(ta, tb) == np.issubdtype(na, nb), (a, b)
    if a not in ABSTRACT:
        # dtype objects and scalar types on either side
        assert tnp.issubdtype(tnp.dtype(a), tnp.number) == np.issubdtype(np.dtype(a), np.number)
        assert tnp.issubdtype(tnp.dtype(a).type, tnp.inexact) == np.issubdtype(
            np.dtype(a).type, np.inexact
        )


@pytest.mark.parametrize("d", DTYPES)
def test_isdtype(d: str) -> None:
    for kind in ("bool", "signed integer", "unsigned integer", "integral", "real floating",
                 "complex floating", "numeric", ("bool", "real floating")):  # fmt: skip
        assert tnp.isdtype(tnp.dtype(d), kind) == np.isdtype(np.dtype(d), kind), kind
    assert tnp.isdtype(tnp.dtype(d), tnp.dtype(d))
    with pytest.raises(ValueError):
        np.isdtype(np.dtype(d), "nonsense")
    with pytest.raises(ValueError):
        tnp.isdtype(tnp.dtype(d), "nonsense")


CONSTRUCT = [
    ("float64", "1.5"),
    ("float64", " -2.5e3 "),
    ("float64", "nan"),
    ("float64", "inf"),
    ("float32", "0.1"),
    ("complex128", "1+2j"),
    ("int8", 127),
    ("int8", -128),
    ("int8", "12"),
    ("int8", 1.7),
    ("int8", -1.7),
    ("int8", True),
    ("int16", 300),
    ("uint8", 255),
    ("uint64", 2**64 - 1),
    ("int64", 2**63 - 1),
    ("int64", -(2**63)),
    ("float64", 2**70),
    ("float32", 1e40),
    ("float16", 1e10),
    ("float16", 65504),
    ("float64", 3),
    ("complex64", 1j),
    ("complex128", 2),
    ("bool_", 0),
    ("bool_", 2),
    ("bool_", 0.0),
    ("bool_", "False"),
    ("bool_", ""),
    ("float32", np.float64(1.1)),
    ("int64", np.float64(1.9)),
    ("float64", np.int8(3)),
    ("int8", np.int8(-3)),
]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize(("name", "value"), CONSTRUCT, ids=repr)
def test_scalar_construction(name: str, value: Any) -> None:
    assert_same(getattr(tnp, name)(value), getattr(np, name)(value))


def test_scalar_construction_from_tnp_scalars_and_default() -> None:
    assert_same(tnp.float32(tnp.float64(1.1)), np.float32(np.float64(1.1)))
    assert_same(tnp.int64(tnp.float64(-1.9)), np.int64(np.float64(-1.9)))
    for name in CONCRETE:
        assert_same(getattr(tnp, name)(), getattr(np, name)())


ERRORS = [
    ("int8", 300, OverflowError),
    ("int8", -129, OverflowError),
    ("uint8", -1, OverflowError),
    ("uint8", 256, OverflowError),
    ("uint64", 2**64, OverflowError),
    ("int64", 2**63, OverflowError),
    ("float64", 1j, TypeError),
    ("int8", 1 + 2j, TypeError),
    ("int8", "1.5", ValueError),
    ("float64", "abc", ValueError),
]


@pytest.mark.parametrize(("name", "value", "exc"), ERRORS, ids=repr)
def test_scalar_construction_errors(name: str, value: Any, exc: type) -> None:
    with pytest.raises(exc):
        getattr(np, name)(value)
    with pytest.raises(exc):
        getattr(tnp, name)(value)


def test_abstract_scalar_types_cannot_be_instantiated() -> None:
    for name in ABSTRACT:
        with pytest.raises(TypeError):
            getattr(np, name)(1)
        with pytest.raises(TypeError):
            getattr(tnp, name)(1)


SCALAR_METHOD_CALLS = [
    "astype(int)", "astype(m.float32)", "astype(m.float64, copy=False)", "copy()",
    "copy(order='F')", "view(m.int64)", "reshape(())", "reshape(1)", "reshape(1, 1)",
    "squeeze()", "squeeze(0)", "transpose()", "transpose(())", "T", "byteswap()", "ravel()",
    "flatten()", "conj()", "round()", "sum()", "cumsum()", "clip(0, 1)", "view(m.int32)",
    "byteswap(True)", "squeeze(1)",
]


@pytest.mark.parametrize("call", SCALAR_METHOD_CALLS)
def test_scalar_methods_give_scalars_like_numpy(call: str) -> None:
    """A scalar's array methods give a scalar where the array method gives a 0-d array."""
    outcomes = []
    for m in (np, tnp):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                r = eval(f"m.float64(2.5).{call}", {"m": m})
        except Exception as e:  # noqa: BLE001
            outcomes.append(type(e).__name__)
        else:
            outcomes.append((type(r).__name__, np.asarray(r).dtype.name, np.asarray(r).shape))
    assert outcomes[0] == outcomes[1]


def test_scalar_is_read_only_0d_array() -> None:
    x = tnp.float64(1.5)
    assert isinstance(x, tnp.floating) and isinstance(x, tnp.generic)
    assert x.shape == () and x.ndim == 0 and x.size == 1
    assert x.dtype == tnp.float64
    assert type(x.item()) is float and x.item() == 1.5
    with pytest.raises((TypeError, ValueError)):
        x[()] = 2.0
    with pytest.raises(TypeError):
        len(x)
    with pytest.raises(TypeError):
        iter(x)


SCALAR_VALUES = [
    ("float64", 1.5),
    ("float64", -0.0),
    ("float64", 1e20),
    ("float64", 0.1),
    ("float64", float("nan")),
    ("float64", float("inf")),
    ("float32", 0.1),
    ("float32", 1.5),
    ("float16", 0.1),
    ("int8", -5),
    ("int64", 123456789),
    ("uint8", 200),
    ("uint64", 2**64 - 1),
    ("bool_", True),
    ("bool_", False),
    ("complex128", 1 + 2j),
    ("complex64", -1.5j),
]


@pytest.mark.parametrize(("name", "value"), SCALAR_VALUES, ids=repr)
def test_scalar_repr_str(name: str, value: Any) -> None:
    t, n = getattr(tnp, name)(value), getattr(np, name)(value)
    assert repr(t) == repr(n)
    assert str(t) == str(n)
    assert f"{t}" == f"{n}"


@pytest.mark.parametrize(("name", "value"), SCALAR_VALUES, ids=repr)
def test_scalar_hash(name: str, value: Any) -> None:
    t, n = getattr(tnp, name)(value), getattr(np, name)(value)
    if value != value:  # NaN hashes by identity in Python >= 3.10
        return
    assert hash(t) == hash(n)
    assert hash(t) == hash(n.item())


def test_scalar_hash_equals_python_hash() -> None:
    assert hash(tnp.float64(1.5)) == hash(1.5)
    assert hash(tnp.int8(3)) == hash(3)
    assert hash(tnp.bool_(True)) == hash(True)
    assert hash(tnp.complex128(1 + 2j)) == hash(1 + 2j)
    assert len({tnp.float64(1.0), 1.0, tnp.int64(1)}) == 1


def _both(expr: str) -> tuple[Any, Any]:
    """Evaluate ``expr`` with ``m`` bound to tnp and to NumPy (or return the exception type)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        got = _outcome(lambda: eval(expr, {"m": tnp}))
        want = _outcome(lambda: eval(expr, {"m": np}))
    return got, want


SCALAR_ARITH = [
    "m.float32(1) + 1.0",
    "1.0 + m.float32(1)",
    "m.float32(1) * 2",
    "m.int8(1) + 1",
    "1 + m.int8(1)",
    "m.int8(1) + 1.0",
    "m.int8(1) + 1j",
    "m.float16(1) + 1j",
    "m.float64(1) + 1j",
    "m.uint8(200) + 100",  # wraps (NumPy warns)
    "m.uint8(200) + m.uint8(100)",
    "m.int8(100) * 2",
    "m.int8(-128) - 1",
    "m.uint8(200) + 300",
    "m.uint8(1) - 2",
    "m.uint8(1) + -1",
    "m.int8(1) + 2**70",
    "m.int8(1) + m.int16(1)",
    "m.int8(1) + m.uint8(1)",
    "m.uint64(1) + m.int64(1)",
    "m.float32(1) + m.float64(1)",
    "m.float16(1) + m.int16(1)",
    "m.int8(1) / m.int8(2)",
    "m.int64(1) / 0",
    "m.float64(1) / 0",
    "m.bool_(True) + True",
    "m.bool_(True) + 1",
    "m.bool_(True) * 1.5",
    "m.bool_(True) - m.bool_(True)",
    "-m.bool_(True)",
    "-m.int8(5)",
    "abs(m.int8(-5))",
    "abs(m.complex64(3 + 4j))",
    "2 ** m.int8(3)",
    "m.int8(2) ** 3",
    "m.float32(2) ** 0.5",
    "m.int8(2) ** -1",
    "2.0 ** m.int8(3)",
    "m.float64(1.5) == 1.5",
    "m.int8(3) < 4",
    "m.int8(1) < 1000",
    "m.uint8(1) == -1",
    "m.float32(0.1) == 0.1",
    "m.int64(3) > m.uint64(2)",
]


@pytest.mark.parametrize("expr", SCALAR_ARITH)
def test_scalar_arithmetic_nep50(expr: str) -> None:
    got, want = _both(expr)
    if isinstance(want, type):
        assert isinstance(got, type) and issubclass(got, builtin_base(want)), (got, want)
        return
    assert not isinstance(got, type), got
    assert_same(got, want)


def test_scalar_python_conversions() -> None:
    assert int(tnp.float64(2.7)) == 2 and type(int(tnp.float64(2.7))) is int
    assert float(tnp.int8(2)) == 2.0
    assert complex(tnp.float32(1.5)) == 1.5 + 0j
    assert bool(tnp.float64(0.0)) is False and bool(tnp.int8(3)) is True
    assert tnp.float64(1.5).is_integer() is False and tnp.float64(2.0).is_integer() is True
    assert tnp.float64(0.75).as_integer_ratio() == (3, 4)
    assert round(tnp.float64(2.567), 2) == round(np.float64(2.567), 2)
    assert round(tnp.float64(2.5)) == round(np.float64(2.5))
    assert [1, 2, 3][tnp.int8(1)] == 2
    assert [1, 2, 3][tnp.uint64(2)] == 3
    with pytest.raises(TypeError):
        [1, 2, 3][tnp.float64(1.0)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(tnp.exceptions.ComplexWarning):
            float(tnp.complex128(1 + 2j))
        with pytest.raises(np.exceptions.ComplexWarning):
            float(np.complex128(1 + 2j))


def test_dtype_of_an_array_is_a_type_error_like_numpy() -> None:
    for maker in (lambda m: m.ones(3), lambda m: m.asarray(1.0)):
        with pytest.raises(TypeError):
            np.dtype(maker(np))
        with pytest.raises(TypeError, match="from an array"):
            tnp.dtype(maker(tnp))
    assert tnp.dtype(tnp.float32(1.0)) == tnp.float32
    assert tnp.dtype(np.float16(1.0)) == tnp.float16
    with pytest.raises(TypeError):
        tnp.zeros(3, tnp.ones(2))
