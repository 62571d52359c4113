"""tnp_core.testing, checked against numpy.testing: outcome, exception type and exact message."""

from __future__ import annotations

import functools
import gc
import json
import os
import warnings
from pathlib import Path

import numpy as np
import numpy.testing as nt
import pytest

import tnp_core as tnp
from tests.compare import DTYPES, data, to_tnp
from tnp_core import testing as tt

N, NAN, INF = np, float("nan"), float("inf")


def outcome(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception as e:  # noqa: BLE001
        return type(e).__name__, str(e)
    return None


def _no_rel(res):
    if res is None:
        return res
    return res[0], "\n".join(line for line in res[1].split("\n")
                             if not line.startswith("Max relative difference"))


def same(name, *args, loose=False, **kwargs):
    """tnp's function, on the NumPy inputs and on their tnp copies, fails exactly as NumPy's.

    ``loose``: ignore the 'Max relative difference' line (complex64 ``abs`` may differ from
    NumPy's ``hypotf`` by one float32 ULP).
    """
    fix = _no_rel if loose else (lambda r: r)
    want = fix(outcome(getattr(nt, name), *args, **kwargs))
    got = fix(outcome(getattr(tt, name), *args, **kwargs))
    assert got == want
    got_t = fix(outcome(getattr(tt, name), *[to_tnp(a) for a in args], **kwargs))
    assert got_t == want
    return want


# --------------------------------------------------------------------------- manifest


def test_every_manifest_name_exists():
    names = json.loads(Path("/work/shared/numpy_api.json").read_text())["names"] \
        if Path("/work/shared/numpy_api.json").exists() else {}
    wanted = [k.split(".", 1)[1] for k in names if k.startswith("testing.")]
    if not wanted:
        pytest.skip("manifest not available")
    missing = [n for n in wanted if not hasattr(tt, n)]
    assert missing == []
    assert set(wanted) <= set(tt.__all__)


def test_import_forms():
    import tnp_core.testing as mod
    from tnp_core.testing import assert_array_equal

    assert mod is tt and assert_array_equal is tt.assert_array_equal
    import tnp_core.testing.overrides  # noqa: F401


# --------------------------------------------------------------------------- message cases

CASES = [
    ("assert_array_equal", ([1., 3.141592653589793, NAN], [1., 3.1415926535897927, NAN]), {}),
    ("assert_array_equal", ([1, 2, 3], [1, 2, 4]), {}),
    ("assert_array_equal", ([[1, 2], [3, 4]], [[1, 5], [6, 4]]), {}),
    ("assert_array_equal", (N.arange(10), N.arange(10)[::-1]), {}),
    ("assert_array_equal", (N.arange(20.), N.arange(20.) * 1.1), {}),
    ("assert_array_equal", (N.arange(2000.).reshape(40, 50),
                            N.arange(2000.).reshape(40, 50) + 1e-3), {}),
    ("assert_array_equal", ([1, 2, 3], [1, 2]), {}),
    ("assert_array_equal", (N.full((2, 5), 3), 3), {"strict": True}),
    ("assert_array_equal", (N.full((2, 5), 3), 3), {}),
    ("assert_array_equal", (N.array([2, 2, 2]), N.array([2., 2, 2], N.float32)),
     {"strict": True}),
    ("assert_array_equal", ([1., NAN], [NAN, 1.]), {}),
    ("assert_array_equal", ([1., INF], [1., -INF]), {}),
    ("assert_array_equal", ([1., INF], [INF, 1.]), {}),
    ("assert_array_equal", ([True, False], [True, True]), {}),
    ("assert_array_equal", (N.array([1, 2], N.uint8), N.array([3, 1], N.uint8)), {}),
    ("assert_array_equal", (N.array([1, 2], N.uint64), N.array([2**64 - 1, 2], N.uint64)), {}),
    ("assert_array_equal", (N.array([1, 2], N.int8), N.array([-128, 2], N.int8)), {}),
    ("assert_array_equal", (N.array([2**63 - 1, 0]), N.array([-2**63, 0])), {}),
    ("assert_array_equal", ([1, 2, 3], 2), {}),
    ("assert_array_equal", (2, [1, 2, 3]), {}),
    ("assert_array_equal", (3.0, 4.0), {}),
    ("assert_array_equal", ([0, 1], [0, 0]), {}),
    ("assert_array_equal", ([1 + 2j, 3j], [1 + 2j, 4j]), {}),
    ("assert_array_equal", (N.array([complex(INF, NAN)]), N.array([complex(INF, NAN)])), {}),
    ("assert_array_equal", (N.float32([0.1, 0.2]), N.float32([0.1, 0.3])), {}),
    ("assert_array_equal", (N.float16([0.1, 0.2]), N.float16([0.1, 0.3])), {}),
    ("assert_array_equal", ([1, 2], [1, 3]), {"err_msg": "hello"}),
    ("assert_array_equal", ([1, 2], [1, 3]), {"err_msg": "x" * 100}),
    ("assert_array_equal", ([1, 2], [1, 3]), {"err_msg": "line1\nline2"}),
    ("assert_array_equal", ([1, 2], [1, 3]), {"verbose": False}),
    ("assert_array_equal", ([], []), {}),
    ("assert_array_equal", (N.zeros((0, 3)), 3), {}),
    ("assert_array_equal", (NAN, [1., NAN]), {}),
    ("assert_array_equal", (NAN, [NAN, NAN]), {}),
    ("assert_array_equal", ([INF, -INF], INF), {}),
    ("assert_array_equal", ([0., 0.], 1e-300), {}),
    ("assert_allclose", ([1., 2., 3.], [1., 2., 3.0001]), {}),
    ("assert_allclose", ([1., 2., 3.], [1., 2., 3.0001]), {"rtol": 1e-3}),
    ("assert_allclose", ([1., NAN], [1., NAN]), {"equal_nan": False}),
    ("assert_allclose", ([1., NAN], [1., NAN]), {}),
    ("assert_allclose", ([1e-10, 0], [0, 1e-10]), {"atol": 1e-12}),
    ("assert_allclose", (N.arange(12.).reshape(3, 4), N.arange(12.).reshape(3, 4) + 1), {}),
    ("assert_allclose", (1.0, 1.1), {}),
    ("assert_allclose", ([1, 2], [1, 3]), {"rtol": 0.1, "atol": 0.5}),
    ("assert_allclose", (N.float32([1, 2]), N.float32([1, 3])), {}),
    ("assert_allclose", ([1, 2], [1., 3.]), {"strict": True}),
    ("assert_allclose", ([INF, 1.], [-INF, 1.]), {}),
    ("assert_allclose", ([1., 2.], [[1., 2.]]), {}),
    ("assert_allclose", ([1e-8], [0.]), {}),
    ("assert_array_almost_equal", ([1.0, 2.33333, NAN], [1.0, 2.33339, NAN]), {"decimal": 5}),
    ("assert_array_almost_equal", ([1.0, 2.33333, NAN], [1.0, 2.33333, 5]), {"decimal": 5}),
    ("assert_array_almost_equal", ([1.0, 2.3333333333333], [1.0, 2.33333334]), {"decimal": 9}),
    ("assert_array_almost_equal", (N.array([1, 2]), N.array([1, 3])), {}),
    ("assert_array_almost_equal", (N.float32([1.5]), N.float32([1.6])), {}),
    ("assert_almost_equal", (2.3333333333333, 2.33333334), {"decimal": 10}),
    ("assert_almost_equal", (2.3333333333333, 2.33333334), {}),
    ("assert_almost_equal", (N.array([1.0, 2.3333333333333]), N.array([1.0, 2.33333334])),
     {"decimal": 9}),
    ("assert_almost_equal", (NAN, 1.0), {}),
    ("assert_almost_equal", (NAN, NAN), {}),
    ("assert_almost_equal", (INF, -INF), {}),
    ("assert_almost_equal", (1 + 1j, 1 + 2j), {}),
    ("assert_almost_equal", (N.float64(1.0), N.float64(1.1)), {}),
    ("assert_almost_equal", ([1., 2.], [1., 2.1]), {}),
    ("assert_array_less", ([1., 1., NAN], [1., 2., NAN]), {}),
    ("assert_array_less", ([1., 4.], 5.), {"strict": True}),
    ("assert_array_less", ([1., 4.], [5, 5]), {"strict": True}),
    ("assert_array_less", ([1., INF], [2., INF]), {}),
    ("assert_array_less", ([1, 2, 3], [2, 3, 3]), {}),
    ("assert_array_less", ([1, 2, 3], 2), {}),
    ("assert_array_less", (N.array([5, 2], N.uint8), N.array([3, 3], N.uint8)), {}),
    ("assert_equal", ([4, 5], [4, 6]), {}),
    ("assert_equal", ({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]}), {}),
    ("assert_equal", ({"a": 1}, {"b": 1}), {}),
    ("assert_equal", (1, {"a": 1}), {}),
    ("assert_equal", ((1, 2, 3), (1, 2)), {}),
    ("assert_equal", (0.0, -0.0), {}),
    ("assert_equal", (NAN, NAN), {}),
    ("assert_equal", (NAN, 1.0), {}),
    ("assert_equal", ([NAN], NAN), {}),
    ("assert_equal", (1 + 1j, 1 + 2j), {}),
    ("assert_equal", (complex(0, -0.0), complex(0, 0.0)), {}),
    ("assert_equal", (complex(NAN, 1), complex(NAN, 1)), {}),
    ("assert_equal", ("abc", "abd"), {}),
    ("assert_equal", ("abc", "abc"), {}),
    ("assert_equal", (None, 1), {}),
    ("assert_equal", (N.float64(1.0), N.float64(2.0)), {}),
    ("assert_equal", (N.float32(0.1), 0.1), {}),
    ("assert_equal", (N.array([1, 2]), [1, 3]), {}),
    ("assert_equal", ([N.array([1, 2])], [N.array([1, 3])]), {}),
    ("assert_equal", (N.array(3), 3), {"strict": True}),
    ("assert_approx_equal", (0.12345670e-20, 0.12345672e-20), {"significant": 8}),
    ("assert_approx_equal", (0.12345677777777e-20, 0.1234567e-20), {}),
    ("assert_approx_equal", (INF, 1.0), {}),
    ("assert_approx_equal", (NAN, NAN), {}),
    ("assert_approx_equal", (0.0, 1e-300), {}),
    ("assert_array_max_ulp", (N.array([1., 2.]), N.array([1., 2.])), {}),
    ("assert_array_max_ulp", (N.float32([1., 2.]), N.float32([1., 2.0001])), {}),
    ("assert_array_max_ulp", (N.float16([1., -2.]), N.float16([1., 2.])), {}),
    ("assert_array_max_ulp", (N.float32([1.]), N.float32([NAN])), {}),
    ("assert_array_max_ulp", ([1., 2.], [1., 2., 3.]), {}),
    ("assert_array_max_ulp", ([1 + 1j], [1.]), {}),
    ("assert_array_max_ulp", (1.0, 1.0 + 2**-52), {}),
    ("assert_array_max_ulp", (1.0, 1.0 + 2**-52), {"dtype": N.float32}),
    ("assert_array_almost_equal_nulp", (N.array([1., 2.]), N.array([1., 2.0000001])), {}),
    ("assert_array_almost_equal_nulp", (N.array([1., 2.]), N.array([1., 2.]) + N.spacing(2.)),
     {}),
    ("assert_array_almost_equal_nulp", (N.array([1 + 1j]), N.array([1 + 2j])), {}),
    ("assert_array_almost_equal_nulp", (N.float32([1., 2.]), N.float32([1., 2.1])), {"nulp": 3}),
    ("assert_string_equal", ("foo\nbar", "foo\nbaz"), {}),
    ("assert_string_equal", ("foo\nbar", "foo\nbar"), {}),
    ("assert_string_equal", ("foo\nbar", "foo\nbar\nx"), {}),
    ("assert_string_equal", (1, "a"), {}),
    ("assert_string_equal", ("a", 1), {}),
]


