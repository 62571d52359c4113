"""Text I/O: loadtxt, savetxt, genfromtxt (numeric dtypes; ``names=None``), NumPy-compatible.

Lines come from a path (``.gz``, ``.bz2``, ``.xz`` decompressed), an open text or binary file,
or an iterable of strings.  Fields are parsed column by column into tensors.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import lzma
import math
import operator
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import torch

from tnp_core.annotations import ArrayLike

from . import _npy_format as fmt

__all__ = ["format_items", "genfromtxt", "loadtxt", "parse_tokens", "savetxt"]

_Tensor = torch.Tensor
_OPENERS: dict[str, Callable[..., Any]] = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}


class BadToken(ValueError):
    """A field that does not parse as the column's dtype (``index`` into the column)."""

    def __init__(self, index: int, token: Any, dt: torch.dtype) -> None:
        self.index = index
        self.token = token
        self.dt = dt
        super().__init__(f"could not convert string {token!r} to {_name(dt)}")


class ConversionWarning(UserWarning):
    """Rows of a text file that genfromtxt skipped (``invalid_raise=False``), as NumPy warns."""


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


# ------------------------------------------------------------------ number parsing


def _parse_float(tok: str) -> float:
    if "_" in tok:
        raise ValueError(tok)
    return float(tok)


def _parse_int(tok: str) -> int:
    if "_" in tok:
        raise ValueError(tok)
    return int(tok)


def _parse_complex(tok: str) -> complex:
    s = tok.strip()
    if "_" in s:
        raise ValueError(tok)
    return complex(s)


def _int_bounds(dt: torch.dtype) -> tuple[int, int]:
    info = torch.iinfo(dt)
    return info.min, (2**64 - 1 if dt is torch.uint64 else info.max)


def ints_tensor(vals: list[int], dt: torch.dtype) -> _Tensor:
    """Python ints (already range-checked) as a tensor of the integer dtype ``dt``."""
    if dt is torch.uint64:
        return torch.tensor([v - 2**64 if v > 2**63 - 1 else v for v in vals],
                            dtype=torch.int64).view(torch.uint64)
    return torch.tensor(vals, dtype=torch.int64).to(dt)


def _first_bad(tokens: list[Any], parse: Callable[[Any], Any]) -> int:
    for i, tok in enumerate(tokens):
        try:
            parse(tok)
        except (ValueError, TypeError):
            return i
    return -1


def parse_tokens(tokens: list[Any], dt: torch.dtype) -> _Tensor:
    """Strings -> a 1-d tensor of ``dt``; a bad field raises :class:`BadToken`."""
    if dt.is_complex:
        parse: Callable[[Any], Any] = _parse_complex
    elif dt.is_floating_point:
        parse = _parse_float
    else:
        parse = _parse_int
    try:
        vals = list(map(parse, tokens))
    except (ValueError, TypeError):
        i = _first_bad(tokens, parse)
        raise BadToken(i, tokens[i], dt) from None
    return values_tensor(vals, dt, tokens)


def values_tensor(vals: list[Any], dt: torch.dtype, tokens: list[Any] | None = None) -> _Tensor:
    """Parsed Python numbers -> a tensor of ``dt`` (integers range-checked)."""
    if dt is torch.bool:
        return torch.tensor([bool(v) for v in vals], dtype=torch.bool)
    if dt.is_complex:
        return torch.tensor(vals, dtype=torch.complex128).to(dt)
    if dt.is_floating_point:
        return torch.tensor(vals, dtype=torch.float64).to(dt)
    lo, hi = _int_bounds(dt)
    for i, v in enumerate(vals):
        if not lo <= v <= hi:
            raise BadToken(i, tokens[i] if tokens is not None else str(v), dt)
    return ints_tensor(vals, dt)


