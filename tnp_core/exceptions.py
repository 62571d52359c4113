"""Exceptions and warnings tnp raises, named and typed as NumPy's."""

from __future__ import annotations

__all__ = [
    "AxisError",
    "ComplexWarning",
    "DTypePromotionError",
    "LinAlgError",
    "UFuncTypeError",
    "PluginError",
    "PluginConflictError",
    "PluginNotInstalledError",
    "SignatureMismatchError",
    "NoKernelError",
    "ModuleDeprecationWarning",
    "RankWarning",
    "TooHardError",
    "VisibleDeprecationWarning",
]


class AxisError(ValueError, IndexError):
    """An axis argument is out of range for the array's dimensions (NumPy's AxisError)."""

    def __init__(self, axis: int | str, ndim: int | None = None, msg_prefix: str | None = None):
        if ndim is None:
            msg = str(axis)
        else:
            msg = f"axis {axis} is out of bounds for array of dimension {ndim}"
            if msg_prefix:
                msg = f"{msg_prefix}: {msg}"
        super().__init__(msg)
        self.axis = axis if ndim is not None else None
        self.ndim = ndim


class ComplexWarning(RuntimeWarning):
    """Casting complex values to a real dtype discards the imaginary part."""


class DTypePromotionError(TypeError):
    """No common dtype exists for the given dtypes."""


class UFuncTypeError(TypeError):
    """A ufunc has no loop for, or cannot cast to, the requested dtypes."""


class RankWarning(RuntimeWarning):
    """A least-squares fit is poorly conditioned (``polyfit``)."""


class TooHardError(RuntimeError):
    """``shares_memory(..., max_work=...)`` exceeded its work bound."""


class VisibleDeprecationWarning(UserWarning):
    """A deprecation meant to be seen by end users."""


class ModuleDeprecationWarning(DeprecationWarning):
    """A whole module is deprecated."""


class LinAlgError(ValueError):
    """Generic error raised by linalg functions (NumPy's ``numpy.linalg.LinAlgError``)."""


class PluginError(RuntimeError):
    """A plugin failed to load or register (raised in strict mode, reported otherwise)."""


class PluginConflictError(PluginError):
    """Two third-party plugins provide the same name with the same priority."""


class SignatureMismatchError(PluginError, TypeError):
    """An override kernel's signature differs from the default kernel's."""


class NoKernelError(TypeError):
    """Every provider of a name declined the input (returned ``NotImplemented``)."""


class PluginNotInstalledError(ImportError):
    """A namespace or name is provided by a distribution that is not installed."""
