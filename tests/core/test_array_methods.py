"""ndarray methods beyond the core set, against NumPy 2: memory, bytes, pickling, views,
protocols, and the namespace-backed methods."""

from __future__ import annotations

import copy
import ctypes
import io
import pickle
from typing import Any

import numpy as np
import pytest
import torch
from compare import assert_same

import tnp_core as tnp

DTYPES = ["bool", "int8", "uint8", "int16", "int32", "uint32", "int64", "uint64", "float16",
          "float32", "float64", "complex64", "complex128"]


def pair(dtype: str = "float64", shape: tuple[int, ...] = (3, 4)) -> tuple[Any, Any]:
    n = (np.arange(int(np.prod(shape))) % 7 - 2).astype(dtype).reshape(shape)
    return tnp.asarray(n), n


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("order", ["C", "F", "A"])
def test_tobytes_matches_numpy(dtype: str, order: str) -> None:
    a, n = pair(dtype)
    assert a.tobytes(order) == n.tobytes(order)
    assert a.T.tobytes(order) == n.T.tobytes(order)
    assert a[:, ::2].tobytes() == n[:, ::2].tobytes()


def test_tobytes_bad_order() -> None:
    with pytest.raises(ValueError):
        tnp.arange(3).tobytes("X")


@pytest.mark.parametrize("layout", ["plain", "T", "slice"])
def test_strides_match_numpy(layout: str) -> None:
    a, n = pair("int32", (3, 4, 5))
    pick = {"plain": lambda x: x, "T": lambda x: x.T, "slice": lambda x: x[:, 1:3, ::2]}[layout]
    assert pick(a).strides == pick(n).strides


def test_tofile_binary_and_text(tmp_path: Any) -> None:
    a, n = pair("float32")
    a.tofile(tmp_path / "t.bin")
    n.tofile(tmp_path / "n.bin")
    assert (tmp_path / "t.bin").read_bytes() == (tmp_path / "n.bin").read_bytes()
    a.tofile(str(tmp_path / "t.txt"), sep=",", format="%.2f")
    n.tofile(str(tmp_path / "n.txt"), sep=",", format="%.2f")
    assert (tmp_path / "t.txt").read_text() == (tmp_path / "n.txt").read_text()
    buf = io.BytesIO()
    a.tofile(buf)
    assert buf.getvalue() == n.tobytes()


@pytest.mark.parametrize("dtype", DTYPES)
def test_pickle_roundtrip(dtype: str) -> None:
    a, _ = pair(dtype)
    for obj in (a, a[1:, ::2], a.T):
        b = pickle.loads(pickle.dumps(obj))
        assert type(b) is type(obj) and b.dtype == obj.dtype
        assert_same(b, np.asarray(obj))
        assert b.base is None


def test_dumps_dump_and_copies(tmp_path: Any) -> None:
    a, n = pair()
    assert_same(pickle.loads(a.dumps()), n)
    a.dump(tmp_path / "a.pkl")
    with open(tmp_path / "a.pkl", "rb") as f:
        assert_same(pickle.load(f), n)
    for c in (copy.copy(a), copy.deepcopy(a)):
        assert_same(c, n)
        c[0, 0] = 99
        assert a[0, 0] == n[0, 0]


def test_pickle_keeps_read_only() -> None:
    a = tnp.arange(3.0)
    a.flags.writeable = False
    assert not pickle.loads(pickle.dumps(a)).flags.writeable


@pytest.mark.parametrize(("src", "dst"), [
    ("float64", "int64"), ("float64", "int32"), ("float64", "uint8"), ("int32", "float32"),
    ("int64", "complex64"), ("uint8", "int16"), ("complex128", "float64"), ("int8", "uint8"),
    ("int16", "float16"),
])
def test_view_dtype_matches_numpy(src: str, dst: str) -> None:
    a, n = pair(src, (2, 8))
    v = a.view(dst)
    assert v.dtype == n.view(dst).dtype and v.shape == n.view(dst).shape
    assert v.tobytes() == n.view(dst).tobytes()


