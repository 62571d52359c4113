"""Array comparisons of ``tnp_core.testing`` (NumPy's assert_* family and its messages).

Inputs may be tnp arrays, NumPy arrays (converted by ``tnp_core.asarray``), tnp/NumPy
scalars or Python objects.  All arithmetic runs through the tnp namespace on tensors; NumPy
is never imported (a NumPy array is recognised only when NumPy is already loaded).
"""

from __future__ import annotations

import contextlib
import math
import operator
import sys
import threading
import traceback
from typing import Any

import torch

import tnp_core as _np
from tnp_core import _printing

_print_lock = threading.RLock()


# --------------------------------------------------------------------------- helpers


def _is_array(a: Any) -> bool:
    """An array (tnp or NumPy), not a scalar: what NumPy's ``isinstance(a, ndarray)`` means."""
    if isinstance(a, _np.ndarray):
        return not isinstance(a, _np.generic)
    numpy = sys.modules.get("numpy")
    return numpy is not None and isinstance(a, numpy.ndarray)


def _as_array(a: Any, dtype: Any = None) -> Any:
    """``asanyarray``: a (non-scalar) tnp ndarray; 0-d for scalars."""
    if isinstance(a, _np.generic):
        return _np.array(a, dtype=dtype)
    return _np.asarray(a, dtype=dtype)


def _dtype_name(a: Any) -> str:
    return str(a.dtype)


def _array_repr(a: Any, precision: int = 8) -> str:
    """``numpy.array_repr(a, precision=precision)`` for a tnp array (current print options)."""
    a = _as_array(a)
    fn = getattr(_printing, "array_repr_of", None)
    try:
        return fn(a.tensor, _dtype_name(a), precision=precision)
    except TypeError:  # a printing module without per-call precision
        pass
    with _print_lock:
        old = getattr(_printing, "_PRECISION", None)
        _printing._PRECISION = int(precision)
        try:
            return repr(a)
        finally:
            _printing._PRECISION = old


def _array2string(a: Any) -> str:
    """``numpy.array2string`` of a 0-d value (current print options)."""
    a = _as_array(a)
    text = getattr(_printing, "array_text", None)
    options = getattr(_printing, "options_with", None)
    if text is not None and options is not None:
        return text(a.tensor, _dtype_name(a), options())
    return _printing._array_text(a.tensor, _dtype_name(a), " ", "", _printing._LINEWIDTH)


def build_err_msg(arrays: Any, err_msg: Any, header: str = "Items are not equal:",
                  verbose: bool = True, names: Any = ("ACTUAL", "DESIRED"),
                  precision: int = 8) -> str:
    """The text of the ``AssertionError`` of the assert functions (NumPy's layout).

    ``header`` then ``err_msg`` (on the same line when short and single-line), then, when
    ``verbose``, one `` NAME: repr`` line per array (arrays printed with ``precision``
    digits, reprs cut to 3 lines).
    """
    lines = ["\n" + header]
    err_msg = str(err_msg)
    if err_msg:
        if "\n" not in err_msg and len(err_msg) < 79 - len(header):
            lines[0] += " " + err_msg
        else:
            lines.append(err_msg)
    if verbose:
        for name, a in zip(names, arrays):
            try:
                text = _array_repr(a, precision) if _is_array(a) else repr(a)
            except Exception as exc:  # noqa: BLE001  (NumPy reports any repr failure)
                text = f"[repr failed for <{type(a).__name__}>: {exc}]"
            if text.count("\n") > 3:
                text = "\n".join(text.splitlines()[:3]) + "..."
            lines.append(f" {name}: {text}")
    return "\n".join(lines)


def _all_true(v: Any) -> bool:
    if isinstance(v, (bool, int)):
        return bool(v)
    return bool(_np.all(v))


# --------------------------------------------------------------------------- assert_array_compare


def _same_positions(x: Any, y: Any, func: Any, what: str, ctx: dict) -> Any:
    """Check ``func`` flags the same positions in x and y; return the flags to skip."""
    fx, fy = func(x), func(y)
    if not _all_true(fx == fy):
        raise AssertionError(build_err_msg(
            [x, y], ctx["err_msg"] + f"\n{what} location mismatch:", verbose=ctx["verbose"],
            header=ctx["header"], names=ctx["names"], precision=ctx["precision"]))
    if fx.ndim == 0:
        return _as_array(bool(fx))
    if fy.ndim == 0:
        return _as_array(bool(fy))
    return fy


