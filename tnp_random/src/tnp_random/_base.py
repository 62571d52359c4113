"""Base variates at torch level: uniforms, raw 64-bit patterns, float64 normals and
exponentials.

Large CPU draws are split into parts of ``PART`` values, each drawn from its own generator,
in parallel threads (torch's CPU generator, MT19937, is sequential: one thread draws about
half as fast as NumPy's PCG64).  The parts' generators are seeded from one 64-bit draw of the
stream's generator, so the numbers depend only on the seed and the size, never on the number
of threads (``torch.get_num_threads()``; with one thread the parts run in turn).

torch's CPU generator draws float64 normals and exponentials about 2.5x slower than it draws
float64 uniforms and transforms them.  So on the CPU, for at least ``VECTOR_MIN`` values,
they are computed from ``torch.rand`` uniforms with vectorized torch ops: normals by the
Box-Muller transform, exponentials by inversion, ``-log(1 - U)``.  Elsewhere (small sizes, GPU)
torch's own samplers serve.  Either way the same seed gives the same numbers (the stream is
not torch's ``randn`` stream, nor NumPy's, as documented for every tnp stream).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

import torch

from ._seeding import hash_words, seed_generator

__all__ = ["PART", "VECTOR_MIN", "bits", "exponential", "normal", "uniform"]

_F64 = torch.float64
_MIN = -(2**63)
VECTOR_MIN = 2048
"""The size from which the vectorized transforms beat torch's CPU samplers (call overhead)."""
PART = 2**19
"""Values per part of a parallel CPU draw; draws of at least two parts are split."""
_MAX_WORKERS = 8

Fill = Callable[[torch.Tensor, torch.Generator], None]


def _fill_uniform(t: torch.Tensor, gen: torch.Generator) -> None:
    t.uniform_(0.0, 1.0, generator=gen)


def _fill_bits(t: torch.Tensor, gen: torch.Generator) -> None:
    t.random_(_MIN, None, generator=gen)


def _part_generators(gen: torch.Generator, count: int) -> list[torch.Generator]:
    """``count`` CPU generators seeded from one 64-bit draw of ``gen`` (which advances)."""
    draw = int(torch.empty((), dtype=torch.int64).random_(_MIN, None, generator=gen))
    parts = []
    for i in range(count):
        g = torch.Generator()
        seed_generator(g, hash_words(b"part", [draw % 2**64, i]))
        parts.append(g)
    return parts


def _run(jobs: list[tuple[torch.Tensor, torch.Generator]], fill: Fill) -> None:
    for t, g in jobs:
        fill(t, g)


def _fill_in_parts(t: torch.Tensor, gen: torch.Generator, fill: Fill) -> None:
    """Fill the contiguous CPU tensor ``t``: one generator per ``PART`` values, the parts
    shared out among up to ``torch.get_num_threads()`` threads (torch releases the GIL)."""
    flat = t.view(-1)
    n = flat.numel()
    starts = range(0, n, PART)
    jobs = list(zip([flat[i : i + PART] for i in starts], _part_generators(gen, len(starts))))
    workers = min(torch.get_num_threads(), len(jobs), _MAX_WORKERS)
    errors: list[BaseException] = []

    def work(share: list[tuple[torch.Tensor, torch.Generator]]) -> None:
        try:
            _run(share, fill)
        except BaseException as e:  # noqa: BLE001 - re-raised in the calling thread
            errors.append(e)

    threads = [threading.Thread(target=work, args=(jobs[w::workers],), daemon=True)
               for w in range(1, workers)]
    for th in threads:
        th.start()
    work(jobs[0::workers])
    for th in threads:
        th.join()
    if errors:
        raise errors[0]


def _split(n: int, device: torch.device) -> bool:
    return device.type == "cpu" and n >= 2 * PART


def uniform(
    gen: torch.Generator, shape: tuple[int, ...], device: torch.device, dtype: torch.dtype = _F64
) -> torch.Tensor:
    """Uniform samples on ``[0, 1)`` of ``shape`` and ``dtype`` (a fresh tensor)."""
    if not _split(math.prod(shape), device):
        return torch.rand(shape, generator=gen, dtype=dtype, device=device)
    t = torch.empty(shape, dtype=dtype, device=device)
    _fill_in_parts(t, gen, _fill_uniform)
    return t


def bits(gen: torch.Generator, shape: tuple[int, ...], device: torch.device) -> torch.Tensor:
    """Uniformly random 64-bit patterns (int64) of ``shape`` (a fresh tensor)."""
    t = torch.empty(shape, dtype=torch.int64, device=device)
    if _split(t.numel(), device):
        _fill_in_parts(t, gen, _fill_bits)
    else:
        _fill_bits(t, gen)
    return t


def _vectorized(shape: tuple[int, ...], device: torch.device) -> bool:
    return device.type == "cpu" and math.prod(shape) >= VECTOR_MIN


def normal(gen: torch.Generator, shape: tuple[int, ...], device: torch.device) -> torch.Tensor:
    """Standard normal float64 samples of ``shape`` (a fresh tensor, never a view)."""
    if not _vectorized(shape, device):
        return torch.randn(shape, generator=gen, dtype=_F64, device=device)
    n = math.prod(shape)
    half = (n + 1) // 2
    u = uniform(gen, (2 * half,), device)
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
    u = uniform(gen, shape, device)
    return u.neg_().log1p_().neg_()  # -log(1 - U), U in [0, 1)
