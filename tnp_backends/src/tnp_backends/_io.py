"""File and buffer I/O: .npy/.npz, text files (loadtxt, savetxt, genfromtxt), buffers.

The ``.npy`` / ``.npz`` formats are NumPy's, byte for byte (see ``_npy_format``); text I/O lives
in ``_text_io``.  Only the standard library and torch are used: NumPy is never imported.

Differences from NumPy, by design:

- Numeric dtypes only.  Object arrays are never unpickled: ``allow_pickle=False`` raises NumPy's
  ValueError, ``allow_pickle=True`` raises TypeError (a plain pickle file still loads with
  ``allow_pickle=True``, as in NumPy).  Structured/string dtypes and headers raise TypeError.
  ``bfloat16`` arrays cannot be saved (NumPy has no such dtype).
- Big-endian data is read into native-endian tensors (a byte-swapped copy); ``frombuffer`` with a
  non-native dtype therefore returns a read-only copy, not a view, and ``memmap`` / ``mmap_mode``
  refuse non-native byte orders.
- ``load(..., mmap_mode='w+')`` raises ValueError (NumPy truncates the file and then fails).
- A header that claims more data than the file holds raises ValueError without allocating the
  claimed size; a corrupt ``.npz`` raises ValueError (NumPy leaks ``BadZipFile``).
- ``fromstring(..., count=n)`` with fewer than ``n`` items raises ValueError (NumPy returns
  uninitialised memory); ``fromfile`` also accepts file objects without a file descriptor.
- Arrays loaded from files live on the CPU.
"""

from __future__ import annotations

import contextlib
import itertools
import mmap as _mmap_mod
import os
import pickle
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import torch

from tnp_core._ndarray import ndarray
from tnp_core.annotations import ArrayLike

from . import _npy_format as fmt
from ._text_io import genfromtxt, loadtxt, parse_tokens, savetxt

__all__ = ["KERNELS", "OBJECTS", "NpzFile", "memmap", "tobytes", "tofile"]

_Tensor = torch.Tensor
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")


def _wrap(t: _Tensor, read_only: bool = False) -> Any:
    """A tnp array over ``t`` (no copy); NpzFile and memmap hand out arrays, not tensors."""
    import tnp_core

    a = tnp_core.asarray(t)
    if read_only:
        a._ro = True
    return a


# ------------------------------------------------------------------ save / load


def save(file: Any, arr: ArrayLike, allow_pickle: bool = True) -> None:
    """Save an array to a binary file in NumPy ``.npy`` format (``.npy`` appended to names)."""
    if hasattr(file, "write"):
        fmt.write_array(file, arr)
        return
    name = os.fspath(file)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    if not name.endswith(".npy"):
        name += ".npy"
    with open(name, "wb") as fp:
        fmt.write_array(fp, arr)


def _savez(file: Any, args: tuple, kwds: dict, compress: bool) -> None:
    if not hasattr(file, "write"):
        file = os.fspath(file)
        if isinstance(file, bytes):
            file = os.fsdecode(file)
        if not file.endswith(".npz"):
            file += ".npz"
    named = dict(kwds)
    for i, val in enumerate(args):
        key = f"arr_{i}"
        if key in named:
            raise ValueError(f"Cannot use un-named variables and keyword {key}")
        named[key] = val
    from tnp_core._convert import to_tensor

    tensors = {k: to_tensor(v) for k, v in named.items()}  # convert all before writing
    for t in tensors.values():
        fmt.descr_of(t.dtype)
    compression = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(file, mode="w", compression=compression, allowZip64=True) as zf:
        for key, t in tensors.items():
            with zf.open(key + ".npy", "w", force_zip64=True) as fp:
                fmt.write_array(fp, t)


def savez(file: Any, *args: Any, allow_pickle: bool = True, **kwds: Any) -> None:
    """Save several arrays into one uncompressed ``.npz`` archive."""
    _savez(file, args, kwds, False)


