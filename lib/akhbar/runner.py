"""Execute the numbered notebooks headless, against the seed corpus or another.

``make figures`` calls :func:`run_notebooks`. With the default corpus the
notebooks are executed in place, so their stored outputs (which nbval
compares) always match the code. With another corpus the notebooks in
``notebooks/`` are left alone: an executed copy of each goes next to the
figures, in ``figures/<corpus name>/``, as papermill would do it — a cell
with the new parameters is inserted right after the cell tagged ``parameters``.

Before a notebook runs, the figures it wrote last time (``NN_*.png/svg/csv``
for notebook ``NN_…``) are removed, so a figure that a corpus cannot have —
no dates, one section — does not linger from an earlier run. When a cell
fails, :class:`NotebookFailed` says which notebook and cell, and the executed
copy (with the error in it) is written anyway, to be opened.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "NotebookFailed",
    "NotebookRun",
    "corpus_name",
    "plan_runs",
    "run_notebook",
    "run_notebooks",
]

PARAMETERS_TAG = "parameters"


@dataclass(frozen=True)
class NotebookRun:
    notebook: Path
    output: Path
    figures: Path


class NotebookFailed(RuntimeError):
    """A cell of a notebook raised; ``str()`` is the one line to print."""

    def __init__(self, run: NotebookRun, cell: int, source: str, error: str) -> None:
        first_line = next((line for line in source.splitlines() if line.strip()), "")
        super().__init__(f"{run.notebook} failed in cell {cell} ({first_line.strip()[:60]}):"
                         f" {error}; open {run.output} to see the traceback")
        self.run, self.cell, self.error = run, cell, error


def corpus_name(paths: list[str]) -> str:
    """A folder name for a corpus: ``data/saudi.jsonl.gz`` → ``saudi``.

    >>> corpus_name(["../shared/corpus-dev/saudinewsnet-dev.jsonl.gz"])
    'saudinewsnet-dev'
    """
    first = Path(paths[0].rstrip("/"))
    name = re.sub(r"(\.(jsonl|ndjson|csv|txt|parquet))?(\.gz)?$", "", first.name)
    return name + (f"+{len(paths) - 1}" if len(paths) > 1 else "")


def _inject_parameters(nb, values: dict) -> None:
    import nbformat

    source = "# Parameters injected by `akhbar figures`\n" + "".join(
        f"{name} = {value!r}\n" for name, value in values.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    tagged = [i for i, c in enumerate(nb.cells) if PARAMETERS_TAG in c.metadata.get("tags", [])]
    nb.cells.insert(tagged[0] + 1 if tagged else 0, cell)


def plan_runs(notebooks_dir: Path, figures_dir: Path, corpus: list[str] | None,
              only: str | None = None) -> list[NotebookRun]:
    """Which notebooks run, where each executed notebook and its figures go."""
    notebooks = sorted(p for p in notebooks_dir.glob("[0-9]*.ipynb")
                       if only is None or p.name.startswith(only))
    if not corpus:
        return [NotebookRun(nb, nb, figures_dir) for nb in notebooks]
    out = figures_dir / corpus_name(corpus)
    return [NotebookRun(nb, out / "notebooks" / nb.name, out) for nb in notebooks]


def run_notebook(run: NotebookRun, corpus: list[str] | None, timeout: int = 1800) -> None:
    """Execute one notebook with the kernel of this Python, in the notebook's folder."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(run.notebook, as_version=4)
    if corpus:
        paths = [str(Path(p).resolve()) for p in corpus]
        _inject_parameters(nb, {"CORPUS": paths if len(paths) > 1 else paths[0],
                                "FIGURES": str(run.figures.resolve())})
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(run.notebook.parent)}},
                            config=_kernel_config())
    _remove_old_figures(run)
    try:
        _execute(client, nb, run)
    finally:
        run.output.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, run.output)


def _kernel_config():
    """Talk to the kernel over local sockets where the system has them: over TCP the
    kernel warns, once per notebook, that its traffic is unencrypted — true, and
    beside the point for a kernel on this machine, but alarming in `make figures`."""
    from traitlets.config import Config

    if os.name != "posix":
        return Config()
    ip = Path(tempfile.gettempdir()) / f"akhbar-kernel-{os.getpid()}"
    return Config({"KernelManager": {"transport": "ipc", "ip": str(ip)}})


def _execute(client, nb, run: NotebookRun) -> None:
    from nbclient.exceptions import CellExecutionError

    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            try:
                client.execute_cell(cell, index)
            except CellExecutionError as error:
                ename = getattr(error, "ename", "") or "error"
                evalue = getattr(error, "evalue", "") or str(error).strip().splitlines()[-1]
                raise NotebookFailed(run, index + 1, cell.source, f"{ename}: {evalue}") from error


def _remove_old_figures(run: NotebookRun) -> None:
    prefix = run.notebook.name.split("_", 1)[0]
    for suffix in ("png", "svg", "csv"):
        for old in run.figures.glob(f"{prefix}_*.{suffix}"):
            old.unlink()


def run_notebooks(notebooks_dir: str | Path = "notebooks", figures_dir: str | Path = "figures",
                  corpus: list[str] | None = None, only: str | None = None,
                  log=print) -> list[NotebookRun]:
    """Execute every numbered notebook (or those starting with ``only``)."""
    runs = plan_runs(Path(notebooks_dir), Path(figures_dir), corpus, only)
    for run in runs:
        log(f"running {run.notebook} → figures in {run.figures}")
        run_notebook(run, corpus)
    return runs
