"""Large-array cost: tnp vs NumPy (and raw torch) for linalg, fft and random workloads.

Run: ``python benchmarks/bench_large.py [--repeat 5] [--device cpu]``

Each operation runs on the same data in every library, side by side in one run (best of
``--repeat``).  The machine is noisy: read the ratios.  NumPy is required for this benchmark.
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable
from typing import Any

import numpy
import torch

import tnp_core as tnp

Op = Callable[[], Any]


def _best(fn: Op, repeat: int, sync: Callable[[], None]) -> float:
    fn()
    sync()
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        sync()
        best = min(best, time.perf_counter() - t0)
    return best * 1e3


def cases(device: str) -> list[tuple[str, Op, Op, Op | None]]:
    """(name, tnp op, numpy op, torch op or None)."""
    rng = numpy.random.default_rng(0)
    n = 512
    a = rng.standard_normal((n, n)) + n * numpy.eye(n)
    b = rng.standard_normal((n, 8))
    s = a @ a.T
    x = rng.standard_normal(1 << 20)
    img = rng.standard_normal((1024, 1024))
    ta, tb, ts = (tnp.asarray(torch.as_tensor(v, device=device)) for v in (a, b, s))
    tx, timg = (tnp.asarray(torch.as_tensor(v, device=device)) for v in (x, img))
    ra, rb, rs, rx, rimg = (torch.as_tensor(v, device=device) for v in (a, b, s, x, img))
    trng = tnp.random.default_rng(0)
    nrng = numpy.random.default_rng(0)
    # raw torch reference: its own generator (torch.randint is modulo-biased, unlike tnp's)
    tgen = torch.Generator(device=device).manual_seed(0)
    size = 4 * 1024 * 1024
    return [
        ("linalg.solve 512x512", lambda: tnp.linalg.solve(ta, tb),
         lambda: numpy.linalg.solve(a, b), lambda: torch.linalg.solve(ra, rb)),
        ("linalg.svd 512x512", lambda: tnp.linalg.svd(ta),
         lambda: numpy.linalg.svd(a), lambda: torch.linalg.svd(ra)),
        ("linalg.eigh 512x512", lambda: tnp.linalg.eigh(ts),
         lambda: numpy.linalg.eigh(s), lambda: torch.linalg.eigh(rs)),
        ("fft.fft 1M", lambda: tnp.fft.fft(tx), lambda: numpy.fft.fft(x),
         lambda: torch.fft.fft(rx)),
        ("fft.rfft 1M", lambda: tnp.fft.rfft(tx), lambda: numpy.fft.rfft(x),
         lambda: torch.fft.rfft(rx)),
        ("fft.fft2 1024x1024", lambda: tnp.fft.fft2(timg), lambda: numpy.fft.fft2(img),
         lambda: torch.fft.fft2(rimg)),
        ("random.random 4M", lambda: trng.random(size), lambda: nrng.random(size),
         lambda: torch.rand(size, dtype=torch.float64, generator=tgen, device=device)),
        ("random.normal 4M", lambda: trng.normal(size=size), lambda: nrng.normal(size=size),
         lambda: torch.randn(size, dtype=torch.float64, generator=tgen, device=device)),
        ("random.integers 4M", lambda: trng.integers(0, 100, size),
         lambda: nrng.integers(0, 100, size),
         lambda: torch.randint(0, 100, (size,), generator=tgen, device=device)),
        ("random.choice 4M of 1000", lambda: trng.choice(1000, size),
         lambda: nrng.choice(1000, size),
         lambda: torch.randint(0, 1000, (size,), generator=tgen, device=device)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    sync = torch.cuda.synchronize if args.device.startswith("cuda") else (lambda: None)
    print(f"torch {torch.__version__} ({torch.get_num_threads()} threads), device {args.device},"
          f" numpy {numpy.__version__}")
    header = f"{'operation':<26}{'tnp ms':>10}{'numpy ms':>10}{'torch ms':>10}{'tnp/numpy':>11}"
    print(header)
    print("-" * len(header))
    worst = (0.0, "")
    for name, t_op, n_op, r_op in cases(args.device):
        try:
            tt = _best(t_op, args.repeat, sync)
        except (AttributeError, NotImplementedError) as e:  # not provided (yet)
            print(f"{name:<26}{'n/a':>10}   ({type(e).__name__}: {e})")
            continue
        tn = _best(n_op, args.repeat, lambda: None)
        tr = _best(r_op, args.repeat, sync) if r_op is not None else None
        ratio = tt / tn
        worst = max(worst, (ratio, name))
        rcell = f"{tr:>10.2f}" if tr is not None else f"{'-':>10}"
        print(f"{name:<26}{tt:>10.2f}{tn:>10.2f}{rcell}{ratio:>11.2f}")
    print("-" * len(header))
    print(f"worst tnp/numpy: {worst[1]} {worst[0]:.2f}x")


if __name__ == "__main__":
    main()
