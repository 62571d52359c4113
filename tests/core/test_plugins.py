"""The plugin machinery at run time, through the public API ``tnp_core.plugins``.

Plugins here are objects and modules defined in the tests, registered at run time; entry-point
plugins are exercised in subprocesses with a fake distribution on ``PYTHONPATH`` (and, fully
installed, in ``tests/plugins/test_install.py``).  Every test leaves the registry as it found it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import types
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from compare import assert_same

import tnp_core as tnp
from tnp_core import plugins
from tnp_core._registry import registry
from tnp_core._slots import scoped
from tnp_core.annotations import ArrayLike, DeviceLike, DTypeLike, ShapeLike
from tnp_core.exceptions import (
    NoKernelError,
    PluginConflictError,
    PluginError,
    SignatureMismatchError,
)
from tnp_core.plugins import Kernel, PluginWarning, UfuncDef, hookimpl

# ---------------------------------------------------------------- helpers


class KernelPlugin:
    """A plugin object whose ``tnp_register_kernels`` returns the given kernels."""

    def __init__(self, kernels: dict[str, Callable[..., Any]] | list[Kernel]) -> None:
        self.kernels = kernels

    @hookimpl
    def tnp_register_kernels(self) -> Any:
        return self.kernels


def make_zeros(
    fill: float, declines: Callable[[torch.dtype | None], bool] = lambda dtype: False
) -> Callable[..., Any]:
    """A kernel with ``numpy.zeros``'s signature that fills with ``fill`` (or declines)."""

    def zeros(
        shape: ShapeLike,
        dtype: DTypeLike = None,
        order: str = "C",
        *,
        device: DeviceLike = None,
        like: Any = None,
    ) -> Any:
        if declines(dtype):
            return NotImplemented
        return torch.full(shape, fill, dtype=dtype or torch.float64, device=device)

    return zeros


class AddRecorder:
    """An elementwise kernel for the ``add`` ufunc that records the dtypes it was called with."""

    def __init__(self) -> None:
        self.calls: list[tuple[torch.dtype, torch.dtype]] = []

    def __call__(self, x1: torch.Tensor, x2: torch.Tensor) -> torch.Tensor:
        self.calls.append((x1.dtype, x2.dtype))
        return x1 + x2 + 0


def values(a: Any) -> list[Any]:
    """The values of a tnp array as a Python list."""
    return np.asarray(a).tolist()


def registry_state() -> dict[str, Any]:
    """What a test must leave unchanged: the plugin report and who serves a few names."""
    report = plugins.report()
    report["plugins"].sort(key=lambda p: p["name"])  # re-registration order is irrelevant
    return {
        "report": report,
        "zeros": plugins.providers("zeros"),
        "add": plugins.providers("add"),
    }


@pytest.fixture(autouse=True)
def restore_registry() -> Iterator[None]:
    """Unregister / unblock whatever a test registered or blocked, then check the state."""
    registry.ensure()
    before = dict(registry.pm.list_name_plugin())
    broken = dict(registry.broken)  # no public API clears it: restore it here
    state = registry_state()
    yield
    assert scoped.count == 0, "an override scope was left open"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        for name, plugin in list(registry.pm.list_name_plugin()):
            if name not in before and plugin is not None:
                plugins.unregister(plugin)
        for name, plugin in list(registry.pm.list_name_plugin()):
            if plugin is None and before.get(name, object()) is not None:
                plugins.unblock(name)
    registry.broken.clear()
    registry.broken.update(broken)
    assert registry_state() == state


# ---------------------------------------------------------------- precedence


def test_third_party_kernel_wins_over_default() -> None:
    name = plugins.register(KernelPlugin({"zeros": make_zeros(7.0)}), "sevens")
    assert name == "sevens"
    assert_same(tnp.zeros((2, 3)), np.full((2, 3), 7.0))
    served = plugins.provider("zeros")
    assert served is not None
    assert (served.plugin, served.is_default) == ("sevens", False)
    default = plugins.providers("zeros")[1]
    assert (default.plugin, default.distribution, default.is_default) == (
        "backends",
        "tnp-backends",
        True,
    )
    assert plugins.report()["overrides"] == {"zeros": "sevens"}


