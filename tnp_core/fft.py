"""``tnp_core.fft``: NumPy's ``numpy.fft``, provided by the plugin distribution tnp-fft.

Importing this module loads the installed plugins; if none provides ``fft`` names the import
fails with an ImportError that says what to install.
"""

from __future__ import annotations

import sys
from typing import Any

from ._registry import registry

registry.bind_submodule(sys.modules[__name__], "fft")


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    return registry.lookup("fft", name)


def __dir__() -> list[str]:
    return registry.provided_names("fft")