def _converted_values(vals: list[Any], dt: torch.dtype) -> _Tensor:
    """Values returned by user converters, cast to ``dt`` like NumPy assigns them."""
    if vals and all(isinstance(v, str) for v in vals):
        return parse_tokens(vals, dt)
    vals = [parse_tokens([v], dt).item() if isinstance(v, (str, bytes)) else v for v in vals]
    if dt is torch.bool:
        return torch.tensor([bool(v) for v in vals], dtype=dt)
    if dt.is_complex:
        return torch.tensor([complex(v) for v in vals], dtype=torch.complex128).to(dt)
    if dt.is_floating_point:
        return torch.tensor([float(v) for v in vals], dtype=torch.float64).to(dt)
    ints = [int(v) for v in vals]
    lo, hi = _int_bounds(dt)
    for v in ints:
        if not lo <= v <= hi:
            raise OverflowError(f"Python integer {v} out of bounds for {_name(dt)}")
    return ints_tensor(ints, dt)


# ------------------------------------------------------------------ sources of lines


def _lines(fname: Any, encoding: str | None, who: str) -> tuple[Iterator[str], Any]:
    """``(iterator of text lines, object to close or None)``."""
    if isinstance(fname, os.PathLike):
        fname = os.fspath(fname)
    if isinstance(fname, bytes):
        fname = os.fsdecode(fname)
    if isinstance(fname, str):
        ext = os.path.splitext(fname)[1]
        opener = _OPENERS.get(ext, open)
        fh = opener(fname, "rt", encoding=encoding)
        return iter(fh), fh
    if hasattr(fname, "read") or isinstance(fname, Iterable):
        if isinstance(fname, (dict,)):
            raise TypeError(f"{who}: fname must be a string, filehandle, list of strings, or "
                            f"generator. Got {type(fname)} instead.")
        enc = encoding or "latin1"
        return (ln.decode(enc) if isinstance(ln, bytes) else ln for ln in fname), None
    raise ValueError(
        "fname must be a string, filehandle, list of strings,\nor generator. Got "
        f"{type(fname)} instead."
    )


def _strip_comment(line: str, comments: tuple[str, ...]) -> str:
    for c in comments:
        i = line.find(c)
        if i >= 0:
            line = line[:i]
    return line


def _comments(comments: Any) -> tuple[str, ...]:
    if comments is None:
        return ()
    if isinstance(comments, bytes):
        comments = comments.decode("latin1")
    if isinstance(comments, str):
        return (comments,) if comments else ()
    out = []
    for c in comments:
        if isinstance(c, bytes):
            c = c.decode("latin1")
        if c:
            out.append(c)
    return tuple(out)


def _text_dtype(dtype: Any) -> torch.dtype:
    dt, swap = fmt.parse_dtype(dtype)
    return dt


def _nonneg(x: Any, what: str) -> int:
    v = operator.index(x)
    if v < 0:
        raise ValueError("argument must be nonnegative")
    return v


def _usecols(usecols: Any) -> list[int] | None:
    if usecols is None:
        return None
    if isinstance(usecols, (list, tuple)) or hasattr(usecols, "__iter__"):
        cols = list(usecols)
    else:
        cols = [usecols]
    out = []
    for c in cols:
        try:
            out.append(operator.index(c))
        except TypeError:
            raise TypeError(
                "usecols must be an int or a sequence of ints but it contains at least one "
                f"element of type {type(c).__name__!r}"
            ) from None
    return out


def _shape_ndmin(t: _Tensor, ndmin: int) -> _Tensor:
    """NumPy's ``_ensure_ndmin_ndarray``: squeeze, then pad to ``ndmin`` dimensions."""
    if t.dim() > ndmin:
        t = t.squeeze()
    if t.dim() < ndmin:
        if ndmin == 1:
            t = t.reshape(-1)
        elif ndmin == 2:
            t = t.reshape(-1, 1)
    return t


def _check_ndmin(ndmin: Any) -> int:
    if ndmin not in (0, 1, 2):
        raise ValueError(f"Illegal value of ndmin keyword: {ndmin}")
    return int(ndmin)


