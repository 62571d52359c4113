"""Install the distributions into temporary virtual environments and use them there.

Each scenario gets its own venv (created once, reused by the scenario's tests).  Making one is
cheap: ``python -m venv --without-pip``, then a ``.pth`` file pointing at a session-wide "deps"
folder that symlinks this interpreter's third-party packages (torch, pluggy, numpy, pip,
setuptools, ...) minus everything tnp.  The project's distributions are built once per session
into wheels (``pip wheel --no-deps --no-build-isolation --no-index`` on copies of their
folders, so the source tree gets no build/ or egg-info) and installed with
``<venv>/bin/python -m pip install --no-deps --no-index``.  Snippets run in the venv with the
venv's folder as working directory, so the source tree is never importable there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest
import torch

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES: dict[str, Path] = {
    "tnp-core": ROOT,
    "tnp-backends": ROOT / "tnp_backends",
    "tnp-linalg": ROOT / "tnp_linalg",
    "tnp-fft": ROOT / "tnp_fft",
    "tnp-random": ROOT / "tnp_random",
    "tnp-example-plugin": HERE / "example_plugin",
    "tnp-broken-plugin": HERE / "broken_plugin",
}
BUILTIN: dict[str, str] = {  # built-in distribution -> the namespace it provides
    "tnp-backends": "main",
    "tnp-linalg": "linalg",
    "tnp-fft": "fft",
    "tnp-random": "random",
}
PIP = ["-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
TIMEOUT = 300

PRELUDE = """
import json, sys
import tnp_core as tnp
from tnp_core import plugins

def error(fn):
    try:
        fn()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return None

def served_by(ns):
    names = plugins.report()["namespaces"][ns]
    return sorted({plugins.provider(n if ns == "main" else f"{ns}.{n}").distribution
                   for n in names})

r = {}
"""


# ---------------------------------------------------------------- building blocks


def available(dist: str) -> bool:
    return (SOURCES[dist] / "pyproject.toml").is_file()


def require(*dists: str) -> None:
    """Skip (naming the folder) if a distribution's source folder has no pyproject.toml yet."""
    missing = [str(SOURCES[d].relative_to(ROOT)) for d in dists if not available(d)]
    if missing:
        pytest.skip(f"not written yet (no pyproject.toml): {', '.join(missing)}")


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without anything that would leak the outer installation."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "PIP_REQUIRE_VIRTUALENV"}
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("TNP_")}
    env["PYTHONNOUSERSITE"] = "1"
    env.update(extra)
    return env


def check(cmd: list[str], **kwargs: Any) -> CompletedProcess:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, **kwargs)
    if done.returncode != 0:
        raise AssertionError(f"{cmd} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def _is_tnp(entry: Path) -> bool:
    name = entry.name.lower()
    if name.startswith(("tnp", "__editable__")) or name.endswith(".egg-link"):
        return True
    if name.endswith(".pth"):
        return "tnp" in entry.read_text(errors="replace").lower()
    return False


@pytest.fixture(scope="session")
def deps_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Symlinks to every package beside torch except tnp's own distributions."""
    site = Path(torch.__file__).resolve().parent.parent
    deps = tmp_path_factory.mktemp("deps")
    for entry in site.iterdir():
        if not _is_tnp(entry):
            (deps / entry.name).symlink_to(entry)
    for needed in ("torch", "pluggy", "pip", "setuptools"):
        assert (deps / needed).exists(), f"{needed} is not installed beside torch in {site}"
    return deps


def _copy_source(dist: str, dest: Path) -> Path:
    """A clean copy of a distribution's folder (root: only tnp_core among the folders)."""
    src = SOURCES[dist]

    def ignore(folder: str, names: list[str]) -> set[str]:
        skip = {
            n for n in names if n in {"build", "dist", "__pycache__"} or n.endswith(".egg-info")
        }
        if Path(folder) == ROOT:
            skip |= {n for n in names if (ROOT / n).is_dir() and n != "tnp_core"}
        return skip

    target = dest / dist
    shutil.copytree(src, target, ignore=ignore, symlinks=True)
    return target


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One wheel per available distribution, built once for the session."""
    work = tmp_path_factory.mktemp("wheels")
    house = work / "wheelhouse"
    dists = [d for d in SOURCES if available(d)]
    copies = [str(_copy_source(d, work / "src")) for d in dists]
    check(
        [sys.executable, *PIP, "wheel", "--no-deps", "--no-build-isolation", "--no-index"]
        + ["-w", str(house), *copies],
        env=clean_env(),
    )
    built = {}
    for dist in dists:
        found = list(house.glob(dist.replace("-", "_") + "-*.whl"))
        assert len(found) == 1, f"no wheel for {dist}: {sorted(house.iterdir())}"
        built[dist] = found[0]
    return built


@dataclass
class Venv:
    """A temporary virtual environment with some of the project's distributions installed."""

    path: Path
    python: Path

    def run(self, *code: str, argv: tuple[str, ...] = (), **env: str) -> CompletedProcess:
        """``python -c PRELUDE+code`` (parts dedented one by one), or ``python ARGV``."""
        if code:
            argv = ("-c", PRELUDE + "\n".join(textwrap.dedent(part) for part in code))
        return subprocess.run(
            [str(self.python), *argv],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=self.path,
            env=clean_env(**env),
        )

    def results(self, *code: str, **env: str) -> dict[str, Any]:
        """Run a snippet that fills the dict ``r``; return ``r`` (printed as JSON)."""
        done = self.run(*code, "print(json.dumps(r))", **env)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.splitlines()[-1])

    def cli(self, **env: str) -> CompletedProcess:
        """``python -m tnp_core``."""
        return self.run(argv=("-m", "tnp_core"), **env)

    def installed(self) -> set[str]:
        done = self.run(argv=("-m", "pip", "list", "--format=json", "--path", str(self.site)))
        return {p["name"] for p in json.loads(done.stdout)}

    @property
    def site(self) -> Path:
        v = sys.version_info
        return self.path / "lib" / f"python{v.major}.{v.minor}" / "site-packages"


