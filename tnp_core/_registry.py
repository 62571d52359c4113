"""The plugin registry: entry-point loading, precedence, validation and assembly.

``registry`` is created at import but does nothing until a namespace is first used; then it
loads the entry points of group ``tnp`` once and *assembles*: it asks every plugin what it
provides, orders the providers of each name, checks override signatures, and publishes stable
public objects (functions, ufuncs, objects) onto ``tnp_core`` and its submodules.
Registering, unregistering or blocking a plugin re-assembles; public objects stay the same
objects and only their slots change.
"""

from __future__ import annotations

import importlib.metadata
import inspect
import os
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pluggy

from . import _manifest, hookspecs
from ._normalize import Plan, build_plan, make_public
from ._slots import Provider, Slot
from ._subclass import RULES as SUBCLASS_RULES
from ._ufunc import UfuncDef, ufunc
from .exceptions import (
    PluginConflictError,
    PluginError,
    PluginNotInstalledError,
    SignatureMismatchError,
)

__all__ = ["registry", "Registry", "Kernel", "PluginWarning", "NAMESPACES"]

BLOCK_ENV = "TNP_BLOCK_PLUGINS"
STRICT_ENV = "TNP_STRICT_PLUGINS"
ENTRY_POINT_GROUP = "tnp"

NAMESPACES: dict[str, str] = {
    "": "tnp-backends",
    "linalg": "tnp-linalg",
    "fft": "tnp-fft",
    "random": "tnp-random",
}
"""Namespace -> the built-in distribution that provides it."""


class PluginWarning(UserWarning):
    """A plugin failed to load or register and was skipped."""


@dataclass(frozen=True)
class Kernel:
    """A kernel with registration options, for :func:`hookspecs.tnp_register_kernels`."""

    name: str
    """Public name, e.g. ``"sum"`` or ``"linalg.solve"``."""
    function: Callable[..., Any]
    """The torch-level kernel."""
    priority: int = 0
    """Among non-default providers of a name, the highest priority serves it."""
    python_scalars: bool = False
    """For ufunc kernels: accepts one Python scalar operand."""


def split_name(full: str) -> tuple[str, str]:
    """``"linalg.solve"`` -> ``("linalg", "solve")``; ``"sum"`` -> ``("", "sum")``."""
    ns, _, name = full.rpartition(".")
    return ns, name


