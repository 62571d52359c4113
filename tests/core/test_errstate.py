"""Floating-point error state: seterr/geterr/errstate/seterrcall/bufsize, and the ufunc checks."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

import tnp_core as tnp

QUIET = {"divide": "ignore", "over": "ignore", "under": "ignore", "invalid": "ignore"}


@pytest.fixture(autouse=True)
def restore() -> Iterator[None]:
    old, call, size = tnp.geterr(), tnp.geterrcall(), tnp.getbufsize()
    yield
    tnp.seterr(**old)
    tnp.seterrcall(call)
    tnp.setbufsize(size)


def test_default_is_no_checks() -> None:
    assert tnp.geterr() == QUIET


def test_seterr_returns_previous_and_sets() -> None:
    assert tnp.seterr(all="raise") == QUIET
    assert tnp.geterr() == dict.fromkeys(QUIET, "raise")
    assert tnp.seterr(divide="warn", under="ignore")["divide"] == "raise"
    assert tnp.geterr() == {"divide": "warn", "over": "raise", "under": "ignore",
                            "invalid": "raise"}


def test_seterr_bad_mode_is_value_error_like_numpy() -> None:
    with pytest.raises(ValueError):
        np.seterr(divide="loud")
    with pytest.raises(ValueError):
        tnp.seterr(divide="loud")
    assert tnp.geterr() == QUIET


def test_errstate_restores_on_exit_and_on_error() -> None:
    with tnp.errstate(all="warn", under="ignore"):
        assert tnp.geterr() == {"divide": "warn", "over": "warn", "under": "ignore",
                                "invalid": "warn"}
        with tnp.errstate(divide="raise"):
            assert tnp.geterr()["divide"] == "raise"
        assert tnp.geterr()["divide"] == "warn"
    assert tnp.geterr() == QUIET
    with pytest.raises(KeyError), tnp.errstate(all="raise"):
        raise KeyError
    assert tnp.geterr() == QUIET


def test_errstate_as_decorator() -> None:
    @tnp.errstate(invalid="raise")
    def inner() -> dict[str, str]:
        return tnp.geterr()

    assert inner()["invalid"] == "raise"
    assert tnp.geterr() == QUIET


def test_errstate_is_per_thread() -> None:
    seen: list[dict[str, str]] = []
    with tnp.errstate(all="raise"):
        t = threading.Thread(target=lambda: seen.append(tnp.geterr()))
        t.start()
        t.join()
    assert seen == [QUIET]


def test_seterrcall_validation_and_roundtrip() -> None:
    def cb(err: str, flag: int) -> None:
        pass

    assert tnp.seterrcall(cb) is None
    assert tnp.geterrcall() is cb
    with pytest.raises(ValueError):
        tnp.seterrcall(42)


def test_bufsize_like_numpy() -> None:
    assert tnp.getbufsize() == np.getbufsize() == 8192
    assert tnp.setbufsize(4096) == 8192
    assert tnp.getbufsize() == 4096
    for bad in (10**8, 3, 100, -1):
        with pytest.raises(ValueError):
            np.setbufsize(bad)
        with pytest.raises(ValueError):
            tnp.setbufsize(bad)


# ---------------------------------------------------------------- checks on ufunc results

CHECK_CASES = [
    "np.divide(np.array([1.0, -1.0]), 0.0)",
    "np.array([0.0]) / np.array([0.0])",
    "np.sqrt(np.array([-1.0, 4.0]))",
    "np.log(np.array([0.0, 1.0]))",
    "np.log(np.array([-1.0]))",
    "np.exp(np.array([1000.0]))",
    "np.multiply(np.array([1e300]), 1e300)",
    "np.multiply(np.array([1e-300]), 1e-300)",
    "np.exp(np.array([-1000.0]))",
    "np.floor_divide(np.array([1, 2]), 0)",
    "np.remainder(np.array([1, 2]), np.array([0, 1]))",
    "np.power(np.array([0.0]), -1.0)",
    "np.arcsin(np.array([2.0]))",
    "np.add(np.array([np.inf]), -np.inf)",
    "np.divide(np.array([1.0, 2.0]), np.array([2.0, 4.0]))",  # no error
    "np.add(np.array([np.nan]), 1.0)",  # nan in, nan out: no error
    "np.multiply(np.array([np.inf]), 2.0)",  # inf in, inf out: no error
    "np.divide(np.array([1.0], dtype=np.float32), np.float32(0.0))",
    "np.multiply(np.array([60000.0], dtype=np.float16), 2.0)",
]


def outcome(expr: str, mod: Any, mode: str) -> list[str]:
    messages: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with mod.errstate(all=mode):
            try:
                eval(expr, {"np": mod})
            except FloatingPointError as e:
                messages.append(f"raise: {e}")
    messages += [f"warn: {w.message}" for w in caught if w.category is RuntimeWarning]
    return messages


@pytest.mark.parametrize("mode", ["warn", "raise"])
@pytest.mark.parametrize("expr", CHECK_CASES)
def test_ufunc_checks_match_numpy(expr: str, mode: str) -> None:
    assert outcome(expr, tnp, mode) == outcome(expr, np, mode)


@pytest.mark.parametrize("expr", CHECK_CASES)
def test_default_state_reports_nothing(expr: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        eval(expr, {"np": tnp})


def test_call_mode_passes_numpys_arguments() -> None:
    seen: list[tuple[str, int]] = []
    for mod in (tnp, np):
        calls: list[tuple[str, int]] = []
        with mod.errstate(all="call", call=lambda err, flag, c=calls: c.append((err, flag))):
            mod.divide(mod.array([1.0, 0.0]), 0.0)
        seen.append(tuple(calls))
    assert seen[0] == seen[1]


def test_print_and_log_modes(capsys: pytest.CaptureFixture[str]) -> None:
    with tnp.errstate(divide="print"):
        tnp.divide(tnp.array([1.0]), 0.0)
    assert capsys.readouterr().out == "Warning: divide by zero encountered in divide\n"

    class Log:
        def __init__(self) -> None:
            self.lines: list[str] = []

        def write(self, text: str) -> None:
            self.lines.append(text)

    log = Log()
    with tnp.errstate(divide="log", call=log):
        tnp.divide(tnp.array([1.0]), 0.0)
    assert log.lines == ["Warning: divide by zero encountered in divide\n"]


def test_call_mode_without_callback_is_an_error() -> None:
    with pytest.raises(ValueError), tnp.errstate(divide="call", call=None):
        tnp.divide(tnp.array([1.0]), 0.0)


def test_checks_stop_when_the_state_is_restored() -> None:
    with tnp.errstate(all="raise"):
        pass
    tnp.divide(tnp.array([1.0]), 0.0)  # back to ignore: no error
