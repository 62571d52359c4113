"""Run the example programs with tnp_core and (if installed) NumPy, compare and time them.

Usage: python examples/run_demo.py [--size small|large] [--repeat N] [--device DEV]
Exit status is 1 when any example fails (an error, or a result that disagrees).
"""

from __future__ import annotations

import argparse
import importlib
import math
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import torch

HERE = Path(__file__).resolve().parent

numpy: ModuleType | None
try:
    import numpy
except ImportError:  # the demo still runs tnp, it just cannot compare
    numpy = None

# Exceptions a half-built or misbehaving library may raise: reported per example.
RUN_ERRORS = (AttributeError, TypeError, ValueError, LookupError, RuntimeError, ArithmeticError)


@dataclass(frozen=True)
class Check:
    """How an example's tnp result is judged.

    With ``expected`` set, each result must lie within ``atol`` of it (used for
    random-number programs, whose streams differ between NumPy and tnp); otherwise
    the tnp result must match the NumPy one like ``numpy.allclose(rtol, atol)``.
    """

    rtol: float = 1e-7
    atol: float = 0.0
    expected: float | None = None


EXAMPLES: dict[str, Check] = {
    "kmeans": Check(rtol=1e-9, atol=1e-9),
    "heat_diffusion": Check(rtol=1e-9, atol=1e-12),
    "mandelbrot": Check(rtol=0.0, atol=0.0),
    "monte_carlo_pi": Check(atol=0.05, expected=math.pi),
    "sensor_report": Check(rtol=1e-9, atol=1e-9),
}


def sync() -> None:
    """Wait for queued accelerator work so timings are honest."""
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        torch.cuda.synchronize()


def best_time(module: ModuleType, np_module: Any, size: str, repeat: int) -> tuple[float, Any]:
    """Run ``module.run(np_module, size)`` ``repeat`` times; return (best seconds, result)."""
    best, result = math.inf, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = module.run(np_module, size)
        sync()
        best = min(best, time.perf_counter() - start)
    return best, result


def verdict(check: Check, tnp_result: Any, np_result: Any) -> str:
    """Judge the results: "OK", "FAIL", or "skip" (nothing to compare against)."""
    if check.expected is not None:
        results = [tnp_result] if np_result is None else [tnp_result, np_result]
        ok = all(abs(float(r) - check.expected) <= check.atol for r in results)
    elif numpy is None:
        return "skip"
    else:
        got, want = numpy.asarray(tnp_result), numpy.asarray(np_result)
        ok = got.shape == want.shape and bool(
            numpy.allclose(got, want, rtol=check.rtol, atol=check.atol)
        )
    return "OK" if ok else "FAIL"


def fmt(value: float, width: int, digits: int) -> str:
    """Right-align a number, or a dash for a missing (NaN) one."""
    return f"{'-':>{width}}" if math.isnan(value) else f"{value:>{width}.{digits}f}"


def main(argv: list[str] | None = None) -> int:
    """Run all examples, print the table, return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=["small", "large"], default="small")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--device", help="torch default device for tnp, e.g. cuda (default: keep)")
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)
    if args.device:
        torch.set_default_device(args.device)
    sys.path[:0] = [str(HERE.parent), str(HERE)]  # make tnp_core and the examples importable
    tnp = importlib.import_module("tnp_core")

    device = str(torch.get_default_device())
    print(f"size={args.size}  repeat={repeat}  torch {torch.__version__}  device={device}")
    if numpy is None:
        print("NumPy is not installed: running tnp only, comparisons skipped.")
    header = f"{'example':<16}{'tnp [s]':>10}{'NumPy [s]':>11}{'tnp/NumPy':>11}  {'agree':<6}device"
    print(header)
    print("-" * len(header))

    failed = False
    for name, check in EXAMPLES.items():
        module = importlib.import_module(name)
        np_time, np_result = math.nan, None
        if numpy is not None:  # an error here is a bug in the example itself: let it raise
            np_time, np_result = best_time(module, numpy, args.size, repeat)
        try:
            tnp_time, tnp_result = best_time(module, tnp, args.size, repeat)
            status = verdict(check, tnp_result, np_result)
        except RUN_ERRORS:  # report and continue with the next example
            tnp_time, status = math.nan, "ERROR"
            traceback.print_exc()
            sys.stderr.flush()
        failed = failed or status in ("FAIL", "ERROR")
        ratio = tnp_time / np_time if np_time > 0 else math.nan
        times = fmt(tnp_time, 10, 4) + fmt(np_time, 11, 4) + fmt(ratio, 11, 2)
        print(f"{name:<16}{times}  {status:<6}{device}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