def test_view_writes_reach_the_base() -> None:
    a = tnp.zeros(4, dtype=tnp.int32)
    a.view(tnp.uint8)[0] = 1
    assert a[0] == 1
    v = a.view()
    v[1] = 5
    assert a[1] == 5 and v.base is not None


@pytest.mark.parametrize(("src", "dst", "shape"), [
    ("float64", "int32", ()),       # 0-d with another itemsize
    ("int8", "int32", (2, 3)),      # 3 bytes cannot become int32s
])
def test_view_dtype_errors_match_numpy(src: str, dst: str, shape: tuple[int, ...]) -> None:
    n = np.zeros(shape, dtype=src)
    with pytest.raises(ValueError):
        n.view(dst)
    with pytest.raises(ValueError):
        tnp.asarray(n).view(dst)


def test_view_as_subclass_calls_array_finalize() -> None:
    class Tagged(tnp.ndarray):
        def __array_finalize__(self, obj: Any) -> None:
            self.tag = getattr(obj, "tag", "fresh")

    a = tnp.arange(3.0)
    t = a.view(Tagged)
    assert type(t) is Tagged and t.tag == "fresh"
    t[0] = 5.0
    assert a[0] == 5.0
    t2 = a.view(type=Tagged)
    assert isinstance(t2, Tagged)
    with pytest.raises(ValueError, match="sub-type of ndarray"):  # NumPy's type
        a.view(type=int)


@pytest.mark.parametrize("dtype", DTYPES)
def test_byteswap_matches_numpy(dtype: str) -> None:
    a, n = pair(dtype)
    assert_same(a.byteswap(), n.byteswap())
    a2 = a.copy()
    assert a2.byteswap(inplace=True) is a2
    assert_same(a2, n.byteswap())


@pytest.mark.parametrize(("dtype", "offset"), [("float32", 0), ("int8", 1), ("int16", 6),
                                               ("uint32", 4)])
def test_getfield_setfield_match_numpy(dtype: str, offset: int) -> None:
    a, n = pair("float64")
    assert_same(a.getfield(dtype, offset), n.getfield(dtype, offset))
    a.setfield(3, dtype, offset)
    n.setfield(3, dtype, offset)
    assert a.tobytes() == n.tobytes()
    with pytest.raises(ValueError):
        n.getfield(dtype, 8)
    with pytest.raises(ValueError):
        a.getfield(dtype, 8)


def test_data_and_ctypes_address_the_memory() -> None:
    a, n = pair("int32")
    assert bytes(a.data) == bytes(n.data)
    mv = a.data
    mv[0:4] = (7).to_bytes(4, "little")
    assert a[0, 0] == 7
    assert a.ctypes.data == a.tensor.data_ptr()
    assert a.ctypes.shape == tuple(n.ctypes.shape)
    assert a.ctypes.strides == tuple(n.ctypes.strides)
    p = a.ctypes.data_as(ctypes.POINTER(ctypes.c_int32))
    assert p[1] == a[0, 1]


def test_data_of_read_only_array_is_read_only() -> None:
    a = tnp.arange(4)
    a.flags.writeable = False
    assert a.data.readonly


def test_contains_matches_numpy() -> None:
    a, n = pair()
    for v in (2.0, 9.0, -2):
        assert (v in a) == (v in n)


def test_resize_in_place_like_numpy() -> None:
    a, n = tnp.arange(5), np.arange(5)
    a.resize(2, 4)
    n.resize(2, 4, refcheck=False)
    assert_same(a, n)
    a.resize((3,))
    n.resize((3,), refcheck=False)
    assert_same(a, n)
    with pytest.raises(ValueError):
        tnp.arange(6)[1:].resize(2)


def test_to_device_and_namespace() -> None:
    a = tnp.arange(3)
    assert a.to_device("cpu") is a
    assert a.device == torch.device("cpu")
    assert a.__array_namespace__() is tnp
    with pytest.raises(ValueError):
        a.__array_namespace__(api_version="1999.01")


def test_dlpack_roundtrip_shares_memory() -> None:
    a, n = pair("float32")
    t = torch.from_dlpack(a)
    assert t.data_ptr() == a.tensor.data_ptr()
    assert a.__dlpack_device__() == (1, 0)
    np.testing.assert_array_equal(np.from_dlpack(a), n)


