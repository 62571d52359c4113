"""Which public functions give ndarray-subclass inputs subclass results, as NumPy does.

NumPy has no single rule: functions built on ``asanyarray``, array methods or ufuncs return
the input's subclass (``np.sort``, ``np.reshape``, ``np.sum``...), functions built on
``asarray`` or ``concatenate`` return base arrays (``np.where``, ``np.stack``, ``np.fft.*``...).
So the behaviour is recorded per function, in :data:`RULES`, from NumPy 2.4's observable
results (``tests/core/test_subclass_results.py`` checks every entry against NumPy).

Functions without a rule return base arrays.  Ufuncs follow their own protocol
(``_ndarray.like_subclass``).  A converted result is a new instance of the input's class
sharing the result's data (views stay views) on which ``__array_finalize__`` runs with the
input, NumPy's "new from template".  This only runs once a user has defined an ndarray
subclass (``_ndarray.USER_SUBCLASSES`` is not empty) and the source argument is one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._ndarray import _SCALAR_CLASSES, USER_SUBCLASSES, _new, ndarray

__all__ = ["RULES", "SubclassRule", "follow_subclass"]


@dataclass(frozen=True)
class SubclassRule:
    """How one function's results follow a subclass input."""

    sources: tuple[int, ...] = (0,)
    """Positional parameters whose class results take: the first that is a user subclass."""
    scalars: bool = False
    """Scalar results become 0-d subclass arrays (ufunc-style reductions: ``np.sum(sub)``)."""
    items: tuple[bool, ...] | None = None
    """For tuple results: which items take the class (None: every array item)."""
    flags: tuple[str, ...] = ()
    """``np.unique``: the keyword flags that add items after the first, in ``items`` order."""
    subok: bool | None = None
    """The default of the function's ``subok`` keyword; ``subok=False`` returns base arrays."""
    per_argument: bool = False
    """``*args`` functions (``atleast_1d``...): result ``i`` follows argument ``i``."""
    template: bool = True
    """``__array_finalize__`` sees the input (False: ``None``, a fresh array: ``packbits``)."""
    sequence: bool = False
    """A source may be a sequence of arrays, whose first item decides (``multi_dot``)."""
    min_ndim: int = 0
    """Only sources of at least this many dimensions (``np.diag``: 2-d in, a view out)."""


_ARRAYS = SubclassRule()
_REDUCTION = SubclassRule(scalars=True)
_EITHER = SubclassRule(sources=(0, 1))
_SECOND = SubclassRule(sources=(1,))
_LIKE = SubclassRule(subok=True)
_SUBOK_FALSE = SubclassRule(subok=False)
_PER_ARGUMENT = SubclassRule(per_argument=True)

RULES: dict[str, SubclassRule] = {
    # reductions and statistics: 0-d results are 0-d subclass arrays
    **dict.fromkeys(
        ["all", "any", "amax", "amin", "max", "min", "sum", "prod", "mean", "std", "var", "ptp",
         "average", "median", "nanmax", "nanmin", "nansum", "nanprod", "nanmean", "nanstd",
         "nanvar", "nanmedian"],
        _REDUCTION,
    ),
    "trapezoid": SubclassRule(sources=(0, 1), scalars=True),
    "apply_along_axis": SubclassRule(sources=(2,), scalars=True),
    # 0-d results stay scalars
    **dict.fromkeys(
        ["percentile", "quantile", "nanpercentile", "nanquantile", "argmax", "argmin",
         "nanargmax", "nanargmin", "count_nonzero", "cumsum", "cumprod", "nancumsum",
         "nancumprod", "cumulative_sum", "cumulative_prod", "diff", "ediff1d", "gradient",
         "angle", "around", "round", "fix", "i0", "real", "imag", "real_if_close",
         "nan_to_num", "clip", "isclose", "isneginf", "isposinf", "isreal", "asanyarray",
         "require", "astype", "diagflat", "reshape", "ravel", "transpose",
         "permute_dims", "matrix_transpose", "moveaxis", "rollaxis", "swapaxes", "squeeze",
         "expand_dims", "block", "unstack", "split", "array_split", "hsplit", "vsplit",
         "dsplit", "tile", "repeat", "insert", "delete", "trim_zeros", "flip", "fliplr",
         "flipud", "rot90", "roll", "take", "take_along_axis", "piecewise", "diagonal", "sort",
         "argsort", "partition", "argpartition", "unique_values", "setdiff1d", "dot", "inner",
         "correlate", "polysub", "linalg.inv", "linalg.pinv", "linalg.cholesky", "linalg.qr",
         "linalg.matrix_power", "linalg.matmul", "linalg.vecdot",
         "linalg.diagonal", "linalg.matrix_transpose"],
        _ARRAYS,
    ),
    **dict.fromkeys(["kron", "polyadd", "linspace", "logspace", "geomspace"], _EITHER),
    **dict.fromkeys(["compress", "extract", "polyval", "linalg.solve"], _SECOND),
    "diag": SubclassRule(min_ndim=2),
    "linalg.multi_dot": SubclassRule(sequence=True),
    "linalg.lstsq": SubclassRule(sources=(1,), items=(True, True, False, False)),
    "linalg.eig": SubclassRule(items=(False, True)),
    "linalg.eigh": SubclassRule(items=(False, True)),
    "linalg.svd": SubclassRule(items=(True, False, True)),
    "polydiv": SubclassRule(sources=(0, 1), items=(False, True)),
    "histogramdd": SubclassRule(items=(False, True)),
    "unique": SubclassRule(
        items=(True, True, False, False),
        flags=("return_index", "return_inverse", "return_counts"),
    ),
    "unique_all": SubclassRule(items=(True, True, False, False)),
    "unique_counts": SubclassRule(items=(True, False)),
    "unique_inverse": SubclassRule(items=(True, False)),
    **dict.fromkeys(["packbits", "unpackbits"], SubclassRule(template=False)),
    # ``subok`` decides
    **dict.fromkeys(["empty_like", "zeros_like", "ones_like", "full_like"], _LIKE),
    **dict.fromkeys(["array", "copy", "broadcast_to"], _SUBOK_FALSE),
    "broadcast_arrays": SubclassRule(subok=False, per_argument=True),
    # each result follows its own argument
    **dict.fromkeys(["atleast_1d", "atleast_2d", "atleast_3d", "meshgrid", "ix_"], _PER_ARGUMENT),
}