def _same_inf_values(x: Any, y: Any, mask: Any, ctx: dict) -> None:
    if not bool(mask.any()):
        return
    if x.ndim > 0 and y.ndim > 0:
        x, y = x[mask], y[mask]
    if not _all_true(x == y):
        raise AssertionError(build_err_msg(
            [x, y], ctx["err_msg"] + "\ninf values mismatch:", verbose=ctx["verbose"],
            header=ctx["header"], names=ctx["names"], precision=ctx["precision"]))


def _difference_remarks(x: Any, y: Any, invalids: Any) -> list[str]:
    """'Max absolute/relative difference among violations' lines (none for booleans)."""
    remarks: list[str] = []
    if x.ndim == 0 and y.ndim == 0 and _np.issubdtype(x.dtype, _np.unsignedinteger):
        return remarks  # NumPy's minimum(..., out=<scalar>) fails there: no statistics
    with _np.errstate(all="ignore"), contextlib.suppress(TypeError):
        # abs is the identity on unsigned integers: take the smaller wrapped difference
        error = x - y
        if _np.issubdtype(error.dtype, _np.unsignedinteger):
            error = _np.minimum(error, y - x)
        else:
            error = _np.abs(error)
        max_abs = _np.max(error[invalids])
        remarks.append("Max absolute difference among violations: " + _array2string(max_abs))
        nz_bad = _np.logical_and(invalids, y != 0)
        if not bool(nz_bad.any()):
            max_rel = _np.asarray(math.inf)
        else:
            yb = _np.broadcast_to(y, error.shape)
            yv = yb[nz_bad]
            if not _np.issubdtype(yv.dtype, _np.unsignedinteger):
                yv = _np.abs(yv)
            max_rel = _np.max(error[nz_bad] / yv)
        remarks.append("Max relative difference among violations: " + _array2string(max_rel))
    return remarks


def _mismatch_positions(ox: Any, oy: Any, flagged: Any, invalids: Any, names: Any) -> str:
    if flagged.ndim > 0:
        positions = _np.argwhere(~flagged)[invalids]
    else:
        positions = _np.argwhere(invalids)
    n = len(positions)
    rows = []
    for p in positions[:5].tolist():
        vx = ox if ox.ndim == 0 else ox[tuple(p)]
        vy = oy if oy.ndim == 0 else oy[tuple(p)]
        rows.append(f" {p}: {vx} ({names[0]}), {vy} ({names[1]})")
    s = "\n".join(rows)
    if n == 1:
        return f"Mismatch at index:\n{s}"
    if n <= 5:
        return f"Mismatch at indices:\n{s}"
    return f"First 5 mismatches are at indices:\n{s}"


def _python_fallback(x: Any, y: Any, ctx: dict, exc: Exception) -> None:
    """Inputs tnp cannot hold (strings, objects): compare them as Python objects."""
    try:
        same = bool(x == y)
    except Exception:  # noqa: BLE001
        raise exc from None
    if not same:
        raise AssertionError(build_err_msg([x, y], ctx["err_msg"], verbose=ctx["verbose"],
                                           header=ctx["header"], names=ctx["names"],
                                           precision=ctx["precision"]))