def _columns(
    rows: list[list[str]], ncols: int, dt: torch.dtype, converters: dict[int, Any],
    row_numbers: list[int],
) -> _Tensor:
    """Parse the row-major fields column by column; a 2-d tensor (rows, columns)."""
    if not rows:
        return torch.empty((0, ncols), dtype=dt)
    if not converters and (dt.is_floating_point or dt is torch.int64):
        # fast path: one pass over all fields; any failure re-parses by column for the message
        flat = [f for row in rows for f in row]
        if not any("_" in f for f in flat):
            try:
                vals = list(map(float if dt.is_floating_point else int, flat))
            except (ValueError, TypeError):
                pass
            else:
                if dt.is_floating_point:
                    t = torch.tensor(vals, dtype=torch.float64).to(dt)
                    return t.reshape(len(rows), ncols)
                if all(-(2**63) <= v < 2**63 for v in vals):
                    return torch.tensor(vals, dtype=torch.int64).reshape(len(rows), ncols)
    cols = list(zip(*rows))
    parsed = []
    for j, col in enumerate(cols):
        conv = converters.get(j)
        try:
            if conv is not None:
                parsed.append(_converted_values([conv(x) for x in col], dt))
            else:
                parsed.append(parse_tokens(list(col), dt))
        except BadToken as e:
            raise ValueError(
                f"could not convert string {e.token!r} to {_name(dt)} at row "
                f"{row_numbers[e.index]}, column {j + 1}."
            ) from None
    return torch.stack(parsed, dim=1)


# ------------------------------------------------------------------ loadtxt


def _split_fn(delimiter: Any, quotechar: Any) -> Callable[[str], list[str]]:
    if delimiter is not None:
        if isinstance(delimiter, bytes):
            delimiter = delimiter.decode("latin1")
        if not isinstance(delimiter, str) or len(delimiter) != 1:
            raise TypeError(
                "Text reading control character must be a single unicode character or None; "
                f"but got: {delimiter!r}"
            )
    if quotechar is not None:
        if not isinstance(quotechar, str) or len(quotechar) != 1:
            raise TypeError(
                "Text reading control character must be a single unicode character or None; "
                f"but got: {quotechar!r}"
            )
        if delimiter is None:
            return lambda line: next(csv.reader([line.strip()], delimiter=" ",
                                                quotechar=quotechar, skipinitialspace=True))
        return lambda line: next(csv.reader([line], delimiter=delimiter, quotechar=quotechar))
    if delimiter is None:
        return str.split
    return lambda line: line.split(delimiter)


def _converter_map(converters: Any, ncols: int, usecols: list[int] | None,
                   nfields: int) -> dict[int, Any]:
    """{position in the result: converter}; with ``usecols``, keys name the file's columns."""
    if converters is None:
        return {}
    if callable(converters):
        return dict.fromkeys(range(ncols), converters)
    if usecols is not None and isinstance(converters, dict):
        out = {}
        for k, f in converters.items():
            k = operator.index(k)
            for j, c in enumerate(usecols):
                if c == k:  # NumPy matches the keys to usecols' entries as written
                    out[j] = f
        return out
    if not isinstance(converters, dict):
        raise TypeError(
            "converters must be a dictionary mapping columns to converter functions or a "
            "single callable."
        )
    out = {}
    for k, f in converters.items():
        k = operator.index(k)
        if k < 0:
            k += ncols
        if not 0 <= k < ncols:
            raise ValueError(f"converter specified for column {k}, which is invalid for the "
                             f"number of fields {ncols}.")
        out[k] = f
    return out