@pytest.mark.parametrize("name,args,kwargs", CASES, ids=[f"{c[0]}-{i}" for i, c in
                                                          enumerate(CASES)])
def test_same_outcome_as_numpy(name, args, kwargs):
    same(name, *args, **kwargs)


def test_cases_do_fail():
    # the differential cases above are not all passing ones
    failing = [c for c in CASES if outcome(getattr(nt, c[0]), *c[1], **c[2]) is not None]
    assert len(failing) > 70


# --------------------------------------------------------------------------- dtypes and shapes


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(), (0,), (4,), (2, 3)])
def test_dtypes_shapes(dtype, shape):
    a = data(shape, dtype)
    same = functools.partial(globals()["same"], loose=dtype == "complex64")
    for fn in ("assert_array_equal", "assert_allclose", "assert_array_almost_equal",
               "assert_equal"):
        same(fn, a, a.copy())
    if a.size:
        b = a.copy().reshape(-1)
        b[-1] = (not b[-1]) if dtype == "bool" else b[-1] + 1
        b = b.reshape(shape)
        for fn in ("assert_array_equal", "assert_equal"):
            assert same(fn, a, b) is not None
        same("assert_array_almost_equal", a, b)
        if dtype != "bool":
            if dtype != "uint64":  # (huge values: +1 is within rtol)
                assert same("assert_allclose", a, b) is not None
            same("assert_array_less", a, b)


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_ulp_dtypes(dtype):
    a = N.array([1.0, -2.5, 0.0, 1e-3], dtype)
    b = N.nextafter(a, N.array(INF, dtype))
    b2 = N.nextafter(b, N.array(INF, dtype))
    r = tt.assert_array_max_ulp(to_tnp(a), to_tnp(b))
    N.testing.assert_array_equal(N.asarray(r), nt.assert_array_max_ulp(a, b))
    assert str(r.dtype) == dtype
    same("assert_array_max_ulp", a, b2)
    same("assert_array_max_ulp", a, b2, maxulp=2)
    same("assert_array_almost_equal_nulp", a, b2)
    same("assert_array_almost_equal_nulp", a, b2, nulp=2)


