"""NumPy programs under ``torch.compile``: tnp eager vs tnp compiled vs raw torch vs NumPy.

Run: ``python benchmarks/bench_compile.py [--repeat 5] [--device cpu]``

Each program is written once against a NumPy-like module ``np`` and runs on NumPy, on tnp
(eager), and on tnp through ``torch.compile(fullgraph=True)`` (inductor); the same program
written in raw torch runs eager and compiled for comparison.  Compilation happens in a
warm-up call outside the timings (its time is printed separately).  The libraries take turns
within each round; the machine is noisy: read the ratios.  NumPy is required.
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

Program = Callable[[Any, Any, Any], Any]


def heat_step(np: Any, u: Any, _: Any) -> Any:
    """One explicit 5-point-stencil step of 2-D heat diffusion, in place."""
    u[1:-1, 1:-1] += 0.2 * (
        u[2:, 1:-1] + u[:-2, 1:-1] + u[1:-1, 2:] + u[1:-1, :-2] - 4.0 * u[1:-1, 1:-1]
    )
    return u


def softmax(np: Any, x: Any, _: Any) -> Any:
    """Row-wise softmax."""
    e = np.exp(x - np.max(x, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def standardize(np: Any, x: Any, _: Any) -> Any:
    """Columns scaled to mean 0 and standard deviation 1, then clipped."""
    z = (x - np.mean(x, axis=0)) / np.std(x, axis=0)
    return np.clip(z, -3.0, 3.0)


def distances(np: Any, x: Any, y: Any) -> Any:
    """Pairwise Euclidean distances between the rows of x[:1000] and y[:1000]."""
    a, b = x[:1000, :16], y[:1000, :16]
    sq = np.sum(a * a, axis=1)[:, None] + np.sum(b * b, axis=1)[None, :]
    return np.sqrt(np.maximum(sq - 2.0 * np.matmul(a, b.T), 0.0))


PROGRAMS: dict[str, Program] = {
    "heat step 512x512": heat_step,
    "softmax 2000x512": softmax,
    "standardize 2000x512": standardize,
    "distances 1000x1000": distances,
}


class _TorchAsNumPy:
    """The few NumPy names the programs use, as raw torch calls (the hand-written baseline)."""

    exp = staticmethod(torch.exp)
    sqrt = staticmethod(torch.sqrt)
    matmul = staticmethod(torch.matmul)
    clip = staticmethod(torch.clamp)

    @staticmethod
    def max(x: torch.Tensor, axis: int, keepdims: bool = False) -> torch.Tensor:
        return torch.amax(x, dim=axis, keepdim=keepdims)

    @staticmethod
    def sum(x: torch.Tensor, axis: int, keepdims: bool = False) -> torch.Tensor:
        return torch.sum(x, dim=axis, keepdim=keepdims)

    @staticmethod
    def mean(x: torch.Tensor, axis: int) -> torch.Tensor:
        return torch.mean(x, dim=axis)

    @staticmethod
    def std(x: torch.Tensor, axis: int) -> torch.Tensor:
        return torch.std(x, dim=axis, correction=0)

    @staticmethod
    def maximum(x: torch.Tensor, y: float) -> torch.Tensor:
        return torch.clamp(x, min=y)


def _best(fn: Callable[[], Any], repeat: int, sync: Callable[[], None]) -> float:
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        sync()
        best = min(best, time.perf_counter() - t0)
    return best * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    device = torch.device(args.device)
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    rng = numpy.random.default_rng(0)
    nx = rng.standard_normal((2000, 512))
    ny = rng.standard_normal((2000, 512))
    nu = rng.random((512, 512))
    print(f"torch {torch.__version__} ({torch.get_num_threads()} threads), device {device}, "
          f"numpy {numpy.__version__}")
    head = (f"{'program':<22}{'numpy ms':>9}{'tnp ms':>9}{'tnp+c ms':>9}{'torch ms':>9}"
            f"{'torch+c ms':>11}{'tnp/np':>8}{'tnp+c/np':>9}{'compile s':>10}")
    print(head)
    print("-" * len(head))
    for name, program in PROGRAMS.items():
        data = nu.copy() if program is heat_step else nx  # (heat_step updates it in place)
        ms, compile_s = _measure(program, data, ny, device, args.repeat, sync)
        print(f"{name:<22}{ms['numpy']:>9.2f}{ms['tnp']:>9.2f}{ms['tnp+c']:>9.2f}"
              f"{ms['torch']:>9.2f}{ms['torch+c']:>11.2f}{ms['tnp'] / ms['numpy']:>8.2f}"
              f"{ms['tnp+c'] / ms['numpy']:>9.2f}{compile_s:>10.1f}")


def _measure(
    program: Program, data: Any, ny: Any, device: torch.device, repeat: int,
    sync: Callable[[], None],
) -> tuple[dict[str, float], float]:
    """Best milliseconds per variant of ``program``, and the seconds tnp's compilation took."""
    tx = torch.as_tensor(data, device=device)
    ty = torch.as_tensor(ny, device=device)

    def on_tnp(x: torch.Tensor, y: torch.Tensor) -> Any:
        return program(tnp, tnp.asarray(x), tnp.asarray(y)).tensor

    def on_torch(x: torch.Tensor, y: torch.Tensor) -> Any:
        return program(_TorchAsNumPy, x, y)

    torch._dynamo.reset()
    tnp_c = torch.compile(on_tnp, fullgraph=True)
    torch_c = torch.compile(on_torch, fullgraph=True)
    t0 = time.perf_counter()
    tnp_c(tx.clone(), ty)
    sync()
    compile_s = time.perf_counter() - t0
    torch_c(tx.clone(), ty)
    runs = {
        "numpy": lambda: program(numpy, data, ny),
        "tnp": lambda: on_tnp(tx, ty),
        "tnp+c": lambda: tnp_c(tx, ty),
        "torch": lambda: on_torch(tx, ty),
        "torch+c": lambda: torch_c(tx, ty),
    }
    ms = {k: math.inf for k in runs}
    for _ in range(repeat):  # the variants take turns within each round
        for k, fn in runs.items():
            ms[k] = min(ms[k], _best(fn, 1, sync))
    return ms, compile_s

if __name__ == "__main__":
    main()