def test_numpy_functions_and_ufuncs_dispatch_to_tnp() -> None:
    a, n = pair()
    r = np.add(a, 1)
    assert isinstance(r, tnp.ndarray)
    assert_same(r, n + 1)
    s = np.sum(a, axis=0)
    assert isinstance(s, tnp.ndarray)
    assert_same(s, n.sum(axis=0))
    assert isinstance(np.mean(a), tnp.generic)
    assert_same(np.linalg.norm(a), np.linalg.norm(n))


NS_METHODS = [
    ("conj", (), {}), ("conjugate", (), {}), ("cumprod", (), {"axis": 1}),
    ("diagonal", (), {"offset": 1}), ("nonzero", (), {}), ("repeat", (2,), {"axis": 0}),
    ("round", (), {"decimals": 1}), ("squeeze", (), {}), ("swapaxes", (0, 1), {}),
    ("take", ([0, 2],), {"axis": 1}), ("trace", (), {"offset": 1}),
    ("compress", ([True, False, True],), {"axis": 0}), ("argpartition", (1,), {}),
    ("searchsorted", (1.0,), {}),
]


@pytest.mark.parametrize(("name", "args", "kwargs"), NS_METHODS, ids=[m[0] for m in NS_METHODS])
def test_namespace_backed_methods_match_numpy(name: str, args: tuple, kwargs: dict) -> None:
    a, n = pair("float64", (3, 4))
    if name == "searchsorted":
        a, n = tnp.arange(5.0), np.arange(5.0)
    if name == "argpartition":
        got = getattr(a, name)(*args, **kwargs)
        np.testing.assert_array_equal(np.take_along_axis(n, np.asarray(got), -1)[:, 1],
                                      np.sort(n, -1)[:, 1])
        return
    got, want = getattr(a, name)(*args, **kwargs), getattr(n, name)(*args, **kwargs)
    if isinstance(want, tuple):
        for g, w in zip(got, want):
            assert_same(g, w)
    else:
        assert_same(got, want)


def test_in_place_namespace_methods() -> None:
    a, n = pair("float64", (3, 4))
    a.put([0, 5], [-1.0, -2.0])
    n.put([0, 5], [-1.0, -2.0])
    assert_same(a, n)
    a.partition(2, axis=1)
    n.partition(2, axis=1)
    assert_same(a[:, 2], n[:, 2])
    choices = [np.arange(4.0), np.arange(4.0) * 10]
    sel = np.array([0, 1, 1, 0])
    assert_same(tnp.asarray(sel).choose([tnp.asarray(c) for c in choices]), sel.choose(choices))


# ---------------------------------------------------------------- flat

FLAT_KEYS: list[Any] = [3, -1, slice(1, 7, 2), slice(None), [0, 5, 2], Ellipsis,
                        np.array([1, 1, 4]), (2,)]


@pytest.mark.parametrize("layout", ["contiguous", "transposed"])
@pytest.mark.parametrize("key", FLAT_KEYS, ids=repr)
def test_flat_getitem_matches_numpy(layout: str, key: Any) -> None:
    a, n = pair("float64", (3, 4))
    if layout == "transposed":
        a, n = a.T, n.T
    assert_same(a.flat[key], n.flat[key])


@pytest.mark.parametrize("layout", ["contiguous", "transposed"])
@pytest.mark.parametrize(("key", "value"), [
    (3, 9.0), (slice(1, 7, 2), [7.0, 8.0, 9.0]), ([0, 5, 2], -1.0), (slice(None), [1.0, 2.0]),
    (Ellipsis, 0.5), (np.array([True] * 6 + [False] * 6), [4.0, 5.0, 6.0, 7.0]),
])
def test_flat_setitem_matches_numpy(layout: str, key: Any, value: Any) -> None:
    a, n = pair("float64", (3, 4))
    if layout == "transposed":
        a, n = a.T, n.T
    a.flat[key] = value
    n.flat[key] = value
    assert_same(a, n)