def test_ulp_bfloat16():
    a = tnp.asarray([1.0, 2.0], dtype=tnp.bfloat16)
    b = tnp.asarray([1.0078125, 2.015625], dtype=tnp.bfloat16)  # next bfloat16 values
    r = tt.assert_array_max_ulp(a, b)
    assert r.tolist() == [[1.0, 1.0]]
    with pytest.raises(AssertionError, match="max difference is 1 ULP"):
        tt.assert_array_max_ulp(a, b, maxulp=0)


def test_mixed_numpy_and_tnp_inputs():
    a = N.array([1.0, 2.0, 3.0])
    tt.assert_array_equal(a, tnp.asarray(a))
    tt.assert_allclose(tnp.asarray(a), a + 1e-9, rtol=1e-6)
    with pytest.raises(AssertionError, match="Mismatched elements: 1 / 3"):
        tt.assert_array_equal(tnp.asarray([1, 2, 3]), N.array([1, 2, 4]))


def test_tnp_scalars():
    same("assert_equal", N.float64(1.5), N.float64(1.5))
    assert outcome(tt.assert_equal, tnp.float64(1.5), tnp.float64(2.5)) == \
        outcome(nt.assert_equal, N.float64(1.5), N.float64(2.5))
    assert outcome(tt.assert_almost_equal, tnp.float64(1.0), 1.1) == \
        outcome(nt.assert_almost_equal, N.float64(1.0), 1.1)
    tt.assert_equal(tnp.complex128(1 + 2j), 1 + 2j)
    with pytest.raises(AssertionError):
        tt.assert_equal(tnp.float64(0.0), -0.0)