@pytest.fixture(scope="session")
def make_venv(
    tmp_path_factory: pytest.TempPathFactory, deps_dir: Path, wheels: dict[str, Path]
) -> Callable[..., Venv]:
    """``make_venv("tnp-core", "tnp-backends")``: a venv with exactly those installed (cached)."""
    cache: dict[frozenset[str], Venv] = {}

    def make(*dists: str) -> Venv:
        require(*dists)
        key = frozenset(dists)
        if key not in cache:
            path = tmp_path_factory.mktemp("venv")
            check([sys.executable, "-m", "venv", "--without-pip", str(path)], env=clean_env())
            venv = Venv(path, path / "bin" / "python")
            (venv.site / "_tnp_test_deps.pth").write_text(f"{deps_dir}\n")
            check(
                [str(venv.python), *PIP, "install", "--no-deps", "--no-index"]
                + [str(wheels[d]) for d in dists],
                cwd=path,
                env=clean_env(),
            )
            assert venv.installed() == set(dists)
            cache[key] = venv
        return cache[key]

    return make


def _cli_table(out: str) -> dict[str, list[str]]:
    """The 'tnp plugins' table of ``python -m tnp_core``: plugin name -> [distribution, version]."""
    lines = out.split("\n\n")[0].splitlines()[2:]
    return {cols[0]: cols[1:] for cols in (line.split() for line in lines) if len(cols) == 3}


# ---------------------------------------------------------------- (a) core alone


def test_core_alone(make_venv: Callable[..., Venv]) -> None:
    venv = make_venv("tnp-core")
    r = venv.results(
        """
        r["dtype"] = str(tnp.dtype("f4"))
        r["file"] = tnp.__file__
        r["zeros"] = error(lambda: tnp.zeros)
        for ns in ("linalg", "fft", "random"):
            r[ns] = error(lambda: getattr(tnp, ns))
            r["import " + ns] = error(lambda: __import__("tnp_core." + ns))
        r["plugins"] = plugins.report()["plugins"]
        """
    )
    assert r["dtype"] == "float32"
    assert Path(r["file"]).is_relative_to(venv.path)  # the installed copy, not the source tree
    assert r["zeros"].startswith("AttributeError: ")
    assert "pip install tnp-backends" in r["zeros"]
    for ns in ("linalg", "fft", "random"):
        assert r[ns].startswith("AttributeError: ") and f"pip install tnp-{ns}" in r[ns]
        assert r["import " + ns].startswith("PluginNotInstalledError: ")  # an ImportError
        assert f"pip install tnp-{ns}" in r["import " + ns]
    assert r["plugins"] == []
    cli = venv.cli()
    assert cli.returncode == 0, cli.stderr
    assert "(none installed)" in cli.stdout
    # only the core's own names (dtype, ndarray, scalar types, ...) in main; none elsewhere
    assert cli.stdout.count("   0 / ") == 3
    main_line = next(line for line in cli.stdout.splitlines() if line.strip().startswith("main"))
    assert int(main_line.split()[1]) > 0