def assert_array_compare(comparison: Any, x: Any, y: Any, err_msg: Any = "",
                         verbose: bool = True, header: str = "", precision: int = 6,
                         equal_nan: bool = True, equal_inf: bool = True, *,
                         strict: bool = False, names: Any = ("ACTUAL", "DESIRED")) -> None:
    """Check ``comparison(x, y)`` holds everywhere; raise NumPy's ``AssertionError`` if not.

    NaNs (``equal_nan``) and infinities (``equal_inf``) must sit at the same positions and
    are then left out of the comparison.  Shapes must match unless one side is 0-d;
    ``strict=True`` also requires equal shapes and dtypes.
    """
    __tracebackhide__ = True
    ctx = {"err_msg": str(err_msg), "verbose": verbose, "header": header, "names": names,
           "precision": precision}
    try:
        x = _as_array(x)
        y = _as_array(y)
    except (TypeError, ValueError) as exc:
        return _python_fallback(x, y, ctx, exc)
    ox, oy = x, y
    try:
        if strict:
            ok = x.shape == y.shape and x.dtype == y.dtype
        else:
            ok = x.shape == () or y.shape == () or x.shape == y.shape
        if not ok:
            if x.shape != y.shape:
                reason = f"\n(shapes {x.shape}, {y.shape} mismatch)"
            else:
                reason = f"\n(dtypes {x.dtype}, {y.dtype} mismatch)"
            raise AssertionError(build_err_msg([x, y], ctx["err_msg"] + reason,
                                               verbose=verbose, header=header, names=names,
                                               precision=precision))
        flagged = _as_array(False)
        if equal_nan:
            flagged = _same_positions(x, y, _np.isnan, "nan", ctx)
        if equal_inf:
            skip = flagged

            def inf_here(v: Any) -> Any:
                return _np.logical_and(_np.isinf(v), _np.logical_not(skip))

            infs = _same_positions(x, y, inf_here, "inf", ctx)
            _same_inf_values(x, y, infs, ctx)
            flagged = flagged | infs
        if flagged.ndim > 0:
            keep = ~flagged
            x, y = x[keep], y[keep]
            if x.size == 0:
                return None
        elif bool(flagged):
            return None

        val = comparison(x, y)
        if isinstance(val, bool):
            reduced = _as_array([val])
            invalids = _as_array(not val)
        else:
            val = _as_array(val)
            reduced = val.ravel()
            invalids = _np.logical_not(val)
        if bool(reduced.all()):
            return None

        n_mismatch = int(reduced.size - int(reduced.sum()))
        n_elements = flagged.size if flagged.ndim != 0 else reduced.size
        remarks = [f"Mismatched elements: {n_mismatch} / {n_elements} "
                   f"({100 * n_mismatch / n_elements:.3g}%)"]
        if invalids.ndim != 0:
            remarks.append(_mismatch_positions(ox, oy, flagged, invalids, names))
        remarks += _difference_remarks(x, y, invalids)
        msg = build_err_msg([ox, oy], ctx["err_msg"] + "\n" + "\n".join(remarks),
                            verbose=verbose, header=header, names=names, precision=precision)
        raise AssertionError(msg)
    except ValueError:
        tb = traceback.format_exc()
        head = f"error during assertion:\n\n{tb}\n\n{header}"
        raise ValueError(build_err_msg([x, y], ctx["err_msg"], verbose=verbose, header=head,
                                       names=names, precision=precision)) from None


# --------------------------------------------------------------------------- array asserts


def assert_array_equal(actual: Any, desired: Any, err_msg: Any = "", verbose: bool = True, *,
                       strict: bool = False) -> None:
    """Raise ``AssertionError`` unless the arrays are equal (NaNs at the same places are)."""
    __tracebackhide__ = True
    assert_array_compare(operator.__eq__, actual, desired, err_msg=err_msg, verbose=verbose,
                         header="Arrays are not equal", strict=strict)


def assert_array_almost_equal(actual: Any, desired: Any, decimal: int = 6, err_msg: Any = "",
                              verbose: bool = True) -> None:
    """Raise unless ``abs(desired - actual) < 1.5 * 10**(-decimal)`` everywhere."""
    __tracebackhide__ = True

    def compare(x: Any, y: Any) -> Any:
        y = _as_array(y, _np.result_type(y, 1.0))
        return _np.abs(x - y) < 1.5 * 10.0 ** (-decimal)

    assert_array_compare(compare, actual, desired, err_msg=err_msg, verbose=verbose,
                         header=f"Arrays are not almost equal to {int(decimal)} decimals",
                         precision=decimal)


def assert_array_less(x: Any, y: Any, err_msg: Any = "", verbose: bool = True, *,
                      strict: bool = False) -> None:
    """Raise unless ``x < y`` everywhere (NaNs at the same places are skipped)."""
    __tracebackhide__ = True
    assert_array_compare(operator.__lt__, x, y, err_msg=err_msg, verbose=verbose,
                         header="Arrays are not strictly ordered `x < y`", equal_inf=False,
                         strict=strict, names=("x", "y"))


def assert_allclose(actual: Any, desired: Any, rtol: float = 1e-7, atol: float = 0,
                    equal_nan: bool = True, err_msg: Any = "", verbose: bool = True, *,
                    strict: bool = False) -> None:
    """Raise unless ``abs(actual - desired) <= atol + rtol * abs(desired)`` everywhere."""
    __tracebackhide__ = True

    def compare(x: Any, y: Any) -> Any:
        return _np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan)

    try:
        actual, desired = _as_array(actual), _as_array(desired)
    except (TypeError, ValueError):
        pass
    header = f"Not equal to tolerance rtol={rtol:g}, atol={atol:g}"
    assert_array_compare(compare, actual, desired, err_msg=str(err_msg), verbose=verbose,
                         header=header, equal_nan=equal_nan, strict=strict)


# --------------------------------------------------------------------------- scalar asserts


def _part(v: Any, name: str) -> Any:
    """``v.real`` / ``v.imag`` as NumPy's ``real``/``imag`` give them (scalars stay scalars)."""
    if hasattr(v, name):
        out = getattr(v, name)
        if isinstance(v, _np.generic) and isinstance(out, _np.ndarray) and out.ndim == 0:
            out = out[()]
        return out
    return getattr(_np, name)(v)


