"""``linalg.test`` / ``fft.test``: NumPy's test-runner signature, running the self-checks."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

import tnp_core as tnp
from tnp_core.plugins import SelfTester


@pytest.mark.parametrize("ns", ["linalg", "fft"])
def test_selftest_passes_with_numpys_signature(ns: str, capsys: pytest.CaptureFixture) -> None:
    runner = getattr(tnp, ns).test
    def params(f: object) -> list[tuple[str, object]]:
        return [(p.name, p.default) for p in inspect.signature(f).parameters.values()]

    assert params(runner) == params(getattr(np, ns).test)
    assert runner() is True
    assert "self-checks passed" in capsys.readouterr().out
    assert runner(verbose=0, tests=[next(iter(runner.checks))]) is True


def test_selftest_reports_failure(capsys: pytest.CaptureFixture) -> None:
    def broken() -> None:
        raise AssertionError("wrong value")

    runner = SelfTester("demo", {"ok": lambda: None, "broken": broken})
    assert runner() is False
    out = capsys.readouterr().out
    assert "1/2 self-checks passed" in out and "FAILED broken" in out
