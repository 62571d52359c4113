"""``tnp_core.random``: NumPy's ``numpy.random``, provided by the plugin distribution tnp-random.

Importing this module loads the installed plugins; if none provides ``random`` names the import
fails with an ImportError that says what to install.
"""

from __future__ import annotations

import sys
from typing import Any

from ._registry import registry

registry.bind_submodule(sys.modules[__name__], "random")


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    return registry.lookup("random", name)


def __dir__() -> list[str]:
    return registry.provided_names("random")