def _complex_parts(v: Any) -> tuple[Any, Any]:
    if _np.iscomplexobj(v):
        return _part(v, "real"), _part(v, "imag")
    return v, 0


def _is_complex(actual: Any, desired: Any) -> bool:
    try:
        return bool(_np.iscomplexobj(actual) or _np.iscomplexobj(desired))
    except Exception:  # noqa: BLE001  (strings, objects tnp cannot convert)
        return False


def _check(fn: Any, *args: Any) -> Any:
    """Evaluate a tnp predicate on scalars; ``None`` when the inputs are not numbers."""
    try:
        return bool(fn(*args))
    except Exception:  # noqa: BLE001
        return None


def assert_equal(actual: Any, desired: Any, err_msg: Any = "", verbose: bool = True, *,
                 strict: bool = False) -> None:
    """Raise ``AssertionError`` unless the objects are equal.

    Dicts, lists and tuples are compared item by item (recursively); arrays go to
    ``assert_array_equal``; scalars compare NaN equal to NaN and tell -0.0 from 0.0.
    """
    __tracebackhide__ = True
    if isinstance(desired, dict):
        if not isinstance(actual, dict):
            raise AssertionError(repr(type(actual)))
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in desired:
            if k not in actual:
                raise AssertionError(repr(k))
            assert_equal(actual[k], desired[k], f"key={k!r}\n{err_msg}", verbose)
        return
    if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in range(len(desired)):
            assert_equal(actual[k], desired[k], f"item={k!r}\n{err_msg}", verbose)
        return
    if _is_array(actual) or _is_array(desired):
        return assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
    msg = build_err_msg([actual, desired], err_msg, verbose=verbose)

    if _is_complex(actual, desired):
        ar, ai = _complex_parts(actual)
        dr, di = _complex_parts(desired)
        try:
            assert_equal(ar, dr)
            assert_equal(ai, di)
        except AssertionError:
            raise AssertionError(msg) from None

    if _check(_np.isscalar, desired) != _check(_np.isscalar, actual):
        raise AssertionError(msg)

    dn, an = _check(_np.isnan, desired), _check(_np.isnan, actual)
    if dn and an:
        return
    if dn is not None and an is not None:
        try:
            if desired == 0 and actual == 0 and \
                    bool(_np.signbit(desired)) != bool(_np.signbit(actual)):
                raise AssertionError(msg)
        except (TypeError, ValueError):
            pass
    if not (desired == actual):
        raise AssertionError(msg)
    return None


def print_assert_equal(test_string: str, actual: Any, desired: Any) -> None:
    """Raise ``AssertionError`` with pretty-printed values unless ``actual == desired``."""
    __tracebackhide__ = True
    import io
    import pprint

    if not (actual == desired):
        buf = io.StringIO()
        buf.write(test_string)
        buf.write(" failed\nACTUAL: \n")
        pprint.pprint(actual, buf)
        buf.write("DESIRED: \n")
        pprint.pprint(desired, buf)
        raise AssertionError(buf.getvalue())


def assert_almost_equal(actual: Any, desired: Any, decimal: int = 7, err_msg: Any = "",
                        verbose: bool = True) -> None:
    """Raise unless ``abs(desired - actual) < 1.5 * 10**(-decimal)``."""
    __tracebackhide__ = True

    def fail() -> AssertionError:
        return AssertionError(build_err_msg(
            [actual, desired], err_msg, verbose=verbose,
            header=f"Arrays are not almost equal to {int(decimal)} decimals"))

    if _is_complex(actual, desired):
        ar, ai = _complex_parts(actual)
        dr, di = _complex_parts(desired)
        try:
            assert_almost_equal(ar, dr, decimal=decimal)
            assert_almost_equal(ai, di, decimal=decimal)
        except AssertionError:
            raise fail() from None
    if _is_array(actual) or _is_array(desired) or isinstance(actual, (tuple, list)) \
            or isinstance(desired, (tuple, list)):
        return assert_array_almost_equal(actual, desired, decimal, err_msg)
    fd, fa = _check(_np.isfinite, desired), _check(_np.isfinite, actual)
    if fd is not None and fa is not None and not (fd and fa):
        if _check(_np.isnan, desired) or _check(_np.isnan, actual):
            if not (_check(_np.isnan, desired) and _check(_np.isnan, actual)):
                raise fail()
        elif not desired == actual:
            raise fail()
        return None
    if abs(desired - actual) >= 1.5 * 10.0 ** (-decimal):
        raise fail()
    return None