def test_core_alone_fft_import_error_is_an_import_error(make_venv: Callable[..., Venv]) -> None:
    done = make_venv("tnp-core").run("import tnp_core.fft")
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("tnp_core.exceptions.PluginNotInstalledError: ")
    assert "pip install tnp-fft" in last
    done = make_venv("tnp-core").run(
        "try:\n    import tnp_core.fft\nexcept ImportError as e:\n    print('ImportError')"
    )
    assert done.stdout.strip() == "ImportError"


# ---------------------------------------------------------------- (b) everything


def test_core_and_all_plugins(make_venv: Callable[..., Venv]) -> None:
    venv = make_venv("tnp-core", *BUILTIN)
    r = venv.results(
        """
        import tnp_core.linalg, tnp_core.fft, tnp_core.random
        r["served"] = {ns: served_by(ns) for ns in ("main", "linalg", "fft", "random")}
        r["zeros"] = tnp.zeros(3).tolist()
        r["det"] = float(tnp.linalg.det([[2.0, 0.0], [0.0, 3.0]]))
        r["fft"] = tnp.fft.fft([1.0, 0.0, 0.0, 0.0]).real.tolist()
        r["broken"] = plugins.report()["broken"]
        """
    )
    assert r["served"] == {ns: [dist] for dist, ns in BUILTIN.items()}
    assert r["zeros"] == [0.0, 0.0, 0.0]
    assert r["det"] == pytest.approx(6.0)
    assert r["fft"] == [1.0, 1.0, 1.0, 1.0]
    assert r["broken"] == {}
    cli = venv.cli()
    assert cli.returncode == 0, cli.stdout + cli.stderr
    table = _cli_table(cli.stdout)
    assert sorted(d for d, _ in table.values()) == sorted(BUILTIN)
    assert "Broken or rejected plugins\n  (none)" in cli.stdout


# ---------------------------------------------------------------- (c) all but one


@pytest.mark.parametrize("missing", list(BUILTIN))
def test_all_plugins_but_one(make_venv: Callable[..., Venv], missing: str) -> None:
    present = [d for d in BUILTIN if d != missing]
    venv = make_venv("tnp-core", *present)
    r = venv.results(
        f"""
        missing_ns = {BUILTIN[missing]!r}
        probe = "zeros" if missing_ns == "main" else None
        r["missing"] = error(lambda: getattr(tnp, probe or missing_ns))
        if missing_ns != "main":
            r["import"] = error(lambda: __import__("tnp_core." + missing_ns))
        r["served"] = {{ns: served_by(ns) for ns in ("main", "linalg", "fft", "random")
                       if ns != missing_ns}}
        r["broken"] = plugins.report()["broken"]
        """
    )
    assert r["missing"].startswith("AttributeError: ")
    assert f"pip install {missing}" in r["missing"]
    if "import" in r:
        assert r["import"].startswith("PluginNotInstalledError: ")
        assert f"pip install {missing}" in r["import"]
    assert r["served"] == {BUILTIN[d]: [d] for d in present}
    assert r["broken"] == {}
    cli = venv.cli()
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert sorted(d for d, _ in _cli_table(cli.stdout).values()) == sorted(present)


# ---------------------------------------------------------------- (d) a third-party plugin

EXAMPLE = ("tnp-core", "tnp-backends", "tnp-linalg", "tnp-example-plugin")

SOLVE = """
    import tnp_core.linalg
    from tnp_example_plugin import CALLS

    def solve_case(a, b):
        before = CALLS["linalg.solve"]
        x = tnp.linalg.solve(a, b)
        return [x.tolist(), str(x.dtype), CALLS["linalg.solve"] - before]

    def who(name):
        p = plugins.provider(name)
        return [p.plugin, p.distribution, p.version, p.is_default]

    A = [[3.0, 1.0], [1.0, 2.0]]
    B = [9.0, 8.0]
"""


def test_example_plugin_serves_linalg_solve(make_venv: Callable[..., Venv]) -> None:
    venv = make_venv(*EXAMPLE)
    r = venv.results(
        SOLVE,
        """
        r["provider"] = who("linalg.solve")
        r["float"] = solve_case(tnp.asarray(A), tnp.asarray(B))
        r["float32"] = solve_case(tnp.asarray(A, dtype="f4"), tnp.asarray(B, dtype="f4"))
        r["int"] = solve_case(tnp.asarray([[3, 1], [1, 2]]), tnp.asarray([9, 8]))
        r["stack"] = solve_case(tnp.asarray([A, A]), tnp.asarray([[[9.0], [8.0]]] * 2))
        plugins.unregister("example")
        r["after unregister"] = who("linalg.solve")
        r["float after unregister"] = solve_case(tnp.asarray(A), tnp.asarray(B))
        """,
    )
    assert r["provider"] == ["example", "tnp-example-plugin", "0.1.0", False]
    assert r["float"] == [[2.0, 3.0], "float64", 1]
    assert r["float32"] == [[2.0, 3.0], "float32", 1]
    assert r["int"] == [[2.0, 3.0], "float64", 0]  # declined: the default solved it
    assert r["stack"] == [[[[2.0], [3.0]], [[2.0], [3.0]]], "float64", 0]
    assert r["after unregister"] == ["linalg", "tnp-linalg", "0.1.0", True]
    assert r["float after unregister"] == [[2.0, 3.0], "float64", 0]
    cli = venv.cli()
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert _cli_table(cli.stdout)["example"] == ["tnp-example-plugin", "0.1.0"]
    assert ["linalg.solve", "by", "example"] in [line.split() for line in cli.stdout.splitlines()]


