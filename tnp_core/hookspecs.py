"""The hooks a tnp plugin implements (pluggy project name ``"tnp"``).

A plugin is a module (or object) with functions decorated by ``tnp_core.plugins.hookimpl``,
declared in the entry-point group ``tnp`` of its distribution::

    [project.entry-points.tnp]
    my_plugin = "my_package.tnp_plugin"

Entry points are loaded lazily, the first time a tnp namespace is used (never at
``import tnp_core``).  Every hook is called once per assembly; the host collects the results of
all plugins and decides, per public name, which kernel serves it.

**Precedence.**  The built-in plugins (``tnp-backends``, ``tnp-linalg``, ``tnp-fft``,
``tnp-random``) mark their implementations ``trylast=True``: they are *defaults*.  Any other
plugin's kernel for the same name wins over a default.  Among non-default providers the higher
``priority`` (see :class:`tnp_core.plugins.Kernel`) wins; two with the same priority are a
conflict: calling the name raises :class:`~tnp_core.exceptions.PluginConflictError`, naming
both, until one is unregistered, blocked or given a priority.  Registration order never
decides.

**Names.**  Public names are written as in NumPy, relative to the package: ``"sum"``,
``"add"``, ``"linalg.solve"``, ``"fft.rfft"``, ``"random.normal"``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Union

import pluggy

if TYPE_CHECKING:
    from ._ufunc import UfuncDef
    from .plugins import Kernel

hookspec = pluggy.HookspecMarker("tnp")

KernelsResult = Union["Mapping[str, Callable[..., Any]]", "Iterable[Kernel]", None]


@hookspec
def tnp_register_kernels() -> KernelsResult:
    """Return the torch-level kernels this plugin provides.

    :returns: a mapping ``{public name: kernel}`` or an iterable of
        :class:`tnp_core.plugins.Kernel` (which carries a ``priority``); ``None`` for nothing.

    A kernel has NumPy's exact signature and marks the parameters the core must convert with
    the annotations of :mod:`tnp_core.annotations`; it receives tensors and returns tensors.
    It may return ``NotImplemented`` to decline an input: the next provider of the name runs.

    When the name is a ufunc (``"add"``), the kernel replaces the ufunc's elementwise kernel:
    it takes ``nin`` tensors already cast to the loop dtype and returns a tensor; ``out=``,
    ``where=``, ``reduce``, ``accumulate``, ``outer`` and ``at`` keep working on top of it.

    An override (a kernel for a name that a default also provides) must have the default's
    signature: the same parameter names, kinds and defaults.  A mismatch is reported with the
    plugin's and the parameter's name, and the override is not used.

    Example::

        from tnp_core.annotations import ArrayLike
        from tnp_core.plugins import hookimpl

        def solve(a: ArrayLike, b: ArrayLike):
            if a.dtype != torch.float32:
                return NotImplemented        # let the default handle it
            return my_fast_solver(a, b)

        @hookimpl
        def tnp_register_kernels():
            return {"linalg.solve": solve}
    """


@hookspec
def tnp_register_ufuncs() -> Iterable[UfuncDef] | None:
    """Return :class:`tnp_core.plugins.UfuncDef` objects: ufuncs this plugin defines.

    The host builds one ``ufunc`` object per name (NumPy's ``nin``, ``nout``, ``identity``,
    ``types`` from the definition) and keeps it stable across re-assembly.  Defining a ufunc
    is what the built-in ``tnp-backends`` does; to replace only the elementwise computation of
    an existing ufunc, register a kernel under its name with :func:`tnp_register_kernels`.

    Example::

        @hookimpl(trylast=True)
        def tnp_register_ufuncs():
            return [UfuncDef("add", lambda x1, x2: x1 + x2, nin=2, identity=0,
                             types=("??->?", "ll->l", "dd->d"))]
    """


@hookspec
def tnp_register_objects() -> Mapping[str, Any] | None:
    """Return public objects that are not kernels: classes, exceptions, constants.

    :returns: ``{public name: object}``, e.g. ``{"linalg.LinAlgError": LinAlgError}``.
        Objects are published as they are (no argument conversion); the precedence rules of
        kernels apply.

    Example::

        @hookimpl(trylast=True)
        def tnp_register_objects():
            return {"random.Generator": Generator}
    """
