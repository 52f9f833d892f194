"""Where the Dask work runs: a local cluster or an existing one, the dashboard
link, a progress bar, and objects sent to the workers once.

Nothing here reads articles. Every computation of :mod:`akhbar.scale` goes
through :func:`compute`, which uses the scheduler Dask would use anyway (the
``distributed`` client you started, if any; ``dask.config`` otherwise) and
shows a progress bar while :func:`show_progress` is on (the CLI turns it on).

>>> import dask
>>> with dask.config.set(scheduler="synchronous"):
...     compute(dask.delayed(len)("خبر"))
[3]
"""

from __future__ import annotations

import sys
from contextlib import contextmanager, redirect_stdout

import dask

__all__ = ["compute", "shared", "show_progress", "start_client"]

_PROGRESS = {"on": False}


@contextmanager
def show_progress(on: bool = True):
    """Show a progress bar (on stderr) for every computation inside the block."""
    before = _PROGRESS["on"]
    _PROGRESS["on"] = on
    try:
        yield
    finally:
        _PROGRESS["on"] = before


def _client():
    try:
        from distributed import get_client
    except ImportError:  # pragma: no cover - distributed ships with the dask extra
        return None
    try:
        return get_client()
    except ValueError:
        return None


def compute(*objects) -> list:
    """Compute Dask objects (delayed values, collections) together, in order."""
    client = _client()
    if client is None:
        if _PROGRESS["on"]:
            from dask.diagnostics import ProgressBar

            with ProgressBar(out=sys.stderr):
                return list(dask.compute(*objects))
        return list(dask.compute(*objects))
    futures = client.compute(list(objects))
    if _PROGRESS["on"]:
        from distributed import progress

        with redirect_stdout(sys.stderr):  # the bar never mixes with a command's output
            progress(futures)
            print()
    return client.gather(futures)


def shared(value):
    """``value`` as one object every task can take as an argument, sent to each
    worker once (scattered on a distributed cluster, one graph key otherwise).

    An :class:`~akhbar.text.Analyzer` travels without the shared reference
    lexicon: each worker reads its own from its disk cache."""
    client = _client()
    if client is None:
        return dask.delayed(value, pure=True)
    return client.scatter(value, broadcast=True, hash=False)


def start_client(*, workers: int | None = None, memory_limit: str | None = None,
                 scheduler: str | None = None, quiet: bool = False):
    """A ``distributed`` client: of the cluster at ``scheduler`` (``tcp://host:8786``),
    or of a new local cluster of ``workers`` processes (one thread each) with
    ``memory_limit`` each (``"2GB"``; beyond it a worker spills to disk). Prints
    the dashboard link to stderr unless ``quiet``."""
    import logging

    from distributed import Client, LocalCluster

    if not quiet:  # the link and the bar are enough: no shutdown chatter
        logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               memory_limit=memory_limit or "auto", dashboard_address=":0",
                               host="127.0.0.1")
        client = Client(cluster)
    if not quiet:
        print(f"dask: {len(client.scheduler_info()['workers'])} worker(s);"
              f" dashboard {client.dashboard_link}", file=sys.stderr)
    return client
