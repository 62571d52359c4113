"""``tnp_core.testing``: NumPy's test-support API, working on tnp arrays.

``from tnp_core.testing import assert_allclose`` and the rest accept tnp arrays, NumPy
arrays (converted with ``tnp_core.asarray``), tnp/NumPy scalars and Python objects, and fail
with NumPy's ``AssertionError`` text (header, ``Mismatched elements: ...``, ``Max absolute
difference among violations: ...``, `` ACTUAL: array([...])`` printed by tnp's repr).

Names whose NumPy meaning is tied to NumPy's build have a documented tnp meaning:

- ``NUMPY_ROOT``: the directory of the ``tnp_core`` package; ``IS_INSTALLED`` /
  ``IS_EDITABLE``: whether the ``tnp-core`` distribution is installed (editable or not).
- ``BLAS_SUPPORTS_FPE``: ``False`` (tnp's matmul never reports floating-point errors);
  ``HAS_LAPACK64``: whether torch's LAPACK uses 64-bit integers (``False`` on torch's builds).
- ``extbuild``: its builders raise ``NotImplementedError`` (tnp has no C API);
  ``overrides``: answers for the tnp namespace (see its docstring).
- ``test()``: runs pytest on the ``tests`` folder next to the ``tnp_core`` package when
  there is one (a source checkout), else raises ``RuntimeError``.
- ``rundocs``: runs the doctests of a Python file with ``doctest``.
- ``assert_warns`` and ``suppress_warnings`` emit NumPy 2.4's ``DeprecationWarning``.

Strings and objects, which tnp arrays cannot hold, are compared as plain Python objects by
the array asserts (message without the element statistics).
"""

from __future__ import annotations

import contextlib
import gc
import importlib.metadata
import os
import platform
import pprint
import re
import shutil
import sys
import sysconfig
import time
import unittest
import warnings
from functools import wraps
from pathlib import Path
from tempfile import mkdtemp, mkstemp
from typing import Any
from unittest import SkipTest, TestCase

from . import extbuild, overrides
from ._compare import (
    assert_allclose,
    assert_almost_equal,
    assert_approx_equal,
    assert_array_almost_equal,
    assert_array_almost_equal_nulp,
    assert_array_compare,
    assert_array_equal,
    assert_array_less,
    assert_array_max_ulp,
    assert_equal,
    build_err_msg,
    print_assert_equal,
)

__all__ = [
    "BLAS_SUPPORTS_FPE", "HAS_LAPACK64", "HAS_REFCOUNT", "IS_64BIT", "IS_EDITABLE",
    "IS_INSTALLED", "IS_MUSL", "IS_PYPY", "IS_PYSTON", "IS_WASM", "IgnoreException",
    "KnownFailureException", "NOGIL_BUILD", "NUMPY_ROOT", "SkipTest", "TestCase", "assert_",
    "assert_allclose", "assert_almost_equal", "assert_approx_equal",
    "assert_array_almost_equal", "assert_array_almost_equal_nulp", "assert_array_compare",
    "assert_array_equal", "assert_array_less", "assert_array_max_ulp", "assert_equal",
    "assert_no_gc_cycles", "assert_no_warnings", "assert_raises", "assert_raises_regex",
    "assert_string_equal", "assert_warns", "break_cycles", "build_err_msg",
    "check_support_sve", "clear_and_catch_warnings", "decorate_methods", "extbuild",
    "jiffies", "measure", "memusage", "overrides", "print_assert_equal", "run_threaded",
    "rundocs", "runstring", "suppress_warnings", "tempdir", "temppath", "test", "verbose",
]

# --------------------------------------------------------------------------- constants

verbose = 0

NUMPY_ROOT = Path(__file__).resolve().parent.parent
IS_WASM = platform.machine() in ("wasm32", "wasm64")
IS_PYPY = sys.implementation.name == "pypy"
IS_PYSTON = hasattr(sys, "pyston_version_info")
HAS_REFCOUNT = getattr(sys, "getrefcount", None) is not None and not IS_PYSTON
IS_64BIT = sys.maxsize > 2**32
IS_MUSL = "musl" in (sysconfig.get_config_var("HOST_GNU_TYPE") or "")
NOGIL_BUILD = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
BLAS_SUPPORTS_FPE = False
HAS_LAPACK64 = False


def _install_state() -> tuple[bool, bool]:
    try:
        dist = importlib.metadata.distribution("tnp-core")
    except importlib.metadata.PackageNotFoundError:
        return False, False
    editable = False
    try:
        import json

        info = json.loads(dist.read_text("direct_url.json") or "{}")
        editable = bool(info.get("dir_info", {}).get("editable", False))
    except (ValueError, AttributeError, TypeError):
        editable = False
    return True, editable


