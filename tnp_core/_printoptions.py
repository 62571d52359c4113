"""The printing API: print options, ``array2string`` and friends, float formatting, ``info``.

Print options are per context (a :class:`contextvars.ContextVar`, as in NumPy 2): a thread or
an asyncio task changing them does not affect the others.  ``legacy`` accepts ``False``,
``'2.2'``, ``'2.1'``, ``'1.25'`` and ``'1.21'`` (whose effects on numeric arrays are the scalar
repr without the type, the scientific cutoffs of float16 / float32 and the ``shape=`` of
summarised arrays); ``'1.13'`` is refused with ``NotImplementedError`` (its many quirks are not
reproduced); other strings warn and are ignored, as in NumPy.
"""

from __future__ import annotations

import contextlib
import math
import numbers
import operator
import os
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import torch

from . import _printing
from ._ndarray import _SCALAR_CLASSES, ndarray

__all__ = [
    "array2string", "array_repr", "array_str", "base_repr", "binary_repr",
    "format_float_positional", "format_float_scientific", "get_printoptions", "info",
    "printoptions", "set_printoptions", "show_config", "show_runtime", "typename",
]

_LEGACY_IN = {"1.21": 121, "1.25": 125, "2.1": 201, "2.2": 202}
_LEGACY_OUT = {121: "1.21", 125: "1.25", 201: "2.1", 202: "2.2", _printing.LEGACY_OFF: False}
_FLOATMODES = ("fixed", "unique", "maxprec", "maxprec_equal")


def _options_dict(precision: Any = None, threshold: Any = None, edgeitems: Any = None,
                  linewidth: Any = None, suppress: Any = None, nanstr: Any = None,
                  infstr: Any = None, sign: Any = None, formatter: Any = None,
                  floatmode: Any = None, legacy: Any = None) -> dict[str, Any]:
    """The given (non-None) options, validated and converted like NumPy's."""
    opts = {k: v for k, v in locals().items() if v is not None}
    if suppress is not None:
        opts["suppress"] = bool(suppress)
    if floatmode not in (*_FLOATMODES, None):
        raise ValueError("floatmode option must be one of "
                         + ", ".join(f'"{m}"' for m in _FLOATMODES))
    if sign not in (None, "-", "+", " "):
        raise ValueError("sign option must be one of ' ', '+', or '-'")
    if legacy is False:
        opts["legacy"] = _printing.LEGACY_OFF
    elif legacy is None:
        pass
    elif legacy == "1.13":
        raise NotImplementedError("tnp does not reproduce legacy='1.13' printing; use "
                                  "legacy=False, '1.21', '1.25', '2.1' or '2.2'")
    elif isinstance(legacy, str) and legacy in _LEGACY_IN:
        opts["legacy"] = _LEGACY_IN[legacy]
    elif legacy == False:  # noqa: E712 - NumPy deprecates falsy non-bools such as 0
        warnings.warn(f"Passing `legacy={legacy!r}` is deprecated.", FutureWarning,
                      stacklevel=3)
        opts["legacy"] = _printing.LEGACY_OFF
    else:
        del opts["legacy"]
        warnings.warn("legacy printing option can currently only be '1.13', '1.21', "
                      "'1.25', '2.1', '2.2' or `False`", stacklevel=3)
    if threshold is not None:
        if not isinstance(threshold, numbers.Number) and not _is_tnp_number(threshold):
            raise TypeError("threshold must be numeric")
        if math.isnan(threshold):  # type: ignore[arg-type]
            raise ValueError("threshold must be non-NAN, try sys.maxsize for untruncated "
                             "representation")
    if precision is not None:
        try:
            opts["precision"] = operator.index(precision)
        except TypeError as e:
            raise TypeError("precision must be an integer") from e
    if formatter is not None and not isinstance(formatter, dict):
        raise TypeError("formatter must be a dict mapping type names to callables")
    return opts


