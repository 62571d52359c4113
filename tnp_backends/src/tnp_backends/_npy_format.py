"""The ``.npy`` format (versions 1.0, 2.0, 3.0) over torch tensors, without NumPy.

A ``.npy`` file is the magic string ``b"\\x93NUMPY"``, two version bytes, the header length
(``<H`` for 1.0, ``<I`` for 2.0 and 3.0), a header (a Python dict literal with the keys
``descr``, ``fortran_order`` and ``shape``; latin-1 up to 2.0, UTF-8 in 3.0) padded with spaces
and a newline so the data starts at a multiple of 64 bytes, then the raw data.
"""

from __future__ import annotations

import ast
import io
import os
import stat
import struct
import sys
import warnings
from typing import Any

import torch

from tnp_core import _dtypes

__all__ = [
    "MAGIC_PREFIX",
    "byteswap",
    "descr_of",
    "parse_descr",
    "parse_dtype",
    "read_array",
    "read_header",
    "tensor_bytes",
    "write_array",
    "write_tensor_data",
]

MAGIC_PREFIX = b"\x93NUMPY"
MAGIC_LEN = len(MAGIC_PREFIX) + 2
ARRAY_ALIGN = 64
GROWTH_AXIS_MAX_DIGITS = 21  # spare header room so the first axis can grow in place
_HEADER_INFO = {(1, 0): ("<H", "latin1"), (2, 0): ("<I", "latin1"), (3, 0): ("<I", "utf8")}
_CHUNK = 1 << 24  # bytes copied / written at a time

_LITTLE = sys.byteorder == "little"
_NATIVE = "<" if _LITTLE else ">"

# torch dtype -> (kind, itemsize); the single-byte kinds carry NumPy's "not applicable" order
_KIND_SIZE: dict[torch.dtype, tuple[str, int]] = {
    torch.bool: ("b", 1),
    torch.int8: ("i", 1),
    torch.int16: ("i", 2),
    torch.int32: ("i", 4),
    torch.int64: ("i", 8),
    torch.uint8: ("u", 1),
    torch.uint16: ("u", 2),
    torch.uint32: ("u", 4),
    torch.uint64: ("u", 8),
    torch.float16: ("f", 2),
    torch.float32: ("f", 4),
    torch.float64: ("f", 8),
    torch.complex64: ("c", 8),
    torch.complex128: ("c", 16),
}
_FROM_KIND_SIZE = {v: k for k, v in _KIND_SIZE.items()}
# one-character type codes (NumPy's ``dtype.char``), on a 64-bit LP64 platform
_CHAR = {
    "?": torch.bool, "b": torch.int8, "B": torch.uint8, "h": torch.int16, "H": torch.uint16,
    "i": torch.int32, "I": torch.uint32, "l": torch.int64, "L": torch.uint64,
    "q": torch.int64, "Q": torch.uint64, "p": torch.int64, "P": torch.uint64,
    "e": torch.float16, "f": torch.float32, "d": torch.float64, "F": torch.complex64,
    "D": torch.complex128,
}
_NON_NUMERIC = {
    "O": "object", "U": "unicode string", "S": "bytes", "a": "bytes", "V": "void/structured",
    "M": "datetime64", "m": "timedelta64", "T": "string",
}


def numeric_only(what: Any) -> TypeError:
    """The error for a dtype tnp cannot hold."""
    return TypeError(
        f"data type {what!r} is not supported: tnp supports numeric dtypes only (bool, "
        "integer, floating and complex numbers; no structured, string or object dtypes)"
    )


def descr_of(dt: torch.dtype) -> str:
    """NumPy's ``dtype.str`` of a torch dtype (``'<f8'``, ``'|b1'``, ...)."""
    try:
        kind, size = _KIND_SIZE[dt]
    except KeyError:
        raise TypeError(
            f"cannot store {str(dt).removeprefix('torch.')} in the .npy format: NumPy has no "
            "such dtype"
        ) from None
    return f"{'|' if size == 1 else _NATIVE}{kind}{size}"


def parse_descr(s: str) -> tuple[torch.dtype, bool]:
    """A dtype string with an optional byte order -> ``(torch dtype, needs byte swap)``.

    Raises ``TypeError`` for non-numeric kinds and ``ValueError`` for strings it cannot read.
    """
    order = "="
    body = s
    if body[:1] in ("<", ">", "|", "=", "!"):
        order, body = body[0], body[1:]
    dt = _CHAR.get(body) if len(body) == 1 else None
    if dt is None:
        kind, size = body[:1], body[1:]
        if kind in _NON_NUMERIC or kind == "O":
            raise numeric_only(s)
        if size.isdigit():
            if kind == "b" and size == "1":
                dt = torch.bool
            else:
                dt = _FROM_KIND_SIZE.get((kind, int(size)))
            if dt is None and kind in "iufc":
                raise TypeError(f"data type {s!r}: no such numeric type in tnp")
        if dt is None:
            try:
                dt = _dtypes.as_dtype(body).torch
            except TypeError:
                raise TypeError(f"data type {s!r} not understood") from None
    size = _KIND_SIZE[dt][1] if dt in _KIND_SIZE else 1
    big = order in (">", "!")
    swap = size > 1 and (big if _LITTLE else order == "<")
    return dt, swap


