"""Differential audit of ``a[key]`` and ``a[key] = value`` against NumPy 2: basic and advanced
keys (layout of the broadcast dimensions, 0-d booleans, empty masks, every integer dtype),
views vs copies, value conversion on assignment, NumPy's exceptions and their messages."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest
from compare import assert_same
from hypothesis import given, settings
from hypothesis import strategies as st

import tnp_core as tnp

INT_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]


def builtin_base(exc: type) -> type:
    """The nearest built-in class of an exception type."""
    return next(c for c in exc.__mro__ if c.__module__ == "builtins")


def arange(m: Any, shape: tuple[int, ...], dtype: str = "int64") -> Any:
    """``arange`` of ``shape`` (values mod 7) as a NumPy or tnp array."""
    return m.asarray(np.asarray(np.arange(int(np.prod(shape))).reshape(shape) % 7).astype(dtype))


def as_tnp_key(key: Any) -> Any:
    """A key with its NumPy arrays replaced by tnp arrays."""
    if isinstance(key, np.ndarray):
        return tnp.asarray(key.copy())
    if isinstance(key, tuple):
        return tuple(as_tnp_key(k) for k in key)
    return key


def outcome(f: Any) -> Any:
    """``f(np)`` and ``f(tnp)`` agree: equal results, or exceptions of the same built-in class
    (and, for IndexError, NumPy's message)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            want = f(np)
    except Exception as e:  # noqa: BLE001
        with pytest.raises(builtin_base(type(e))) as info:
            f(tnp)
        if isinstance(e, IndexError):
            assert str(info.value) == str(e)
        return
    got = f(tnp)
    if isinstance(want, (np.ndarray, np.generic)):
        assert_same(got, want)
    else:
        assert type(got) is type(want) and got == want


def get(shape: tuple[int, ...], key: Any, dtype: str = "int64", tkey: bool = False) -> Any:
    """``a[key]`` for ``outcome``; ``tkey``: the key's arrays as tnp arrays."""
    return lambda m: arange(m, shape, dtype)[as_tnp_key(key) if tkey and m is tnp else key]


def assign(shape: tuple[int, ...], key: Any, value: Any, dtype: str = "int64") -> Any:
    """``a[key] = value; a`` for ``outcome`` (NumPy array values become tnp arrays)."""

    def f(m: Any) -> Any:
        a = arange(m, shape, dtype)
        v = m.asarray(value) if isinstance(value, np.ndarray) and m is tnp else value
        a[as_tnp_key(key) if m is tnp else key] = v
        return a

    return f


# ------------------------------------------------------------------ basic indexing

BASIC_ERRORS = [
    3, -4, (0, 4), (0, 0, 5), (0, 0, -6), (Ellipsis, 9), (None, 0, None, -5), np.int64(5),
    np.uint8(200), (0, 0, 0, 0), (Ellipsis, Ellipsis), 1.0, np.float64(1.0), (0, 1.5), "a",
    [1.0, 2], (slice(None), [1.5]), np.array([1.0]), slice(None, None, 0),
]


@pytest.mark.parametrize("key", BASIC_ERRORS, ids=repr)
def test_basic_index_errors(key: Any) -> None:
    """Out-of-range integers name the axis like NumPy (not torch's 'dimension')."""
    outcome(get((3, 4, 5), key))
    outcome(assign((3, 4, 5), key, 1))


@pytest.mark.parametrize("key", [2**63, -(2**63) - 1, 2**64, 10**20, (0, 2**63), (2**64 - 1,),
                                 np.uint64(2**64 - 1), np.uint64(2**63)], ids=repr)
@pytest.mark.parametrize("shape", [(3,), (3, 4)])
def test_integers_beyond_int64(key: Any, shape: tuple[int, ...]) -> None:
    """NumPy: OverflowError for 2**63 <= i < 2**64, IndexError beyond (torch: ValueError)."""
    if isinstance(key, tuple) and len(shape) < len(key):
        key = key[-1]
    outcome(get(shape, key))
    outcome(assign(shape, key, 1))


@pytest.mark.parametrize("shape", [(0,), (0, 3), (3, 0), (2, 0, 2)])
@pytest.mark.parametrize(
    "key",
    [0, -1, slice(None), slice(None, None, -1), [], [0], Ellipsis, (), None, True, False,
     (Ellipsis, 0), (slice(None), 0), ([], []), (0, []), (Ellipsis, [])],
    ids=repr,
)
def test_empty_arrays(shape: tuple[int, ...], key: Any) -> None:
    outcome(get(shape, key))
    outcome(assign(shape, key, 5))


@pytest.mark.parametrize(
    "key",
    [(), Ellipsis, None, True, False, 0, [0], [], np.array(True), np.array([True]),
     (None, None), (Ellipsis, None), (True, True), (True, False), (None, True), np.array(0),
     [True], [False], (Ellipsis, Ellipsis), (Ellipsis, True)],
    ids=repr,
)
def test_zero_d(key: Any) -> None:
    outcome(get((), key))
    outcome(get((), key, tkey=True))
    outcome(assign((), key, 7))


def test_result_types() -> None:
    """Scalars where NumPy gives scalars, 0-d arrays where NumPy gives arrays."""
    cases = [
        ((3,), 0), ((3,), -1), ((3,), np.int64(0)), ((3,), np.array(0)), ((3,), (np.array(1),)),
        ((), ()), ((), Ellipsis), ((), None), ((), True), ((2, 3), (0, 1)), ((2, 3), (0,)),
        ((3,), (0, Ellipsis)), ((3,), [0]), ((2, 3), (1, np.array(0))), ((2, 3), (0, None)),
    ]
    for dtype in ("bool", "uint8", "int16", "uint64", "float16", "complex128"):
        for shape, key in cases:
            outcome(get(shape, key, dtype))
            outcome(get(shape, key, dtype, tkey=True))


# ------------------------------------------------------------------ advanced indexing

I3 = [0, 1, 2]
M6 = np.array([True] * 3 + [False] * 3)

LAYOUT_KEYS = [
    # advanced indices separated by a slice, None or an Ellipsis (even of no dimension):
    # NumPy puts the broadcast dimensions first
    (slice(None), I3, Ellipsis, I3),
    (I3, Ellipsis, I3, slice(None)),
    (slice(None), M6, Ellipsis, I3),
    (slice(None), 0, Ellipsis, I3),
    (slice(None), 0, None, I3),
    (slice(None), I3, None, I3),
    (0, slice(None), np.array([[1], [2]])),
    (np.int64(1), Ellipsis, np.uint64(0)),
    (1, Ellipsis, np.uint32(1)),
    (slice(None), np.array(1), Ellipsis, 0),
    (np.array(1), slice(None), np.array(2)),
    (0, slice(None), np.array(1)),
    # 0-d booleans are advanced indices of length 1 / 0
    (0, slice(None), True),
    (slice(None), 0, True),
    (-3, None, False),
    (0, slice(None, None, -2), False),
    (slice(None), I3, True, slice(None)),
    (slice(None), I3, None, True),
    (True, slice(None), I3),
    (None, np.True_, Ellipsis, True, [0, 1]),
    (slice(None), I3, False, slice(None)),
    (np.array(True), 0, slice(None), [1, 2]),
    # with negative steps
    (slice(None, None, -1), I3, Ellipsis, [1, 2, 0]),
    (slice(None, None, -2), 1, [0, -1]),
    (slice(None, None, -2), 1, slice(None), [0, -1]),  # too many indices
    (I3, slice(None, None, -1), np.array([[0], [6]])),
]


@pytest.mark.parametrize("key", LAYOUT_KEYS, ids=repr)
def test_advanced_layout(key: Any) -> None:
    outcome(get((5, 6, 7), key))
    outcome(get((5, 6, 7), key, "uint16", tkey=True))


@pytest.mark.parametrize("key", LAYOUT_KEYS, ids=repr)
def test_advanced_layout_assignment(key: Any) -> None:
    """Values are taken in NumPy's layout (also through a permuted / unsqueezed view)."""
    try:
        want = np.asarray(arange(np, (5, 6, 7))[key])
    except IndexError:
        want = np.zeros(())
    value = (np.arange(want.size).reshape(want.shape) + 100).astype(np.int64)
    outcome(assign((5, 6, 7), key, value))
    outcome(assign((5, 6, 7), key, -1, "uint64"))


MASK_KEYS = [
    np.zeros(0, bool), np.zeros((0, 4), bool), np.zeros((3, 0), bool), np.zeros((0, 0), bool),
    (np.zeros(0, bool),), (0, np.zeros(0, bool)), (slice(None), np.zeros(0, bool)),
    (Ellipsis, np.zeros(0, bool)), (np.zeros(0, bool), [0, -1]),
    # mismatches NumPy rejects (a non-zero boolean length differs)
    np.zeros((0, 5), bool), np.zeros((2, 0), bool), np.zeros(5, bool), np.zeros((3, 5), bool),
    np.array([True]), (np.array([True]), 0), [[True, False, True]], np.zeros((3, 4, 5, 0), bool),
    # NumPy checks masks before integers, integers before broadcasting, then array values
    (None, -4, False, Ellipsis, np.array([False, True, True])),
    (5, np.ones(5, bool)),
    ([0, 1], [0, 1, 2], np.ones(5, bool)),
    ([0, 1], [9], [0, 1, 2]),
    (0, [9], [0, 1]),
    ([7], slice(None), 6),
    (np.array([True, False, True]), slice(None), np.array([1, 2, 3])),
]


@pytest.mark.parametrize("key", MASK_KEYS, ids=repr)
def test_masks_and_errors(key: Any) -> None:
    """Empty masks of another shape are valid where the mask has length 0 (NumPy)."""
    outcome(get((3, 4, 5), key))
    outcome(get((3, 4, 5), key, tkey=True))
    outcome(assign((3, 4, 5), key, 1))


@pytest.mark.parametrize(
    "key",
    [[[]], ([[]],), (slice(None), [[]]), [[], []], ([], slice(None), []), (0, [[]])],
    ids=repr,
)
def test_empty_nested_lists(key: Any) -> None:
    """``[[]]`` is an empty integer index array in NumPy (not a float array)."""
    outcome(get((3, 4, 5), key))
    outcome(assign((3, 4, 5), key, 1))


@pytest.mark.parametrize(
    "key",
    [(slice(0, 0), [9]), (slice(3, 1), Ellipsis, [1]), (Ellipsis, 0, [1, -2]),
     ([], Ellipsis, 2), (0, False, [7]), (slice(None), [[9]], slice(5, 5))],
    ids=repr,
)
@pytest.mark.parametrize("shape", [(2, 3, 1), (0, 2, 1)])
def test_empty_results_still_check_indices(shape: tuple[int, ...], key: Any) -> None:
    """NumPy checks integers and index arrays (unless they broadcast to nothing) even when
    the result is empty; torch checks nothing there."""
    outcome(get(shape, key))
    outcome(assign(shape, key, 1))


@pytest.mark.parametrize("dtype", INT_DTYPES)
def test_index_arrays_of_every_integer_dtype(dtype: str) -> None:
    lo = 0 if dtype.startswith("u") else -3
    idx = np.array([[2, lo], [1, 0]], dtype=dtype)
    for key in (idx, (slice(None), idx), (idx, 0, idx), (1, Ellipsis, idx), (idx, None, idx)):
        outcome(get((3, 3, 3), key))
        outcome(get((3, 3, 3), key, tkey=True))
        outcome(assign((3, 3, 3), key, 9))
    scalar = np.dtype(dtype).type(2)
    outcome(get((3, 3), (scalar, 0)))
    outcome(get((3, 3), (0, Ellipsis, scalar)))
    if dtype == "uint64":
        outcome(get((3,), np.array([2**63], dtype=dtype)))  # wraps to a negative int64


@pytest.mark.parametrize(
    "key",
    [[True, 1], [0, True], [True, False, True], [[True, False, True]], ([True, False, True],),
     [np.True_, np.False_, np.True_], [np.int8(1), np.uint64(2)], ((0, 1), 1), [(0, 1)],
     [(0, 1), (1, 2)], [0, [1, 2]], [np.int64(0), 2]],
    ids=repr,
)
def test_lists_and_tuples(key: Any) -> None:
    outcome(get((3, 4), key))


# ------------------------------------------------------------------ views and copies

VIEW_KEYS = [1, (1, slice(None)), (slice(None), 2), (1, None), Ellipsis, (), (None, Ellipsis),
             slice(1, None, 2), np.int64(1), (np.int64(1), slice(None)), (slice(None), np.uint8(2)),
             (Ellipsis, np.int32(0)), np.uint64(0)]


@pytest.mark.parametrize("key", VIEW_KEYS, ids=repr)
def test_basic_indexing_returns_views(key: Any) -> None:
    """Including NumPy integer scalars as keys (they index like ints, not like 0-d arrays)."""
    a, n = arange(tnp, (3, 4)), arange(np, (3, 4))
    v, w = a[key], n[key]
    assert v.base is a and w.base is n
    assert tnp.shares_memory(v, a) and np.shares_memory(w, n)
    v[...] = -1
    w[...] = -1
    assert_same(a, n)


def test_tnp_integer_scalar_keys_give_views() -> None:
    a, n = arange(tnp, (3, 4)), arange(np, (3, 4))
    i = tnp.arange(3)[1]
    assert isinstance(i, tnp.int64)
    v = a[i]
    v[...] = -1
    n[1] = -1
    assert v.base is a
    assert_same(a, n)


@pytest.mark.parametrize(
    "key",
    [[1], np.array(1), (np.array(1), slice(None)), np.array([True, False, True]), True,
     (slice(None), [0, 0]), ([0, 1], None, [1, 2]), (slice(None), 0, True)],
    ids=repr,
)
def test_advanced_indexing_returns_copies(key: Any) -> None:
    a, n = arange(tnp, (3, 4)), arange(np, (3, 4))
    tkey = as_tnp_key(key)
    v, w = a[tkey], n[key]
    assert not tnp.shares_memory(v, a) and not np.shares_memory(w, n)
    assert v.flags.writeable
    v[...] = -1
    w[...] = -1
    assert_same(a, n)
    assert_same(a[tkey], n[key])


def test_read_only_arrays() -> None:
    a = tnp.arange(6).reshape(2, 3)
    a.flags.writeable = False
    for key, value in [((0, 0), 1), ([0], 1), (a > 2, 1), (Ellipsis, 0),
                       (slice(None, None, -1), 1)]:
        with pytest.raises(ValueError):
            a[key] = value
    v = a[1:]
    assert not v.flags.writeable
    with pytest.raises(ValueError):
        v[0] = 1
    assert a.tolist() == [[0, 1, 2], [3, 4, 5]]
    b = tnp.broadcast_to(tnp.arange(3), (2, 3))
    with pytest.raises(ValueError):
        b[0, 0] = 1


@pytest.mark.parametrize("reshaped", [False, True])
def test_view_of_read_only_array_writeable_flag(reshaped: bool) -> None:
    """A view's writeable flag can be set back only where its base is writeable."""

    def f(m: Any) -> Any:
        a = m.arange(6).reshape(2, 3) if reshaped else m.arange(6)
        a.flags.writeable = False
        v = a[1:]
        v.flags.writeable = True
        v[...] = 0
        return a

    outcome(f)


def test_chained_assignment() -> None:
    a, n = arange(tnp, (4, 5)), arange(np, (4, 5))
    for m, x in ((tnp, a), (np, n)):
        x[1:][:, ::2][0] = 100  # through views: lands in the array
        x[...][2, 2] = -1
        x[None][0, 3, 3] = -3
        x[()][0, 0] = 77
        x[[0, 1]][0] = -5  # through a copy: lost
        x[x > 5][0] = -9
        x[::-1][0:2] if m is tnp else None  # (tnp: a read-only copy, documented)
    assert_same(a, n)


# ------------------------------------------------------------------ assignment


@pytest.mark.parametrize("dtype", ["int8", "uint8", "uint64", "bool", "float32"])
@pytest.mark.parametrize(
    "value",
    [[300, 1, 2, 3], [-1, 0, 0, 0], (1, 2, 300, 4), [[2**63, 0, 0, 0]], [1.5, -2.5, 3, 4],
     [1 + 1j, 2, 3, 4], [2**64, 0, 0, 0], [float("nan"), 0, 0, 0], [True, False, 1, 0]],
    ids=repr,
)
@pytest.mark.parametrize("key", [0, slice(0, 1), Ellipsis, [0, 2], (slice(None), [0, 1, 2, 3])],
                         ids=repr)
def test_list_values_convert_with_the_array_dtype(key: Any, value: Any, dtype: str) -> None:
    """NumPy converts a list value with the array's dtype: Python ints out of its range raise
    OverflowError, complex into a real array TypeError, NaN into integers ValueError."""
    outcome(assign((3, 4), key, value, dtype))


@pytest.mark.parametrize(
    ("key", "value"),
    [(0, [[1, 2, 3, 4]]), (0, [np.ones(4)]), (Ellipsis, [[[1] * 4] * 3]),
     ((slice(None), 0), [[1, 2, 3]]), (slice(None, None, -1), [[[1] * 4] * 3]),
     ((0, slice(None, None, -1)), [[1, 2, 3, 4]]), ((None, 0), [[[1, 2, 3, 4]]]),
     ([0, 1], [[[1] * 4] * 2]), ([0, 1], [[[1]]]), (0, np.ones((1, 4))),
     (slice(None, None, -1), np.ones((1, 3, 4))), ([0, 1], np.ones((1, 2, 4))),
     ((0, 0), [1]), ((0, 0), [[1]])],
    ids=repr,
)
def test_value_dimensions(key: Any, value: Any) -> None:
    """Into a basic-indexing target NumPy converts a list with at most the target's
    dimensions; arrays (and lists into advanced targets) lose leading unit dimensions."""
    outcome(assign((3, 4), key, value, "float64"))


@pytest.mark.parametrize(
    "value",
    [np.zeros((1, 12)), np.zeros((12, 1)), np.zeros((1, 1)), [[1] * 12], np.zeros(()),
     np.zeros(12), np.zeros(1), np.zeros(5), np.zeros((1, 0))],
    ids=lambda v: repr(np.shape(v)),
)
@pytest.mark.parametrize("key", ["full", "tuple", "partial", "ellipsis", "empty"])
def test_masked_assignment_value_dimensions(key: str, value: Any) -> None:
    """``a[mask] = v`` with a mask over every dimension takes 0-d and 1-d values only
    (NumPy's TypeError)."""
    mask = np.ones((3, 4), bool)
    k = {"full": mask, "tuple": (mask,), "partial": np.ones(3, bool),
         "ellipsis": (mask, Ellipsis), "empty": np.zeros((3, 4), bool)}[key]
    outcome(assign((3, 4), k, value, "float64"))


def test_repeated_indices_last_write_wins() -> None:
    outcome(assign((3, 4), [0, 0], [[1] * 4, [2] * 4]))
    outcome(assign((3, 4), ([0, 0, 2], [1, 1, 3]), [5, 6, 7]))
    outcome(assign((5,), [1, 1, 1, 0], [1, 2, 3, 4]))
    outcome(assign((5,), np.array([4, -1, 4]), np.array([7, 8, 9])))


@pytest.mark.parametrize("dtype", ["int8", "uint8", "int64", "uint64", "float32", "bool"])
def test_python_scalar_values(dtype: str) -> None:
    for value in (300, -1, -129, 2**63, 2**64, -(2**63) - 1, 2.9, -2.9, 1e300, float("nan"),
                  float("inf"), 1 + 2j, True):
        for key in (0, (0, 1), Ellipsis, [0, 1], np.ones((3, 4), bool), (slice(None, None, -1), 0)):
            outcome(assign((3, 4), key, value, dtype))


def test_complex_into_real() -> None:
    """NumPy 2: a Python complex into a real array is a TypeError; a complex array or scalar
    warns (ComplexWarning) and keeps the real part."""
    outcome(assign((3,), 0, 1 + 2j, "float64"))
    for value in (np.array(1 + 2j), np.array([1 + 2j, 3j, 4])):
        for m, warning in ((np, np.exceptions.ComplexWarning),
                           (tnp, tnp.exceptions.ComplexWarning)):
            a = m.zeros(3)
            with pytest.warns(warning):
                a[...] = m.asarray(value)
            assert a.tolist() == np.real(np.broadcast_to(value, (3,))).tolist()


def test_zero_d_assignment() -> None:
    for key, value in [((), 5), (Ellipsis, 5), ((), np.array(6.5)), (True, 7), (False, 7),
                       (None, [7]), (Ellipsis, [5]), ((), [5]), (0, 1), (np.array(True), 2)]:
        outcome(lambda m, key=key, value=value: (
            lambda a: (a.__setitem__(key, m.asarray(value) if isinstance(value, np.ndarray)
                                     and m is tnp else value), a)[1])(m.asarray(1.5)))


# ------------------------------------------------------------------ hypothesis: random keys


@st.composite
def shape_and_key(draw: Any) -> tuple[tuple[int, ...], Any]:
    """A shape and a key mixing every kind of index element, sometimes out of range."""
    shape = tuple(draw(st.lists(st.integers(0, 3), max_size=3)))
    parts: list[Any] = []
    dim = 0
    ellipsis = False
    for _ in range(draw(st.integers(0, len(shape) + 2))):
        kind = draw(st.sampled_from(["int", "slice", "none", "ellipsis", "array", "list",
                                     "mask", "bool", "npint"]))
        n = shape[dim] if dim < len(shape) else 0
        if kind == "int" and dim < len(shape):
            parts.append(draw(st.integers(-n - 1, n)))
            dim += 1
        elif kind == "npint" and dim < len(shape) and n:
            scalar_type = np.dtype(draw(st.sampled_from(INT_DTYPES))).type
            parts.append(scalar_type(draw(st.integers(0, n - 1))))
            dim += 1
        elif kind == "slice" and dim < len(shape):
            bound = st.none() | st.integers(-5, 5)
            step = st.none() | st.sampled_from([-3, -2, -1, 1, 2, 3])
            parts.append(slice(draw(bound), draw(bound), draw(step)))
            dim += 1
        elif kind == "none":
            parts.append(None)
        elif kind == "ellipsis" and not ellipsis:
            parts.append(Ellipsis)
            ellipsis = True
        elif kind == "array" and dim < len(shape) and n:
            ishape = tuple(draw(st.lists(st.integers(0, 2), max_size=2)))
            dtype = draw(st.sampled_from(INT_DTYPES))
            lo = 0 if dtype.startswith("u") else -n
            vals = draw(st.lists(st.integers(lo, n), min_size=int(np.prod(ishape)),
                                 max_size=int(np.prod(ishape))))
            parts.append(np.array(vals, dtype=dtype).reshape(ishape))
            dim += 1
        elif kind == "list" and dim < len(shape) and n:
            parts.append(draw(st.lists(st.integers(-n, n - 1), max_size=3)))
            dim += 1
        elif kind == "mask" and dim < len(shape):
            k = draw(st.integers(1, len(shape) - dim))
            mshape = shape[dim:dim + k]
            vals = draw(st.lists(st.booleans(), min_size=int(np.prod(mshape)),
                                 max_size=int(np.prod(mshape))))
            parts.append(np.array(vals, dtype=bool).reshape(mshape))
            dim += k
        elif kind == "bool":
            parts.append(draw(st.booleans()))
    if len(parts) == 1 and draw(st.booleans()):
        return shape, parts[0]
    return shape, tuple(parts)


@settings(max_examples=400, deadline=None)
@given(shape_and_key(), st.sampled_from(["int64", "float32", "uint16", "bool", "complex64",
                                         "uint64"]), st.booleans())
def test_random_keys(sk: tuple[tuple[int, ...], Any], dtype: str, tnp_key: bool) -> None:
    """Values, dtype, shape, python type, views vs copies, and assignment of the result's
    shape and of a scalar, for random keys."""
    shape, key = sk
    n = arange(np, shape, dtype)
    a = tnp.asarray(n.copy())
    tkey = as_tnp_key(key) if tnp_key else key
    try:
        want = n[key]
    except Exception as e:  # noqa: BLE001
        with pytest.raises(builtin_base(type(e))) as info:
            a[tkey]
        if isinstance(e, IndexError):
            assert str(info.value) == str(e)
        with pytest.raises(builtin_base(type(e))):
            a[tkey] = 1
        return
    got = a[tkey]
    assert_same(got, want)
    if isinstance(want, np.ndarray) and want.size:
        shares = tnp.shares_memory(got, a)
        if np.shares_memory(want, n):  # a view (or, for negative steps, a read-only copy)
            assert shares or not got.flags.writeable
        else:
            assert not shares and got.flags.writeable
    value = (np.arange(want.size).reshape(np.shape(want)) + 3).astype(dtype)
    n[key] = value
    a[tkey] = tnp.asarray(value)
    assert_same(a, n)
    n[key] = 1
    a[tkey] = 1
    assert_same(a, n)


# ------------------------------------------------------------------ flat and item

FLAT_KEYS = [5, -1, slice(2, 7, 2), [1, 5], Ellipsis, np.int64(3), (1,), [[1, 2], [3, 4]]]


@pytest.mark.parametrize("key", FLAT_KEYS, ids=repr)
def test_flat(key: Any) -> None:
    outcome(lambda m: arange(m, (3, 4)).flat[key])

    def f(m: Any) -> Any:
        a = arange(m, (3, 4))
        sel = np.arange(12)[key]
        a.flat[key] = -1 if np.ndim(sel) == 0 else [-1, -2, -3, -4][: np.size(sel)]
        return a

    if not isinstance(key, list) or np.ndim(key) < 2:
        outcome(f)


def test_flat_2d_index_assignment() -> None:
    def f(m: Any) -> Any:
        a = arange(m, (3, 4))
        a.flat[[[1, 2], [3, 4]]] = [-1, -2, -3, -4]
        return a

    outcome(f)


@pytest.mark.parametrize("key", [slice(None, None, -1), slice(9, 1, -3), slice(2, 5, -1),
                                 Ellipsis, [-1, 2], [True, False], np.ones(12, bool),
                                 np.arange(12) % 3 == 0, np.ones(5, bool),
                                 np.ones((3, 4), bool)], ids=repr)
def test_flat_negative_step_and_keys(key: Any) -> None:
    outcome(lambda m: arange(m, (3, 4)).flat[key])
    outcome(lambda m: arange(m, (3, 4)).T.flat[key])

    def f(m: Any, transposed: bool = False) -> Any:
        a = arange(m, (3, 4))
        (a.T if transposed else a).flat[key] = [-1, -2, -3]  # repeated cyclically
        return a

    outcome(f)
    outcome(lambda m: f(m, True))


@pytest.mark.parametrize("value", [300, 300.5, [5], 1j, -1, 2.7, True], ids=repr)
def test_flat_single_item_values(value: Any) -> None:
    """A single element takes one scalar, range-checked (NumPy: ValueError otherwise)."""
    def f(m: Any) -> Any:
        a = m.zeros(3, m.int8)
        a.flat[1] = value
        return a

    outcome(f)


@pytest.mark.parametrize("value", [300, [300, 1], np.array([300, 1])], ids=repr)
def test_flat_python_int_out_of_range(value: Any) -> None:
    def f(m: Any) -> Any:
        a = m.zeros(4, m.int8)
        a.flat[[0, 1]] = m.asarray(value) if isinstance(value, np.ndarray) else value
        a.flat[:] = m.asarray(value) if isinstance(value, np.ndarray) else value
        return a

    outcome(f)


@pytest.mark.parametrize("args", [(), (5,), (1, 2), ((1, 2),), (12,), (-1, -1), (np.int64(1),)],
                         ids=repr)
def test_item(args: tuple) -> None:
    outcome(lambda m: arange(m, (3, 4)).item(*args) if args else arange(m, (1,)).item())


@pytest.mark.parametrize("args", [(3, 0), (1.0,), (1, 2, 3), (0, -5), (12,), (-13,), (True,),
                                  ((1, 2, 3),), (2**70,)], ids=repr)
def test_item_errors(args: tuple) -> None:
    outcome(lambda m: arange(m, (3, 4)).item(*args))
    outcome(lambda m: arange(m, (12,)).item(*args))


def test_tnp_scalar_keys() -> None:
    """tnp scalars index like NumPy's: integers as integers, floats refused with NumPy's
    message."""
    with pytest.raises(IndexError) as want:
        np.arange(3)[np.float64(1)]
    with pytest.raises(IndexError) as got:
        tnp.arange(3)[tnp.float64(1)]
    assert str(got.value) == str(want.value)
    assert_same(tnp.arange(6).reshape(2, 3)[tnp.uint8(1), tnp.int16(-1)],
                np.arange(6).reshape(2, 3)[np.uint8(1), np.int16(-1)])


def test_ufunc_at_with_separated_advanced_indices() -> None:
    """``ufunc.at`` shares the key preparation: NumPy's layout and repeated indices."""
    for key in [(0, slice(None), [1, 1, 2]), (slice(None), 0, True), ([0, 0], Ellipsis, [1, 1])]:
        n, a = np.zeros((3, 4, 5)), tnp.zeros((3, 4, 5))
        value = np.arange(1.0, n[key].size + 1).reshape(n[key].shape)
        np.add.at(n, key, value)
        tnp.add.at(a, key, tnp.asarray(value))
        assert_same(a, n)
