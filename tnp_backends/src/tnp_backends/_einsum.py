"""einsum and einsum_path.

The subscripts (string form or the interleaved operand/sublist form) are parsed once per call
into letter-only terms: ellipsis dimensions get unused letters, like NumPy does.  The product
runs in ``torch.einsum``; NumPy's dtypes torch cannot multiply there compute exactly in a wider
dtype and are cast back: bool and uint16/32/64 (and the small integers) in int64 (products and
sums wrap modulo 2**64, so the cast back is exact), float16 in float32.  With ``optimize``
true and more than two operands the contraction follows the greedy path of ``einsum_path``,
one pairwise ``torch.einsum`` per step.
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable, Sequence
from typing import Any

import torch

from tnp_core.annotations import OutArray, ScalarOrArray
from tnp_core.kernel_utils import can_cast, promote, to_tensor

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_LETTERS = string.ascii_letters
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_NATIVE = frozenset({torch.float32, torch.float64, torch.complex64, torch.complex128})
_KWARGS = frozenset({"dtype", "order", "casting"})
_CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")


def _name(dt: torch.dtype) -> str:
    return str(dt).removeprefix("torch.")


# ---------------------------------------------------------------- parsing


def _sublist_term(sub: Any) -> str:
    """An interleaved-form sublist (ints in [0, 52) and Ellipsis) as a subscripts term."""
    if isinstance(sub, (str, bytes)) or not isinstance(sub, Sequence) and not hasattr(
        sub, "__iter__"
    ):
        raise TypeError("each subscript list must be a sequence of ints and Ellipsis")
    out = []
    for s in sub:
        if s is Ellipsis:
            out.append("...")
            continue
        try:
            k = int(s.__index__())
        except AttributeError:
            raise TypeError(
                "each subscript must be either an integer or an ellipsis to provide subscripts "
                "strings as lists"
            ) from None
        if not 0 <= k < 52:
            raise ValueError(f"subscript is not within the valid range [0, 52), got {k}")
        out.append(chr(ord("A") + k) if k < 26 else chr(ord("a") + k - 26))
    return "".join(out)


def _split(operands: tuple[Any, ...]) -> tuple[str, list[Any]]:
    """The subscripts string (``in->out`` or implicit) and the raw operands."""
    if not operands:
        raise ValueError("No input operands")
    first = operands[0]
    if isinstance(first, str):
        return first.replace(" ", ""), list(operands[1:])
    ops = list(operands[0::2])
    subs = list(operands[1::2])
    out = None
    if len(operands) % 2:  # the last item is the output sublist
        out = ops.pop()
    terms = ",".join(_sublist_term(s) for s in subs)
    if out is not None:
        terms += "->" + _sublist_term(out)
    return terms, ops


def _term_labels(term: str, ndim: int, i: int, nell: int | None, fill: str) -> str:
    """Expand one input term for an operand of ``ndim`` dims (``fill``: ellipsis letters)."""
    if "." in term:
        if term.count(".") != 3 or "..." not in term:
            raise ValueError("einstein sum subscripts string contains a '.' that is not part "
                             "of an ellipsis ('...')")
        left, right = term.split("...")
        k = ndim - len(left) - len(right)
        if k < 0:
            raise ValueError(
                f"einstein sum subscripts string contains too many subscripts for operand {i}"
            )
        return left + (fill[len(fill) - k:] if k else "") + right
    if len(term) > ndim:
        raise ValueError(
            f"einstein sum subscripts string contains too many subscripts for operand {i}"
        )
    if len(term) < ndim:
        raise ValueError(
            "operand has more dimensions than subscripts given in einstein sum, but no '...' "
            "ellipsis provided to broadcast the extra dimensions."
        )
    return term


class _Spec:
    """A parsed einsum call: letter-only input terms, the output term, label sizes."""

    __slots__ = ("inputs", "output", "sizes", "original")

    def __init__(self, inputs: list[str], output: str, sizes: dict[str, int], original: str):
        self.inputs = inputs
        self.output = output
        self.sizes = sizes
        self.original = original


def _parse(subscripts: str, ops: list[_Tensor]) -> _Spec:
    for c in subscripts:
        if c not in _LETTERS and c not in ".,->":
            raise ValueError(
                f"invalid subscript '{c}' in einstein sum subscripts string, subscripts must "
                "be letters"
            )
    if "->" in subscripts:
        if subscripts.count("->") > 1 or subscripts.count("-") > 1 or subscripts.count(">") > 1:
            raise ValueError("einstein sum subscript string does not contain proper '->' "
                             "output specified")
        lhs, out = subscripts.split("->")
        if "," in out:
            raise ValueError("einstein sum subscripts string includes output subscript ',' "
                             "which is not allowed")
    else:
        if "-" in subscripts or ">" in subscripts:
            raise ValueError("einstein sum subscript string does not contain proper '->' "
                             "output specified")
        lhs, out = subscripts, None
    terms = lhs.split(",")
    if len(terms) > len(ops):
        raise ValueError("fewer operands provided to einstein sum function than specified in "
                         "the subscripts string")
    if len(terms) < len(ops):
        raise ValueError("more operands provided to einstein sum function than specified in "
                         "the subscripts string")
    used = set(subscripts)
    nell = 0
    for term, op in zip(terms, ops):
        if "..." in term:
            nell = max(nell, op.dim() - len(term) + 3)
    free = [c for c in _LETTERS if c not in used]
    if nell > len(free):
        raise ValueError("too many subscripts in einsum")
    fill = "".join(free[:nell])
    inputs = [
        _term_labels(t, op.dim(), i, nell, fill) for i, (t, op) in enumerate(zip(terms, ops))
    ]
    sizes: dict[str, int] = {}
    for term, op in zip(inputs, ops):
        seen: dict[str, int] = {}
        for c, n in zip(term, op.shape):
            if c in seen and seen[c] != n:
                raise ValueError(
                    f"dimensions in single operand for collapsing index '{c}' don't match "
                    f"({seen[c]} != {n})"
                )
            seen[c] = n
            have = sizes.get(c)
            if have is None or have == 1:
                sizes[c] = n
            elif n != 1 and n != have:
                shapes = " ".join(
                    "(" + ",".join(map(str, o.shape)) + (",)" if o.dim() == 1 else ")")
                    for o in ops
                )
                raise ValueError(
                    "operands could not be broadcast together with remapped shapes "
                    f"[original->remapped]: {shapes}"
                )
    if out is None:
        counts: dict[str, int] = {}
        for t in inputs:
            for c in t:
                counts[c] = counts.get(c, 0) + 1
        output = fill + "".join(
            sorted((c for c, k in counts.items() if k == 1 and c not in fill), key=ord)
        )
        original = ",".join(inputs) + "->" + output
    else:
        if "." in out:
            if out.count(".") != 3 or "..." not in out:
                raise ValueError("einstein sum subscripts string contains a '.' that is not "
                                 "part of an ellipsis ('...') in the output")
            output = out.replace("...", fill)
        else:
            if nell:
                raise ValueError(
                    "output has more dimensions than subscripts given in einstein sum, but no "
                    "'...' ellipsis provided to broadcast the extra dimensions."
                )
            output = out
        for c in output:
            if output.count(c) > 1:
                raise ValueError(
                    f"einstein sum subscripts string includes output subscript '{c}' multiple "
                    "times"
                )
            if c not in sizes:
                raise ValueError(
                    f"einstein sum subscripts string included output subscript '{c}' which "
                    "never appeared in an input"
                )
        original = ",".join(inputs) + "->" + output
    return _Spec(inputs, output, sizes, original)


def _operands(raw: list[Any]) -> list[_Tensor]:
    return [to_tensor(x) for x in raw]


# ---------------------------------------------------------------- paths


def _size(labels: str | set[str], sizes: dict[str, int]) -> int:
    return math.prod(sizes[c] for c in labels)


def _kept(chosen: list[str], others: list[str], output: str) -> str:
    """Labels of the contracted terms still needed by the other terms or the output."""
    need = set(output).union(*others) if others else set(output)
    seen: list[str] = []
    for t in chosen:
        for c in t:
            if c in need and c not in seen:
                seen.append(c)
    return "".join(seen)


def _greedy(inputs: list[str], output: str, sizes: dict[str, int]) -> list[tuple[int, ...]]:
    terms = list(inputs)
    if len(terms) == 1:
        return [(0,)]
    path: list[tuple[int, ...]] = []
    while len(terms) > 1:
        best: tuple[int, int, int] | None = None
        for i in range(len(terms)):
            for j in range(i + 1, len(terms)):
                others = [t for k, t in enumerate(terms) if k != i and k != j]
                kept = _kept([terms[i], terms[j]], others, output)
                cost = _size(kept, sizes) - _size(terms[i], sizes) - _size(terms[j], sizes)
                if best is None or cost < best[0]:
                    best = (cost, i, j)
        assert best is not None
        _, i, j = best
        others = [t for k, t in enumerate(terms) if k != i and k != j]
        kept = _kept([terms[i], terms[j]], others, output)
        terms = others + [kept]
        path.append((i, j))
    return path


def _path_of(optimize: Any, spec: _Spec) -> list[tuple[int, ...]]:
    n = len(spec.inputs)
    if optimize is False or optimize is None:
        return [tuple(range(n))]
    if isinstance(optimize, (list, tuple)) and optimize and optimize[0] == "einsum_path":
        path = [tuple(int(i) for i in step) for step in optimize[1:]]
        left = n
        for step in path:
            if not step or any(not 0 <= i < left for i in step) or len(set(step)) != len(step):
                raise ValueError(f"einsum_path: invalid contraction {step} for {left} operands")
            left -= len(step) - 1
        if left != 1:
            raise ValueError("einsum_path: the path does not contract all operands")
        return path
    kind = optimize
    if isinstance(optimize, (list, tuple)) and len(optimize) == 2 and isinstance(
        optimize[0], str
    ):
        kind = optimize[0]
    if kind is True or kind in ("greedy", "optimal"):
        return _greedy(spec.inputs, spec.output, spec.sizes)
    raise TypeError(f"Did not understand the path: {optimize}")


def _steps(spec: _Spec, path: list[tuple[int, ...]]) -> list[tuple[list[str], str, list[str]]]:
    """(contracted terms, result term, remaining terms) of each step of ``path``."""
    terms = list(spec.inputs)
    out = []
    for k, step in enumerate(path):
        chosen = [terms[i] for i in step]
        others = [t for i, t in enumerate(terms) if i not in step]
        result = spec.output if k == len(path) - 1 else _kept(chosen, others, spec.output)
        terms = others + [result]
        out.append((chosen, result, terms))
    return out


# ---------------------------------------------------------------- compute


def _compute_dtype(dt: torch.dtype) -> torch.dtype:
    if dt in _NATIVE:
        return dt
    if dt is torch.float16 or dt is torch.bfloat16:
        return torch.float32
    return torch.int64


def _to(t: _Tensor, dt: torch.dtype, ct: torch.dtype) -> _Tensor:
    if t.dtype is not dt:
        t = t.to(dt)
    if ct is dt:
        return t
    if dt is torch.uint64:
        return t.view(torch.int64)
    return t.to(ct)


def _back(r: _Tensor, dt: torch.dtype) -> _Tensor:
    if r.dtype is dt:
        return r
    if dt is torch.bool:
        return r != 0
    if dt is torch.uint64:
        return r.view(torch.uint64)
    return r.to(dt)


def _bcast_einsum(eq: str, ops: list[_Tensor]) -> _Tensor:
    """``torch.einsum`` by broadcasting multiply and sum (devices without integer matmul)."""
    lhs, out = eq.split("->")
    terms = lhs.split(",")
    labels: list[str] = []
    for t in terms:
        for c in t:
            if c not in labels:
                labels.append(c)
    labels = list(out) + [c for c in labels if c not in out]
    acc = None
    for term, op in zip(terms, ops):
        uniq = []
        for c in term:
            if c not in uniq:
                uniq.append(c)
        if len(uniq) != len(term):  # repeated labels: diagonals
            op = torch.einsum(term + "->" + "".join(uniq), op)
        perm = sorted(range(len(uniq)), key=lambda k: labels.index(uniq[k]))
        op = op.permute(perm)
        shape = [1] * len(labels)
        for k in perm:
            shape[labels.index(uniq[k])] = op.shape[perm.index(k)]
        op = op.reshape(shape)
        acc = op if acc is None else acc * op
    assert acc is not None
    if len(labels) > len(out):
        acc = acc.sum(dim=tuple(range(len(out), len(labels))))
    return acc.reshape([acc.shape[k] if k < acc.dim() else 1 for k in range(len(out))])


def _run(eq: str, ops: list[_Tensor]) -> _Tensor:
    try:
        return torch.einsum(eq, *ops)
    except RuntimeError:
        if ops[0].dtype.is_floating_point or ops[0].dtype.is_complex:
            raise
        return _bcast_einsum(eq, ops)


def einsum(
    *operands: Any, out: OutArray = None, optimize: Any = False, **kwargs: Any
) -> ScalarOrArray:
    """Einstein summation over the operands (string or interleaved sublist form)."""
    extra = sorted(set(kwargs) - _KWARGS)
    if extra:
        raise TypeError(f"einsum() got an unexpected keyword argument '{extra[0]}'")
    subscripts, raw = _split(operands)
    ops = _operands(raw)
    spec = _parse(subscripts, ops)
    casting = kwargs.get("casting", "safe")
    if casting not in _CASTINGS:
        raise ValueError(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
        )
    order = kwargs.get("order", "K")
    if order not in ("C", "F", "A", "K", None):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    want = kwargs.get("dtype")
    if want is not None:
        import tnp_core

        dt = tnp_core.dtype(want).torch
        for op in ops:
            if not can_cast(op.dtype, dt, casting):
                raise TypeError(
                    f"Cannot cast array data from dtype('{_name(op.dtype)}') to "
                    f"dtype('{_name(dt)}') according to the rule '{casting}'"
                )
    else:
        dt = ops[0].dtype
        for op in ops[1:]:
            if op.dtype is not dt:
                dt = promote(dt, op.dtype)
    device = ops[0].device
    ct = _compute_dtype(dt)
    cops = [_to(op.to(device), dt, ct) for op in ops]
    path = None
    if len(cops) > 2 and optimize is not False and optimize is not None:
        path = _path_of(optimize, spec)
    if path is None or len(path) == 1:
        r = _run(",".join(spec.inputs) + "->" + spec.output, cops)
    else:
        for chosen_idx, (chosen, result, _) in zip(path, _steps(spec, path)):
            picked = [cops[i] for i in chosen_idx]
            cops = [c for i, c in enumerate(cops) if i not in chosen_idx]
            cops.append(_run(",".join(chosen) + "->" + result, picked))
        r = cops[0]
    return _back(r, dt)


def _flops(labels: set[str], removed: bool, nterms: int, sizes: dict[str, int]) -> int:
    factor = max(1, nterms - 1) + (1 if removed else 0)
    return _size(labels, sizes) * factor


def einsum_path(*operands: Any, optimize: Any = "greedy", einsum_call: bool = False) -> Any:
    """A contraction order for ``einsum`` (NumPy's list form) and a printable report."""
    subscripts, raw = _split(operands)
    ops = _operands(raw)
    spec = _parse(subscripts, ops)
    if optimize is True:
        optimize = "greedy"
    path = _path_of(optimize, spec)
    sizes = spec.sizes
    all_labels = set("".join(spec.inputs))
    shared = sum(len(set(t)) for t in spec.inputs) > len(all_labels)  # a real product
    naive = _flops(all_labels, shared, len(spec.inputs), sizes)
    steps = _steps(spec, path)
    opt = 0
    scales = []
    largest = 0
    for chosen, result, _ in steps:
        labels = set("".join(chosen))
        opt += _flops(labels, bool(labels - set(result)), len(chosen), sizes)
        scales.append(len(labels))
        largest = max(largest, _size(result, sizes))
    lines = [
        f"  Complete contraction:  {spec.original}",
        f"         Naive scaling:  {len(all_labels)}",
        f"     Optimized scaling:  {max(scales)}",
        f"      Naive FLOP count:  {naive:.3e}",
        f"  Optimized FLOP count:  {opt:.3e}",
        f"   Theoretical speedup:  {naive / opt if opt else 1.0:3.3f}",
        f"  Largest intermediate:  {largest:.3e} elements",
        "-" * 74,
        f"{'scaling':>6} {'current':>24} {'remaining':>40}",
        "-" * 74,
    ]
    for scale, (chosen, result, remaining) in zip(scales, steps):
        current = ",".join(chosen) + "->" + result
        rest = ",".join(remaining) + "->" + spec.output
        lines.append(f"{scale:4d}    {current:>24} {rest:>40}")
    return ["einsum_path", *path], "\n".join(lines)


KERNELS: dict[str, Callable[..., Any]] = {
    "einsum": einsum,
    "einsum_path": einsum_path,
}
