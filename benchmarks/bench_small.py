"""Per-call cost of small-array operations: tnp vs raw torch vs NumPy vs torch._numpy.

Run: ``python benchmarks/bench_small.py [--repeat 7] [--number 2000] [--device cpu]``

Every operation is timed for all libraries side by side in one run (interleaved, best of
``--repeat`` rounds), on a 10-element float64 vector and a 4x4 float64 matrix.  The machine is
noisy: read the ratios, not the absolute times.  ``torch._numpy`` is PyTorch's private NumPy
layer for TorchDynamo; it appears here only as a comparison.
"""

from __future__ import annotations

import argparse
import math
import timeit
from collections.abc import Callable
from typing import Any

import torch

import tnp_core as tnp

try:
    import numpy
except ImportError:  # NumPy is optional for the benchmark
    numpy = None

try:
    import torch._numpy as torch_np
except ImportError:
    torch_np = None

Op = Callable[[], Any]


def _cases(device: str) -> list[tuple[str, dict[str, Op | None]]]:
    """(name, {library: zero-argument callable}) for every benchmarked operation."""
    data = [float(i) for i in range(10)]
    mdata = [[float(4 * i + j) for j in range(4)] for i in range(4)]
    t = torch.tensor(data, dtype=torch.float64, device=device)
    tb = t + 1
    tm = torch.tensor(mdata, dtype=torch.float64, device=device)
    a = tnp.asarray(t)
    b = tnp.asarray(tb)
    m = tnp.asarray(tm)
    libs: dict[str, tuple[Any, Any, Any]] = {"tnp": (a, b, m)}
    if numpy is not None:
        libs["numpy"] = (numpy.array(data), numpy.array(data) + 1, numpy.array(mdata))
    if torch_np is not None:
        libs["torch._numpy"] = (torch_np.asarray(t), torch_np.asarray(tb), torch_np.asarray(tm))

    def lib_ops(np: Any, x: Any, y: Any, mm: Any) -> dict[str, Op]:
        return {
            "add(a, b)": lambda: np.add(x, y),
            "a + b": lambda: x + y,
            "a * 2.0": lambda: x * 2.0,
            "exp(a)": lambda: np.exp(x),
            "sqrt(a)": lambda: np.sqrt(x),
            "sum(a)": lambda: np.sum(x),
            "sum(m, axis=0)": lambda: np.sum(mm, axis=0),
            "mean(a)": lambda: np.mean(x),
            "max(a)": lambda: np.max(x),
            "argmax(a)": lambda: np.argmax(x),
            "cumsum(a)": lambda: np.cumsum(x),
            "asarray(list)": lambda: np.asarray(data),
            "zeros(10)": lambda: np.zeros(10),
            "arange(10)": lambda: np.arange(10),
            "a[3]": lambda: x[3],
            "a[2:5]": lambda: x[2:5],
            "a[a > 3]": lambda: x[x > 3],
            "a[1] = 5.0": lambda: x.__setitem__(1, 5.0),
            "reshape(a, (2, 5))": lambda: np.reshape(x, (2, 5)),
            "m.T": lambda: mm.T,
            "m @ m": lambda: mm @ mm,
            "where(a > 3, a, b)": lambda: np.where(x > 3, x, y),
            "concatenate((a, b))": lambda: np.concatenate((x, y)),
            "stack((a, b))": lambda: np.stack((x, y)),
            "clip(a, 2, 7)": lambda: np.clip(x, 2, 7),
            "a.astype(float32)": lambda: x.astype(np.float32),
            "linalg.norm(a)": lambda: np.linalg.norm(x),
            "fft.fft(a)": lambda: np.fft.fft(x),
        }

    torch_ops: dict[str, Op] = {
        "add(a, b)": lambda: torch.add(t, tb),
        "a + b": lambda: t + tb,
        "a * 2.0": lambda: t * 2.0,
        "exp(a)": lambda: torch.exp(t),
        "sqrt(a)": lambda: torch.sqrt(t),
        "sum(a)": lambda: torch.sum(t),
        "sum(m, axis=0)": lambda: torch.sum(tm, dim=0),
        "mean(a)": lambda: torch.mean(t),
        "max(a)": lambda: torch.amax(t),
        "argmax(a)": lambda: torch.argmax(t),
        "cumsum(a)": lambda: torch.cumsum(t, 0),
        "asarray(list)": lambda: torch.tensor(data, dtype=torch.float64, device=device),
        "zeros(10)": lambda: torch.zeros(10, dtype=torch.float64, device=device),
        "arange(10)": lambda: torch.arange(10, device=device),
        "a[3]": lambda: t[3],
        "a[2:5]": lambda: t[2:5],
        "a[a > 3]": lambda: t[t > 3],
        "a[1] = 5.0": lambda: t.__setitem__(1, 5.0),
        "reshape(a, (2, 5))": lambda: torch.reshape(t, (2, 5)),
        "m.T": lambda: tm.T,
        "m @ m": lambda: tm @ tm,
        "where(a > 3, a, b)": lambda: torch.where(t > 3, t, tb),
        "concatenate((a, b))": lambda: torch.cat((t, tb)),
        "stack((a, b))": lambda: torch.stack((t, tb)),
        "clip(a, 2, 7)": lambda: torch.clamp(t, 2, 7),
        "a.astype(float32)": lambda: t.to(torch.float32),
        "linalg.norm(a)": lambda: torch.linalg.vector_norm(t),
        "fft.fft(a)": lambda: torch.fft.fft(t),
    }
    per_lib = {name: lib_ops(mod_for(name), *arrs) for name, arrs in libs.items()}
    cases = []
    for op, fn in torch_ops.items():
        row: dict[str, Op | None] = {"torch": fn}
        for name, ops in per_lib.items():
            row[name] = ops.get(op)
        cases.append((op, row))
    return cases


