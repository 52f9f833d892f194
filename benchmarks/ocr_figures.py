"""Acceptance check of issue 4: does OCR read the Arabic of our figures back?

tesseract -l ara must find >= 90 % of the plotted terms of the top-terms bar
chart and >= 70 % of the 15 largest words of the word cloud; the same check on
a deliberately reversed rendering (the capability forced the wrong way) must
find almost none (<= 10 %).

    .venv/bin/python benchmarks/ocr_figures.py            # after `make figures`
    .venv-legacy/bin/python benchmarks/ocr_figures.py --render-only   # matplotlib < 3.11

It checks the saved figures/02_top_terms.png and the 02 word cloud against
their CSVs, then renders both charts again from the CSV in this environment,
right and deliberately reversed. Without figures/02_top_terms.csv the terms are
counted from seeds/. Exit status 1 when a threshold is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import matplotlib
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from plot_helpers import found_cloud_terms, found_terms, pillow_without_raqm, tesseract_missing

from akhbar import plot
from akhbar.plot.charts import top_rows

BAR_N, CLOUD_N = 20, 15
BAR_MIN, CLOUD_MIN, REVERSED_MAX = 0.90, 0.70, 0.10


def seed_counts(seeds: Path) -> pd.DataFrame:
    """term,count of the seed articles, as the 02 notebook computes them (until its CSV exists)."""
    import akhbar
    from akhbar.freq import word_counts

    return word_counts(akhbar.load_corpus(seeds))


def counts_table(figures: Path, seeds: Path) -> tuple[pd.DataFrame, str]:
    csv = figures / "02_top_terms.csv"
    if csv.is_file():
        return pd.read_csv(csv), str(csv.relative_to(ROOT) if csv.is_relative_to(ROOT) else csv)
    return seed_counts(seeds), f"counted from {seeds.name}/ (no {csv.name} yet)"


def row(name: str, terms: list[str], found: list[str], *, want_min=None, want_max=None) -> bool:
    share = len(found) / max(len(terms), 1)
    ok = (want_min is None or share >= want_min) and (want_max is None or share <= want_max)
    goal = f">= {want_min:.0%}" if want_min is not None else f"<= {want_max:.0%}"
    missed = [t for t in terms if t not in found]
    print(f"{name:<44} {len(found):>3}/{len(terms):<3} {share:>6.0%}  (want {goal})  "
          f"{'ok' if ok else 'FAIL'}" + (f"  missed: {' '.join(missed[:8])}" if want_min else ""))
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--figures", type=Path, default=ROOT / "figures")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--render-only", action="store_true",
                        help="skip the saved figures; only render from the CSV in this environment")
    args = parser.parse_args(argv)

    reason = tesseract_missing()
    if reason:
        print(f"cannot check: {reason}")
        return 2
    table, source = counts_table(args.figures, args.seeds)
    bar_terms = top_rows(table, "term", "count", BAR_N)["term"].astype(str).tolist()
    # The cloud's own CSV when the notebook saved one (it plots up to 100 words).
    cloud_csvs = sorted(args.figures.glob("02_*cloud*.csv"))
    cloud_table = pd.read_csv(cloud_csvs[0]) if cloud_csvs else table
    cloud_terms = top_rows(cloud_table, "term", "count", CLOUD_N)["term"].astype(str).tolist()
    print(f"matplotlib {matplotlib.__version__}: shapes Arabic itself: {plot.matplotlib_shapes()}; "
          f"Pillow (wordcloud) shapes: {plot.pillow_shapes()}; font: {plot.font_path().name}")
    print(f"terms: {source}" + (f"; cloud: {cloud_csvs[0].name}" if cloud_csvs else ""))
    ok = True

    if not args.render_only:
        saved_bar = args.figures / "02_top_terms.png"
        clouds = sorted(args.figures.glob("02_*cloud*.png"))
        if saved_bar.is_file():
            ok &= row(f"saved {saved_bar.name}", bar_terms, found_terms(bar_terms, saved_bar),
                      want_min=BAR_MIN)
        else:
            print(f"saved {saved_bar.name}: missing (run `make figures`)")
        for cloud in clouds:
            ok &= row(f"saved {cloud.name}", cloud_terms, found_cloud_terms(cloud_terms, cloud),
                      want_min=CLOUD_MIN)
        if not clouds:
            print("saved 02 word cloud: missing (run `make figures`)")

    with tempfile.TemporaryDirectory() as tmp:
        for wrong in (False, True):
            mpl = (not plot.matplotlib_shapes()) if wrong else None
            pil = (not plot.pillow_shapes()) if wrong else None
            label = "reversed" if wrong else "rendered"
            bar = plot.save_figure(plot.bar_terms(table, n=BAR_N, shapes=mpl), f"bar{wrong}", out_dir=tmp)
            cloud = plot.save_figure(plot.word_cloud(cloud_table, shapes=pil), f"cloud{wrong}", out_dir=tmp)
            limits = {"want_max": REVERSED_MAX} if wrong else {"want_min": BAR_MIN}
            ok &= row(f"{label} bar chart, matplotlib {matplotlib.__version__}", bar_terms,
                      found_terms(bar_terms, bar["png"]), **limits)
            limits = {"want_max": REVERSED_MAX} if wrong else {"want_min": CLOUD_MIN}
            ok &= row(f"{label} word cloud", cloud_terms,
                      found_cloud_terms(cloud_terms, cloud["png"]), **limits)
        # A host without Raqm (slim images, macOS): Pillow's basic layout.
        for wrong in (False, True):
            with pillow_without_raqm():
                cloud = plot.save_figure(plot.word_cloud(cloud_table, shapes=wrong), f"basic{wrong}", out_dir=tmp)
            limits = {"want_max": REVERSED_MAX} if wrong else {"want_min": CLOUD_MIN}
            ok &= row(f"{'unshaped' if wrong else 'rendered'} word cloud, Pillow basic layout",
                      cloud_terms, found_cloud_terms(cloud_terms, cloud["png"]), **limits)
    checked_saved = not args.render_only and (args.figures / "02_top_terms.png").is_file()
    print(("PASS" if ok else "FAIL") + ("" if checked_saved or args.render_only
                                         else " (rendered charts only: no saved 02 figures yet)"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
