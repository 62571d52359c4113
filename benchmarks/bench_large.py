"""Large-array cost: tnp vs NumPy (and raw torch): main namespace, linalg, fft, random.

Run: ``python benchmarks/bench_large.py [--repeat 5] [--device cpu] [--group main]``

Each operation runs on the same data in every library, side by side in one run (best of
``--repeat`` rounds, the libraries taking turns within each round).  The machine is noisy:
read the ratios.  NumPy is required for this benchmark.
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


def _best_interleaved(
    fns: list[Op | None], repeat: int, syncs: list[Callable[[], None]]
) -> list[float | None]:
    """Best time (ms) of each function, run round-robin (one call of each per round, after a
    warm-up round), so that a slow phase of a noisy machine does not hit one library only."""
    live = [(i, fn, sync) for i, (fn, sync) in enumerate(zip(fns, syncs)) if fn is not None]
    best: list[float | None] = [None] * len(fns)
    for i, fn, sync in live:
        fn()
        sync()
        best[i] = math.inf
    for _ in range(repeat):
        for i, fn, sync in live:
            t0 = time.perf_counter()
            fn()
            sync()
            best[i] = min(best[i], time.perf_counter() - t0)  # type: ignore[type-var]
    return [None if b is None else b * 1e3 for b in best]


def main_cases(device: str) -> list[tuple[str, Op, Op, Op | None]]:
    """The main namespace on 4M float64 elements and 500x500 matrices."""
    rng = numpy.random.default_rng(1)
    size = 4 * 1024 * 1024
    x = rng.standard_normal(size)
    y = rng.standard_normal(size)
    ints = rng.integers(0, 1000, size)
    idx = rng.integers(0, size, size // 4)
    m = rng.standard_normal((500, 500))
    out = numpy.empty(size)
    tx, ty, tints, tidx, tm = (tnp.asarray(torch.as_tensor(v, device=device))
                               for v in (x, y, ints, idx, m))
    tout = tnp.empty(size, device=device)
    rx, ry, rints, ridx, rm = (torch.as_tensor(v, device=device) for v in (x, y, ints, idx, m))
    rout = torch.empty(size, dtype=torch.float64, device=device)
    mask, tmask, rmask = x > 0, tx > 0, rx > 0
    return [
        ("exp", lambda: tnp.exp(tx), lambda: numpy.exp(x), lambda: torch.exp(rx)),
        ("a*b+1", lambda: tx * ty + 1, lambda: x * y + 1, lambda: rx * ry + 1),
        ("add out=", lambda: tnp.add(tx, ty, out=tout), lambda: numpy.add(x, y, out=out),
         lambda: torch.add(rx, ry, out=rout)),
        ("sum", lambda: tnp.sum(tx), lambda: numpy.sum(x), lambda: torch.sum(rx)),
        ("std", lambda: tnp.std(tx), lambda: numpy.std(x), lambda: torch.std(rx, correction=0)),
        ("cumsum", lambda: tnp.cumsum(tx), lambda: numpy.cumsum(x), lambda: torch.cumsum(rx, 0)),
        ("sort", lambda: tnp.sort(tx), lambda: numpy.sort(x), lambda: torch.sort(rx)),
        ("argsort", lambda: tnp.argsort(tx), lambda: numpy.argsort(x),
         lambda: torch.argsort(rx)),
        ("where", lambda: tnp.where(tmask, tx, ty), lambda: numpy.where(mask, x, y),
         lambda: torch.where(rmask, rx, ry)),
        ("boolean mask a[a>0]", lambda: tx[tmask], lambda: x[mask], lambda: rx[rmask]),
        ("fancy take a[idx]", lambda: tx[tidx], lambda: x[idx], lambda: rx[ridx]),
        ("unique 4M ints <1000", lambda: tnp.unique(tints), lambda: numpy.unique(ints),
         lambda: torch.unique(rints)),
        ("matmul 500x500", lambda: tm @ tm, lambda: m @ m, lambda: rm @ rm),
        ("concatenate", lambda: tnp.concatenate([tx, ty]), lambda: numpy.concatenate([x, y]),
         lambda: torch.cat([rx, ry])),
        ("a[::-1].copy()", lambda: tx[::-1].copy(), lambda: x[::-1].copy(),
         lambda: rx.flip(0)),
        ("diff", lambda: tnp.diff(tx), lambda: numpy.diff(x), lambda: torch.diff(rx)),
        ("histogram", lambda: tnp.histogram(tx, bins=100), lambda: numpy.histogram(x, bins=100),
         lambda: torch.histc(rx, bins=100)),
        ("percentile", lambda: tnp.percentile(tx, 90), lambda: numpy.percentile(x, 90),
         lambda: torch.quantile(rx[: 1 << 24], 0.9)),
    ]


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
    parser.add_argument("--group", choices=["all", "main", "submodules"], default="all")
    args = parser.parse_args()
    sync = torch.cuda.synchronize if args.device.startswith("cuda") else (lambda: None)
    print(f"torch {torch.__version__} ({torch.get_num_threads()} threads), device {args.device},"
          f" numpy {numpy.__version__}")
    header = f"{'operation':<26}{'tnp ms':>10}{'numpy ms':>10}{'torch ms':>10}{'tnp/numpy':>11}"
    print(header)
    print("-" * len(header))
    worst = (0.0, "")
    todo = []
    if args.group in ("all", "main"):
        todo += main_cases(args.device)
    if args.group in ("all", "submodules"):
        todo += cases(args.device)
    for name, t_op, n_op, r_op in todo:
        try:
            t_op()
        except (AttributeError, NotImplementedError) as e:  # not provided (yet)
            print(f"{name:<26}{'n/a':>10}   ({type(e).__name__}: {e})")
            continue
        tt, tn, tr = _best_interleaved([t_op, n_op, r_op], args.repeat,
                                       [sync, lambda: None, sync])
        assert tt is not None and tn is not None
        ratio = tt / tn
        worst = max(worst, (ratio, name))
        rcell = f"{tr:>10.2f}" if tr is not None else f"{'-':>10}"
        print(f"{name:<26}{tt:>10.2f}{tn:>10.2f}{rcell}{ratio:>11.2f}")
    print("-" * len(header))
    print(f"worst tnp/numpy: {worst[1]} {worst[0]:.2f}x")


if __name__ == "__main__":
    main()