def loadtxt(
    fname: Any,
    dtype: Any = float,
    comments: Any = "#",
    delimiter: Any = None,
    converters: Any = None,
    skiprows: int = 0,
    usecols: Any = None,
    unpack: bool = False,
    ndmin: int = 0,
    encoding: str | None = None,
    max_rows: int | None = None,
    *,
    quotechar: str | None = None,
    like: Any = None,
) -> _Tensor:
    """Load numbers from a text file; each row must have the same number of values."""
    ndmin = _check_ndmin(ndmin)
    dt = _text_dtype(dtype)
    skiprows = _nonneg(skiprows, "skiprows")
    if max_rows is not None:
        max_rows = _nonneg(max_rows, "max_rows")
    if converters is not None and not callable(converters) and not isinstance(converters, dict):
        raise TypeError(
            "converters must be a dictionary mapping columns to converter functions or a "
            "single callable."
        )
    cols = _usecols(usecols)
    split = _split_fn(delimiter, quotechar)
    comm = _comments(comments)
    lines, closer = _lines(fname, None if encoding == "bytes" else encoding, "loadtxt")
    rows: list[list[str]] = []
    row_numbers: list[int] = []
    ncols = -1
    nfields = 0
    try:
        for lineno, line in enumerate(lines):
            if lineno < skiprows:
                continue
            if max_rows is not None and len(rows) >= max_rows:
                break
            line = _strip_comment(line, comm).rstrip("\r\n")
            if not line.strip():
                continue
            fields = split(line)
            n = len(fields)
            if cols is not None:
                try:
                    fields = [fields[c] for c in cols]
                except IndexError:
                    bad = next(c for c in cols if not -n <= c < n)
                    raise ValueError(
                        f"invalid column index {bad} at row {lineno + 1} with {n} columns"
                    ) from None
            elif ncols >= 0 and n != ncols:
                raise ValueError(
                    f"the number of columns changed from {ncols} to {n} at row {lineno + 1}; "
                    "use `usecols` to select a subset and avoid this error"
                )
            ncols = len(fields)
            nfields = n
            rows.append(fields)
            row_numbers.append(lineno - skiprows)
    finally:
        if closer is not None:
            closer.close()
    if ncols < 0:
        warnings.warn(f'loadtxt: input contained no data: "{fname}"', UserWarning, stacklevel=3)
        ncols = len(cols) if cols is not None else 0
    conv = _converter_map(converters, max(ncols, 0), cols, nfields)
    t = _columns(rows, ncols, dt, conv, row_numbers)
    if not rows:
        t = t.reshape(0) if ncols <= 1 else t
    t = _shape_ndmin(t, ndmin)
    return _transpose(t) if unpack else t


# ------------------------------------------------------------------ genfromtxt


def _fixed_width_split(widths: list[int]) -> Callable[[str], list[str]]:
    bounds = []
    pos = 0
    for w in widths:
        bounds.append((pos, pos + w))
        pos += w
    return lambda line: [line[a:b] for a, b in bounds]


def _genfromtxt_split(delimiter: Any, autostrip: bool) -> Callable[[str], list[str]]:
    if isinstance(delimiter, bytes):
        delimiter = delimiter.decode("latin1")
    if delimiter is None:
        return str.split
    if isinstance(delimiter, int):
        def split(line: str) -> list[str]:
            line = line.rstrip("\r\n")
            out = [line[i : i + delimiter] for i in range(0, len(line), delimiter)]
            return [f.strip() for f in out] if autostrip else out
        return split
    if isinstance(delimiter, (list, tuple)):
        fixed = _fixed_width_split([operator.index(w) for w in delimiter])
        return (lambda line: [f.strip() for f in fixed(line)]) if autostrip else fixed
    if autostrip:
        return lambda line: [f.strip() for f in line.split(delimiter)]
    return lambda line: line.split(delimiter)


_DEFAULT_FILL = {"b": False, "i": -1, "u": 2**64 - 1, "f": math.nan, "c": complex(math.nan, 0)}


def _kind(dt: torch.dtype) -> str:
    if dt is torch.bool:
        return "b"
    if dt.is_complex:
        return "c"
    if dt.is_floating_point:
        return "f"
    return "i" if dt.is_signed else "u"


