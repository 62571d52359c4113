"""``ndarray.flags`` and ``setflags`` against NumPy 2."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

import tnp_core as tnp

FLAG_NAMES = ["C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED",
              "WRITEBACKIFCOPY", "C", "F", "O", "W", "A", "X", "FNC", "FORC", "BEHAVED",
              "CARRAY", "FARRAY"]

LAYOUTS: dict[str, Callable[[Any], Any]] = {
    "contiguous": lambda m: m.arange(24.0).reshape(2, 3, 4),
    "transposed": lambda m: m.arange(24.0).reshape(2, 3, 4).T,
    "strided": lambda m: m.arange(24.0).reshape(4, 6)[:, ::2],
    "row-slice": lambda m: m.arange(24.0).reshape(4, 6)[1:3],
    "column": lambda m: m.arange(24.0).reshape(4, 6)[:, 1],
    "one-d": lambda m: m.arange(5),
    "zero-d": lambda m: m.asarray(3.0),
    "empty": lambda m: m.zeros((0, 3)),
    "size-one-dims": lambda m: m.ones((1, 4, 1)),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_flags_match_numpy(layout: str) -> None:
    a, n = LAYOUTS[layout](tnp), LAYOUTS[layout](np)
    for name in FLAG_NAMES:
        assert a.flags[name] == n.flags[name], name
    for attr in ("c_contiguous", "f_contiguous", "owndata", "writeable", "aligned",
                 "writebackifcopy", "fnc", "forc", "behaved", "carray", "farray"):
        assert getattr(a.flags, attr) == getattr(n.flags, attr), attr


def test_flags_repr_matches_numpy() -> None:
    assert repr(tnp.arange(3).flags) == repr(np.arange(3).flags)
    assert repr(tnp.arange(6).reshape(2, 3)[:, 1].flags) == repr(
        np.arange(6).reshape(2, 3)[:, 1].flags)


def test_unknown_flag_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        tnp.arange(3).flags["NOPE"]
    with pytest.raises(KeyError):
        np.arange(3).flags["NOPE"]


def test_setflags_write_false_refuses_writes_and_can_be_undone() -> None:
    a = tnp.arange(4.0)
    a.setflags(write=False)
    assert not a.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        a[0] = 1.0
    with pytest.raises(ValueError, match="read-only"):
        a += 1
    a.flags.writeable = True
    a[0] = 7.0
    assert a[0] == 7.0


def test_view_of_read_only_base_cannot_become_writeable() -> None:
    base, nbase = tnp.arange(4.0), np.arange(4.0)
    base.flags["WRITEABLE"] = False
    nbase.flags["WRITEABLE"] = False
    view, nview = base[1:], nbase[1:]
    assert view.flags.writeable == nview.flags.writeable is False
    with pytest.raises(ValueError):
        nview.flags.writeable = True
    with pytest.raises(ValueError, match="WRITEABLE"):
        view.flags.writeable = True


def test_scalars_are_read_only() -> None:
    s = tnp.float64(1.5)
    assert not s.flags.writeable and not np.float64(1.5).flags.writeable
    with pytest.raises(ValueError):
        s.setflags(write=True)


def test_setflags_uic_true_raises_like_numpy() -> None:
    with pytest.raises(ValueError):
        np.arange(3).setflags(uic=True)
    with pytest.raises(ValueError):
        tnp.arange(3).setflags(uic=True)


def test_reversed_view_is_a_locked_copy() -> None:
    """NumPy's a[::-1] is a writeable view; tnp's is a read-only copy that stays read-only."""
    a = tnp.arange(4.0)
    r = a[::-1]
    assert not r.flags.writeable
    with pytest.raises(ValueError, match="WRITEABLE"):
        r.flags.writeable = True
