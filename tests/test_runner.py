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


def test_a_failing_cell_is_named_in_one_line_and_the_executed_copy_is_kept(tmp_path, capsys):
    from akhbar.cli import main

    notebooks, figures = tmp_path / "notebooks", tmp_path / "figures"
    notebooks.mkdir()
    nb = new_notebook(cells=[
        new_code_cell('CORPUS = "../seeds"\nFIGURES = "../figures"', metadata={"tags": ["parameters"]}),
        new_code_cell("x = 1"),
        new_code_cell("ratio = x / 0"),
        new_code_cell("never = True"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(nb, notebooks / "01_demo.ipynb")
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("")
    code = main(["figures", "--notebooks", str(notebooks), "--out", str(figures),
                 "--corpus", str(corpus)])
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == 1
    copy = figures / "news" / "notebooks" / "01_demo.ipynb"
    # cell 4 of the executed copy: the injected parameters cell comes second
    assert "01_demo.ipynb failed in cell 4 (ratio = x / 0): ZeroDivisionError" in message
    assert str(copy) in message
    executed = nbformat.read(copy, as_version=4)
    assert executed.cells[3].outputs[0]["ename"] == "ZeroDivisionError"


def test_figures_a_notebook_no_longer_makes_are_removed(tmp_path):
    notebooks, figures = tmp_path / "notebooks", tmp_path / "figures"
    notebooks.mkdir()
    _notebook(notebooks / "01_demo.ipynb")
    old = figures / "news" / "01_articles_per_day.png"
    other = figures / "news" / "02_top_terms.png"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"stale")
    other.write_bytes(b"another notebook's")
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("")
    run_notebooks(notebooks, figures, [str(corpus)], log=lambda _: None)
    assert not old.exists() and other.exists()