def assert_approx_equal(actual: Any, desired: Any, significant: int = 7, err_msg: Any = "",
                        verbose: bool = True) -> None:
    """Raise unless the two numbers agree to ``significant`` significant digits."""
    __tracebackhide__ = True
    actual, desired = float(actual), float(desired)
    if desired == actual:
        return
    t = torch.tensor([desired, actual], dtype=torch.float64)
    scale = torch.pow(10.0, torch.floor(torch.log10(0.5 * t.abs().sum())))
    sc = t / scale
    sc = torch.where(scale == 0, torch.zeros_like(sc), sc)
    sc_desired, sc_actual = sc.tolist()
    msg = build_err_msg([actual, desired], err_msg, verbose=verbose,
                        header=f"Items are not equal to {int(significant)} significant digits:")
    if not (math.isfinite(desired) and math.isfinite(actual)):
        if math.isnan(desired) or math.isnan(actual):
            if not (math.isnan(desired) and math.isnan(actual)):
                raise AssertionError(msg)
        elif not desired == actual:
            raise AssertionError(msg)
        return
    if abs(sc_desired - sc_actual) >= 10.0 ** (-(significant - 1)):
        raise AssertionError(msg)


# --------------------------------------------------------------------------- ULP


_INT_VIEW = {
    torch.float16: torch.int16, torch.bfloat16: torch.int16,
    torch.float32: torch.int32, torch.float64: torch.int64,
}


def _integer_repr(t: torch.Tensor) -> torch.Tensor:
    """Float bit patterns as sign-magnitude integers (monotonic in the float value)."""
    idt = _INT_VIEW.get(t.dtype)
    if idt is None:
        raise ValueError(f"Unsupported dtype {_np.dtype(t.dtype)}")
    r = t.contiguous().view(idt)
    comp = torch.iinfo(idt).min
    return torch.where(r < 0, comp - r, r)


def nulp_diff(x: Any, y: Any, dtype: Any = None) -> Any:
    """Number of representable floats between ``x`` and ``y`` (elementwise, as floats)."""
    x = _np.asarray(x, dtype=dtype)
    y = _np.asarray(y, dtype=dtype)
    if _np.iscomplexobj(x) or _np.iscomplexobj(y):
        raise NotImplementedError("_nulp not implemented for complex array")
    if x.dtype == y.dtype and x.tensor.dtype in _INT_VIEW:
        t = x.dtype  # (common_type refuses bfloat16, which has a ULP as well)
    else:
        t = _np.common_type(x, y)
    x = _np.array([x], dtype=t)
    y = _np.array([y], dtype=t)
    if x.shape != y.shape:
        raise ValueError(f"Arrays do not have the same shape: {x.shape} - {y.shape}")
    tx, ty = x.tensor, y.tensor
    nan = torch.tensor(math.nan, dtype=tx.dtype, device=tx.device)
    tx = torch.where(tx.isnan(), nan, tx)
    ty = torch.where(ty.isnan(), nan, ty)
    diff = (_integer_repr(tx) - _integer_repr(ty)).to(tx.dtype).abs()
    return _np.asarray(diff)


def assert_array_almost_equal_nulp(x: Any, y: Any, nulp: int = 1) -> None:
    """Raise unless ``|x - y| <= nulp * spacing(max(|x|, |y|))`` everywhere."""
    __tracebackhide__ = True
    ax, ay = _np.abs(x), _np.abs(y)
    ref = nulp * _np.spacing(_np.where(ax > ay, ax, ay))
    if not bool(_np.all(_np.abs(_np.subtract(x, y)) <= ref)):
        if _np.iscomplexobj(x) or _np.iscomplexobj(y):
            msg = f"Arrays are not equal to {nulp} ULP"
        else:
            max_nulp = float(_np.max(nulp_diff(x, y)))
            msg = f"Arrays are not equal to {nulp} ULP (max is {max_nulp:g})"
        raise AssertionError(msg)


def assert_array_max_ulp(a: Any, b: Any, maxulp: int = 1, dtype: Any = None) -> Any:
    """Raise unless ``a`` and ``b`` differ by at most ``maxulp`` ULP; return the ULP counts."""
    __tracebackhide__ = True
    ret = nulp_diff(a, b, dtype)
    if not bool(_np.all(ret <= maxulp)):
        raise AssertionError(f"Arrays are not almost equal up to {maxulp:g} ULP "
                             f"(max difference is {float(_np.max(ret)):g} ULP)")
    return ret
