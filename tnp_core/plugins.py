"""Writing and managing tnp plugins.

For plugin authors: :data:`hookimpl`, :class:`Kernel`, :class:`UfuncDef` (and the markers in
:mod:`tnp_core.annotations`).  For users: :func:`register`, :func:`unregister`, :func:`block`,
:func:`override`, :func:`provider`, :func:`providers`, :func:`report`.
"""

from __future__ import annotations

import contextlib
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pluggy

from ._registry import BLOCK_ENV, STRICT_ENV, Kernel, PluginWarning, registry, signature_problem
from ._slots import scoped
from ._ufunc import UfuncDef
from .exceptions import SignatureMismatchError

__all__ = [
    "hookimpl", "Kernel", "UfuncDef", "SelfTester", "PluginWarning", "ProviderInfo",
    "register", "unregister", "block", "unblock", "override", "provider", "providers", "report",
    "BLOCK_ENV", "STRICT_ENV",
]

hookimpl = pluggy.HookimplMarker("tnp")
"""Decorator for hook implementations; built-in plugins use ``@hookimpl(trylast=True)``."""


@dataclass(frozen=True)
class ProviderInfo:
    """Who serves a public name."""

    name: str
    plugin: str
    distribution: str | None
    version: str | None
    is_default: bool
    priority: int
    kernel: Callable[..., Any]


class SelfTester:
    """NumPy's ``<module>.test`` for a plugin: runs the plugin's built-in self-checks.

    NumPy's ``test`` runs its own test suite with pytest; a tnp plugin ships small checks
    (callables that raise ``AssertionError`` on failure, using known values, no NumPy) and
    publishes ``SelfTester(checks)`` as ``"<namespace>.test"``.  Calling it returns True when
    every check passes.  The full differential test suite lives in the repository's ``tests/``.
    """

    def __init__(self, namespace: str, checks: dict[str, Callable[[], None]]) -> None:
        self.namespace = namespace
        self.checks = checks
        self.__doc__ = f"Run the self-checks of tnp_core.{namespace}; True if all pass."

    def __call__(
        self,
        label: str = "fast",
        verbose: int = 1,
        extra_argv: Any = None,
        doctests: bool = False,
        coverage: bool = False,
        durations: int = -1,
        tests: Any = None,
    ) -> bool:
        selected = self.checks if tests is None else {
            k: v for k, v in self.checks.items() if k in set(tests)
        }
        failed = []
        for name, check in selected.items():
            try:
                check()
            except Exception as e:  # a failing check is reported, not raised
                failed.append(f"{name}: {type(e).__name__}: {e}")
        if verbose:
            print(f"tnp_core.{self.namespace}: {len(selected) - len(failed)}/{len(selected)} "
                  "self-checks passed")
            for line in failed:
                print(f"  FAILED {line}")
        return not failed

    def __repr__(self) -> str:
        return f"<tnp self-test of tnp_core.{self.namespace}: {len(self.checks)} checks>"


def register(plugin: Any, name: str | None = None) -> str:
    """Register a plugin object or module at runtime; returns its name.

    Raises :class:`~tnp_core.exceptions.SignatureMismatchError` if one of its overrides does
    not match the default's signature (the plugin is then not registered).
    """
    return registry.register(plugin, name)


def unregister(plugin: Any) -> None:
    """Unregister a plugin (object or name); its names fall back to the next provider."""
    registry.unregister(plugin)


def block(name: str) -> None:
    """Block a plugin by name (also: ``TNP_BLOCK_PLUGINS=a,b``, read once)."""
    registry.block(name)


def unblock(name: str) -> None:
    """Lift a block set by :func:`block`."""
    registry.unblock(name)


@contextlib.contextmanager
def override(name: str, kernel: Callable[..., Any]) -> Iterator[None]:
    """Serve ``name`` with ``kernel`` inside the ``with`` block, in this thread/context only.

    The kernel may return ``NotImplemented`` to fall through to the regular providers.
    """
    registry.ensure()
    if name not in registry.slots:
        raise KeyError(f"{name!r} is not provided by any plugin; nothing to override")
    reference = registry._reference.get(name)
    if reference is not None:
        problem = signature_problem(kernel, reference)
        if problem is not None:
            raise SignatureMismatchError(f"override of {name!r}: {problem}")
    token = scoped.push(name, kernel)
    try:
        yield
    finally:
        scoped.pop(token)


def providers(name: str) -> list[ProviderInfo]:
    """Every provider of ``name``, the serving one first."""
    registry.ensure()
    return [
        ProviderInfo(p.name, p.plugin, p.distribution, p.version, p.is_default, p.priority,
                     p.kernel)
        for p in registry.providers.get(name, ())
    ]


def provider(name: str) -> ProviderInfo | None:
    """The provider that serves ``name`` (``"sum"``, ``"linalg.solve"``), or None."""
    found = providers(name)
    return found[0] if found else None


def report() -> dict[str, Any]:
    """What ``python -m tnp_core`` prints, as data."""
    from . import _manifest
    from ._registry import NAMESPACES, split_name

    registry.ensure()
    plugins = []
    for pname, plugin in registry.pm.list_name_plugin():
        if plugin is None:
            continue
        dist, version = registry.plugin_dists.get(pname, (None, None))
        plugins.append({"name": pname, "distribution": dist, "version": version})
    counts = {}
    for ns in NAMESPACES:
        wanted = {k for k, v in _manifest.names_in(ns).items()
                  if v.get("scope") == "in" and v.get("kind") != "module"}
        have = set(registry.provided_names(ns))
        if not ns:  # names the core itself defines (dtype, ndarray, scalar types, ...)
            import tnp_core

            have |= {
                k for k, v in vars(tnp_core).items()
                if not k.startswith("_") and not isinstance(v, types.ModuleType)
            }
        counts[ns or "main"] = {"provided": len(have & wanted), "in_scope": len(wanted),
                                "extra": sorted(have - wanted)}
    overrides = {}
    for name, provs in registry.providers.items():
        if provs and not provs[0].is_default and any(p.is_default for p in provs):
            overrides[name] = provs[0].plugin
    return {
        "plugins": plugins,
        "counts": counts,
        "overrides": overrides,
        "conflicts": {n: [p.plugin for p in ps] for n, ps in registry.conflicts.items()},
        "broken": dict(registry.broken),
        "rejected": list(registry.rejected),
        "blocked": sorted(n for n in registry.plugin_dists if registry.pm.is_blocked(n)),
        "namespaces": {ns or "main": sorted(split_name(n)[1] for n in registry.kinds
                                            if split_name(n)[0] == ns) for ns in NAMESPACES},
    }
