"""A small on-disk cache for tables akhbar derives from installed data.

Some reference data takes seconds to prepare but never changes between
runs: wordfreq's Arabic list (620,000 words), normalised and indexed for
the clitic analyzer, takes ~3 s to build and ~0.3 s to read back. Like
matplotlib's font cache, the result is kept in a user cache folder and
rebuilt whenever what it was built from changes (the ``version`` string
names it: package versions and a hash of the code that builds it).

Nothing is downloaded. The folder is ``$AKHBAR_CACHE_DIR``, else
``$XDG_CACHE_HOME/akhbar``, else ``~/.cache/akhbar``; set
``AKHBAR_CACHE_DIR`` to an empty string to switch caching off. A cache that
cannot be read (damaged, from another Python) is rebuilt, and one that
cannot be written (read-only home) is simply not kept: the cache only ever
saves time, it never changes a result.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_dir", "cached", "source_hash"]

T = TypeVar("T")
_UNREADABLE = (
    OSError,
    EOFError,
    pickle.UnpicklingError,
    AttributeError,
    ImportError,
    IndexError,
    TypeError,
    ValueError,
)


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off."""
    configured = os.environ.get("AKHBAR_CACHE_DIR")
    if configured is not None:
        return Path(configured).expanduser() if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "akhbar"


def cached(name: str, version: str, build: Callable[[], T]) -> T:
    """``build()``, read from the cache when it was built for ``version``.

    ``name`` names the table (one file per name is kept: building a new
    version removes the old ones). For example
    ``cached("lexicon", f"wordfreq {wordfreq_version}", build_lexicon)``.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha256(version.encode()).hexdigest()[:16]
    path = folder / f"{name}-{digest}.pickle"
    # Absent, damaged, or written by code whose classes have moved: build again.
    with contextlib.suppress(*_UNREADABLE), path.open("rb") as file:
        return pickle.load(file)
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return  # a read-only home: work without the cache
    try:
        # Write then rename, so that a reader never sees half a file, even
        # when two processes build the same table at once.
        with os.fdopen(handle, "wb") as file:
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return
    name = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{name}-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)


def source_hash(*paths: str | os.PathLike) -> str:
    """A short hash of source files, to put in a cache ``version``."""
    digest = hashlib.sha256()
    for source in paths:
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]