def test_example_plugin_serves_add(make_venv: Callable[..., Venv]) -> None:
    venv = make_venv(*EXAMPLE)
    r = venv.results(
        SOLVE,
        """
        r["provider"] = who("add")
        x = tnp.arange(4.0)
        r["values"] = [tnp.add(x, x).tolist(), (x + 1).tolist(), float(tnp.add.reduce(x))]
        r["calls"] = CALLS["add"]
        plugins.unregister("example")
        r["after unregister"] = who("add")
        """,
    )
    assert r["provider"] == ["example", "tnp-example-plugin", "0.1.0", False]
    assert r["values"] == [[0.0, 2.0, 4.0, 6.0], [1.0, 2.0, 3.0, 4.0], 6.0]
    assert r["calls"] >= 5
    assert r["after unregister"] == ["backends", "tnp-backends", "0.1.0", True]


def test_example_plugin_blocked_by_environment(make_venv: Callable[..., Venv]) -> None:
    venv = make_venv(*EXAMPLE)
    code = (
        SOLVE,
        """
        report = plugins.report()
        r["blocked"] = report["blocked"]
        r["plugins"] = sorted(p["name"] for p in report["plugins"])
        r["provider"] = who("linalg.solve")
        r["float"] = solve_case(tnp.asarray(A), tnp.asarray(B))
        """,
    )
    r = venv.results(*code, TNP_BLOCK_PLUGINS="example")
    assert r["blocked"] == ["example"]
    assert r["plugins"] == ["backends", "linalg"]
    assert r["provider"] == ["linalg", "tnp-linalg", "0.1.0", True]
    assert r["float"] == [[2.0, 3.0], "float64", 0]
    r = venv.results(*code)  # the same snippet, not blocked
    assert r["blocked"] == []
    assert r["provider"][0] == "example" and r["float"][2] == 1


# ---------------------------------------------------------------- (e) a broken plugin

BROKEN = ("tnp-core", "tnp-backends", "tnp-broken-plugin")
BROKEN_REASON = "RuntimeError: tnp_broken_plugin is broken on purpose"


def test_broken_plugin_is_reported_and_skipped(make_venv: Callable[..., Venv]) -> None:
    venv = make_venv(*BROKEN)
    done = venv.run(
        """
        r["zeros"] = tnp.zeros(2).tolist()
        r["again"] = (tnp.ones(1) + 1).tolist()
        r["broken"] = plugins.report()["broken"]
        print(json.dumps(r))
        """
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {
        "zeros": [0.0, 0.0],
        "again": [2.0],
        "broken": {"broken": BROKEN_REASON},
    }
    assert done.stderr.count("PluginWarning") == 1  # reported once
    assert f"tnp plugin 'broken' skipped: {BROKEN_REASON}" in done.stderr
    cli = venv.cli()
    assert cli.returncode == 1
    assert f"broken: {BROKEN_REASON}" in cli.stdout
    assert _cli_table(cli.stdout) == {"backends": ["tnp-backends", "0.1.0"]}


def test_broken_plugin_strict_mode_and_blocking(make_venv: Callable[..., Venv]) -> None:
    venv = make_venv(*BROKEN)
    strict = venv.run("tnp.zeros", TNP_STRICT_PLUGINS="1")
    assert strict.returncode == 1
    last = strict.stderr.strip().splitlines()[-1]
    assert last.startswith("tnp_core.exceptions.PluginError: ")
    assert "'broken'" in last and "broken on purpose" in last
    blocked = venv.run("print(tnp.zeros(1).tolist())", TNP_BLOCK_PLUGINS="broken")
    assert blocked.returncode == 0 and blocked.stderr == ""
    assert blocked.stdout.strip() == "[0.0]"
    assert venv.cli(TNP_BLOCK_PLUGINS="broken").returncode == 0
