"""Floating-point error state: seterr/geterr/errstate/seterrcall/bufsize, and the ufunc checks."""

from __future__ import annotations

import threading
from collections.abc import Iterator

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
