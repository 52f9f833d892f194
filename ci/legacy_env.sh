#!/usr/bin/env bash
# A second environment with matplotlib < 3.11 (no libraqm: matplotlib does not
# shape Arabic there), so the plot tests and the OCR check also run on the
# renderer most users still have. Usage:
#   ci/legacy_env.sh          create/update .venv-legacy
#   ci/legacy_env.sh test     ... then run the plot tests in it
#   ci/legacy_env.sh ocr      ... then run the OCR acceptance check in it (charts
#                             rendered from figures/02_top_terms.csv, or from seeds/)
#   ci/legacy_env.sh figures  ... then run the notebooks on seeds/ in it, figures to
#                             $LEGACY_FIGURES (default .venv-legacy/figures; notebooks/
#                             and figures/ untouched), and OCR-check those figures
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${LEGACY_VENV:-.venv-legacy}
MATPLOTLIB=${LEGACY_MATPLOTLIB:-matplotlib>=3.8,<3.11}
STAMP="$VENV/.installed-stamp"

if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  test -x "$VENV/bin/python" || "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  # One resolver run, so every other dependency is chosen to fit the old matplotlib.
  "$VENV/bin/python" -m pip install --quiet -e '.[test]' "$MATPLOTLIB"
  touch "$STAMP"
fi
"$VENV/bin/python" - <<'PY'
import matplotlib
from akhbar.plot import matplotlib_shapes, pillow_shapes
print(f"legacy env: matplotlib {matplotlib.__version__}; "
      f"matplotlib shapes Arabic: {matplotlib_shapes()}; Pillow shapes Arabic: {pillow_shapes()}")
PY

FIGURES=${LEGACY_FIGURES:-$VENV/figures}
case "${1:-}" in
  test) exec "$VENV/bin/python" -m pytest -q tests/test_plot.py tests/test_plot_render.py ;;
  ocr) exec "$VENV/bin/python" benchmarks/ocr_figures.py --render-only ;;
  figures)
    # --corpus sends the executed notebooks and figures to $FIGURES/seeds/.
    "$VENV/bin/akhbar" figures --corpus seeds --out "$FIGURES"
    exec "$VENV/bin/python" benchmarks/ocr_figures.py --figures "$FIGURES/seeds" ;;
  "") ;;
  *) echo "usage: $0 [test|ocr|figures]" >&2; exit 2 ;;
esac
