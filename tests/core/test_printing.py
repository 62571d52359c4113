"""repr / str of arrays and scalars, checked against NumPy 2 itself."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from tnp_core._printing import array_repr_of, array_str_of, scalar_repr_of, scalar_str_of

DTYPES = [
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]
NAN, INF = float("nan"), float("inf")


def _tensor(a: np.ndarray) -> torch.Tensor:
    """A torch tensor with the same values, shape and dtype as ``a``."""
    return torch.from_numpy(a.copy())


def _assert_array(a: np.ndarray) -> None:
    """repr and str of our formatter equal NumPy's for ``a``."""
    t = _tensor(a)
    assert array_repr_of(t, a.dtype.name) == repr(a)
    assert array_str_of(t, a.dtype.name) == str(a)


def _sample(dtype: str, n: int) -> np.ndarray:
    """``n`` varied values of ``dtype`` including negatives where the dtype has them."""
    rng = np.random.default_rng(n)
    if dtype == "bool":
        return rng.random(n) < 0.5
    if dtype.startswith(("int", "uint")):
        info = np.iinfo(dtype)
        return rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)
    values = rng.standard_normal(n) * 10.0 ** rng.integers(-2, 3, n)
    if dtype.startswith("complex"):
        values = values + 1j * rng.standard_normal(n)
    return values.astype(dtype)


# --------------------------------------------------------------------------- every dtype


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(), (5,), (3, 4), (2, 3, 2)])
def test_every_dtype_and_rank(dtype: str, shape: tuple[int, ...]) -> None:
    n = int(np.prod(shape))
    _assert_array(_sample(dtype, n).reshape(shape))


@pytest.mark.parametrize("dtype", DTYPES)
def test_small_values_every_dtype(dtype: str) -> None:
    _assert_array(np.array([0, 1, 2, 1, 0]).astype(dtype))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(0,), (0, 3), (2, 0), (3, 0, 2)])
def test_empty(dtype: str, shape: tuple[int, ...]) -> None:
    _assert_array(np.zeros(shape, dtype=dtype))


# --------------------------------------------------------------------------- floats


@pytest.mark.parametrize(
    "values",
    [
        [1.0, 2.0],
        [1.0, 2.5, -3.25],
        [0.1, 0.2, 0.3],
        [1 / 3, 2 / 3],
        [123456.789, 0.5],
        [1e-5, 1.0],
        [1e-4, 0.05],
        [1e8],
        [1e7, 1.0],
        [1.0, 1001.0],
        [1.0, 999.0],
        [1e-300, 1.0, 1e300],
        [5e-324, 1.7e308],
        [1e-5, 0.123456789123],
        [0.001953125, 1.0],
        [NAN, INF, -INF, 1.5],
        [NAN, INF],
        [NAN, -INF],
        [-0.0, 0.0, 1.0],
        [-0.0],
        [0.0, 0.0],
        [-1.5, -2.25, -1e-3],
        [1e16, 1.0],
        [123456789.123456789],
    ],
)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_float_values(values: list[float], dtype: str) -> None:
    with np.errstate(over="ignore"):
        _assert_array(np.array(values, dtype=dtype))


@pytest.mark.parametrize(
    "values",
    [[0.1, 1 / 3], [999.0, 1.0], [999.5], [1000.0, 1.0], [65504.0, 1.0], [6e-8, 1.0],
     [1e-4, 0.1], [9.9e-5, 0.1], [NAN, -INF, 2.5], [-0.0, 3.0]],
)
def test_float16_values(values: list[float]) -> None:
    _assert_array(np.array(values, dtype=np.float16))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_mixed_magnitudes_force_scientific(dtype: str) -> None:
    rng = np.random.default_rng(7)
    values = rng.standard_normal(12) * 10.0 ** rng.integers(-6, 6, 12)
    _assert_array(values.astype(dtype).reshape(3, 4))


def test_float32_padding_uses_exact_digits() -> None:
    # short values padded in exponent format show further digits of their float32 value
    _assert_array(np.array([1e-5, 0.33333334, -6.61528e-07], dtype=np.float32))


# --------------------------------------------------------------------------- complex


@pytest.mark.parametrize(
    "values",
    [
        [1 + 2j, 1.5 + 0.25j],
        [0 - 1j, 2 + 0j],
        [complex(NAN, 1), 1 + 1j],
        [1 + 1j, complex(1, NAN)],
        [complex(NAN, NAN), complex(INF, -INF)],
        [complex(-0.0, -0.0)],
        [1e-20 + 1e20j, 1 + 1j],
        [-794317.9 + 118340.19j, 859088.7 + 2599022j],
    ],
)
@pytest.mark.parametrize("dtype", ["complex128", "complex64"])
def test_complex_values(values: list[complex], dtype: str) -> None:
    _assert_array(np.array(values, dtype=dtype))


# --------------------------------------------------------------------------- ints and bools


