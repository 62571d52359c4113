"""The WritableArray parameter marker and the ReadOnlyResult / ReadOnlyViewResult return
markers, end to end."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
import torch

import tnp_core as tnp
from tnp_core import plugins
from tnp_core.annotations import ArrayLike, ReadOnlyResult, ReadOnlyViewResult, WritableArray
from tnp_core.plugins import hookimpl


def fill_with(a: WritableArray, value: Any) -> None:
    a.fill_(value)


def flipped(a: ArrayLike) -> ReadOnlyResult:
    return a.flip(0)


def diagonal_view(a: ArrayLike) -> ReadOnlyResult:
    return a.diagonal()


def unchanged(a: ArrayLike) -> ReadOnlyResult:
    return a


def diagonal_or_new(a: ArrayLike) -> ReadOnlyViewResult:
    """Like ``diag``: a view of a 2-d array's diagonal, a new array from a 1-d one."""
    return a.diagonal() if a.dim() == 2 else torch.diag(a)


class MarkerPlugin:
    @hookimpl
    def tnp_register_kernels(self) -> dict[str, Any]:
        return {
            "tnp_test_fill_with": fill_with,
            "tnp_test_flipped": flipped,
            "tnp_test_diagonal_view": diagonal_view,
            "tnp_test_unchanged": unchanged,
            "tnp_test_diagonal_or_new": diagonal_or_new,
        }


@pytest.fixture(autouse=True)
def marker_plugin() -> Iterator[None]:
    name = plugins.register(MarkerPlugin(), "marker_test_plugin")
    yield
    plugins.unregister(name)


def test_writable_array_modifies_the_callers_array_and_its_base() -> None:
    base = tnp.arange(6.0)
    view = base[1:4]
    assert tnp.tnp_test_fill_with(view, 7.0) is None
    np.testing.assert_array_equal(np.asarray(base), [0, 7, 7, 7, 4, 5])


@pytest.mark.parametrize("value", [[1.0, 2.0], (1, 2), 3.0, np.zeros(2)])
def test_writable_array_refuses_non_arrays(value: Any) -> None:
    with pytest.raises(TypeError, match="must be a tnp ndarray"):
        tnp.tnp_test_fill_with(value, 1.0)


def test_writable_array_refuses_read_only_arrays() -> None:
    a = tnp.arange(4.0)
    reversed_copy = a[::-1]  # a read-only stand-in for NumPy's negative-stride view
    with pytest.raises(ValueError, match="read-only"):
        tnp.tnp_test_fill_with(reversed_copy, 1.0)
    with pytest.raises(ValueError, match="read-only"):
        tnp.tnp_test_fill_with(tnp.float64(1.0), 2.0)
    np.testing.assert_array_equal(np.asarray(a), [0, 1, 2, 3])


def test_read_only_result_refuses_writes() -> None:
    a = tnp.arange(3.0)
    r = tnp.tnp_test_flipped(a)
    np.testing.assert_array_equal(np.asarray(r), [2, 1, 0])
    assert not r.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        r[0] = 5.0
    np.testing.assert_array_equal(np.asarray(a), [0, 1, 2])


def test_read_only_result_keeps_view_relation() -> None:
    a = tnp.ones((3, 3))
    d = tnp.tnp_test_diagonal_view(a)
    assert d.base is a
    assert not d.flags.writeable
    assert a.flags.writeable
    a[1, 1] = 5.0
    assert d[1] == 5.0  # a view: sees writes to its base


def test_read_only_result_never_locks_the_callers_array() -> None:
    a = tnp.arange(3.0)
    r = tnp.tnp_test_unchanged(a)
    assert a.flags.writeable
    a[0] = 9.0
    assert r[0] == 9.0
    assert r.flags.writeable  # the caller's own array came back unchanged, not locked


def test_read_only_results_cannot_be_made_writeable() -> None:
    r = tnp.tnp_test_flipped(tnp.arange(3.0))
    with pytest.raises(ValueError, match="WRITEABLE"):
        r.flags.writeable = True
    with pytest.raises(ValueError, match="WRITEABLE"):
        r.setflags(write=True)


def test_read_only_view_result_locks_views_only() -> None:
    a = tnp.ones((3, 3))
    d = tnp.tnp_test_diagonal_or_new(a)
    assert d.base is a and not d.flags.writeable
    with pytest.raises(ValueError, match="^assignment destination is read-only$"):
        d[0] = 2.0
    m = tnp.tnp_test_diagonal_or_new(tnp.arange(2.0))
    assert m.flags.writeable
    m[0, 1] = 7.0
    np.testing.assert_array_equal(np.asarray(m), [[0, 7], [0, 1]])


@pytest.mark.parametrize("data", [[[1.0, 2.0], [3.0, 4.0]], [1.0, 2.0]], ids=["2-d", "1-d"])
def test_diag_writeable_like_numpy(data: Any) -> None:
    """NumPy's diag: a read-only view of a 2-d array's diagonal, a new array from a 1-d one."""
    n, t = np.asarray(data), tnp.asarray(data)
    assert tnp.diag(t).flags.writeable == np.diag(n).flags.writeable