@pytest.mark.parametrize("by_name", [False, True])
def test_unregister_restores_default(by_name: bool) -> None:
    plugin = KernelPlugin({"zeros": make_zeros(7.0)})
    plugins.register(plugin, "sevens")
    assert values(tnp.zeros(2)) == [7.0, 7.0]
    plugins.unregister("sevens" if by_name else plugin)
    assert_same(tnp.zeros(2), np.zeros(2))
    assert [p.plugin for p in plugins.providers("zeros")] == ["backends"]
    assert "sevens" not in [p["name"] for p in plugins.report()["plugins"]]


def test_unregister_unknown_name_raises() -> None:
    with pytest.raises(ValueError, match="no_such_plugin"):
        plugins.unregister("no_such_plugin")


def test_module_as_plugin() -> None:
    module = types.ModuleType("tnp_test_module_plugin")

    @hookimpl
    def tnp_register_kernels() -> dict[str, Callable[..., Any]]:
        return {"zeros": make_zeros(3.0)}

    module.tnp_register_kernels = tnp_register_kernels  # type: ignore[attr-defined]
    plugins.register(module, "module_plugin")
    assert_same(tnp.zeros(1, dtype=tnp.int32), np.full(1, 3, dtype=np.int32))
    assert plugins.provider("zeros").plugin == "module_plugin"  # type: ignore[union-attr]


def test_kernel_receives_torch_values_and_result_is_wrapped() -> None:
    seen: dict[str, Any] = {}

    def zeros(
        shape: ShapeLike,
        dtype: DTypeLike = None,
        order: str = "C",
        *,
        device: DeviceLike = None,
        like: Any = None,
    ) -> Any:
        seen.update(shape=shape, dtype=dtype, device=device)
        return torch.zeros(shape, dtype=dtype or torch.float64)

    plugins.register(KernelPlugin({"zeros": zeros}), "spy")
    result = tnp.zeros([2, np.int64(3)], dtype="f4", device="cpu")
    assert seen == {"shape": (2, 3), "dtype": torch.float32, "device": torch.device("cpu")}
    assert isinstance(result, tnp.ndarray)
    assert_same(result, np.zeros((2, 3), dtype=np.float32))


def test_stable_public_function_sees_override() -> None:
    from tnp_core import zeros  # taken before the plugin exists

    plugins.register(KernelPlugin({"zeros": make_zeros(7.0)}), "sevens")
    assert tnp.zeros is zeros
    assert values(zeros(2)) == [7.0, 7.0]
    plugins.unregister("sevens")
    assert values(zeros(2)) == [0.0, 0.0]


# ---------------------------------------------------------------- declining


def test_declined_input_falls_through_to_default() -> None:
    calls: list[torch.dtype | None] = []

    def declines(dtype: torch.dtype | None) -> bool:
        calls.append(dtype)
        return dtype is torch.float32

    plugins.register(KernelPlugin({"zeros": make_zeros(7.0, declines)}), "picky")
    assert_same(tnp.zeros((2, 2), dtype=np.float32), np.zeros((2, 2), dtype=np.float32))
    assert_same(tnp.zeros((2, 2)), np.full((2, 2), 7.0))
    assert calls == [torch.float32, None]


def _echo_kernel(accepts: tuple[torch.dtype, ...], tag: float) -> Callable[..., Any]:
    def plugtest_echo(a: ArrayLike) -> Any:
        """A kernel for a name NumPy does not have."""
        if a.dtype not in accepts:
            return NotImplemented
        return a + tag

    return plugtest_echo