def parse_dtype(dtype: Any) -> tuple[torch.dtype, bool]:
    """Any dtype-like (None: float64) -> ``(torch dtype, needs byte swap)``; byte orders allowed.

    Structured, string and object dtypes raise ``TypeError`` (tnp holds numbers only).
    """
    if dtype is None:
        return torch.float64, False
    if isinstance(dtype, torch.dtype):
        if dtype not in _KIND_SIZE and dtype is not torch.bfloat16:
            raise numeric_only(dtype)
        return dtype, False
    if isinstance(dtype, str):
        return parse_descr(dtype)
    if isinstance(dtype, (list, dict, tuple)):
        raise numeric_only(dtype)
    if type(dtype).__module__.startswith("numpy") and not isinstance(dtype, type):
        s = getattr(dtype, "str", None)  # a numpy.dtype instance
        if isinstance(s, str):
            if getattr(dtype, "names", None) is not None or getattr(dtype, "shape", ()):
                raise numeric_only(dtype)
            return parse_descr(s)
    try:
        return _dtypes.as_dtype(dtype).torch, False
    except TypeError as e:
        raise numeric_only(dtype) from e


# ------------------------------------------------------------------ bytes <-> tensors


def byteswap(t: torch.Tensor) -> torch.Tensor:
    """A contiguous copy of ``t`` with the bytes of each (real or imaginary) part reversed."""
    dt = t.dtype
    size = t.element_size()
    part = size // 2 if dt.is_complex else size
    if part == 1:
        return t.clone()
    raw = t.contiguous().reshape(-1).view(torch.uint8).reshape(-1, part).flip(-1)
    return raw.reshape(-1).view(dt).reshape(t.shape)


def tensor_bytes(t: torch.Tensor, order: str = "C") -> bytearray:
    """The raw bytes of ``t`` in C (or Fortran) order, as one ``bytearray``."""
    if order == "F" and t.dim() > 1:
        t = t.permute(tuple(range(t.dim() - 1, -1, -1)))
    n = t.numel() * t.element_size()
    buf = bytearray(n)
    if n:
        src = t.detach().cpu().contiguous().reshape(-1).view(torch.uint8)
        torch.frombuffer(buf, dtype=torch.uint8).copy_(src)
    return buf


def write_tensor_data(fp: Any, t: torch.Tensor, order: str = "C") -> None:
    """Write the raw bytes of ``t`` (C or Fortran order) to ``fp`` in bounded chunks."""
    if order == "F" and t.dim() > 1:
        t = t.permute(tuple(range(t.dim() - 1, -1, -1)))
    n = t.numel() * t.element_size()
    if not n:
        return
    src = t.detach().cpu().contiguous().reshape(-1).view(torch.uint8)
    step = min(n, _CHUNK)
    buf = bytearray(step)
    view = torch.frombuffer(buf, dtype=torch.uint8)
    mv = memoryview(buf)
    for start in range(0, n, step):
        k = min(step, n - start)
        view[:k].copy_(src[start : start + k])
        fp.write(mv[:k])


def tensor_from_bytes(buf: Any, dt: torch.dtype, count: int, offset: int = 0) -> torch.Tensor:
    """A 1-d tensor of ``count`` items over ``buf`` from byte ``offset`` (shares memory)."""
    if count == 0:
        return torch.empty(0, dtype=dt)
    with warnings.catch_warnings():  # read-only buffers: the caller marks the result read-only
        warnings.simplefilter("ignore", UserWarning)
        return torch.frombuffer(buf, dtype=dt, count=count, offset=offset)


# ------------------------------------------------------------------ headers


def _wrap_header(header: str, version: tuple[int, int]) -> bytes:
    fmt, encoding = _HEADER_INFO[version]
    raw = header.encode(encoding)
    hlen = len(raw) + 1  # the final newline
    pad = ARRAY_ALIGN - ((MAGIC_LEN + struct.calcsize(fmt) + hlen) % ARRAY_ALIGN)
    try:
        prefix = MAGIC_PREFIX + bytes(version) + struct.pack(fmt, hlen + pad)
    except struct.error:
        raise ValueError(f"Header length {hlen} too big for version={version}") from None
    return prefix + raw + b" " * pad + b"\n"


