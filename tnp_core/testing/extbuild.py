"""``tnp_core.testing.extbuild``: NumPy's helpers to build C extensions in tests.

They compile C code against NumPy's C API.  tnp has no C API (its arrays are PyTorch
tensors), so both entry points exist with NumPy's signatures and raise
``NotImplementedError`` with the reason; ``get_so_suffix`` still answers.
"""

from __future__ import annotations

import sysconfig
from typing import Any

__all__ = ["build_and_import_extension", "compile_extension_module"]

_REASON = ("tnp has no C API (arrays are PyTorch tensors): C extensions cannot be built "
           "against it; use torch.utils.cpp_extension for native kernels")


def build_and_import_extension(modname: str, functions: Any, *, prologue: str = "",
                               build_dir: Any = None, include_dirs: Any = None,
                               more_init: str = "") -> Any:
    """Not available in tnp: raises ``NotImplementedError``."""
    raise NotImplementedError(f"build_and_import_extension: {_REASON}")


def compile_extension_module(name: str, builddir: Any, include_dirs: Any, source_string: str,
                             libraries: Any = None, library_dirs: Any = None) -> Any:
    """Not available in tnp: raises ``NotImplementedError``."""
    raise NotImplementedError(f"compile_extension_module: {_REASON}")


def get_so_suffix() -> str:
    """The platform's extension-module suffix (``.cpython-311-x86_64-linux-gnu.so``)."""
    return sysconfig.get_config_var("EXT_SUFFIX") or ".so"