def test_strings_as_python_objects():
    tt.assert_array_equal(["a", "b"], ["a", "b"])
    with pytest.raises(AssertionError, match="ACTUAL: \\['a', 'b'\\]"):
        tt.assert_array_equal(["a", "b"], ["a", "c"])


def test_build_err_msg():
    for args, kw in [
        (([N.array([1.123456789])], "msg"), {}),
        (([1, 2], "e"), {"header": "H", "names": ("x", "y")}),
        (([N.array([1.5]), 2], ""), {"verbose": False}),
        (([N.array([1.123456789]), N.array(2.0)], "m" * 90), {"precision": 3}),
        (([N.arange(3000.).reshape(100, 30)], ""), {}),
    ]:
        want = nt.build_err_msg(*args, **kw)
        got = tt.build_err_msg([to_tnp(a) for a in args[0]], *args[1:], **kw)
        assert got == want


def test_print_assert_equal():
    tt.print_assert_equal("T", [0, 1], [0, 1])
    assert outcome(tt.print_assert_equal, "T", [0, 1], [0, 2]) == \
        outcome(nt.print_assert_equal, "T", [0, 1], [0, 2])


def test_assert_array_compare_custom():
    tt.assert_array_compare(lambda x, y: x <= y, [1, 2], [1, 3])
    assert outcome(tt.assert_array_compare, lambda x, y: x <= y, [1, 4], [1, 3],
                   header="H") == outcome(nt.assert_array_compare, lambda x, y: x <= y,
                                          [1, 4], [1, 3], header="H")