def test_all_providers_decline_raises_no_kernel_error() -> None:
    plugins.register(
        KernelPlugin([Kernel("plugtest_echo", _echo_kernel((torch.float64,), 0.5), priority=1)]),
        "floats_only",
    )
    plugins.register(
        KernelPlugin([Kernel("plugtest_echo", _echo_kernel((torch.int64,), 10))]), "ints_only"
    )
    assert_same(tnp.plugtest_echo(np.array([1.0])), np.array([1.5]))
    assert_same(tnp.plugtest_echo(np.array([1])), np.array([11]))
    with pytest.raises(NoKernelError, match="plugtest_echo") as info:
        tnp.plugtest_echo(np.array([True]))
    assert "'floats_only'" in str(info.value) and "'ints_only'" in str(info.value)
    assert "plugtest_echo" in plugins.report()["counts"]["main"]["extra"]


def test_name_disappears_when_its_only_provider_goes() -> None:
    plugins.register(KernelPlugin({"plugtest_echo": _echo_kernel((torch.int64,), 1)}), "echo")
    assert "plugtest_echo" in dir(tnp)
    plugins.unregister("echo")
    assert "plugtest_echo" not in dir(tnp)
    with pytest.raises(AttributeError, match="has no attribute 'plugtest_echo'"):
        tnp.plugtest_echo


# ---------------------------------------------------------------- ufunc kernels


def test_add_kernel_override_serves_function_and_operator() -> None:
    recorder = AddRecorder()
    plugins.register(KernelPlugin({"add": recorder}), "recorder")
    assert plugins.provider("add").plugin == "recorder"  # type: ignore[union-attr]
    a = tnp.asarray([1, 2, 3])
    assert_same(tnp.add(a, a), np.array([2, 4, 6]))
    assert_same(a + 1, np.array([2, 3, 4]))
    assert_same(1.5 + a, np.array([2.5, 3.5, 4.5]))
    a += 1
    assert_same(a, np.array([2, 3, 4]))
    assert recorder.calls == [
        (torch.int64, torch.int64),
        (torch.int64, torch.int64),
        (torch.float64, torch.float64),
        (torch.int64, torch.int64),
    ]


def test_add_kernel_override_keeps_ufunc_machinery() -> None:
    recorder = AddRecorder()
    plugins.register(KernelPlugin({"add": recorder}), "recorder")
    x = np.arange(6, dtype=np.int32).reshape(2, 3)
    _check_add_machinery(recorder, x)


def test_add_reference_taken_before_registering_sees_override() -> None:
    from tnp_core import add  # taken before the plugin exists

    recorder = AddRecorder()
    plugins.register(KernelPlugin({"add": recorder}), "recorder")
    assert tnp.add is add
    assert_same(add(np.int8(1), np.int8(2)), np.int8(3))
    assert recorder.calls == [(torch.int8, torch.int8)]


def _check_add_machinery(recorder: AddRecorder, x: np.ndarray) -> None:
    """reduce / accumulate / outer / at / out= / where= all go through ``recorder``."""
    a = tnp.asarray(x)
    assert_same(tnp.add.reduce(a, axis=1), np.add.reduce(x, axis=1))
    assert recorder.calls, "add.reduce did not use the kernel"
    n = len(recorder.calls)
    assert_same(tnp.add.accumulate(a, axis=0), np.add.accumulate(x, axis=0))
    assert_same(tnp.add.outer(a[0], a[1]), np.add.outer(x[0], x[1]))
    assert len(recorder.calls) > n
    out = tnp.zeros((2, 3), dtype=tnp.int64)
    got = tnp.add(a, 1, out=out)
    assert got is out
    assert_same(out, x + np.int64(1))
    kept = tnp.full((2, 3), -1, dtype=tnp.int32)
    tnp.add(a, a, out=kept, where=a > 2)
    expected = np.full((2, 3), -1, dtype=np.int32)
    np.add(x, x, out=expected, where=x > 2)
    assert_same(kept, expected)
    counted = tnp.zeros(3, dtype=tnp.int32)
    tnp.add.at(counted, [0, 0, 2], 1)
    assert_same(counted, np.array([2, 0, 1], dtype=np.int32))
    assert all(c == (torch.int32, torch.int32) or torch.int64 in c for c in recorder.calls)