def _per_column(value: Any, ncols: int, cols: list[int] | None) -> dict[int, Any]:
    """A scalar, a sequence (by column) or a dict (by column index) -> {column: value}."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            k = operator.index(k)
            if cols is not None:  # dict keys name original columns
                k = cols.index(k) if k in cols else (cols.index(k + ncols) if k < 0 and
                                                     k + ncols in cols else -1)
            elif k < 0:
                k += ncols
            if 0 <= k < ncols:
                out[k] = v
        return out
    if isinstance(value, (list, tuple)):
        return {j: v for j, v in enumerate(value) if j < ncols}
    return dict.fromkeys(range(ncols), value)


def _missing_sets(missing_values: Any, ncols: int, cols: list[int] | None) -> list[set[str]]:
    sets = [{""} for _ in range(ncols)]
    if missing_values is None:
        return sets

    def as_set(v: Any) -> set[str]:
        if isinstance(v, (bytes, str)):
            v = v.decode("latin1") if isinstance(v, bytes) else v
            return {s.strip() for s in v.split(",")}
        return {str(s).strip() for s in v}

    if isinstance(missing_values, dict):
        for j, v in _per_column(missing_values, ncols, cols).items():
            sets[j] |= as_set(v)
        extra = missing_values.get(None)
        if extra is not None:
            for s in sets:
                s |= as_set(extra)
        return sets
    if isinstance(missing_values, (list, tuple)) and len(missing_values) == ncols and all(
        isinstance(v, (list, tuple, str, bytes)) for v in missing_values
    ) and not all(isinstance(v, (str, bytes)) for v in missing_values):
        for j, v in enumerate(missing_values):
            sets[j] |= as_set(v)
        return sets
    common = as_set(missing_values)
    for s in sets:
        s |= common
    return sets


def _discover(tokens: list[str]) -> torch.dtype:
    """genfromtxt ``dtype=None``: the first of bool, int64, float64, complex128 that parses."""
    toks = [t.strip() for t in tokens if t.strip()]
    if toks and all(t.lower() in ("true", "false") for t in toks):
        return torch.bool
    for dt, parse in ((torch.int64, _parse_int), (torch.float64, _parse_float),
                      (torch.complex128, _parse_complex)):
        try:
            for t in toks:
                parse(t)
        except (ValueError, TypeError):
            continue
        if dt is torch.int64 and any(not -(2**63) <= int(t) < 2**63 for t in toks):
            continue
        return dt
    raise TypeError(
        "genfromtxt(dtype=None) found non-numeric text: tnp supports numeric dtypes only "
        "(no string or structured dtypes)"
    )


def _gen_parse(tok: str, kind: str) -> Any:
    s = tok.strip()
    if kind == "b":
        low = s.lower()
        if low == "true":
            return True
        if low == "false":
            return False
        raise ValueError(tok)
    if kind in "iu":
        return _parse_int(s)
    if kind == "f":
        return _parse_float(s)
    return _parse_complex(s)


def genfromtxt(
    fname: Any,
    dtype: Any = float,
    comments: Any = "#",
    delimiter: Any = None,
    skip_header: int = 0,
    skip_footer: int = 0,
    converters: Any = None,
    missing_values: Any = None,
    filling_values: Any = None,
    usecols: Any = None,
    names: Any = None,
    excludelist: Any = None,
    deletechars: str = " !#$%&'()*+,-./:;<=>?@[\\]^{|}~",
    replace_space: str = "_",
    autostrip: bool = False,
    case_sensitive: bool = True,
    defaultfmt: str = "f%i",
    unpack: bool | None = None,
    usemask: bool = False,
    loose: bool = True,
    invalid_raise: bool = True,
    max_rows: int | None = None,
    encoding: str | None = None,
    *,
    ndmin: int = 0,
    like: Any = None,
) -> _Tensor:
    """Load numbers from a text file, filling missing and invalid values."""
    if names is not None and names is not False:
        raise TypeError(
            "genfromtxt(names=...) builds a structured array: tnp supports numeric dtypes only "
            "(names=None)"
        )
    if usemask:
        raise TypeError("genfromtxt(usemask=True) returns a masked array: not supported by tnp")
    ndmin = _check_ndmin(ndmin)
    if max_rows is not None:
        if skip_footer:
            raise ValueError(
                "The keywords 'skip_footer' and 'max_rows' can not be specified at the same "
                "time."
            )
        if max_rows < 1:
            raise ValueError("'max_rows' must be at least 1.")
    if converters is not None and not isinstance(converters, dict):
        raise TypeError(
            "The input argument 'converter' should be a valid dictionary (got "
            f"'{type(converters)}' instead)"
        )
    dt = None if dtype is None else _text_dtype(dtype)
    cols = _usecols(usecols)
    split = _genfromtxt_split(delimiter, autostrip)
    comm = _comments(comments)
    lines, closer = _lines(fname, None if encoding == "bytes" else encoding, "genfromtxt")
    rows: list[list[str]] = []
    invalid: list[tuple[int, int]] = []
    ncols = -1
    i = -1  # NumPy's line count, from the first line holding data
    try:
        for lineno, line in enumerate(lines):
            if lineno < skip_header:
                continue
            line = _strip_comment(line, comm).strip(" \r\n")
            fields = split(line) if line else []
            if ncols < 0:
                if not fields:
                    continue
                ncols = len(cols) if cols is not None else len(fields)
            i += 1
            if not fields:
                continue
            n = len(fields)
            if cols is not None:
                try:
                    fields = [fields[c] for c in cols]
                except IndexError:
                    invalid.append((i + skip_header + 1, n))
                    continue
            elif n != ncols:
                invalid.append((i + skip_header + 1, n))
                continue
            rows.append(fields)
            if max_rows is not None and len(rows) >= max_rows:
                break
    finally:
        if closer is not None:
            closer.close()
    if invalid:
        if skip_footer > 0:
            nrows = len(rows) + len(invalid) - skip_footer
            skipped = len([b for b in invalid if b[0] > nrows + skip_header])
            invalid = invalid[: len(invalid) - skipped]
            skip_footer -= skipped
        if invalid:
            msg = "Some errors were detected !\n" + "\n".join(
                f"    Line #{k} (got {n} columns instead of {ncols})" for k, n in invalid
            )
            if invalid_raise:
                raise ValueError(msg)
            warnings.warn(msg, ConversionWarning, stacklevel=3)
    if skip_footer > 0:
        rows = rows[:-skip_footer]
    if ncols < 0:
        warnings.warn(f'genfromtxt: Empty input file: "{fname}"', UserWarning, stacklevel=3)
        t = torch.empty(0, dtype=dt if dt is not None else torch.float64)
        t = _shape_ndmin(t, ndmin)
        return _transpose(t) if unpack else t
    width = len(cols) if cols is not None else ncols
    conv = _per_column(converters, width, cols) if converters else {}
    missing = _missing_sets(missing_values, width, cols)
    fills = _per_column(filling_values, width, cols) if filling_values is not None else {}
    columns = list(zip(*rows)) if rows else [() for _ in range(width)]
    parsed = []
    for j in range(width):
        col = list(columns[j])
        cdt = dt
        if cdt is None:
            cdt = _discover([t for t in col if t.strip() not in missing[j]])
        kind = _kind(cdt)
        fill = fills.get(j, _DEFAULT_FILL[kind])
        f = conv.get(j)
        vals: list[Any] = []
        for tok in col:
            if f is not None:
                v = f(tok)
                if isinstance(v, (str, bytes)):
                    tok = v.decode("latin1") if isinstance(v, bytes) else v
                else:
                    vals.append(v)
                    continue
            if tok.strip() in missing[j]:
                vals.append(fill)
                continue
            try:
                vals.append(_gen_parse(tok, kind))
            except (ValueError, TypeError):
                if not loose:
                    raise ValueError(f"Cannot convert string {tok.strip()!r}") from None
                vals.append(fill)
        parsed.append(_converted_values(vals, cdt) if vals else torch.empty(0, dtype=cdt))
    if dt is None:
        kinds = {p.dtype for p in parsed}
        if len(kinds) > 1:
            raise TypeError(
                "genfromtxt(dtype=None) found columns of different types, which NumPy returns "
                "as a structured array: tnp supports numeric dtypes only; pass a dtype"
            )
    if rows:
        t = torch.stack(parsed, dim=1)
    else:  # NumPy: np.array([], dtype)
        t = torch.empty(0, dtype=parsed[0].dtype if parsed else torch.float64)
    t = _shape_ndmin(t, ndmin)
    return _transpose(t) if unpack else t


def _transpose(t: _Tensor) -> _Tensor:
    """NumPy's ``a.T`` (all axes reversed)."""
    return t.permute(tuple(range(t.dim() - 1, -1, -1))) if t.dim() > 1 else t