def savez_compressed(file: Any, *args: Any, allow_pickle: bool = True, **kwds: Any) -> None:
    """Save several arrays into one compressed (deflate) ``.npz`` archive."""
    _savez(file, args, kwds, True)


class NpzFile(Mapping):
    """A lazy, dict-like view of a ``.npz`` archive; arrays are read on access.

    Use it as a context manager (or call :meth:`close`) to close the underlying file.
    """

    zip: zipfile.ZipFile | None = None
    fid: Any = None

    def __init__(
        self,
        fid: Any,
        own_fid: bool = False,
        allow_pickle: bool = False,
        pickle_kwargs: Any = None,
        *,
        max_header_size: int = 10000,
    ) -> None:
        try:
            zf = zipfile.ZipFile(fid)
        except zipfile.BadZipFile as e:
            if own_fid:
                fid.close()
            raise ValueError(f"the .npz archive is malformed: {e}") from e
        self._files = zf.namelist()
        self.files = [n[:-4] if n.endswith(".npy") else n for n in self._files]
        self.allow_pickle = allow_pickle
        self.max_header_size = max_header_size
        self.pickle_kwargs = pickle_kwargs
        self.zip = zf
        self.fid = fid if own_fid else None

    def __enter__(self) -> NpzFile:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Close the archive (and the file it opened)."""
        if self.zip is not None:
            self.zip.close()
            self.zip = None
        if self.fid is not None:
            self.fid.close()
            self.fid = None

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    def __iter__(self) -> Iterator[str]:
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)

    def __contains__(self, key: object) -> bool:
        return key in self.files or key in self._files

    def __getitem__(self, key: str) -> Any:
        if key in self._files:
            member = key
        elif key in self.files:
            member = self._files[self.files.index(key)]
        else:
            raise KeyError(f"{key} is not a file in the archive")
        if self.zip is None:
            raise ValueError("I/O operation on closed NpzFile")
        with self.zip.open(member) as fp:
            head = fp.read(len(fmt.MAGIC_PREFIX))
        if head != fmt.MAGIC_PREFIX:  # not an array: NumPy returns the raw bytes
            return self.zip.read(member)
        try:
            with self.zip.open(member) as fp:
                t = fmt.read_array(fp, self.allow_pickle, self.max_header_size)
        except (zipfile.BadZipFile, EOFError, zlib.error) as e:
            raise ValueError(f"the .npz member {member!r} is corrupt: {e}") from e
        return _wrap(t)

    @property
    def f(self) -> Any:
        """Attribute access to the members: ``npz.f.x`` is ``npz["x"]``."""
        return _BagObj(self)

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def __repr__(self) -> str:
        name = getattr(self.fid, "name", "object")
        keys = ", ".join(self.files[:5])
        more = "..." if len(self.files) > 5 else ""
        return f"NpzFile {name!r} with keys: {keys}{more}"


class _BagObj:
    """``NpzFile.f``: members as attributes."""

    def __init__(self, npz: NpzFile) -> None:
        self._npz = npz

    def __getattr__(self, key: str) -> Any:
        try:
            return self._npz[key]
        except KeyError:
            raise AttributeError(key) from None

    def __dir__(self) -> list[str]:
        return list(self._npz.files)


_LOAD_ENCODINGS = ("ASCII", "latin1", "bytes")


def load(
    file: Any,
    mmap_mode: str | None = None,
    allow_pickle: bool = False,
    fix_imports: bool = True,
    encoding: str = "ASCII",
    *,
    max_header_size: int = 10000,
) -> Any:
    """Load arrays from ``.npy`` / ``.npz`` files (pickles only with ``allow_pickle=True``)."""
    if encoding not in _LOAD_ENCODINGS:
        raise ValueError("encoding must be 'ASCII', 'latin1', or 'bytes'")
    if mmap_mode is not None:
        mmap_mode = _check_mode(mmap_mode)
    fid, own = fmt.open_file(file, "rb")
    try:
        n = len(fmt.MAGIC_PREFIX)
        magic = fid.read(n)
        if not magic:
            raise EOFError("No data left in file")
        fid.seek(-len(magic), 1)
        if magic.startswith(_ZIP_MAGICS):
            npz = NpzFile(fid, own_fid=own, allow_pickle=allow_pickle,
                          max_header_size=max_header_size)
            own = False  # the NpzFile closes it
            return npz
        if magic == fmt.MAGIC_PREFIX:
            if mmap_mode is not None:
                if allow_pickle:
                    max_header_size = 2**64
                return _open_memmap(file, mmap_mode, max_header_size)
            return fmt.read_array(fid, allow_pickle, max_header_size)
        if not allow_pickle:
            raise ValueError(
                "This file contains pickled (object) data. If you trust the file you can load "
                "it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`."
            )
        try:
            return pickle.load(fid, fix_imports=fix_imports, encoding=encoding)
        except Exception as e:
            raise pickle.UnpicklingError(f"Failed to interpret file {file!r} as a pickle") from e
    finally:
        if own:
            fid.close()


def _open_memmap(file: Any, mode: str, max_header_size: int) -> memmap:
    if not isinstance(file, (str, bytes, os.PathLike)):
        raise ValueError(
            "Filename must be a string or a path-like object.  Memmap cannot use existing file "
            "handles."
        )
    if mode == "w+":
        raise ValueError(
            "mmap_mode='w+' would create a new, empty file in place of the one being loaded; "
            "use mmap_mode='r+' to modify an existing .npy file"
        )
    with open(os.fspath(file), "rb") as fp:
        shape, fortran_order, descr = fmt.read_header(fp, max_header_size)
        dt, swap = fmt.check_descr(descr, False)
        offset = fp.tell()
    if swap:
        raise TypeError(
            "a big-endian .npy file cannot be memory-mapped by tnp (PyTorch tensors are "
            "native-endian); load it without mmap_mode"
        )
    return memmap(file, dtype=dt, mode=mode, offset=offset, shape=shape,
                  order="F" if fortran_order else "C")


# ------------------------------------------------------------------ memmap

_MODE_ALIASES = {"readonly": "r", "copyonwrite": "c", "readwrite": "r+", "write": "w+"}
_MODES = ("r", "c", "r+", "w+")


def _check_mode(mode: Any) -> str:
    m = _MODE_ALIASES.get(mode, mode)
    if m not in _MODES:
        raise ValueError(
            "mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', "
            f"'write'] (got {mode!r})"
        )
    return m


class memmap(ndarray):
    """An array over a memory-mapped file (modes 'r', 'r+', 'w+', 'c'; numeric dtypes).

    Writes through a 'r+' / 'w+' memmap reach the file (call :meth:`flush` to force them to
    disk); 'c' (copy-on-write) changes stay in memory; 'r' is read-only.
    """

    __slots__ = ("filename", "offset", "mode", "_mmap", "_view")
    _base_class_results = True  # results computed from a memmap are plain arrays (NumPy's)

    def __new__(
        cls,
        filename: Any,
        dtype: Any = "uint8",
        mode: str = "r+",
        offset: int = 0,
        shape: Any = None,
        order: str = "C",
    ) -> memmap:
        mode = _check_mode(mode)
        if mode == "w+" and shape is None:
            raise ValueError("shape must be given if mode == 'w+'")
        dt, swap = fmt.parse_dtype(dtype)
        if swap:
            raise TypeError(
                f"data type {dtype!r}: tnp cannot memory-map non-native byte order (PyTorch "
                "tensors are native-endian)"
            )
        if order not in ("C", "F"):
            raise ValueError("order must be 'C' or 'F'")
        offset = int(offset)
        if offset < 0:
            raise OverflowError("memory mapped offset must be positive")
        itemsize = torch.empty(0, dtype=dt).element_size()
        if shape is not None:
            shape = (int(shape),) if not hasattr(shape, "__len__") else tuple(map(int, shape))
            if any(s < 0 for s in shape):
                raise ValueError("negative dimensions are not allowed")
        if hasattr(filename, "read"):
            ctx: Any = contextlib.nullcontext(filename)
        else:
            ctx = open(os.fspath(filename), ("r" if mode == "c" else mode) + "b")
        with ctx as fid:
            fid.seek(0, 2)
            flen = fid.tell()
            if shape is None:
                nbytes = flen - offset
                if nbytes % itemsize:
                    raise ValueError(
                        "Size of available data is not a multiple of the data-type size."
                    )
                if nbytes < 0:
                    raise ValueError("mmap offset is greater than file size")
                size = nbytes // itemsize
                shape = (size,)
            else:
                size = 1
                for s in shape:
                    size *= s
            end = offset + size * itemsize
            if mode in ("w+", "r+") and flen < end:
                fid.seek(end - 1, 0)
                fid.write(b"\0")
                fid.flush()
            access = {"c": _mmap_mod.ACCESS_COPY, "r": _mmap_mod.ACCESS_READ}.get(
                mode, _mmap_mod.ACCESS_WRITE
            )
            start = offset - offset % _mmap_mod.ALLOCATIONGRANULARITY
            mm: Any = None
            view: Any = None
            if size == 0 and (flen > 0 or mode == "w+"):
                flat = torch.empty(0, dtype=dt)
            else:
                mm = _mmap_mod.mmap(fid.fileno(), end - start, access=access, offset=start)
                view = memoryview(mm)  # an export: the map cannot be closed under the tensor
                flat = fmt.tensor_from_bytes(view, dt, size, offset - start)
            fname = fid.name if hasattr(fid, "name") else None
        self = object.__new__(cls)
        self._t = fmt.shape_tensor(flat, shape, order == "F")
        self._base = None
        self._ro = mode == "r"
        self._mmap = mm
        self._view = view
        self.offset = offset
        self.mode = mode
        if isinstance(fname, (str, bytes, os.PathLike)):
            self.filename = os.path.abspath(fname)
        else:
            self.filename = None
        return self

    def __array_finalize__(self, obj: Any) -> None:
        """Views of a memmap (slices, ``.T``, ``view()``) share its map, like NumPy's; a copy
        keeps the attributes but not the map."""
        t = getattr(obj, "_t", None)
        shares = t is not None and (
            t.untyped_storage().data_ptr() == self._t.untyped_storage().data_ptr()
        )
        self._mmap = getattr(obj, "_mmap", None) if shares else None
        self._view = getattr(obj, "_view", None) if shares else None
        self.offset = getattr(obj, "offset", 0)
        self.mode = getattr(obj, "mode", None)
        self.filename = getattr(obj, "filename", None)

    def __array_wrap__(self, arr: Any, context: Any = None, return_scalar: bool = False
                       ) -> Any:
        """Ufunc results are new arrays, not maps: plain ndarrays (NumPy's rule)."""
        return arr

    def flush(self) -> None:
        """Write any changes in the array to the file on disk."""
        if self._mmap is not None and self.mode in ("r+", "w+"):
            self._mmap.flush()

    def __setitem__(self, key: Any, value: Any) -> None:
        if self._ro and self.mode == "r":
            raise ValueError("assignment destination is read-only (memmap opened with mode 'r')")
        super().__setitem__(key, value)

    def __repr__(self) -> str:
        r = super().__repr__()
        if r.startswith("array("):
            r = "memmap(" + r[6:].replace("\n", "\n ")
        return r


# ------------------------------------------------------------------ buffers


def _itemsize(dt: torch.dtype) -> int:
    return torch.empty(0, dtype=dt).element_size()


def frombuffer(
    buffer: Any, dtype: Any = None, count: int = -1, offset: int = 0, *, like: Any = None
) -> Any:
    """An array over a bytes-like object: a writable view of a writable buffer, read-only
    for ``bytes``."""
    dt, swap = fmt.parse_dtype(dtype)
    mv = memoryview(buffer)
    if not mv.c_contiguous:
        raise ValueError("ndarray is not C-contiguous")
    if mv.format != "B" or mv.ndim != 1:
        mv = mv.cast("B")
    buflen = mv.nbytes
    count = int(count)
    offset = int(offset)
    if offset < 0 or offset > buflen:
        raise ValueError(
            f"offset must be non-negative and no greater than buffer length ({buflen})"
        )
    itemsize = _itemsize(dt)
    avail = buflen - offset
    if count < 0:
        if avail % itemsize:
            raise ValueError("buffer size must be a multiple of element size")
        count = avail // itemsize
    elif avail < count * itemsize:
        raise ValueError("buffer is smaller than requested size")
    t = fmt.tensor_from_bytes(mv, dt, count, offset)
    read_only = mv.readonly
    if swap:  # a byte-swapped copy stands in for NumPy's non-native view: no silent writes
        t = fmt.byteswap(t)
        read_only = True
    return _wrap(t, read_only)


def _read_text(file: Any) -> str:
    data = file.read()
    if isinstance(data, bytes):
        data = data.decode("latin1")
    return data


def fromfile(
    file: Any,
    dtype: Any = None,
    count: int = -1,
    sep: str = "",
    offset: int = 0,
    *,
    like: Any = None,
) -> _Tensor:
    """Read an array from a binary file (``sep=''``) or a text file of separated numbers."""
    dt, swap = fmt.parse_dtype(dtype)
    count = int(count)
    fid, own = fmt.open_file(file, "rb")
    try:
        if sep:
            if offset:
                raise TypeError("'offset' argument only permitted for binary files")
            return _from_text(_read_text(fid), dt, count, sep, strict_count=False)
        if offset:
            fid.seek(int(offset), 1)
        itemsize = _itemsize(dt)
        left = fmt._bytes_left(fid)
        if count < 0 and left is None:
            buf = bytearray(fid.read())
        else:
            nbytes = count * itemsize if count >= 0 else max(left or 0, 0)
            if left is not None:
                nbytes = min(nbytes, max(left, 0))  # never allocate beyond the file
            buf = fmt._read_up_to(fid, nbytes)
        n = len(buf) // itemsize
        extra = len(buf) - n * itemsize
        if extra:  # leave the file just after the last whole item
            with contextlib.suppress(OSError, ValueError):
                fid.seek(-extra, 1)
            del buf[n * itemsize :]
        t = fmt.tensor_from_bytes(buf, dt, n)
        return fmt.byteswap(t) if swap else t
    finally:
        if own:
            fid.close()


_UNMATCHED = "string or file could not be read to its end due to unmatched data"


def _sep_regex(sep: str) -> re.Pattern[str]:
    parts = [r"\s*" if c.isspace() else re.escape(c) for c in sep]
    return re.compile(r"\s*" + "".join(parts) + r"\s*")


def _from_text(text: str, dt: torch.dtype, count: int, sep: str, strict_count: bool) -> _Tensor:
    """Numbers separated by ``sep`` (whitespace in ``sep`` matches any run of whitespace)."""
    if sep.strip() == "":
        tokens = text.split()
    else:
        body = text.strip()
        tokens = _sep_regex(sep).split(body) if body else []
        if tokens and tokens[-1] == "":  # a trailing separator ends the data
            tokens.pop()
    if 0 <= count < len(tokens):
        tokens = tokens[:count]
    try:
        t = parse_tokens(tokens, dt)
    except ValueError:
        raise ValueError(_UNMATCHED) from None
    if strict_count and count >= 0 and t.numel() < count:
        raise ValueError(
            f"string is smaller than requested size: {count} items asked, {t.numel()} found"
        )
    return t


def fromstring(
    string: Any, dtype: Any = float, count: int = -1, *, sep: str = "", like: Any = None
) -> _Tensor:
    """An array from text of numbers separated by ``sep`` (the binary mode is removed, as in
    NumPy 2)."""
    dt, swap = fmt.parse_dtype(dtype)
    if not sep:
        raise ValueError("The binary mode of fromstring is removed, use frombuffer instead")
    if isinstance(string, (bytes, bytearray, memoryview)):
        string = bytes(string).decode("latin1")
    elif not isinstance(string, str):
        raise TypeError(f"a bytes-like object or str is required, not {type(string).__name__!r}")
    return _from_text(string, dt, int(count), sep, strict_count=True)


def fromiter(iter: Any, dtype: Any, count: int = -1, *, like: Any = None) -> _Tensor:
    """A 1-d array from an iterable (``count`` items when ``count >= 0``)."""
    dt, swap = fmt.parse_dtype(dtype)
    count = int(count)
    items = list(itertools.islice(iter, count)) if count >= 0 else list(iter)
    if count >= 0 and len(items) < count:
        raise ValueError(
            f"iterator too short: Expected {count} but iterator had only {len(items)} items."
        )
    return _values_tensor(items, dt)


def _values_tensor(items: list, dt: torch.dtype) -> _Tensor:
    """Python values (or scalars of any kind) converted one by one the way NumPy assigns them."""
    if dt is torch.bool:
        return torch.tensor([bool(v) for v in items], dtype=dt)
    if dt.is_complex:
        return torch.tensor([complex(v) for v in items], dtype=dt)
    if dt.is_floating_point:
        return torch.tensor([float(v) for v in items], dtype=torch.float64).to(dt)
    ints = [int(v) for v in items]
    return _int_tensor(ints, dt)


def _int_tensor(ints: list[int], dt: torch.dtype) -> _Tensor:
    info = torch.iinfo(dt)
    hi = 2**64 - 1 if dt is torch.uint64 else info.max
    lo = info.min
    for v in ints:
        if not lo <= v <= hi:
            raise OverflowError(
                f"Python integer {v} out of bounds for {str(dt).removeprefix('torch.')}"
            )
    if dt is torch.uint64:
        return torch.tensor([v - 2**64 if v > 2**63 - 1 else v for v in ints],
                            dtype=torch.int64).view(torch.uint64)
    return torch.tensor(ints, dtype=torch.int64).to(dt)


# ------------------------------------------------------------------ ndarray helpers


def tobytes(a: _Tensor, order: str = "C") -> bytes:
    """``ndarray.tobytes``: the raw bytes of ``a`` in C order ('C', 'K'), Fortran order ('F'),
    or Fortran order for a Fortran-contiguous array ('A'), as NumPy does."""
    if order not in ("C", "F", "A", "K", None):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    if order == "A" and a.dim() > 1 and fmt.fortran_order_of(a):
        order = "F"
    fmt.descr_of(a.dtype)
    return bytes(fmt.tensor_bytes(a, "F" if order == "F" else "C"))


def tofile(a: _Tensor, fid: Any, sep: str = "", format: str = "%s") -> None:
    """``ndarray.tofile``: raw bytes (``sep=''``) or text items joined by ``sep``."""
    fp, own = fmt.open_file(fid, "wb")
    try:
        if not sep:
            fmt.write_tensor_data(fp, a)
            return
        from ._text_io import format_items

        text = sep.join(format_items(a.reshape(-1), format))
        fp.write(text.encode("latin1") if not hasattr(fp, "encoding") else text)
    finally:
        if own:
            fp.close()


KERNELS: dict[str, Callable[..., Any]] = {
    "save": save,
    "load": load,
    "savez": savez,
    "savez_compressed": savez_compressed,
    "loadtxt": loadtxt,
    "savetxt": savetxt,
    "genfromtxt": genfromtxt,
    "fromfile": fromfile,
    "frombuffer": frombuffer,
    "fromstring": fromstring,
    "fromiter": fromiter,
}

OBJECTS: dict[str, Any] = {"memmap": memmap}
"""Public classes of this category, registered through ``tnp_register_objects``."""