IS_INSTALLED, IS_EDITABLE = _install_state()


class KnownFailureException(Exception):
    """Raise this exception to mark a test as a known failing test."""


KnownFailureTest = KnownFailureException  # backwards compat (as NumPy)


class IgnoreException(Exception):
    """Ignoring this exception due to disabled feature."""


# --------------------------------------------------------------------------- small helpers


def assert_(val: Any, msg: Any = "") -> None:
    """``assert`` that also works under ``python -O``; ``msg`` may be a callable."""
    __tracebackhide__ = True
    if not val:
        try:
            text = msg()
        except TypeError:
            text = msg
        raise AssertionError(text)


def memusage(_proc_pid_stat: str | None = None) -> int | None:
    """Virtual memory size in bytes of this process (Linux ``/proc``), else ``None``."""
    path = _proc_pid_stat or f"/proc/{os.getpid()}/stat"
    try:
        with open(path) as f:
            return int(f.readline().split(" ")[22])
    except Exception:  # noqa: BLE001
        return None


_LOAD_TIME: list[float] = []


def jiffies(_proc_pid_stat: str | None = None, _load_time: list | None = None) -> int:
    """User-mode CPU time of this process in 1/100 s (wall-clock based off Linux)."""
    load = _LOAD_TIME if _load_time is None else _load_time
    if not load:
        load.append(time.time())
    path = _proc_pid_stat or f"/proc/{os.getpid()}/stat"
    try:
        with open(path) as f:
            return int(f.readline().split(" ")[13])
    except Exception:  # noqa: BLE001
        return int(100 * (time.time() - load[0]))


def runstring(astr: Any, dict: dict) -> None:  # noqa: A002  (NumPy's parameter name)
    """``exec(astr, dict)``."""
    exec(astr, dict)


def assert_string_equal(actual: str, desired: str) -> None:
    """Raise ``AssertionError`` with a line diff unless the two strings are equal."""
    __tracebackhide__ = True
    import difflib

    if not isinstance(actual, str):
        raise AssertionError(repr(type(actual)))
    if not isinstance(desired, str):
        raise AssertionError(repr(type(desired)))
    if desired == actual:
        return
    lines = list(difflib.Differ().compare(actual.splitlines(True), desired.splitlines(True)))
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("  "):
            continue
        if not line.startswith("- "):
            raise AssertionError(repr(line))
        group = [line]
        if i >= len(lines):
            raise IndexError("pop from empty list")
        nxt = lines[i]
        i += 1
        if nxt.startswith("? "):
            group.append(nxt)
            if i >= len(lines):
                raise IndexError("pop from empty list")
            nxt = lines[i]
            i += 1
        if not nxt.startswith("+ "):
            raise AssertionError(repr(nxt))
        group.append(nxt)
        if i < len(lines) and lines[i].startswith("? "):
            group.append(lines[i])
            i += 1
        if nxt[2:] != line[2:]:
            out.extend(group)
    if not out:
        return
    raise AssertionError(f"Differences in strings:\n{''.join(out).rstrip()}")


def rundocs(filename: str | None = None, raise_on_error: bool = True) -> None:
    """Run the doctests found in ``filename`` (default: the caller's file)."""
    import doctest
    import importlib.util

    if filename is None:
        filename = sys._getframe(1).f_globals["__file__"]
    name = os.path.splitext(os.path.basename(filename))[0]
    spec = importlib.util.spec_from_file_location(name, filename)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {filename!r}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tests = doctest.DocTestFinder().find(module)
    runner = doctest.DocTestRunner(verbose=False)
    msg: list[str] = []
    out = msg.append if raise_on_error else None
    for t in tests:
        runner.run(t, out=out)
    if runner.failures > 0 and raise_on_error:
        raise AssertionError("Some doctests failed:\n" + "\n".join(msg))


_SVE: list[bool] = []


def check_support_sve(__cache: list = _SVE) -> bool:
    """Whether the CPU supports ARM SVE (read once from ``/proc/cpuinfo``)."""
    if not __cache:
        try:
            with open("/proc/cpuinfo") as f:
                flags = f.read()
            __cache.append(re.search(r"\bsve\b", flags) is not None)
        except OSError:
            __cache.append(False)
    return __cache[0]


class _Nop(unittest.TestCase):
    def nop(self) -> None:
        pass


_case = _Nop("nop")