# --------------------------------------------------------------------------- non-array helpers


def test_assert_():
    tt.assert_(True)
    with pytest.raises(AssertionError, match="^boom$"):
        tt.assert_(0, "boom")
    with pytest.raises(AssertionError, match="^lazy$"):
        tt.assert_(False, lambda: "lazy")


def test_assert_raises():
    tt.assert_raises(ZeroDivisionError, lambda: 1 / 0)
    with tt.assert_raises(ValueError):
        int("x")
    with pytest.raises(AssertionError):
        tt.assert_raises(ValueError, lambda: None)
    with pytest.raises(AssertionError), tt.assert_raises(ValueError):
        pass
    tt.assert_raises_regex(ValueError, "invalid literal", int, "x")
    with tt.assert_raises_regex(tnp.AxisError, "out of bounds"):
        tnp.sum(tnp.ones(3), axis=2)
    with pytest.raises(AssertionError):
        tt.assert_raises_regex(ValueError, "nomatch", int, "x")


def test_assert_warns_and_no_warnings():
    def warner(x):
        warnings.warn("careful", UserWarning, stacklevel=2)
        return x + 1

    with pytest.warns(DeprecationWarning):
        assert tt.assert_warns(UserWarning, warner, 1) == 2
    with pytest.warns(DeprecationWarning), tt.assert_warns(UserWarning):
        warner(1)
    with pytest.warns(DeprecationWarning), \
            pytest.raises(AssertionError, match="No warning raised when calling <lambda>"):
        tt.assert_warns(UserWarning, lambda: None)
    with pytest.warns(DeprecationWarning), pytest.raises(RuntimeError):
        tt.assert_warns(UserWarning, match="x")
    assert tt.assert_no_warnings(lambda x: x * 2, 3) == 6
    with tt.assert_no_warnings():
        pass
    with pytest.raises(AssertionError, match="Got warnings when calling warner"):
        tt.assert_no_warnings(warner, 1)


def test_suppress_warnings():
    with pytest.warns(DeprecationWarning):
        sup = tt.suppress_warnings()
    sup.filter(UserWarning, "ignore me")
    with sup:
        log = sup.record(RuntimeWarning)
        warnings.warn("ignore me please", UserWarning, stacklevel=1)
        warnings.warn("r1", RuntimeWarning, stacklevel=1)
        warnings.warn("r2", RuntimeWarning, stacklevel=1)
        with pytest.warns(UserWarning, match="other"):
            warnings.warn("other", UserWarning, stacklevel=1)
    assert [str(w.message) for w in log] == ["r1", "r2"]
    assert len(sup.log) == 2
    with pytest.raises(ValueError, match="unsupported forwarding rule"):
        tt.suppress_warnings("bad", _warn=False)
    with tt.suppress_warnings(_warn=False) as s2, pytest.raises(RuntimeError):
        s2.__enter__()

    dec = tt.suppress_warnings(_warn=False)
    dec.filter(UserWarning)

    @dec
    def f():
        warnings.warn("x", UserWarning, stacklevel=1)
        return 5

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert f() == 5


def test_suppress_warnings_forwarding_once():
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with tt.suppress_warnings("once", _warn=False):
            for _ in range(3):
                warnings.warn("same", UserWarning, stacklevel=1)
    assert len(seen) == 1


def test_clear_and_catch_warnings():
    import types

    mod = types.ModuleType("m")
    mod.__warningregistry__ = {"k": 1}
    with tt.clear_and_catch_warnings(modules=[mod]):
        assert mod.__warningregistry__ == {}
    assert mod.__warningregistry__ == {"k": 1}
    with tt.clear_and_catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        warnings.warn("w", stacklevel=1)
    assert len(rec) == 1