def test_scoped_add_override_keeps_ufunc_machinery() -> None:
    recorder = AddRecorder()
    x = np.arange(6, dtype=np.int32).reshape(2, 3)
    with plugins.override("add", recorder):
        a = tnp.asarray(x)
        assert_same(a + a, x + x)
        assert recorder.calls == [(torch.int32, torch.int32)]
        _check_add_machinery(recorder, x)
    n = len(recorder.calls)
    assert_same(a + a, x + x)
    assert len(recorder.calls) == n


def test_new_ufunc_from_a_plugin() -> None:
    def absdiff(x1: torch.Tensor, x2: torch.Tensor) -> torch.Tensor:
        return (x1 - x2).abs()

    class UfuncPlugin:
        @hookimpl
        def tnp_register_ufuncs(self) -> list[UfuncDef]:
            return [UfuncDef("plugtest_absdiff", absdiff, nin=2, types=("ll->l", "dd->d"))]

    plugins.register(UfuncPlugin(), "ufuncs")
    uf = tnp.plugtest_absdiff
    assert isinstance(uf, tnp.ufunc) and (uf.nin, uf.nout) == (2, 1)
    assert uf.types == ["ll->l", "dd->d"]
    assert_same(uf(np.array([1, 5]), 3), np.array([2, 2]))
    assert_same(uf(np.array([1, 5]), 0.5), np.array([0.5, 4.5]))
    assert_same(uf.outer(np.array([0, 1]), np.array([3, 4, 5])), np.array([[3, 4, 5], [2, 3, 4]]))
    assert_same(uf.reduce(np.array([10, 3, 4])), np.int64(3))  # |(|10-3|) - 4|
    plugins.unregister("ufuncs")
    with pytest.raises(AttributeError):
        tnp.plugtest_absdiff


def test_ufunc_kernel_with_wrong_arity_is_rejected() -> None:
    def add(x1: torch.Tensor) -> torch.Tensor:
        return x1

    with pytest.raises(SignatureMismatchError, match="'unary'.*'add'.*2 positional"):
        plugins.register(KernelPlugin({"add": add}), "unary")
    assert [p.plugin for p in plugins.providers("add")] == ["backends"]


# ---------------------------------------------------------------- signature checks


