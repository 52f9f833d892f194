"""The explorer as a web page: a Voilà server for people who never open a notebook.

``make explore [CORPUS=…] [PORT=8866]`` (``akhbar explore PATH… --port N``)
writes a one-cell notebook that loads the corpus and shows
``akhbar.explore(corpus)``, and serves it with Voilà on localhost: the page
shows the widgets only, no code. Each visit runs the notebook in a fresh
kernel, so the corpus is loaded and indexed per visit (a progress bar shows
while it happens). The corpus paths and the folder the save buttons write to
travel as environment variables, so the page itself never changes.

>>> import tempfile
>>> page = write_page(Path(tempfile.mkdtemp()))
>>> page.name, "akhbar.explore(corpus" in page.read_text()
('explorer.ipynb', True)
>>> command(page, 8866)[-4:]
['--port=8866', '--no-browser', '--Voila.ip=127.0.0.1', '--theme=light']
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

__all__ = ["CORPUS_VARIABLE", "OUT_VARIABLE", "command", "free_port", "serve", "start",
           "wait_until_serving", "write_page"]

#: The environment variable that holds the corpus paths (``os.pathsep``-separated).
CORPUS_VARIABLE = "AKHBAR_EXPLORE_CORPUS"
#: The environment variable that holds the folder the save buttons write to.
OUT_VARIABLE = "AKHBAR_EXPLORE_OUT"

_PAGE_SOURCE = f"""\
import os

import akhbar

paths = os.environ[{CORPUS_VARIABLE!r}].split(os.pathsep)
corpus = akhbar.load_corpus(*paths)
akhbar.explore(corpus, out_dir=os.environ.get({OUT_VARIABLE!r}, "explore"))
"""


def write_page(folder: Path) -> Path:
    """Write the explorer's notebook into ``folder``; returns its path."""
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(_PAGE_SOURCE)]
    notebook.metadata["title"] = "akhbar explorer"
    path = Path(folder) / "explorer.ipynb"
    nbformat.write(notebook, path)
    return path


def command(page: Path, port: int) -> list[str]:
    """The Voilà command line that serves ``page`` on ``127.0.0.1:port``."""
    return [sys.executable, "-m", "voila", str(page), f"--port={port}", "--no-browser",
            "--Voila.ip=127.0.0.1", "--theme=light"]


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(paths: list[str], port: int, *, out_dir: str | Path = "explore",
          folder: Path | None = None, quiet: bool = False) -> subprocess.Popen:
    """Start the Voilà server for the corpus at ``paths`` (a running process)."""
    folder = Path(folder or tempfile.mkdtemp(prefix="akhbar-explore-"))
    env = dict(os.environ)
    env[CORPUS_VARIABLE] = os.pathsep.join(str(Path(p).resolve()) for p in paths)
    env[OUT_VARIABLE] = str(Path(out_dir).resolve())
    output = subprocess.DEVNULL if quiet else None
    return subprocess.Popen(command(write_page(folder), port), env=env, cwd=folder,
                            stdout=output, stderr=output)


def wait_until_serving(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    """Return once ``url`` answers; RuntimeError if the server stops or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Voilà server stopped (exit code {process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)  # polling the port, not waiting for the page's content
    raise RuntimeError(f"the Voilà server did not answer at {url} within {timeout:.0f} s")


def serve(paths: list[str], port: int = 8866, *, out_dir: str | Path = "explore") -> int:
    """Serve the explorer until interrupted; prints the URL. Returns an exit code."""
    process = start(paths, port, out_dir=out_dir)
    url = f"http://127.0.0.1:{port}/"
    # `kill` or the end of `make explore` stops the server too (the finally below)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        wait_until_serving(url, process)
        print(f"\nakhbar explorer of {', '.join(paths)}: open {url}\n"
              f"(the corpus is indexed when the page opens; Ctrl+C stops the server)",
              flush=True)
        return process.wait()
    except KeyboardInterrupt:
        return 0
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)
