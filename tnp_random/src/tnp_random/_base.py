"""Base variates at torch level: float64 normals and exponentials.

torch's CPU generator draws float64 normals and exponentials about 2.5x slower than it draws
float64 uniforms and transforms them.  So on the CPU, for at least ``VECTOR_MIN`` values,
they are computed from ``torch.rand`` uniforms with vectorized torch ops: normals by the
Box-Muller transform, exponentials by inversion, ``-log(1 - U)``.  Elsewhere (small sizes, GPU)
torch's own samplers serve.  Either way the same seed gives the same numbers (the stream is
not torch's ``randn`` stream, nor NumPy's, as documented for every tnp stream).
"""

from __future__ import annotations

import math

import torch

__all__ = ["VECTOR_MIN", "exponential", "normal"]

_F64 = torch.float64
VECTOR_MIN = 2048
"""The size from which the vectorized transforms beat torch's CPU samplers (call overhead)."""


def _vectorized(shape: tuple[int, ...], device: torch.device) -> bool:
    return device.type == "cpu" and math.prod(shape) >= VECTOR_MIN


def normal(gen: torch.Generator, shape: tuple[int, ...], device: torch.device) -> torch.Tensor:
    """Standard normal float64 samples of ``shape`` (a fresh tensor, never a view)."""
    if not _vectorized(shape, device):
        return torch.randn(shape, generator=gen, dtype=_F64, device=device)
    n = math.prod(shape)
    half = (n + 1) // 2
    u = torch.rand(2 * half, generator=gen, dtype=_F64, device=device)
    radius, angle = u[:half], u[half:]
    radius.neg_().log1p_().mul_(-2.0).sqrt_()  # sqrt(-2 log(1 - U1)); 1 - U1 lies in (0, 1]
    angle.mul_(2 * math.pi)
    cos = torch.cos(angle)
    angle.sin_().mul_(radius)  # second half: R sin(theta)
    radius.mul_(cos)  # first half: R cos(theta)
    if 2 * half != n:
        u = u[:n].clone()
    return u.view(shape)


def exponential(
    gen: torch.Generator, shape: tuple[int, ...], device: torch.device
) -> torch.Tensor:
    """Standard exponential float64 samples of ``shape`` (a fresh tensor)."""
    if not _vectorized(shape, device):
        return torch.empty(shape, dtype=_F64, device=device).exponential_(generator=gen)
    u = torch.rand(shape, generator=gen, dtype=_F64, device=device)
    return u.neg_().log1p_().neg_()  # -log(1 - U), U in [0, 1)