def assert_raises(*args: Any, **kwargs: Any) -> Any:
    """``assert_raises(exc, callable, *args, **kwargs)`` or ``with assert_raises(exc):``."""
    __tracebackhide__ = True
    return _case.assertRaises(*args, **kwargs)


def assert_raises_regex(exception_class: Any, expected_regexp: Any, *args: Any,
                        **kwargs: Any) -> Any:
    """Like ``assert_raises``, and the message must match ``expected_regexp`` (re.search)."""
    __tracebackhide__ = True
    return _case.assertRaisesRegex(exception_class, expected_regexp, *args, **kwargs)


def decorate_methods(cls: type, decorator: Any, testmatch: Any = None) -> None:
    """Apply ``decorator`` to the public methods of ``cls`` whose name matches ``testmatch``."""
    import inspect

    if testmatch is None:
        testmatch = re.compile(r"(?:^|[\\b_\\." + os.sep + r"-])[Tt]est")
    else:
        testmatch = re.compile(testmatch)
    for func in [m for m in cls.__dict__.values() if inspect.isfunction(m)]:
        name = getattr(func, "compat_func_name", None) or func.__name__
        if testmatch.search(name) and not name.startswith("_"):
            setattr(cls, name, decorator(func))


def measure(code_str: Any, times: int = 1, label: str | None = None) -> float:
    """Seconds (jiffies resolution) to run ``code_str`` ``times`` times in the caller's scope."""
    frame = sys._getframe(1)
    locs, globs = frame.f_locals, frame.f_globals
    code = compile(code_str, f"Test name: {label} ", "exec")
    start = jiffies()
    for _ in range(times):
        exec(code, globs, locs)
    return 0.01 * (jiffies() - start)


@contextlib.contextmanager
def tempdir(*args: Any, **kwargs: Any) -> Any:
    """A temporary directory (``mkdtemp`` arguments), removed on exit."""
    path = mkdtemp(*args, **kwargs)
    try:
        yield path
    finally:
        shutil.rmtree(path)


@contextlib.contextmanager
def temppath(*args: Any, **kwargs: Any) -> Any:
    """A temporary file path (``mkstemp`` arguments, closed), removed on exit."""
    fd, path = mkstemp(*args, **kwargs)
    os.close(fd)
    try:
        yield path
    finally:
        os.remove(path)


def break_cycles() -> None:
    """Collect garbage (several passes on PyPy) so finalizers have run."""
    gc.collect()
    if IS_PYPY:
        for _ in range(4):
            gc.collect()


# --------------------------------------------------------------------------- warnings


_DEPRECATED = ("NumPy warning suppression and assertion utilities are deprecated. "
               "Use warnings.catch_warnings, warnings.filterwarnings, pytest.warns, "
               "or pytest.filterwarnings instead. (Deprecated NumPy 2.4)")


class clear_and_catch_warnings(warnings.catch_warnings):
    """``warnings.catch_warnings`` that also clears (then restores) the
    ``__warningregistry__`` of ``modules`` (and of the class attribute ``class_modules``)."""

    class_modules: tuple = ()

    def __init__(self, record: bool = False, modules: Any = ()) -> None:
        self.modules = set(modules).union(self.class_modules)
        self._saved: dict = {}
        super().__init__(record=record)

    def __enter__(self) -> Any:
        for mod in self.modules:
            reg = getattr(mod, "__warningregistry__", None)
            if reg is not None:
                self._saved[mod] = reg.copy()
                reg.clear()
        return super().__enter__()

    def __exit__(self, *exc_info: Any) -> None:
        super().__exit__(*exc_info)
        for mod in self.modules:
            reg = getattr(mod, "__warningregistry__", None)
            if reg is not None:
                reg.clear()
            if mod in self._saved:
                mod.__warningregistry__.update(self._saved[mod])