def test_assert_no_gc_cycles():
    tt.assert_no_gc_cycles(lambda: [1, 2, 3])
    with tt.assert_no_gc_cycles():
        _ = tnp.ones(3) + 1

    def make_cycle():
        a = []
        a.append(a)

    with pytest.raises(AssertionError, match="Reference cycles were found when calling"):
        tt.assert_no_gc_cycles(make_cycle)
    tt.break_cycles()
    assert gc.isenabled()


def test_assert_string_equal_messages():
    for a, b in [("a\nb\nc", "a\nx\nc"), ("abc", "abd"), ("x\n", "x\ny\n")]:
        assert outcome(tt.assert_string_equal, a, b) == outcome(nt.assert_string_equal, a, b)


def test_temp_helpers():
    with tt.tempdir() as d:
        assert os.path.isdir(d)
    assert not os.path.exists(d)
    with tt.temppath(suffix=".txt") as p:
        assert os.path.isfile(p) and p.endswith(".txt")
    assert not os.path.exists(p)


def test_runstring_measure_decorate():
    ns: dict = {}
    tt.runstring("y = 2 * 21", ns)
    assert ns["y"] == 42
    assert tt.measure("sum(range(10))", times=3) >= 0
    assert isinstance(tt.jiffies(), int)
    m = tt.memusage()
    assert m is None or m > 0

    class C:
        def test_a(self):
            return 1

        def helper(self):
            return 1

        def _test_private(self):
            return 1

    tt.decorate_methods(C, lambda f: (lambda self: 10 * f(self)))
    assert (C().test_a(), C().helper(), C()._test_private()) == (10, 1, 1)


def test_rundocs(tmp_path):
    good = tmp_path / "good_mod.py"
    good.write_text('def f():\n    """\n    >>> 1 + 1\n    2\n    """\n')
    tt.rundocs(str(good))
    bad = tmp_path / "bad_mod.py"
    bad.write_text('def f():\n    """\n    >>> 1 + 1\n    3\n    """\n')
    with pytest.raises(AssertionError, match="Some doctests failed"):
        tt.rundocs(str(bad))
    tt.rundocs(str(bad), raise_on_error=False)


def test_constants_and_classes():
    assert tt.IS_PYPY is False and tt.HAS_REFCOUNT is True
    assert tt.IS_64BIT == nt.IS_64BIT and tt.IS_MUSL == nt.IS_MUSL
    assert tt.NOGIL_BUILD == nt.NOGIL_BUILD and tt.IS_WASM == nt.IS_WASM
    assert tt.verbose == 0
    assert (tt.NUMPY_ROOT / "__init__.py").exists()
    assert isinstance(tt.IS_INSTALLED, bool) and isinstance(tt.IS_EDITABLE, bool)
    assert isinstance(tt.check_support_sve(), bool)
    assert issubclass(tt.KnownFailureException, Exception)
    assert issubclass(tt.IgnoreException, Exception)
    import unittest

    assert tt.SkipTest is unittest.SkipTest and tt.TestCase is unittest.TestCase


def test_run_threaded():
    hits = []
    tt.run_threaded(lambda i: hits.append(i), max_workers=4, pass_count=True)
    assert sorted(hits) == [0, 1, 2, 3]
    tt.run_threaded(lambda b: b.wait(), max_workers=3, pass_barrier=True, outer_iterations=2)


def test_overrides_and_extbuild():
    ufs = tt.overrides.get_overridable_numpy_ufuncs()
    assert tnp.add in ufs and tt.overrides.allows_array_ufunc_override(tnp.add)
    assert not tt.overrides.allows_array_ufunc_override(tnp.sum)
    assert tt.overrides.allows_array_function_override(tnp.sum)
    assert not tt.overrides.allows_array_function_override(len)
    with pytest.raises(NotImplementedError, match="no C API"):
        tt.extbuild.build_and_import_extension("m", [])


def test_platform_constants() -> None:
    import numpy.testing as nt

    from tnp_core import testing as tt

    assert tt.IS_PYSTON == nt.IS_PYSTON
    assert tt.BLAS_SUPPORTS_FPE is False  # torch does not report BLAS FP exceptions
    assert tt.HAS_LAPACK64 is False