def _zeros_wrong_name(
    shp: ShapeLike,
    dtype: DTypeLike = None,
    order: str = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> Any:
    return torch.zeros(shp)


def _zeros_missing_param(
    shape: ShapeLike, dtype: DTypeLike = None, order: str = "C", *, device: DeviceLike = None
) -> Any:
    return torch.zeros(shape)


def _zeros_other_default(
    shape: ShapeLike,
    dtype: DTypeLike = None,
    order: str = "F",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> Any:
    return torch.zeros(shape)


def _zeros_other_kind(
    shape: ShapeLike,
    dtype: DTypeLike = None,
    order: str = "C",
    device: DeviceLike = None,
    *,
    like: Any = None,
) -> Any:
    return torch.zeros(shape)


@pytest.mark.parametrize(
    ("kernel", "parameter"),
    [
        (_zeros_wrong_name, "shp"),
        (_zeros_missing_param, "like"),
        (_zeros_other_default, "order"),
        (_zeros_other_kind, "device"),
    ],
    ids=["wrong-name", "missing-parameter", "other-default", "other-kind"],
)
def test_signature_mismatch_is_rejected(kernel: Callable[..., Any], parameter: str) -> None:
    before = registry_state()
    with pytest.raises(SignatureMismatchError) as info:
        plugins.register(KernelPlugin({"zeros": kernel}), "mismatched")
    message = str(info.value)
    assert "'mismatched'" in message and f"'{parameter}'" in message and "'zeros'" in message
    assert isinstance(info.value, TypeError) and isinstance(info.value, PluginError)
    assert registry_state() == before
    assert_same(tnp.zeros(2), np.zeros(2))


def test_signature_mismatch_rejects_the_whole_plugin() -> None:
    plugin = KernelPlugin({"ones": make_zeros(1.0), "zeros": _zeros_wrong_name})
    with pytest.raises(SignatureMismatchError, match="'shp'"):
        plugins.register(plugin, "half_good")
    assert plugins.provider("ones").plugin == "backends"  # type: ignore[union-attr]
    plugins.register(KernelPlugin({"zeros": make_zeros(2.0)}), "good")  # registry still usable
    assert values(tnp.zeros(1)) == [2.0]


# ---------------------------------------------------------------- conflicts and priority


def _register_conflicting(order: str) -> None:
    found = {"a": make_zeros(1.0), "b": make_zeros(2.0)}
    for key in order:
        plugins.register(KernelPlugin({"zeros": found[key]}), f"plugin_{key}")


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_equal_priority_third_parties_conflict(order: str) -> None:
    from tnp_core import zeros

    _register_conflicting(order)
    with pytest.raises(Exception, match="'plugin_a'") as info:
        tnp.zeros(2)
    assert "'plugin_b'" in str(info.value)
    conflicts = plugins.report()["conflicts"]
    assert sorted(conflicts["zeros"]) == ["plugin_a", "plugin_b"]
    plugins.unregister("plugin_a")
    assert values(zeros(2)) == [2.0, 2.0]
    assert plugins.report()["conflicts"] == {}


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_calling_a_conflicted_name_raises_plugin_conflict_error(order: str) -> None:
    from tnp_core import zeros

    _register_conflicting(order)
    with pytest.raises(PluginConflictError, match="'zeros' is provided by both") as info:
        zeros(2)
    assert "'plugin_a'" in str(info.value) and "'plugin_b'" in str(info.value)


@pytest.mark.parametrize("order", ["high-first", "low-first"])
def test_higher_priority_wins(order: str) -> None:
    high = KernelPlugin([Kernel("zeros", make_zeros(9.0), priority=5)])
    low = KernelPlugin([Kernel("zeros", make_zeros(1.0))])
    pairs = [(high, "high"), (low, "low")]
    for plugin, name in pairs if order == "high-first" else pairs[::-1]:
        plugins.register(plugin, name)
    assert values(tnp.zeros(1)) == [9.0]
    chain = plugins.providers("zeros")
    assert [(p.plugin, p.priority) for p in chain] == [("high", 5), ("low", 0), ("backends", 0)]
    assert plugins.report()["conflicts"] == {}


def test_priority_winner_declining_falls_to_next_third_party() -> None:
    plugins.register(
        KernelPlugin([Kernel("zeros", make_zeros(9.0, lambda d: d is not None), priority=5)]),
        "high",
    )
    plugins.register(KernelPlugin({"zeros": make_zeros(1.0)}), "low")
    assert values(tnp.zeros(1)) == [9.0]
    assert_same(tnp.zeros(1, dtype=tnp.int16), np.ones(1, dtype=np.int16))


def test_report_lists_overrides_and_conflicts() -> None:
    plugins.register(KernelPlugin({"zeros": make_zeros(7.0)}), "sevens")
    plugins.register(KernelPlugin({"ones": make_zeros(1.0)}), "ones_a")
    plugins.register(KernelPlugin({"ones": make_zeros(1.0)}), "ones_b")
    r = plugins.report()
    assert r["overrides"]["zeros"] == "sevens"
    assert set(r["conflicts"]) == {"ones"}
    assert sorted(r["conflicts"]["ones"]) == ["ones_a", "ones_b"]
    names = [p["name"] for p in r["plugins"]]
    assert {"backends", "sevens", "ones_a", "ones_b"} <= set(names)


# ---------------------------------------------------------------- scoped overrides


def test_override_is_active_inside_the_block_only() -> None:
    from tnp_core import zeros

    with plugins.override("zeros", make_zeros(4.0)):
        assert values(tnp.zeros(2)) == [4.0, 4.0]
        assert values(zeros(2)) == [4.0, 4.0]
        assert plugins.provider("zeros").plugin == "backends"  # type: ignore[union-attr]
    assert values(tnp.zeros(2)) == [0.0, 0.0]


def test_override_ends_when_the_block_raises() -> None:
    with pytest.raises(KeyError), plugins.override("zeros", make_zeros(4.0)):
        raise KeyError("boom")
    assert values(tnp.zeros(1)) == [0.0]


def test_override_is_invisible_to_another_thread() -> None:
    barrier = threading.Barrier(2, timeout=20)
    seen: dict[str, list[float]] = {}
    errors: list[BaseException] = []

    def overriding() -> None:
        with plugins.override("zeros", make_zeros(4.0)):
            seen["inside"] = values(tnp.zeros(2))
            barrier.wait()  # 1: the override is active; the other thread calls now
            barrier.wait()  # 2: the other thread has called
            seen["inside, after the other thread"] = values(tnp.zeros(2))
        barrier.wait()  # 3: the override is gone; the other thread calls again
        barrier.wait()  # 4: the other thread has called
        seen["after"] = values(tnp.zeros(2))

    def other() -> None:
        barrier.wait()
        seen["other thread, during"] = values(tnp.zeros(2))
        with plugins.override("zeros", make_zeros(8.0)):
            seen["other thread, own override"] = values(tnp.zeros(2))
        barrier.wait()
        barrier.wait()
        seen["other thread, after"] = values(tnp.zeros(2))
        barrier.wait()

    def run(fn: Callable[[], None]) -> None:
        try:
            fn()
        except BaseException as e:  # reported by the main thread
            errors.append(e)
            barrier.abort()

    threads = [threading.Thread(target=run, args=(fn,)) for fn in (overriding, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    assert seen == {
        "inside": [4.0, 4.0],
        "other thread, during": [0.0, 0.0],
        "other thread, own override": [8.0, 8.0],
        "inside, after the other thread": [4.0, 4.0],
        "other thread, after": [0.0, 0.0],
        "after": [0.0, 0.0],
    }


def test_nested_overrides_and_declining_override() -> None:
    plugins.register(KernelPlugin({"zeros": make_zeros(7.0)}), "sevens")
    with plugins.override("zeros", make_zeros(1.0)):
        assert values(tnp.zeros(1)) == [1.0]
        with plugins.override("zeros", make_zeros(2.0, lambda d: d is torch.float32)):
            assert values(tnp.zeros(1)) == [2.0]
            assert values(tnp.zeros(1, dtype="f4")) == [1.0]  # inner declines: outer serves
        assert values(tnp.zeros(1, dtype="f4")) == [1.0]
        assert values(tnp.zeros(1)) == [1.0]
    assert values(tnp.zeros(1)) == [7.0]
    with plugins.override("zeros", make_zeros(2.0, lambda d: d is torch.float32)):
        assert_same(tnp.zeros(1, dtype="f4"), np.full(1, 7.0, dtype=np.float32))


def test_override_validates_name_and_signature() -> None:
    with pytest.raises(KeyError, match="plugtest_nothing"):
        with plugins.override("plugtest_nothing", make_zeros(1.0)):
            pass
    with pytest.raises(SignatureMismatchError, match="'shp'"):
        with plugins.override("zeros", _zeros_wrong_name):
            pass
    assert values(tnp.zeros(1)) == [0.0]


# ---------------------------------------------------------------- blocking


def test_block_removes_a_runtime_plugin() -> None:
    plugins.register(KernelPlugin({"zeros": make_zeros(7.0)}), "sevens")
    plugins.block("sevens")
    assert values(tnp.zeros(1)) == [0.0]
    assert "sevens" not in [p["name"] for p in plugins.report()["plugins"]]
    with pytest.raises(PluginError, match="blocked"):
        plugins.register(KernelPlugin({"zeros": make_zeros(6.0)}), "sevens")
    plugins.unblock("sevens")
    plugins.register(KernelPlugin({"zeros": make_zeros(6.0)}), "sevens")
    assert values(tnp.zeros(1)) == [6.0]


def test_block_and_unblock_a_builtin_plugin() -> None:
    from tnp_core import zeros

    plugins.block("backends")
    assert "backends" in plugins.report()["blocked"]
    with pytest.raises(AttributeError, match="tnp-backends"):
        tnp.zeros
    with pytest.raises(AttributeError, match="tnp-backends"):
        zeros(2)
    assert plugins.provider("zeros") is None
    plugins.unblock("backends")
    assert tnp.zeros is zeros
    assert_same(zeros(2), np.zeros(2))


# ---------------------------------------------------------------- failing plugins


class FlakyPlugin:
    """Provides ``ones`` on the first call of its hook, raises on every later call."""

    def __init__(self) -> None:
        self.calls = 0

    @hookimpl
    def tnp_register_kernels(self) -> dict[str, Callable[..., Any]]:
        self.calls += 1
        if self.calls > 1:
            raise RuntimeError("flaky hook failed")
        return {"ones": make_zeros(5.0)}


def test_plugin_whose_hook_raises_is_reported_and_skipped() -> None:
    flaky = FlakyPlugin()
    plugins.register(flaky, "flaky")
    assert values(tnp.ones(1)) == [5.0]
    with pytest.warns(PluginWarning, match="'flaky'.*flaky hook failed"):
        plugins.register(KernelPlugin({"zeros": make_zeros(7.0)}), "sevens")
    assert values(tnp.zeros(1)) == [7.0]  # the rest works
    assert_same(tnp.ones(1), np.ones(1))  # the flaky plugin's kernel is skipped
    assert "flaky hook failed" in plugins.report()["broken"]["flaky"]
    plugins.unregister(flaky)


def test_registering_a_plugin_whose_hook_raises_fails() -> None:
    class Failing:
        @hookimpl
        def tnp_register_kernels(self) -> None:
            raise RuntimeError("cannot register")

    before = registry_state()
    with pytest.raises(RuntimeError, match="cannot register"):
        plugins.register(Failing(), "failing")
    assert registry_state() == before


# ---------------------------------------------------------------- entry points (subprocesses)


def write_fake_distribution(root: Path, dist: str, ep_name: str, source: str) -> None:
    """A distribution importlib.metadata finds on ``sys.path``: dist-info plus one module."""
    module = dist.replace("-", "_")
    info = root / f"{module}-0.3.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.3\n")
    (info / "entry_points.txt").write_text(f"[tnp]\n{ep_name} = {module}\n")
    (root / f"{module}.py").write_text(textwrap.dedent(source))


def run_python(
    code: str, pythonpath: Path | None = None, **env: str
) -> subprocess.CompletedProcess:
    """Run ``python -c code`` (or ``-m tnp_core`` if code is empty) in a clean environment."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("TNP_")}
    environ.pop("PYTHONPATH", None)
    if pythonpath is not None:
        environ["PYTHONPATH"] = str(pythonpath)
    environ.update(env)
    args = ["-m", "tnp_core"] if not code else ["-c", textwrap.dedent(code)]
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
        cwd=pythonpath or Path(__file__).parent,
    )


SEVENS_SOURCE = """
    import torch
    from tnp_core.plugins import hookimpl

    def zeros(shape, dtype=None, order="C", *, device=None, like=None):
        return torch.full(shape, 7.0, dtype=dtype or torch.float64)

    @hookimpl
    def tnp_register_kernels():
        return {"zeros": zeros}
"""

RAISING_SOURCE = """
    from tnp_core.plugins import hookimpl

    @hookimpl
    def tnp_register_kernels():
        raise RuntimeError("hook raised on purpose")
"""


def test_python_m_tnp_core_prints_plugins_and_counts() -> None:
    done = run_python("")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "tnp plugins" in out
    assert any(line.split()[:2] == ["backends", "tnp-backends"] for line in out.splitlines())
    counts = plugins.report()["counts"]["main"]
    main_line = next(line for line in out.splitlines() if line.split()[:1] == ["main"])
    assert main_line.split()[1:4] == [str(counts["provided"]), "/", str(counts["in_scope"])]
    assert "Overrides in force\n  (none)" in out
    assert "Conflicts\n  (none)" in out


def test_python_m_tnp_core_shows_entry_point_override(tmp_path: Path) -> None:
    write_fake_distribution(tmp_path, "tnp-sevens", "sevens", SEVENS_SOURCE)
    done = run_python("", tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    assert ["sevens", "tnp-sevens", "0.3"] in lines
    assert ["zeros", "by", "sevens"] in lines
    code = """
        import tnp_core as tnp
        p = tnp.plugins.provider("zeros")
        print(tnp.zeros(2).tolist(), p.plugin, p.distribution, p.version, p.is_default)
    """
    done = run_python(code, tmp_path)
    assert done.stdout.split() == ["[7.0,", "7.0]", "sevens", "tnp-sevens", "0.3", "False"]
    done = run_python(code, tmp_path, TNP_BLOCK_PLUGINS="other, sevens")
    assert done.stdout.split() == ["[0.0,", "0.0]", "backends", "tnp-backends", "0.1.0", "True"]


def test_entry_point_whose_hook_raises_is_reported_and_skipped(tmp_path: Path) -> None:
    write_fake_distribution(tmp_path, "tnp-raising", "raising", RAISING_SOURCE)
    code = """
        import tnp_core as tnp
        print(tnp.zeros(2).tolist())
        print(tnp.plugins.report()["broken"])
    """
    done = run_python(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "[0.0, 0.0]",
        "{'raising': 'tnp_register_kernels raised RuntimeError: hook raised on purpose'}",
    ]
    assert done.stderr.count("PluginWarning") == 1
    assert "'raising'" in done.stderr
    cli = run_python("", tmp_path)
    assert cli.returncode == 1
    assert "raising: tnp_register_kernels raised RuntimeError" in cli.stdout
    strict = run_python(code, tmp_path, TNP_STRICT_PLUGINS="1")
    assert strict.returncode != 0
    assert "PluginError" in strict.stderr and "hook raised on purpose" in strict.stderr


# ---------------------------------------------------------------- objects


class ObjectPlugin:
    """A plugin object whose ``tnp_register_objects`` returns the given objects."""

    def __init__(self, objects: dict[str, Any]) -> None:
        self.objects = objects

    @hookimpl
    def tnp_register_objects(self) -> dict[str, Any]:
        return self.objects


def test_objects_are_published_and_withdrawn() -> None:
    class MyError(ValueError):
        pass

    plugin = ObjectPlugin({"golden_ratio": 1.618, "linalg.LinAlgError": MyError})
    name = plugins.register(plugin, name="objects")
    assert tnp.golden_ratio == 1.618
    assert tnp.linalg.LinAlgError is MyError  # a third party wins over the default object
    assert plugins.provider("golden_ratio").plugin == name
    assert [p.plugin for p in plugins.providers("linalg.LinAlgError")] == [name, "linalg"]
    plugins.unregister(plugin)
    with pytest.raises(AttributeError, match="golden_ratio"):
        tnp.golden_ratio  # noqa: B018
    assert tnp.linalg.LinAlgError is tnp.exceptions.LinAlgError