class suppress_warnings:
    """Suppress (``filter``) or record (``record``) warnings, a context manager or decorator.

    Unlike ``warnings.catch_warnings`` the suppression is precise: only warnings that match
    a filter (category, message regex matched from the start case-insensitively, module)
    are swallowed/recorded; the others are passed on according to ``forwarding_rule``
    (``"always"``, ``"module"``, ``"once"``, ``"location"``).  Filters added before entering
    apply to every use; filters added inside a ``with`` block last until its end.
    """

    def __init__(self, forwarding_rule: str = "always", _warn: bool = True) -> None:
        if _warn:
            warnings.warn(_DEPRECATED, DeprecationWarning, stacklevel=2)
        if forwarding_rule not in {"always", "module", "once", "location"}:
            raise ValueError("unsupported forwarding rule.")
        self._rule = forwarding_rule
        self._entered = False
        self._suppressions: list = []
        self._tmp_suppressions: list = []
        self.log: list = []

    def _install_filter(self, category: Any, message: str, module: Any) -> None:
        if module is None:
            warnings.filterwarnings("always", category=category, message=message)
        else:
            pattern = module.__name__.replace(".", r"\.") + "$"
            warnings.filterwarnings("always", category=category, message=message,
                                    module=pattern)
            self._tmp_modules.add(module)

    def _reset_registries(self) -> None:
        mutated = getattr(warnings, "_filters_mutated", None) or getattr(
            warnings, "_filters_mutated_lock_held", None)
        if mutated is not None:
            try:
                mutated()
                return
            except Exception:  # noqa: BLE001
                pass
        for mod in getattr(self, "_tmp_modules", ()):
            reg = getattr(mod, "__warningregistry__", None)
            if reg is not None:
                reg.clear()

    def _filter(self, category: Any = Warning, message: str = "", module: Any = None,
                record: bool = False) -> list | None:
        log = [] if record else None
        entry = (category, message, re.compile(message, re.I), module, log)
        if self._entered:
            self._install_filter(category, message, module)
            if module is not None:
                self._reset_registries()
            self._tmp_suppressions.append(entry)
        else:
            self._suppressions.append(entry)
        return log

    def filter(self, category: Any = Warning, message: str = "", module: Any = None) -> None:
        """Suppress warnings of ``category`` whose message matches ``message`` (regex)."""
        self._filter(category=category, message=message, module=module, record=False)

    def record(self, category: Any = Warning, message: str = "", module: Any = None) -> list:
        """Like ``filter`` and return a list that collects the matching warnings."""
        return self._filter(category=category, message=message, module=module, record=True)

    def __enter__(self) -> suppress_warnings:
        if self._entered:
            raise RuntimeError("cannot enter suppress_warnings twice.")
        self._orig_show = warnings.showwarning
        self._orig_filters = warnings.filters
        warnings.filters = self._orig_filters[:]
        self._entered = True
        self._tmp_suppressions = []
        self._tmp_modules: set = set()
        self._forwarded: set = set()
        self.log = []
        for cat, mess, _, mod, log in self._suppressions:
            if log is not None:
                del log[:]
            self._install_filter(cat, mess, mod)
        warnings.showwarning = self._showwarning
        self._reset_registries()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        warnings.showwarning = self._orig_show
        warnings.filters = self._orig_filters
        self._reset_registries()
        self._entered = False
        del self._orig_show
        del self._orig_filters

    def _showwarning(self, message: Any, category: Any, filename: str, lineno: int,
                     *args: Any, **kwargs: Any) -> None:
        text = message.args[0] if getattr(message, "args", None) else str(message)
        for cat, _, pattern, mod, log in reversed(self._suppressions + self._tmp_suppressions):
            if not (issubclass(category, cat) and pattern.match(str(text)) is not None):
                continue
            if mod is not None and not getattr(mod, "__file__", "").startswith(filename):
                continue
            if log is not None:
                rec = warnings.WarningMessage(message, category, filename, lineno, **kwargs)
                self.log.append(rec)
                log.append(rec)
            return
        if self._rule != "always":
            key: tuple = (getattr(message, "args", (text,)), category)
            if self._rule == "module":
                key += (filename,)
            elif self._rule == "location":
                key += (filename, lineno)
            if key in self._forwarded:
                return
            self._forwarded.add(key)
        self._orig_show(message, category, filename, lineno, *args, **kwargs)

    def __call__(self, func: Any) -> Any:
        @wraps(func)
        def new_func(*args: Any, **kwargs: Any) -> Any:
            with self:
                return func(*args, **kwargs)

        return new_func


@contextlib.contextmanager
def _warns_context(warning_class: Any, name: str | None = None) -> Any:
    __tracebackhide__ = True
    with suppress_warnings(_warn=False) as sup:
        got = sup.record(warning_class)
        yield
        if not got:
            where = f" when calling {name}" if name is not None else ""
            raise AssertionError("No warning raised" + where)


def assert_warns(warning_class: Any, *args: Any, **kwargs: Any) -> Any:
    """Fail unless a ``warning_class`` warning is raised (callable or context-manager form).

    As in NumPy 2.4 it emits a ``DeprecationWarning`` (use ``pytest.warns``).
    """
    warnings.warn(_DEPRECATED, DeprecationWarning, stacklevel=2)
    if not args and not kwargs:
        return _warns_context(warning_class)
    if not args:
        if "match" in kwargs:
            raise RuntimeError("assert_warns does not use 'match' kwarg, use pytest.warns instead")
        raise RuntimeError("assert_warns(...) needs at least one arg")
    func, rest = args[0], args[1:]
    with _warns_context(warning_class, name=func.__name__):
        return func(*rest, **kwargs)