@pytest.mark.parametrize(
    ("values", "dtype"),
    [
        ([-128, 127, 0], "int8"),
        ([2**64 - 1, 0, 7], "uint64"),
        ([2**32 - 1, 1], "uint32"),
        ([-(2**63), 2**63 - 1], "int64"),
        ([5, -12345, 7], "int32"),
        ([True, True], "bool"),
        ([False, True, False], "bool"),
    ],
)
def test_integer_and_bool_padding(values: list[int], dtype: str) -> None:
    _assert_array(np.array(values, dtype=dtype))


# --------------------------------------------------------------------------- layout


@pytest.mark.parametrize("width", [14, 15, 16, 17, 20, 21, 22, 25, 40])
@pytest.mark.parametrize("dtype", ["int32", "int64", "float32", "float64"])
def test_long_rows_wrap(width: int, dtype: str) -> None:
    _assert_array((np.arange(width) * 1111 / 7).astype(dtype))


@pytest.mark.parametrize("shape", [(2000,), (1001,), (100, 100), (10, 10, 20), (3, 400),
                                   (2, 3, 4, 50), (7, 7, 7, 7)])
@pytest.mark.parametrize("dtype", ["int64", "int32", "float64", "float32", "bool", "complex64"])
def test_summarised(shape: tuple[int, ...], dtype: str) -> None:
    _assert_array(_sample(dtype, int(np.prod(shape))).reshape(shape))


def test_non_contiguous_tensor() -> None:
    a = np.arange(24.0).reshape(4, 6) / 3
    assert array_repr_of(torch.from_numpy(a).t(), "float64") == repr(a.T)
    assert array_str_of(torch.from_numpy(a).t(), "float64") == str(a.T)


@pytest.mark.parametrize(
    ("a", "expected"),
    [
        (np.array([1.0, 2.0]), "array([1., 2.])"),
        (np.array([1, 2], dtype=np.int32), "array([1, 2], dtype=int32)"),
        (np.zeros((0, 3)), "array([], shape=(0, 3), dtype=float64)"),
        (np.array(1.5), "array(1.5)"),
        (np.array(3, dtype=np.int32), "array(3, dtype=int32)"),
    ],
)
def test_literal_reprs(a: np.ndarray, expected: str) -> None:
    assert array_repr_of(_tensor(a), a.dtype.name) == expected == repr(a)


# --------------------------------------------------------------------------- scalars


SCALARS = [
    np.float64(1.5), np.float64(1.0), np.float64(-0.0), np.float64(NAN), np.float64(-INF),
    np.float64(1e16), np.float64(1e15), np.float64(1e-5), np.float64(1e-4), np.float64(0.1 + 0.2),
    np.float64(1.5e-300), np.float32(0.1), np.float32(1 / 3), np.float32(1e-4), np.float32(1e6),
    np.float32(999999.94), np.float32(3.4e38), np.float16(0.1), np.float16(999.5), np.float16(1000),
    np.float16(1e-4), np.float16(65504), np.int64(3), np.int8(-128), np.uint8(255),
    np.uint64(2**64 - 1), np.True_, np.False_, np.complex128(1 + 2j), np.complex128(2j),
    np.complex128(complex(-0.0, 2)), np.complex128(complex(0.0, -0.0)), np.complex128(1.5),
    np.complex128(complex(NAN, 1)), np.complex128(complex(0, INF)), np.complex128(complex(1, -INF)),
    np.complex128(1e20 + 1e-7j), np.complex64(0.1 + 0.2j),
]


@pytest.mark.parametrize("scalar", SCALARS, ids=repr)
def test_scalar_repr_and_str(scalar: np.generic) -> None:
    t = torch.from_numpy(np.array(scalar))
    name = scalar.dtype.name
    assert scalar_repr_of(t, name) == repr(scalar)
    assert scalar_str_of(t, name) == str(scalar)
    assert array_str_of(t, name) == str(np.array(scalar))


# --------------------------------------------------------------------------- bfloat16


def test_bfloat16_prints_as_float32_values() -> None:
    t = torch.tensor([1.0, 2.5, 0.1], dtype=torch.bfloat16)
    # bfloat16(0.1) is 0.10009765625, shown with the digits a float32 of that value needs
    expected = "array([1.        , 2.5       , 0.10009766], dtype=bfloat16)"
    assert array_repr_of(t, "bfloat16") == expected
    assert array_str_of(t, "bfloat16") == "[1.         2.5        0.10009766]"
    assert scalar_repr_of(t[1], "bfloat16") == "np.bfloat16(2.5)"
    assert scalar_str_of(t[2], "bfloat16") == str(np.float32(0.10009765625)) == "0.100097656"
    assert array_repr_of(torch.tensor(3.0, dtype=torch.bfloat16), "bfloat16") == (
        "array(3., dtype=bfloat16)"
    )