class Registry:
    """Owns the pluggy manager and everything assembled from it."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self.pm = pluggy.PluginManager("tnp")
        self.pm.add_hookspecs(hookspecs)
        self._entry_points_loaded = False
        self._assembled = False
        self._blocked_env_read = False
        self.strict = False
        self.plugin_dists: dict[str, tuple[str | None, str | None]] = {}
        self.broken: dict[str, str] = {}
        self.rejected: list[str] = []
        self.conflicts: dict[str, list[Provider]] = {}
        self.slots: dict[str, Slot] = {}
        self.publics: dict[str, Any] = {}
        self.kinds: dict[str, str] = {}  # full name -> "function" | "ufunc" | "object"
        self.providers: dict[str, tuple[Provider, ...]] = {}
        self._plans: dict[str, Plan] = {}
        self._reference: dict[str, Callable[..., Any]] = {}
        self._published: dict[str, set[str]] = {ns: set() for ns in NAMESPACES}
        self.reserved: set[str] = set()
        self._ufunc_kernels: dict[str, Callable[..., Any]] = {}

    # ------------------------------------------------------------------ loading
    def _read_environment(self) -> None:
        if self._blocked_env_read:
            return
        self._blocked_env_read = True
        self.strict = os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes", "on")
        for name in os.environ.get(BLOCK_ENV, "").replace(";", ",").split(","):
            if name.strip():
                self.pm.set_blocked(name.strip())

    def _report_broken(self, plugin: str, reason: str) -> None:
        self.broken[plugin] = reason
        if self.strict:
            raise PluginError(f"tnp plugin {plugin!r} is broken: {reason}")
        warnings.warn(f"tnp plugin {plugin!r} skipped: {reason}", PluginWarning, stacklevel=4)

    def load_entry_points(self) -> None:
        """Load and register every entry point of group ``tnp`` (once)."""
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        self._read_environment()
        eps = sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
        for ep in eps:
            dist = getattr(ep, "dist", None)
            info = (dist.metadata["Name"] if dist else None, dist.version if dist else None)
            self.plugin_dists[ep.name] = info
            if self.pm.is_blocked(ep.name) or self.pm.get_plugin(ep.name) is not None:
                continue
            try:
                plugin = ep.load()
                self.pm.register(plugin, name=ep.name)
            except Exception as e:  # a broken plugin must not take the namespace down
                self._report_broken(ep.name, f"{type(e).__name__}: {e}")

    def ensure(self) -> None:
        """Load entry points and assemble, if not done yet."""
        if self._assembled:
            return
        with self._lock:
            if not self._assembled:
                self.load_entry_points()
                self.assemble()

    # ------------------------------------------------------------------ runtime API
    def register(self, plugin: Any, name: str | None = None) -> str:
        with self._lock:
            self.ensure()
            self._read_environment()
            registered = self.pm.register(plugin, name=name)
            if registered is None:
                raise PluginError(f"plugin {name or plugin!r} is blocked")
            pname = self.pm.get_name(plugin)
            assert pname is not None
            try:
                self.assemble(strict_for=pname)
            except Exception:
                self.pm.unregister(plugin)
                self.assemble()
                raise
            return pname

    def unregister(self, plugin_or_name: Any) -> None:
        with self._lock:
            if isinstance(plugin_or_name, str):
                plugin = self.pm.get_plugin(plugin_or_name)
                if plugin is None:
                    raise ValueError(f"no plugin named {plugin_or_name!r} is registered")
            else:
                plugin = plugin_or_name
            self.pm.unregister(plugin)
            if self._assembled:
                self.assemble()

    def block(self, name: str) -> None:
        with self._lock:
            self.pm.set_blocked(name)
            if self._assembled:
                self.assemble()

    def unblock(self, name: str) -> None:
        with self._lock:
            if self.pm.unblock(name) and self._entry_points_loaded:
                self._entry_points_loaded = False
                self.load_entry_points()
                if self._assembled:
                    self.assemble()

    # ------------------------------------------------------------------ collection
    def _call_hook(self, hook: Any, strict_for: str | None) -> list[tuple[Any, Any]]:
        """Call each implementation separately: results attributed to their plugin."""
        out = []
        for impl in hook.get_hookimpls():
            try:
                result = impl.function()
            except Exception as e:
                if strict_for == impl.plugin_name:
                    raise
                self._report_broken(impl.plugin_name, f"{hook.name} raised {type(e).__name__}: {e}")
                continue
            if result is not None:
                out.append((impl, result))
        return out

    def _provider(
        self,
        impl: Any,
        name: str,
        fn: Callable[..., Any],
        priority: int = 0,
        python_scalars: bool = False,
    ) -> Provider:
        dist, version = self.plugin_dists.get(impl.plugin_name, (None, None))
        if dist is None:
            dist, version = _distribution_of(impl.plugin)
        return Provider(
            name, fn, impl.plugin_name, dist, version, bool(impl.trylast), priority, python_scalars
        )

    def _collect(
        self, strict_for: str | None
    ) -> tuple[
        dict[str, list[Provider]],
        dict[str, list[tuple[Provider, UfuncDef]]],
        dict[str, list[Provider]],
    ]:
        kernels: dict[str, list[Provider]] = {}
        ufuncs: dict[str, list[tuple[Provider, UfuncDef]]] = {}
        objects: dict[str, list[Provider]] = {}
        for impl, result in self._call_hook(self.pm.hook.tnp_register_kernels, strict_for):
            for entry in _kernel_entries(result):
                p = self._provider(
                    impl, entry.name, entry.function, entry.priority, entry.python_scalars
                )
                kernels.setdefault(entry.name, []).append(p)
        for impl, result in self._call_hook(self.pm.hook.tnp_register_ufuncs, strict_for):
            for d in result:
                p = self._provider(impl, d.name, d.kernel, 0, d.python_scalars)
                ufuncs.setdefault(d.name, []).append((p, d))
        for impl, result in self._call_hook(self.pm.hook.tnp_register_objects, strict_for):
            for name, obj in dict(result).items():
                objects.setdefault(name, []).append(self._provider(impl, name, obj))
        return kernels, ufuncs, objects

    # ------------------------------------------------------------------ assembly
    def assemble(self, strict_for: str | None = None) -> None:
        """(Re)build every slot and publish the public objects."""
        with self._lock:
            kernels, ufuncs, objects = self._collect(strict_for)
            self.conflicts = {}
            self.rejected = []
            provided: dict[str, set[str]] = {ns: set() for ns in NAMESPACES}
            new_kinds: dict[str, str] = {}

            for name, defs in ufuncs.items():
                ordered = _order([p for p, _ in defs])
                definition = next(d for p, d in defs if p is ordered[0])
                extra = [
                    self._check_ufunc_override(p, definition, strict_for)
                    for p in kernels.pop(name, [])
                ]
                chain = self._resolve_chain(name, _order(ordered + [p for p in extra if p]))
                uf = self.publics.get(name)
                slot = self._slot(name)
                if isinstance(uf, ufunc):
                    if uf._def is not definition:
                        uf._redefine(definition)
                else:
                    uf = ufunc(definition, slot)
                    self.publics[name] = uf
                self._set_slot(slot, name, chain)
                new_kinds[name] = "ufunc"
                for alias in definition.aliases:
                    self.publics[alias] = uf
                    self.providers[alias] = tuple(chain)
                    new_kinds[alias] = "ufunc"

            for name, provs in kernels.items():
                ordered = _order(provs)
                reference = next((p for p in ordered if p.is_default), ordered[0])
                valid = [
                    p
                    for p in ordered
                    if p is reference or self._check_override(p, reference, strict_for)
                ]
                chain = self._resolve_chain(name, valid)
                slot = self._slot(name)
                if self._reference.get(name) is not reference.kernel or name not in self.publics:
                    plan = build_plan(reference.kernel)
                    self._reference[name] = reference.kernel
                    old = self.publics.get(name)
                    if old is None or getattr(old, "__signature__", None) != plan.signature:
                        ns, short = split_name(name)
                        module = "tnp_core" + (f".{ns}" if ns else "")
                        self.publics[name] = make_public(
                            short, short, slot, plan, inspect.getdoc(reference.kernel), module,
                            SUBCLASS_RULES.get(name),
                        )
                self._set_slot(slot, name, chain)
                new_kinds[name] = "function"

            for name, provs in objects.items():
                chain = self._resolve_chain(name, _order(provs))
                self.publics[name] = chain[0].kernel if chain else None
                self.providers[name] = tuple(chain)
                new_kinds[name] = "object"

            for name in new_kinds:
                ns, short = split_name(name)
                if ns not in NAMESPACES:
                    self.rejected.append(f"{name}: unknown namespace {ns!r}")
                    continue
                if ns == "" and short in self.reserved:
                    self.rejected.append(f"{name}: reserved by tnp_core")
                    continue
                provided[ns].add(short)
            for name in set(self.kinds) - set(new_kinds):  # no longer provided by anyone
                if name in self.slots:
                    self._set_slot(self.slots[name], name, [])
                self.providers.pop(name, None)
            self.kinds = new_kinds
            self._publish(provided)
            self._assembled = True

    def _slot(self, name: str) -> Slot:
        slot = self.slots.get(name)
        if slot is None:
            slot = self.slots[name] = Slot(name)
        return slot

    def _set_slot(self, slot: Slot, name: str, chain: list[Provider]) -> None:
        public = self.publics.get(name)
        if isinstance(public, ufunc):
            public._invalidate()
        self.providers[name] = tuple(chain)
        if name in self.conflicts:
            slot.set((), _conflict_raiser(name, self.conflicts[name]))
            slot.providers = tuple(chain)
        else:
            slot.set(tuple(chain), _missing_raiser(name))

    def _resolve_chain(self, name: str, ordered: list[Provider]) -> list[Provider]:
        """Record a conflict when the two best providers are equally ranked third parties."""
        if len(ordered) >= 2:
            a, b = ordered[0], ordered[1]
            if a.is_default == b.is_default and a.priority == b.priority:
                self.conflicts[name] = [a, b]
        return ordered

    def _check_override(self, p: Provider, reference: Provider, strict_for: str | None) -> bool:
        problem = signature_problem(p.kernel, reference.kernel)
        if problem is None:
            return True
        self._reject(p, problem, strict_for)
        return False

    def _check_ufunc_override(
        self, p: Provider, d: UfuncDef, strict_for: str | None
    ) -> Provider | None:
        try:
            inspect.signature(p.kernel).bind(*range(d.nin))
        except TypeError:
            self._reject(
                p,
                f"a kernel of ufunc {d.name!r} must accept {d.nin} positional tensors",
                strict_for,
            )
            return None
        except ValueError:  # builtins without a signature: trust them
            pass
        return p

    def _reject(self, p: Provider, problem: str, strict_for: str | None) -> None:
        err = SignatureMismatchError(
            f"plugin {p.plugin!r} overrides {p.name!r} with an incompatible signature: {problem}"
        )
        if strict_for == p.plugin or self.strict:
            raise err
        self.rejected.append(str(err))
        warnings.warn(str(err), PluginWarning, stacklevel=4)

    def _publish(self, provided: dict[str, set[str]]) -> None:
        for ns, names in provided.items():
            module = sys.modules.get("tnp_core" + (f".{ns}" if ns else ""))
            if module is None:
                self._published[ns] = set(names)
                continue
            self._sync_module(module, ns, names)

    def _sync_module(self, module: ModuleType, ns: str, names: set[str]) -> None:
        for gone in self._published[ns] - names:
            module.__dict__.pop(gone, None)
        prefix = f"{ns}." if ns else ""
        for short in names:
            module.__dict__[short] = self.publics[prefix + short]
        self._published[ns] = set(names)

    # ------------------------------------------------------------------ lookups
    def bind_submodule(self, module: ModuleType, ns: str) -> None:
        """Called by ``tnp_core/<ns>.py`` at import: publish onto it, or explain what is missing."""
        self.ensure()
        names = {split_name(n)[1] for n in self.kinds if split_name(n)[0] == ns}
        if not names:
            raise PluginNotInstalledError(missing_namespace_message(ns, self))
        self._sync_module(module, ns, names)

    def lookup(self, ns: str, short: str) -> Any:
        """The public object ``ns.short``, or the AttributeError that explains its absence."""
        self.ensure()
        full = f"{ns}.{short}" if ns else short
        if full in self.kinds and short in self._published[ns]:
            return self.publics[full]
        raise AttributeError(missing_name_message(ns, short, self))

    def provided_names(self, ns: str) -> list[str]:
        self.ensure()
        return sorted(split_name(n)[1] for n in self.kinds if split_name(n)[0] == ns)


def _order(providers: list[Provider]) -> list[Provider]:
    """Third parties before defaults; higher priority first; stable otherwise."""
    return sorted(providers, key=lambda p: (p.is_default, -p.priority))


def _kernel_entries(result: Any) -> Iterable[Kernel]:
    if isinstance(result, Mapping):
        return [Kernel(name, fn) for name, fn in result.items()]
    return list(result)


def _distribution_of(plugin: Any) -> tuple[str | None, str | None]:
    module = (
        getattr(plugin, "__name__", None)
        if isinstance(plugin, ModuleType)
        else getattr(type(plugin), "__module__", None)
    )
    if not module:
        return None, None
    top = module.split(".")[0]
    try:
        dists = importlib.metadata.packages_distributions().get(top)
    except Exception:
        return None, None
    if not dists:
        return None, None
    return dists[0], importlib.metadata.version(dists[0])


def signature_problem(kernel: Callable[..., Any], reference: Callable[..., Any]) -> str | None:
    """Why ``kernel``'s signature differs from ``reference``'s, or None if it matches."""
    try:
        got = inspect.signature(kernel).parameters
        want = inspect.signature(reference).parameters
    except (TypeError, ValueError):
        return None
    for (gname, g), (wname, w) in zip(got.items(), want.items()):
        if gname != wname:
            return f"parameter {gname!r} should be {wname!r}"
        if g.kind != w.kind:
            return f"parameter {gname!r} is {g.kind.description}, expected {w.kind.description}"
        if g.default is not w.default and g.default != w.default:
            return f"parameter {gname!r} has default {g.default!r}, expected {w.default!r}"
    if len(got) != len(want):
        extra = [n for n in got if n not in want] or [n for n in want if n not in got]
        return f"parameter {extra[0]!r} is " + ("unexpected" if len(got) > len(want) else "missing")
    return None


def _missing_raiser(name: str) -> Callable[..., Any]:
    ns, short = split_name(name)

    def missing(*args: Any, **kwargs: Any) -> Any:
        raise AttributeError(missing_name_message(ns, short, registry))

    return missing


def _conflict_raiser(name: str, provs: list[Provider]) -> Callable[..., Any]:
    a, b = provs

    def conflict(*args: Any, **kwargs: Any) -> Any:
        raise PluginConflictError(
            f"{name!r} is provided by both {a.describe()} and {b.describe()} with priority "
            f"{a.priority}; unregister or block one of them, or give one a higher priority"
        )

    return conflict


def missing_namespace_message(ns: str, reg: Registry) -> str:
    dist = NAMESPACES[ns]
    blocked = [n for n, (d, _) in reg.plugin_dists.items() if d == dist and reg.pm.is_blocked(n)]
    if blocked:
        return f"tnp_core.{ns} is provided by {dist}, whose plugin {blocked[0]!r} is blocked"
    broken = [n for n, (d, _) in reg.plugin_dists.items() if d == dist and n in reg.broken]
    if broken:
        return f"tnp_core.{ns} is provided by {dist}, which failed to load: {reg.broken[broken[0]]}"
    return (
        f"tnp_core.{ns} requires the plugin distribution '{dist}', which is not installed: "
        f"pip install {dist}"
    )


def missing_name_message(ns: str, short: str, reg: Registry) -> str:
    full = f"{ns}.{short}" if ns else short
    where = "tnp_core" + (f".{ns}" if ns else "")
    entry = _manifest.lookup(full)
    if entry is None:
        return f"module '{where}' has no attribute '{short}'"
    if entry.get("scope") == "out":
        return f"{where}.{short} is not supported by tnp: {entry.get('why', 'out of scope')}"
    dist = NAMESPACES.get(ns, "tnp-backends")
    blocked = [n for n, (d, _) in reg.plugin_dists.items() if d == dist and reg.pm.is_blocked(n)]
    if blocked:
        return f"{where}.{short} is provided by {dist}, whose plugin {blocked[0]!r} is blocked"
    installed = any(d == dist for d, _ in reg.plugin_dists.values()) or any(
        p.distribution == dist for provs in reg.providers.values() for p in provs
    )
    if installed:
        return (
            f"{where}.{short} is a NumPy name that no installed plugin provides yet "
            f"(expected from {dist}, which is installed but does not implement it)"
        )
    return (
        f"{where}.{short} is provided by the plugin distribution '{dist}', which is not "
        f"installed: pip install {dist}"
    )


registry = Registry()