@contextlib.contextmanager
def _no_warnings_context(name: str | None = None) -> Any:
    __tracebackhide__ = True
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        yield
        if got:
            where = f" when calling {name}" if name is not None else ""
            raise AssertionError(f"Got warnings{where}: {got}")


def assert_no_warnings(*args: Any, **kwargs: Any) -> Any:
    """Fail if any warning is raised (callable or context-manager form)."""
    if not args:
        return _no_warnings_context()
    func, rest = args[0], args[1:]
    with _no_warnings_context(name=func.__name__):
        return func(*rest, **kwargs)


# --------------------------------------------------------------------------- gc cycles


@contextlib.contextmanager
def _no_gc_cycles_context(name: str | None = None) -> Any:
    __tracebackhide__ = True
    if not HAS_REFCOUNT:
        yield
        return
    assert_(gc.isenabled())
    gc.disable()
    old_debug = gc.get_debug()
    try:
        for _ in range(100):
            if gc.collect() == 0:
                break
        else:
            raise RuntimeError("Unable to fully collect garbage - perhaps a __del__ method "
                               "is creating more reference cycles?")
        gc.set_debug(gc.DEBUG_SAVEALL)
        yield
        n_found = gc.collect()
        found = gc.garbage[:]
    finally:
        del gc.garbage[:]
        gc.set_debug(old_debug)
        gc.enable()
    if n_found:
        where = f" when calling {name}" if name is not None else ""
        shown = "".join(
            "\n  {} object with id={}:\n    {}".format(
                type(o).__name__, id(o), pprint.pformat(o).replace("\n", "\n    "))
            for o in found)
        raise AssertionError(f"Reference cycles were found{where}: {n_found} objects were "
                             f"collected, of which {len(found)} are shown below:{shown}")


def assert_no_gc_cycles(*args: Any, **kwargs: Any) -> Any:
    """Fail if the code (callable or ``with`` body) creates reference cycles."""
    if not args:
        return _no_gc_cycles_context()
    func, rest = args[0], args[1:]
    with _no_gc_cycles_context(name=func.__name__):
        func(*rest, **kwargs)
    return None


# --------------------------------------------------------------------------- threads, test


def run_threaded(func: Any, max_workers: int = 8, pass_count: bool = False,
                 pass_barrier: bool = False, outer_iterations: int = 1,
                 prepare_args: Any = None) -> None:
    """Run ``func`` in ``max_workers`` threads at once (``outer_iterations`` times)."""
    import concurrent.futures
    import threading

    for _ in range(outer_iterations):
        with concurrent.futures.ThreadPoolExecutor(max_workers=max_workers) as pool:
            args = [] if prepare_args is None else list(prepare_args())
            barrier = None
            if pass_barrier:
                barrier = threading.Barrier(max_workers)
                args.append(barrier)
            calls = [((func, i, *args) if pass_count else (func, *args))
                     for i in range(max_workers)]
            futures = []
            try:
                for call in calls:
                    futures.append(pool.submit(*call))
            except RuntimeError as e:
                import pytest

                pytest.skip(f"Spawning {max_workers} threads failed with error {e!r} (likely "
                            "due to resource limits on the system running the tests)")
            finally:
                if barrier is not None and len(futures) < max_workers:
                    barrier.abort()
            for f in futures:
                f.result()


def test(label: str = "fast", verbose: int = 1, extra_argv: Any = None, doctests: bool = False,
         coverage: bool = False, durations: int = -1, tests: Any = None) -> bool:
    """Run tnp's test suite with pytest (the ``tests`` folder of a source checkout)."""
    import pytest

    if tests is None:
        folder = NUMPY_ROOT.parent / "tests"
        if not folder.is_dir():
            raise RuntimeError("tnp's tests are not installed (they live in the source "
                               "checkout's tests/ folder)")
        tests = [str(folder)]
    argv = ["-q"] if verbose <= 1 else ["-" + "v" * (verbose - 1)]
    if label == "fast":
        argv += ["-m", "not slow"]
    elif label != "full":
        argv += ["-m", label]
    if durations >= 0:
        argv += [f"--durations={durations}"]
    argv += list(extra_argv or []) + list(tests)
    return pytest.main(argv) == 0