# ------------------------------------------------------------------ savetxt


def format_items(t: _Tensor, format: str) -> list[str]:
    """``format % item`` for each element of a 1-d tensor (``ndarray.tofile`` text mode)."""
    vals = t.view(torch.int64).tolist() if t.dtype is torch.uint64 else t.tolist()
    if t.dtype is torch.uint64:
        vals = [v + 2**64 if v < 0 else v for v in vals]
    return [format % (v,) for v in vals]


class _TextSink:
    """Writes str to a path (text mode), a text stream, or a binary stream (encoded)."""

    def __init__(self, fname: Any, encoding: str | None) -> None:
        self.own = False
        if isinstance(fname, os.PathLike):
            fname = os.fspath(fname)
        if isinstance(fname, bytes):
            fname = os.fsdecode(fname)
        if isinstance(fname, str):
            ext = os.path.splitext(fname)[1]
            opener = _OPENERS.get(ext, open)
            self.fh = opener(fname, "wt", encoding=encoding)
            self.own = True
            self.binary = False
        elif hasattr(fname, "write"):
            self.fh = fname
            self.binary = _is_binary_stream(fname)
        else:
            raise ValueError("fname must be a string or file handle")
        self.encoding = encoding or "latin1"

    def write(self, s: str) -> None:
        self.fh.write(s.encode(self.encoding) if self.binary else s)

    def close(self) -> None:
        if self.own:
            self.fh.close()


