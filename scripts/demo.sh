#!/usr/bin/env bash
# Set up a virtual environment (.venv) with tnp, its plugins and NumPy, then run the demo:
# real NumPy programs through tnp and through NumPy, compared, with timings.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip >/dev/null
python -m pip install -q torch==2.13.0 pluggy numpy setuptools
for dist in . tnp_backends tnp_linalg tnp_fft tnp_random; do
  if [ -f "$dist/pyproject.toml" ]; then python -m pip install -q --no-build-isolation -e "$dist"; fi
done
python -m tnp_core
python examples/run_demo.py "$@"
