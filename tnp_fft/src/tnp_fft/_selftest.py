"""``fft.test``: small self-checks with known values (no NumPy needed)."""

from __future__ import annotations

import torch

from tnp_core.plugins import SelfTester

from ._basic import fft, irfft, rfft
from ._helpers import fftfreq, fftshift


def check_impulse() -> None:
    x = torch.tensor([1.0, 0.0, 0.0, 0.0], dtype=torch.float64)
    assert fft(x).tolist() == [1, 1, 1, 1], "the transform of an impulse is flat"


def check_roundtrip() -> None:
    x = torch.arange(8, dtype=torch.float64)
    assert torch.allclose(irfft(rfft(x)), x), "irfft(rfft(x)) != x"


def check_helpers() -> None:
    assert fftfreq(4, 0.5).tolist() == [0.0, 0.5, -1.0, -0.5]
    assert fftshift(torch.arange(4)).tolist() == [2, 3, 0, 1]


test = SelfTester("fft", {
    "impulse": check_impulse,
    "roundtrip": check_roundtrip,
    "helpers": check_helpers,
})