def test_flat_iteration_and_attributes() -> None:
    a, n = pair("int64", (2, 3))
    fa, fn = a.flat, n.flat
    assert len(fa) == len(fn) == 6
    assert [int(x) for x in fa] == [int(x) for x in fn]
    fa, fn = a.flat, n.flat
    next(fa), next(fn), next(fa), next(fn)
    assert fa.index == fn.index and fa.coords == fn.coords
    assert fa.base is a
    assert_same(a.flat.copy(), n.flat.copy())
    np.testing.assert_array_equal(np.asarray(a.flat), np.asarray(n.flat))


def test_flat_assignment_property_and_errors() -> None:
    a, n = pair("float64", (2, 3))
    a.flat = [1.0, 2.0]
    n.flat = [1.0, 2.0]
    assert_same(a, n)
    for bad in (6, -7, [0, 6]):
        with pytest.raises(IndexError):
            n.flat[bad]
        with pytest.raises(IndexError):
            a.flat[bad]
    r = tnp.arange(4.0)[::-1]
    with pytest.raises(ValueError, match="read-only"):
        r.flat[0] = 1.0


# ---------------------------------------------------------------- subclassing (NumPy's guide)

def _info_array(mod: Any) -> type:
    class InfoArray(mod.ndarray):
        def __new__(cls, input_array: Any, info: Any = None) -> Any:
            obj = mod.asarray(input_array).view(cls)
            obj.info = info
            return obj

        def __array_finalize__(self, obj: Any) -> None:
            if obj is None:
                return
            self.info = getattr(obj, "info", None)

    return InfoArray


@pytest.mark.parametrize("expr", ["a[1:]", "a.T", "a[None]", "a[..., ::2]", "a.view()",
                                  "a.real", "a.copy()"])
def test_subclass_views_keep_class_and_state_like_numpy(expr: str) -> None:
    got = eval(expr, {"a": _info_array(tnp)([[1, 2, 3]], info="tag")})
    want = eval(expr, {"a": _info_array(np)([[1, 2, 3]], info="tag")})
    assert type(got).__name__ == type(want).__name__ == "InfoArray"
    assert got.info == want.info == "tag"
    assert_same(tnp.asarray(got.tensor), np.asarray(want))


def test_subclass_view_writes_reach_the_base() -> None:
    a = _info_array(tnp)([1, 2, 3], info="tag")
    v = a[1:]
    v[0] = 9
    assert a.tolist() == [1, 9, 3]
    assert v.base is not None


# ---------------------------------------------------------------- reduction methods

METHOD_CALLS = [
    ("sum", {}), ("sum", {"axis": 0}), ("sum", {"axis": 1, "keepdims": True}),
    ("sum", {"initial": 5.0}), ("sum", {"where": [[True, False, True, False]] * 3}),
    ("sum", {"dtype": "float32"}), ("prod", {"axis": 1}), ("mean", {"axis": 0}),
    ("mean", {"where": [[True, False, True, False]] * 3}), ("std", {"ddof": 1}),
    ("var", {"axis": 1, "ddof": 1}), ("min", {}), ("max", {"axis": 0, "initial": 3.0}),
    ("argmin", {"axis": 1}), ("argmax", {"keepdims": True}), ("cumsum", {"axis": 0}),
    ("all", {"axis": 0}), ("any", {"keepdims": True}), ("argsort", {"axis": 0}),
    ("clip", {"min": 1.0, "max": 4.0}),
]


@pytest.mark.parametrize(("name", "kwargs"), METHOD_CALLS, ids=[f"{n}{k}" for n, k in METHOD_CALLS])
def test_reduction_methods_take_numpys_keywords(name: str, kwargs: dict) -> None:
    a, n = pair("float64", (3, 4))
    tk = {k: tnp.asarray(v) if k == "where" else v for k, v in kwargs.items()}
    assert_same(getattr(a, name)(**tk), getattr(n, name)(**kwargs))


@pytest.mark.parametrize("name", ["sum", "prod", "mean", "std", "var", "min", "max", "argmin",
                                  "argmax", "cumsum", "all", "any", "argsort"])