def header_bytes(
    descr: str, fortran_order: bool, shape: tuple[int, ...], version: tuple[int, int] | None = None
) -> bytes:
    """The complete header block of an array, as NumPy writes it."""
    items = {"descr": descr, "fortran_order": fortran_order, "shape": tuple(shape)}
    header = "{" + "".join(f"'{k}': {v!r}, " for k, v in items.items()) + "}"
    if shape:
        header += " " * (GROWTH_AXIS_MAX_DIGITS - len(repr(shape[-1 if fortran_order else 0])))
    if version is not None:
        if version not in _HEADER_INFO:
            raise ValueError(
                f"we only support format version (1,0), (2,0), and (3,0), not {version}"
            )
        return _wrap_header(header, version)
    try:
        return _wrap_header(header, (1, 0))
    except ValueError:
        pass
    try:
        out = _wrap_header(header, (2, 0))
    except UnicodeEncodeError:
        pass
    else:
        warnings.warn(
            "Stored array in format 2.0. It can only be read by NumPy >= 1.9",
            UserWarning,
            stacklevel=4,
        )
        return out
    out = _wrap_header(header, (3, 0))
    warnings.warn(
        "Stored array in format 3.0. It can only be read by NumPy >= 1.17",
        UserWarning,
        stacklevel=4,
    )
    return out


def _read_exactly(fp: Any, size: int, what: str) -> bytes:
    data = b""
    while len(data) < size:
        chunk = fp.read(size - len(data))
        if not chunk:
            break
        data += chunk
    if len(data) != size:
        raise ValueError(f"EOF: reading {what}, expected {size} bytes got {len(data)}")
    return data


def read_header(fp: Any, max_header_size: int = 10000) -> tuple[tuple[int, ...], bool, str]:
    """Read magic, version and header: ``(shape, fortran_order, descr string)``.

    ``descr`` is returned unparsed so the caller can apply its pickle rule first.
    """
    magic = _read_exactly(fp, MAGIC_LEN, "magic string")
    if magic[:-2] != MAGIC_PREFIX:
        raise ValueError(
            f"the magic string is not correct; expected {MAGIC_PREFIX!r}, got {magic[:-2]!r}"
        )
    version = (magic[-2], magic[-1])
    if version not in _HEADER_INFO:
        raise ValueError(
            f"we only support format version (1,0), (2,0), and (3,0), not {version}"
        )
    fmt, encoding = _HEADER_INFO[version]
    hsize = struct.calcsize(fmt)
    (hlen,) = struct.unpack(fmt, _read_exactly(fp, hsize, "array header length"))
    if hlen > max_header_size:
        raise ValueError(
            f"Header info length ({hlen}) is large and may not be safe to load securely.\n"
            "To allow loading, adjust `max_header_size` or fully trust the `.npy` file using "
            "`allow_pickle=True`.\nFor safety against large resource use or crashes, sandboxing "
            "may be necessary."
        )
    raw = _read_exactly(fp, hlen, "array header")
    try:
        text = raw.decode(encoding)
        d = ast.literal_eval(text)
    except (SyntaxError, ValueError, UnicodeDecodeError, MemoryError, RecursionError) as e:
        raise ValueError(f"Cannot parse header: {raw!r}") from e
    if not isinstance(d, dict):
        raise ValueError(f"Header is not a dictionary: {d!r}")
    if set(d) != {"descr", "fortran_order", "shape"}:
        raise ValueError(f"Header does not contain the correct keys: {sorted(d)!r}")
    shape = d["shape"]
    if not isinstance(shape, tuple) or not all(
        type(x) is int and x >= 0 for x in shape
    ):
        raise ValueError(f"shape is not valid: {shape!r}")
    if not isinstance(d["fortran_order"], bool):
        raise ValueError(f"fortran_order is not a valid bool: {d['fortran_order']!r}")
    descr = d["descr"]
    if not isinstance(descr, str):
        if isinstance(descr, list):
            raise numeric_only(descr)
        raise ValueError(f"descr is not a valid dtype descriptor: {descr!r}")
    return shape, d["fortran_order"], descr


def _is_object_descr(descr: str) -> bool:
    return descr.lstrip("<>|=") in ("O", "O8", "O4")


def check_descr(descr: str, allow_pickle: bool) -> tuple[torch.dtype, bool]:
    """Parse a header's ``descr``; object arrays follow NumPy's pickle rule (never unpickled)."""
    if _is_object_descr(descr):
        if not allow_pickle:
            raise ValueError("Object arrays cannot be loaded when allow_pickle=False")
        raise TypeError(
            "tnp supports numeric dtypes only: this file holds an object array (pickled "
            "Python objects), which tnp does not unpickle"
        )
    try:
        return parse_descr(descr)
    except TypeError:
        raise
    except ValueError:
        raise ValueError(f"descr is not a valid dtype descriptor: {descr!r}") from None