def _is_tnp_number(x: Any) -> bool:
    """True for a tnp numeric scalar / 0-d array usable as a Python number."""
    return isinstance(x, ndarray) and x.ndim == 0 and x.dtype.kind in "biuf"


def _set(precision: Any = None, threshold: Any = None, edgeitems: Any = None,
         linewidth: Any = None, suppress: Any = None, nanstr: Any = None, infstr: Any = None,
         formatter: Any = None, sign: Any = None, floatmode: Any = None, *, legacy: Any = None,
         override_repr: Any = None) -> Any:
    """Set the options of the current context; return the ContextVar token."""
    new = _options_dict(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr,
                        sign, formatter, floatmode, legacy)
    new["formatter"] = formatter
    new["override_repr"] = override_repr
    return _printing.format_options.set({**_printing.format_options.get(), **new})


def set_printoptions(precision: Any = None, threshold: Any = None, edgeitems: Any = None,
                     linewidth: Any = None, suppress: Any = None, nanstr: Any = None,
                     infstr: Any = None, formatter: Any = None, sign: Any = None,
                     floatmode: Any = None, *, legacy: Any = None,
                     override_repr: Any = None) -> None:
    """Set printing options (NumPy's ``set_printoptions``), for the current context.

    ``formatter`` and ``override_repr`` are reset to None unless given, as in NumPy.  Call
    with no argument to leave the other options unchanged; see ``get_printoptions`` for the
    defaults.
    """
    _set(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter,
         sign, floatmode, legacy=legacy, override_repr=override_repr)


def get_printoptions() -> dict[str, Any]:
    """The current print options, a new dict with NumPy's keys."""
    opts = dict(_printing.format_options.get())
    opts["legacy"] = _LEGACY_OUT[opts["legacy"]]
    return opts