def mod_for(name: str) -> Any:
    return {"tnp": tnp, "numpy": numpy, "torch._numpy": torch_np}[name]


def _time(fn: Op, number: int) -> float:
    return timeit.timeit(fn, number=number) / number * 1e6


def measure(cases: list[tuple[str, dict[str, Op | None]]], repeat: int, number: int
            ) -> dict[str, dict[str, float | None]]:
    """Best-of-``repeat`` microseconds per call, interleaving libraries within each round."""
    best: dict[str, dict[str, float | None]] = {op: {} for op, _ in cases}
    for op, row in cases:
        for lib, fn in row.items():
            if fn is None:
                best[op][lib] = None
                continue
            try:
                fn()
            except Exception as e:  # not provided (yet) by the library
                best[op][lib] = None
                best[op][f"{lib}-error"] = type(e).__name__  # type: ignore[assignment]
        for _ in range(repeat):
            for lib, fn in row.items():
                if fn is None or best[op].get(lib, 0) is None:
                    continue
                t = _time(fn, number)
                prev = best[op].get(lib)
                best[op][lib] = t if prev is None or t < prev else prev
    return best


def report(best: dict[str, dict[str, float | None]]) -> float:
    """Print the table; returns the geometric mean of tnp/torch."""
    libs = ["tnp", "torch", "numpy", "torch._numpy"]
    header = f"{'operation':<22}" + "".join(f"{lib + ' us':>16}" for lib in libs)
    header += f"{'tnp/torch':>11}{'tnp/numpy':>11}{'t._np/torch':>13}"
    print(header)
    print("-" * len(header))
    ratios = []
    worst = (0.0, "")
    for op, row in best.items():
        cells = "".join(
            f"{row[lib]:>16.2f}" if row.get(lib) is not None else f"{'n/a':>16}" for lib in libs
        )
        r = row["tnp"] / row["torch"] if row.get("tnp") and row.get("torch") else None
        rn = row["tnp"] / row["numpy"] if row.get("tnp") and row.get("numpy") else None
        rt = row["torch._numpy"] / row["torch"] if row.get("torch._numpy") and row.get("torch") \
            else None
        if r is not None:
            ratios.append(r)
            worst = max(worst, (r, op))
        print(f"{op:<22}{cells}" + (f"{r:>11.2f}" if r else f"{'n/a':>11}")
              + (f"{rn:>11.2f}" if rn else f"{'n/a':>11}")
              + (f"{rt:>13.2f}" if rt else f"{'n/a':>13}"))
    geo = math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else float("nan")
    tr = [row["torch._numpy"] / row["torch"] for row in best.values()
          if row.get("torch._numpy") and row.get("torch")]
    geo_t = math.exp(sum(map(math.log, tr)) / len(tr)) if tr else float("nan")
    print("-" * len(header))
    print(f"geometric mean tnp/torch: {geo:.2f}x over {len(ratios)} ops "
          f"(worst: {worst[1]} {worst[0]:.2f}x); torch._numpy/torch: {geo_t:.2f}x")
    missing = [op for op, row in best.items() if row.get("tnp") is None]
    if missing:
        print("not measured for tnp (not provided): " + ", ".join(missing))
    return geo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--number", type=int, default=2000)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    print(f"torch {torch.__version__}, device {args.device}, "
          f"numpy {numpy.__version__ if numpy else 'absent'}")
    report(measure(_cases(args.device), args.repeat, args.number))


if __name__ == "__main__":
    main()