def shape_tensor(flat: torch.Tensor, shape: tuple[int, ...], fortran_order: bool) -> torch.Tensor:
    """Give a flat tensor its shape (a transposed view for Fortran order)."""
    if fortran_order and len(shape) > 1:
        return flat.reshape(shape[::-1]).permute(tuple(range(len(shape) - 1, -1, -1)))
    return flat.reshape(shape)


def read_array(fp: Any, allow_pickle: bool = False, max_header_size: int = 10000) -> torch.Tensor:
    """Read one array from an open binary file positioned at a ``.npy`` header."""
    if allow_pickle:  # the file is trusted: NumPy lifts the header size limit
        max_header_size = 2**64
    shape, fortran_order, descr = read_header(fp, max_header_size)
    dt, swap = check_descr(descr, allow_pickle)
    count = 1
    for n in shape:
        count *= n
    itemsize = torch.empty(0, dtype=dt).element_size()
    nbytes = count * itemsize
    avail = _bytes_left(fp)
    if avail is not None and avail < nbytes:  # truncated: refuse before allocating
        got = avail
    else:
        buf = _read_up_to(fp, nbytes)
        got = len(buf)
    if got != nbytes:
        raise ValueError(
            "Failed to read all data for array. "
            f"Expected {shape} = {count} elements, could only read {got // itemsize} elements. "
            "(file seems not to be an npy file or it is truncated)"
        )
    flat = tensor_from_bytes(buf, dt, count)
    if swap:
        flat = byteswap(flat)
    return shape_tensor(flat, shape, fortran_order)


def _bytes_left(fp: Any) -> int | None:
    """Bytes between the position and the end of a regular file; None for other streams."""
    try:
        st = os.fstat(fp.fileno())
        if not stat.S_ISREG(st.st_mode):
            return None
        return st.st_size - fp.tell()
    except (AttributeError, OSError, ValueError):
        return None


def _read_up_to(fp: Any, nbytes: int) -> bytearray:
    """Read ``nbytes`` (fewer at EOF); memory grows with the data actually read, so a header
    that claims a huge shape cannot make us allocate it up front."""
    if _bytes_left(fp) is not None or nbytes <= _CHUNK:
        buf = bytearray(nbytes)
        got = _read_into(fp, buf)
        if got != nbytes:
            del buf[got:]
        return buf
    buf = bytearray()
    while len(buf) < nbytes:
        chunk = fp.read(min(_CHUNK, nbytes - len(buf)))
        if not chunk:
            break
        buf += chunk
    return buf


def _read_into(fp: Any, buf: bytearray) -> int:
    """Fill ``buf`` from ``fp``; the number of bytes read (short only at EOF)."""
    n = len(buf)
    mv = memoryview(buf)
    got = 0
    readinto = getattr(fp, "readinto", None)
    while got < n:
        if readinto is not None:
            k = readinto(mv[got:])
        else:
            chunk = fp.read(n - got)
            k = len(chunk)
            mv[got : got + k] = chunk
        if not k:
            break
        got += k
    return got


def fortran_order_of(t: torch.Tensor) -> bool:
    """NumPy's choice: C order if C-contiguous, else Fortran order if F-contiguous."""
    if t.dim() < 2 or t.is_contiguous():
        return False
    return t.permute(tuple(range(t.dim() - 1, -1, -1))).is_contiguous()


def write_array(
    fp: Any, t: torch.Tensor, version: tuple[int, int] | None = None
) -> None:
    """Write ``t`` as a ``.npy`` file to an open binary file (header and data)."""
    descr = descr_of(t.dtype)
    fortran = fortran_order_of(t)
    fp.write(header_bytes(descr, fortran, tuple(t.shape), version))
    write_tensor_data(fp, t, "F" if fortran else "C")


def open_file(file: Any, mode: str) -> tuple[Any, bool]:
    """``(file object, owned)`` for a path, a path-like or an open file object."""
    if isinstance(file, (str, bytes, os.PathLike)):
        return open(os.fspath(file), mode), True
    if mode.startswith("r") and not hasattr(file, "read"):
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(file).__name__}"
        )
    if mode.startswith("w") and not hasattr(file, "write"):
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(file).__name__}"
        )
    return file, False


def is_real_file(fp: Any) -> bool:
    """Whether ``fp`` is backed by an OS file descriptor."""
    if isinstance(fp, io.BytesIO):
        return False
    try:
        fp.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True