@contextlib.contextmanager
def printoptions(*args: Any, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Context manager setting print options for the ``with`` block (yields them)."""
    token = _set(*args, **kwargs)
    try:
        yield get_printoptions()
    finally:
        _printing.format_options.reset(token)


# --------------------------------------------------------------------------- array text


def _tensor_and_name(a: Any) -> tuple[torch.Tensor, str]:
    """The tensor and NumPy dtype name of an array (array-likes are converted)."""
    if not isinstance(a, ndarray):
        from . import asarray
        a = asarray(a)
    return a._t, a.dtype.name


def array2string(a: Any, max_line_width: int | None = None, precision: int | None = None,
                 suppress_small: bool | None = None, separator: str = " ", prefix: str = "",
                 *, formatter: dict[str, Callable[..., str]] | None = None,
                 threshold: int | None = None, edgeitems: int | None = None,
                 sign: str | None = None, floatmode: str | None = None, suffix: str = "",
                 legacy: Any = None) -> str:
    """Return a string representation of an array (NumPy's ``array2string``)."""
    t, name = _tensor_and_name(a)
    overrides = _options_dict(precision, threshold, edgeitems, max_line_width, suppress_small,
                              None, None, sign, formatter, floatmode, legacy)
    opts = {**_printing.format_options.get(), **overrides}
    return _printing.array_text(t, name, opts, separator, prefix, suffix)


def array_repr(arr: Any, max_line_width: int | None = None, precision: int | None = None,
               suppress_small: bool | None = None) -> str:
    """Return the string representation of an array: ``array([1, 2])``."""
    t, name = _tensor_and_name(arr)
    if precision is not None or suppress_small is not None:
        _options_dict(precision=precision)
    return _printing.array_repr_of(t, name, max_line_width, precision, suppress_small,
                                   array=arr if isinstance(arr, ndarray) else None)


def array_str(a: Any, max_line_width: int | None = None, precision: int | None = None,
              suppress_small: bool | None = None) -> str:
    """Return a string representation of the data in an array: ``[1 2]``."""
    t, name = _tensor_and_name(a)
    if precision is not None:
        _options_dict(precision=precision)
    return _printing.array_str_of(t, name, max_line_width, precision, suppress_small)


# --------------------------------------------------------------------------- float text


def _float_and_bits(x: Any) -> tuple[float, int]:
    """A Python float and the width (16, 32 or 64) it prints at."""
    if isinstance(x, ndarray):
        if type(x) in _SCALAR_CLASSES and x.dtype.kind == "f":
            return float(x._t.item()), _printing._FLOAT_BITS[x.dtype.name]
        # others convert like float() and print at float64 width, as in NumPy: a 0-d float32
        # array gives all the digits of its float64 value, a complex scalar warns and drops
        # its imaginary part, a complex 0-d array or an array of several elements raises
        return float(x), 64
    dt = getattr(x, "dtype", None)
    if dt is not None and type(x).__module__ == "numpy" and dt.kind == "f":
        return float(x), {2: 16, 4: 32}.get(dt.itemsize, 64)
    if isinstance(x, (complex, str, bytes)):  # float() would parse strings
        raise TypeError(f"must be real number, not {type(x).__name__}")
    try:
        return float(x), 64
    except (TypeError, ValueError):
        raise TypeError(f"must be real number, not {type(x).__name__}") from None


def _nonneg(x: Any, name: str) -> int:
    """``-1`` for None, else ``x`` checked to be >= 0."""
    if x is None:
        return -1
    if x < 0:
        raise ValueError(f"{name} must be >= 0")
    try:
        return operator.index(x)
    except TypeError:
        raise TypeError(f"integer argument expected, got {type(x).__name__}") from None


def _check_trim(trim: Any) -> None:
    if trim not in ("k", ".", "0", "-"):
        raise TypeError(f"if supplied, trim must be 'k', '.', '0' or '-' found `{trim}`")


def format_float_positional(x: Any, precision: int | None = None, unique: bool = True,
                            fractional: bool = True, trim: str = "k", sign: bool = False,
                            pad_left: int | None = None, pad_right: int | None = None,
                            min_digits: int | None = None) -> str:
    """Format a floating-point scalar as a decimal string in positional notation (Dragon4).

    ``x``: a Python float, a tnp (or NumPy) float16/32/64 scalar or 0-d array; the shortest
    unique digits are those of its own width.
    """
    p = _nonneg(precision, "precision")
    pl, pr = _nonneg(pad_left, "pad_left"), _nonneg(pad_right, "pad_right")
    md = _nonneg(min_digits, "min_digits")
    if not fractional and p == 0:
        raise ValueError("precision must be greater than 0 if fractional=False")
    if md > 0 and p > 0 and md > p:
        raise ValueError("min_digits must be less than or equal to precision")
    value, bits = _float_and_bits(x)
    if not unique and p < 0:
        raise TypeError("in non-unique mode `precision` must be supplied")
    _check_trim(trim)
    return _printing.dragon4_positional(value, bits, p, bool(unique), bool(fractional), trim,
                                        bool(sign), pl, pr, md)


def format_float_scientific(x: Any, precision: int | None = None, unique: bool = True,
                            trim: str = "k", sign: bool = False, pad_left: int | None = None,
                            exp_digits: int | None = None,
                            min_digits: int | None = None) -> str:
    """Format a floating-point scalar as a decimal string in scientific notation (Dragon4)."""
    p = _nonneg(precision, "precision")
    pl, ed = _nonneg(pad_left, "pad_left"), _nonneg(exp_digits, "exp_digits")
    md = _nonneg(min_digits, "min_digits")
    if md > 0 and p > 0 and md > p:
        raise ValueError("min_digits must be less than or equal to precision")
    value, bits = _float_and_bits(x)
    if not unique and p < 0:
        raise TypeError("in non-unique mode `precision` must be supplied")
    _check_trim(trim)
    return _printing.dragon4_scientific(value, bits, p, bool(unique), trim, bool(sign), pl, ed,
                                        md)


# --------------------------------------------------------------------------- integers


def base_repr(number: Any, base: int = 2, padding: int = 0) -> str:
    """String of ``number`` in ``base`` (2 to 36), with ``padding`` leading zeros."""
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if base > len(digits):
        raise ValueError("Bases greater than 36 not handled in base_repr.")
    if base < 2:
        raise ValueError("Bases less than 2 not handled in base_repr.")
    num = abs(int(number))
    out = []
    while num:
        num, r = divmod(num, base)
        out.append(digits[r])
    text = "".join(reversed(out))
    if padding:
        text = "0" * padding + text
    if number < 0:
        text = "-" + text
    return text or "0"


def binary_repr(num: Any, width: int | None = None) -> str:
    """Binary string of ``num``; two's complement of ``width`` bits when negative."""
    num = operator.index(num)

    def err_if_insufficient(w: int, binwidth: int) -> None:
        if w is not None and w < binwidth:
            raise ValueError(f"Insufficient bit width={w} provided for binwidth={binwidth}")

    if width is not None:
        width = operator.index(width)
    if num == 0:
        return "0" * (width or 1)
    if num > 0:
        binary = bin(num)[2:]
        err_if_insufficient(width, len(binary))  # type: ignore[arg-type]
        return binary.zfill(width or 0)
    if width is None:
        return "-" + bin(-num)[2:]
    poswidth = len(bin(-num)[2:])
    if 2 ** (poswidth - 1) == -num:  # -2**k fits in k+1 bits
        poswidth -= 1
    twocomp = 2 ** (poswidth + 1) + num
    binary = bin(twocomp)[2:]
    err_if_insufficient(width, len(binary))
    return "1" * (width - len(binary)) + binary


_TYPENAMES = {
    "S1": "character", "?": "bool", "b": "signed char", "B": "unsigned char",
    "h": "short", "H": "unsigned short", "i": "integer", "I": "unsigned integer",
    "l": "long integer", "L": "unsigned long integer", "q": "long long integer",
    "Q": "unsigned long long integer", "f": "single precision", "d": "double precision",
    "g": "long precision", "F": "complex single precision",
    "D": "complex double precision", "G": "complex long double precision",
    "S": "string", "U": "unicode", "V": "void", "O": "object",
}


def typename(char: str) -> str:
    """Description of the type character ``char`` (NumPy's ``typename``)."""
    return _TYPENAMES[char]


# --------------------------------------------------------------------------- info


def _array_info(a: ndarray, output: Any) -> None:
    """NumPy's ``info`` block of an array."""
    t = a._t
    item = t.element_size()

    def say(*args: Any, **kw: Any) -> None:
        print(*args, file=output, **kw)

    say("class: ", type(a).__name__)
    say("shape: ", tuple(t.shape))
    say("strides: ", tuple(s * item for s in t.stride()))
    say("itemsize: ", item)
    say("aligned: ", bool(t.data_ptr() % item == 0))
    say("contiguous: ", bool(t.is_contiguous()))
    fortran = t.dim() <= 1 and t.is_contiguous() or t.permute(
        *reversed(range(t.dim()))).is_contiguous()
    say("fortran: ", bool(fortran))
    say(f"data pointer: {hex(t.data_ptr())}")
    order = "little" if sys.byteorder == "little" else "big"
    say("byteorder: ", order)
    say("byteswap: ", False)
    say(f"type: {a.dtype.name}")


def info(object: Any = None, maxwidth: int = 76, output: Any = None,
         toplevel: str = "numpy") -> None:
    """Print information about an array, function or class (NumPy's ``info``)."""
    import inspect
    import pydoc

    if output is None:
        output = sys.stdout
    if object is None:
        return info(info, maxwidth, output, toplevel)
    if isinstance(object, ndarray):
        return _array_info(object, output)
    if isinstance(object, str):
        import tnp_core
        found = getattr(tnp_core, object, None)
        if found is None:
            print(f"Help for {object} not found.", file=output)
            return None
        return info(found, maxwidth, output, toplevel)
    name = getattr(object, "__name__", type(object).__name__)
    if inspect.isfunction(object) or inspect.ismethod(object) or inspect.isclass(object):
        try:
            sig = f"{name}{inspect.signature(object)}"
        except (TypeError, ValueError):
            sig = f"{name}()"
        if len(sig) > maxwidth:
            head, _, rest = sig.partition("(")
            sig = head + "(" + rest.replace(", ", ",\n" + " " * (len(head) + 1))
        print(" " + sig + "\n", file=output)
        print(inspect.getdoc(object) or "", file=output)
        return None
    print(pydoc.getdoc(object) or repr(object), file=output)
    return None


# --------------------------------------------------------------------------- configuration


def _plugins() -> list[tuple[str, str]]:
    """(distribution, version) of every installed tnp plugin (entry-point group ``tnp``)."""
    from importlib import metadata

    found = []
    for ep in metadata.entry_points(group="tnp"):
        dist = ep.dist
        found.append((dist.name if dist else ep.name, dist.version if dist else "?"))
    return sorted(set(found))


def _core_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("tnp-core")
    except metadata.PackageNotFoundError:
        return "unknown"


def show_config(mode: str = "stdout") -> dict[str, Any] | None:
    """Print (or with ``mode='dicts'`` return) the build configuration: torch's, the plugins."""
    if mode not in ("stdout", "dicts"):
        raise AttributeError(f"Invalid `mode`, use one of: stdout, dicts, got {mode!r}")
    config: dict[str, Any] = {
        "tnp": {"version": _core_version(),
                "plugins": {name: ver for name, ver in _plugins()}},
        "torch": {
            "version": torch.__version__,
            "cuda": {"built": torch.version.cuda, "available": torch.cuda.is_available()},
            "hip": torch.version.hip,
            "mps_available": bool(getattr(torch.backends, "mps", None)
                                  and torch.backends.mps.is_available()),
            "blas": getattr(torch.backends, "mkl", None) is not None
            and ("mkl" if torch.backends.mkl.is_available() else "other"),
            "build": torch.__config__.show(),
        },
    }
    if mode == "dicts":
        return config
    lines = [f"tnp-core: {config['tnp']['version']}", "plugins:"]
    lines += [f"  {n}: {v}" for n, v in config["tnp"]["plugins"].items()] or ["  (none)"]
    tc = config["torch"]
    lines += [f"torch: {tc['version']}", f"  CUDA built: {tc['cuda']['built']}",
              f"  CUDA available: {tc['cuda']['available']}", f"  HIP: {tc['hip']}",
              f"  MPS available: {tc['mps_available']}", f"  BLAS: {tc['blas']}",
              "  build:"]
    lines += ["    " + ln for ln in tc["build"].strip().splitlines()]
    print("\n".join(lines))
    return None


def show_runtime() -> None:
    """Print the runtime environment: Python, torch, devices, threads, tnp plugins."""
    import platform
    from pprint import pprint

    devices = ["cpu"]
    if torch.cuda.is_available():
        devices += [f"cuda:{i} ({torch.cuda.get_device_name(i)})"
                    for i in range(torch.cuda.device_count())]
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        devices.append("mps")
    info_list: list[dict[str, Any]] = [{
        "python": sys.version,
        "platform": platform.platform(),
        "tnp_core_version": _core_version(),
        "torch_version": torch.__version__,
        "devices": devices,
        "default_device": str(torch.get_default_device()),
        "default_dtype": str(torch.get_default_dtype()),
        "num_threads": torch.get_num_threads(),
        "num_interop_threads": torch.get_num_interop_threads(),
        "cpu_count": os.cpu_count(),
        "plugins": {name: ver for name, ver in _plugins()},
    }]
    pprint(info_list)