def test_reduction_method_parameters_are_numpys(name: str) -> None:
    import inspect

    ours = list(inspect.signature(getattr(tnp.ndarray, name)).parameters)[1:]
    theirs = list(inspect.signature(getattr(np, name)).parameters)[1:]
    assert ours == theirs


def test_reduction_method_out_is_written() -> None:
    a, n = pair("float64", (3, 4))
    out = tnp.zeros(4)
    assert a.sum(axis=0, out=out) is out
    assert_same(out, n.sum(axis=0))


@pytest.mark.parametrize("device", ["x", None, 3.5])
def test_to_device_rejects_bad_devices_clearly(device: Any) -> None:
    with pytest.raises(ValueError, match="unsupported device"):
        tnp.arange(3).to_device(device)


@pytest.mark.parametrize("order", ["C", "F", "A", "K"])
@pytest.mark.parametrize("layout", ["plain", "T", "strided"])
def test_copy_flatten_ravel_orders_match_numpy(order: str, layout: str) -> None:
    a, n = pair("float64", (3, 4))
    pick = {"plain": lambda x: x, "T": lambda x: x.T, "strided": lambda x: x[:, ::2]}[layout]
    a, n = pick(a), pick(n)
    assert_same(a.flatten(order), n.flatten(order))
    assert_same(a.ravel(order), n.ravel(order))
    c, d = a.copy(order), n.copy(order)
    assert_same(c, d)
    assert (c.flags.c_contiguous, c.flags.f_contiguous) == (d.flags.c_contiguous,
                                                            d.flags.f_contiguous)
    c[0, 0] = 99.0
    assert a[0, 0] != 99.0


@pytest.mark.parametrize(("method", "args", "exc"), [
    ("copy", (0,), TypeError), ("flatten", (0,), TypeError), ("ravel", ("X",), ValueError),
    ("reshape", (), TypeError),
])
def test_method_argument_errors_match_numpy(method: str, args: tuple, exc: type) -> None:
    a, n = pair("float64", (2, 3))
    with pytest.raises(exc):
        getattr(n, method)(*args)
    with pytest.raises(exc):
        getattr(a, method)(*args)


def test_conj_of_real_array_is_the_array_and_inplace_matmul_checks_dims() -> None:
    a, n = pair("float64", (2, 2))
    assert a.conj() is a and n.conj() is n
    b = tnp.asarray([True, False])
    assert b.conjugate() is b
    v = tnp.asarray([1 + 2j, 3 - 1j])
    with pytest.raises(ValueError, match="inplace matrix multiplication"):
        v @= (1, 0)
    m = tnp.ones((2, 2))
    m @= tnp.ones((2, 2))
    assert_same(m, np.full((2, 2), 2.0))


@pytest.mark.parametrize("expr", ["a + 1", "np.sqrt(a)", "2 * a", "np.add(a, a)", "-a",
                                  "np.maximum(a, 2.0)", "a > 1.5", "np.ones(3) + a",
                                  "a[:, None] @ a[None]", "np.matmul(a[:, None], a[None])",
                                  "np.vecdot(a[None], a)"])
def test_ufunc_results_on_subclasses_keep_class_like_numpy(expr: str) -> None:
    got = eval(expr, {"a": _info_array(tnp)([1.0, 2.0, 4.0], info="tag"), "np": tnp})
    want = eval(expr, {"a": _info_array(np)([1.0, 2.0, 4.0], info="tag"), "np": np})
    assert type(got).__name__ == type(want).__name__ == "InfoArray"
    assert got.info == want.info == "tag"
    assert_same(tnp.asarray(got.tensor), np.asarray(want))


def test_subok_false_and_array_wrap_give_plain_arrays() -> None:
    a = _info_array(tnp)([1.0, 2.0], info="tag")
    assert type(tnp.add(a, 1, subok=False)) is tnp.ndarray

    class Plain(tnp.ndarray):
        def __array_wrap__(self, arr: Any, context: Any = None, return_scalar: bool = False
                           ) -> Any:
            return arr

    p = tnp.arange(3.0).view(Plain)
    assert type(p + 1) is tnp.ndarray