def _user_subclass(x: Any, rule: SubclassRule) -> Any:
    """The argument ``x`` if it is a user ndarray subclass the rule applies to, else None."""
    if rule.sequence and isinstance(x, (list, tuple)) and x:
        x = x[0]
    if type(x) in USER_SUBCLASSES and x.ndim >= rule.min_ndim:
        return x
    return None


def _as_class(x: Any, source: Any, rule: SubclassRule) -> Any:
    """The array ``x`` as an instance of ``source``'s class (other values unchanged)."""
    if isinstance(x, (tuple, list)):
        items = [_as_class(item, source, rule) for item in x]
        return type(x)(*items) if hasattr(x, "_fields") else type(x)(items)
    kind = type(x)
    if kind is ndarray:
        base, read_only = x._base, x._ro
    elif rule.scalars and kind in _SCALAR_CLASSES:
        base, read_only = None, False
    else:
        return x
    a = _new(type(source))
    a._t, a._base, a._ro = x._t, base, read_only
    finalize = getattr(a, "__array_finalize__", None)
    if finalize is not None:
        finalize(source if rule.template else None)
    return a


def _items_present(rule: SubclassRule, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[bool]:
    """``rule.items`` restricted to the items the call returns (``np.unique``'s flags)."""
    assert rule.items is not None
    present = [rule.items[0]]
    for k, flag in enumerate(rule.flags, start=1):
        if kwargs.get(flag, args[k] if len(args) > k else False):
            present.append(rule.items[k])
    return present


def follow_subclass(
    rule: SubclassRule,
    result: Any,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    source_names: tuple[str, ...],
) -> Any:
    """``result`` of a call with ``args``/``kwargs``, converted to the subclass of its source.

    ``source_names``: the names of the parameters at ``rule.sources`` (keyword sources).
    """
    if rule.subok is not None and not kwargs.get("subok", rule.subok):
        return result
    if rule.per_argument:
        if not isinstance(result, (tuple, list)):
            result = (result,)
            single = True
        else:
            single = False
        converted = [
            _as_class(r, src, rule) if (src := _user_subclass(a, rule)) is not None else r
            for r, a in zip(result, args)
        ]
        if single:
            return converted[0]
        return type(result)(*converted) if hasattr(result, "_fields") else type(result)(converted)
    source = None
    for k, i in enumerate(rule.sources):
        if len(args) > i:
            candidate = args[i]
        elif k < len(source_names):
            candidate = kwargs.get(source_names[k])
        else:
            continue
        source = _user_subclass(candidate, rule)
        if source is not None:
            break
    if source is None:
        return result
    if rule.items is None or not isinstance(result, (tuple, list)):
        return _as_class(result, source, rule)
    present = _items_present(rule, args, kwargs) if rule.flags else rule.items
    items = [_as_class(r, source, rule) if keep else r for r, keep in zip(result, present)]
    return type(result)(*items) if hasattr(result, "_fields") else type(result)(items)
