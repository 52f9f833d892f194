"""`make figures CORPUS=…`: the notebooks run on another corpus without touching notebooks/."""

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from akhbar.runner import corpus_name, run_notebooks


def _notebook(path):
    nb = new_notebook(cells=[
        new_code_cell('CORPUS = "../seeds"\nFIGURES = "../figures"',
                      metadata={"tags": ["parameters"]}),
        new_code_cell("from pathlib import Path\n"
                      "Path(FIGURES).mkdir(parents=True, exist_ok=True)\n"
                      "(Path(FIGURES) / '01_seen.txt').write_text(str(CORPUS))"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                "language": "python"}})
    nbformat.write(nb, path)
    return path.read_text()


def test_another_corpus_goes_to_its_own_figures_folder(tmp_path):
    notebooks, figures = tmp_path / "notebooks", tmp_path / "figures"
    notebooks.mkdir()
    original = _notebook(notebooks / "01_demo.ipynb")
    corpus = tmp_path / "data" / "my-news.jsonl.gz"
    corpus.parent.mkdir()
    corpus.write_bytes(b"")
    runs = run_notebooks(notebooks, figures, [str(corpus)], log=lambda _: None)
    seen = figures / "my-news" / "01_seen.txt"
    assert seen.read_text() == str(corpus.resolve())
    assert (notebooks / "01_demo.ipynb").read_text() == original
    executed = nbformat.read(runs[0].output, as_version=4)
    assert executed.cells[1].metadata["tags"] == ["injected-parameters"]
    assert not (figures / "01_seen.txt").exists()


def test_corpus_names():
    assert corpus_name(["data/news/"]) == "news"
    assert corpus_name(["a.csv", "b.csv"]) == "a+1"
