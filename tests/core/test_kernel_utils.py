"""kernel_utils helpers that kernels share: dtype lookups and value checks."""

from __future__ import annotations

import pytest
import torch

import tnp_core as tnp
from tnp_core._slots import translate_torch_error
from tnp_core.kernel_utils import complex_dtype, numpy_error, real_dtype, require

_ALL = [torch.bool, torch.int8, torch.uint8, torch.int64, torch.float16, torch.bfloat16,
        torch.float32, torch.float64, torch.complex32, torch.complex64, torch.complex128]


@pytest.mark.parametrize("dt", _ALL, ids=str)
def test_real_and_complex_dtype_match_torch(dt: torch.dtype) -> None:
    """The traceable lookups give what torch's dtype methods give (where those apply)."""
    assert real_dtype(dt) is (dt.to_real() if dt.is_complex else dt)
    want = dt.to_complex() if dt in (torch.float16, torch.float32, torch.float64) else dt
    assert complex_dtype(dt) is want


def test_require_raises_the_given_error_in_eager_mode() -> None:
    require(torch.tensor([True, True]), ValueError, "unused")
    require(torch.tensor([], dtype=torch.bool), ValueError, "unused")  # nothing to check
    with pytest.raises(IndexError, match="^bad index$"):
        require(torch.tensor([True, False]), IndexError, "bad index")


def test_numpy_error_passes_the_core_unchanged() -> None:
    """torch's RuntimeErrors become NumPy's types; a kernel's marked RuntimeError stays itself."""
    mine = numpy_error(RuntimeError("incompatible numbers of samples and fweights"))
    assert translate_torch_error(mine, "cov") is mine
    theirs = translate_torch_error(RuntimeError("shape '[2]' is invalid"), "reshape")
    assert type(theirs) is ValueError and "reshape" in str(theirs)
    with pytest.raises(RuntimeError) as info:
        require(torch.tensor([False]), RuntimeError, "numpy's own")
    assert translate_torch_error(info.value, "f") is info.value


def test_array_result_keeps_a_0d_array() -> None:
    from tnp_core.kernel_utils import array_result

    a = array_result(torch.tensor(2.5, dtype=torch.float64))
    assert type(a) is tnp.ndarray and a.shape == () and a.dtype == tnp.float64
    assert a.flags.writeable and a.base is None
