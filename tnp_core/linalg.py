"""``tnp_core.linalg``: NumPy's ``numpy.linalg``, provided by the plugin distribution tnp-linalg.

Importing this module loads the installed plugins; if none provides ``linalg`` names the import
fails with an ImportError that says what to install.
"""

from __future__ import annotations

import sys
from typing import Any

from ._registry import registry

registry.bind_submodule(sys.modules[__name__], "linalg")


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    return registry.lookup("linalg", name)


def __dir__() -> list[str]:
    return registry.provided_names("linalg")