def _is_binary_stream(fh: Any) -> bool:
    import io

    if hasattr(fh, "encoding") or isinstance(fh, io.TextIOBase):
        return False
    if isinstance(fh, (io.RawIOBase, io.BufferedIOBase)):
        return True
    mode = getattr(fh, "mode", "")
    return "b" in mode if isinstance(mode, str) else True


def savetxt(
    fname: Any,
    X: ArrayLike,
    fmt: Any = "%.18e",
    delimiter: str = " ",
    newline: str = "\n",
    header: str = "",
    footer: str = "",
    comments: str = "# ",
    encoding: str | None = None,
) -> None:
    """Save a 1-d or 2-d array to a text file (``fmt`` per value; complex as ``(re+imj)``)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("latin1")
    if X.dim() == 0 or X.dim() > 2:
        raise ValueError(f"Expected 1D or 2D array, got {X.dim()}D array instead")
    if X.dim() == 1:
        X = X.reshape(-1, 1)
    ncol = X.shape[1]
    is_complex = X.dtype.is_complex
    if type(fmt) in (list, tuple):
        if len(fmt) != ncol:
            raise AttributeError(f"fmt has wrong shape.  {fmt}")
        line_fmt = delimiter.join(fmt)
    elif isinstance(fmt, str):
        n = fmt.count("%")
        if n == 1:
            one = f" ({fmt}+{fmt}j)" if is_complex else fmt
            line_fmt = delimiter.join([one] * ncol)
        elif (is_complex and n != 2 * ncol) or (not is_complex and n != ncol):
            raise ValueError(f"fmt has wrong number of % formats:  {fmt}")
        else:
            line_fmt = fmt
    else:
        raise ValueError(f"invalid fmt: {fmt!r}")
    sink = _TextSink(fname, encoding)
    try:
        if header:
            sink.write(comments + header.replace("\n", "\n" + comments) + newline)
        if is_complex:
            parts = torch.view_as_real(X.resolve_conj()).reshape(X.shape[0], 2 * ncol)
            rows = _rows_for_format(parts, line_fmt)
            for row in rows:
                sink.write((line_fmt % tuple(row) + newline).replace("+-", "-"))
        else:
            rows = _rows_for_format(X, line_fmt)
            for row in rows:
                try:
                    s = line_fmt % tuple(row)
                except TypeError as e:
                    raise TypeError(
                        f"Mismatch between array dtype ('{_name(X.dtype)}') and format "
                        f"specifier ('{line_fmt}')"
                    ) from e
                sink.write(s + newline)
        if footer:
            sink.write(comments + footer.replace("\n", "\n" + comments) + newline)
    finally:
        sink.close()


def _rows_for_format(X: _Tensor, line_fmt: str) -> list[list[Any]]:
    """The rows of a 2-d tensor as Python values, or as tnp scalars where the format prints
    them NumPy's way (``%r``: ``np.float64(...)``; ``%s`` of float16/float32: shortest repr)."""
    scalars = "%r" in line_fmt or (
        "%s" in line_fmt and X.dtype in (torch.float16, torch.float32, torch.bfloat16)
    )
    if scalars:
        from tnp_core._ndarray import wrap_scalar

        return [[wrap_scalar(v) for v in row.unbind(0)] for row in X.unbind(0)]
    if X.dtype is torch.uint64:
        return [[v + 2**64 if v < 0 else v for v in r] for r in X.view(torch.int64).tolist()]
    if X.dtype is torch.bool and "%s" not in line_fmt:
        return [[int(v) for v in row] for row in X.tolist()]
    return X.tolist()
