"""Per-article token counts: the sparse matrix at the heart of the explorer's index.

:func:`akhbar.text.token_counts` counts the tokens of a whole corpus; the
explorer needs them *per article*, so that the counts of any set of articles
are one masked sum. :func:`token_matrix` gives an ``articles × tokens``
matrix whose column sums are exactly ``token_counts(texts)`` (a test checks
it) — the same tokens, found the same way:

1. each text is split at whitespace in Arrow's C++ kernels;
2. every *distinct* piece is tokenised once with :data:`akhbar.text.TOKEN_PATTERN`
   (a token never spans whitespace, so this is :func:`akhbar.text.tokenize`);
3. ``articles × pieces`` counts times ``pieces × tokens`` counts gives
   ``articles × tokens`` — two sparse matrices, multiplied in C.

Per batch of articles; batches are stacked, so memory stays at one batch of
pieces plus the result.

>>> matrix, tokens = token_matrix(["قال بوتين", "وقال بوتين: بوتين"])
>>> matrix.toarray().tolist(), tokens.to_pylist()
([[1, 1, 0], [0, 2, 1]], ['قال', 'بوتين', 'وقال'])
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from scipy import sparse

from akhbar.text import TOKEN_PATTERN

__all__ = ["BATCH", "token_matrix"]

#: Articles split at whitespace at a time (keeps Arrow's pieces to ~10 M characters).
BATCH = 5_000
_TOKEN_RE = re.compile(TOKEN_PATTERN)


def _split(texts: pa.Array) -> tuple[np.ndarray, pa.DictionaryArray]:
    """The article (within the batch) and the dictionary-encoded text of every
    whitespace piece of a batch of texts. Arrow releases the GIL: batches run
    on all cores."""
    split = pc.utf8_split_whitespace(texts)
    return pc.list_parent_indices(split).to_numpy(), pc.dictionary_encode(pc.list_flatten(split))


def _piece_tokens(pieces: pa.Array) -> tuple[sparse.csr_matrix, list[str]]:
    """``pieces × tokens`` counts (each distinct piece tokenised once) and the tokens."""
    token_ids: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, piece in enumerate(pieces.to_pylist()):
        for token in _TOKEN_RE.findall(piece):
            rows.append(row)
            cols.append(token_ids.setdefault(token, len(token_ids)))
    counts = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)),
                               shape=(len(pieces), len(token_ids)))
    return counts, list(token_ids)


def token_matrix(
    texts: Sequence[str], *, advance: Callable[[int], object] | None = None
) -> tuple[sparse.csc_matrix, pa.Array]:
    """Token counts per text: a sparse ``texts × tokens`` matrix (CSC, the
    smallest unsigned integer type that holds its counts) and the tokens
    (an Arrow string array, in order of first appearance).

    ``texts``: strings (a pandas column backed by Arrow is read without a
    copy). ``advance(n)`` is called after each batch of ``n`` texts (a
    progress bar's ``update``).
    """
    strings = _arrow_strings(texts)
    slices = [strings.slice(start, BATCH) for start in range(0, len(strings), BATCH)]
    batches = []
    with ThreadPoolExecutor(max_workers=max(1, min(len(slices), os.cpu_count() or 1))) as pool:
        for batch, result in zip(slices, pool.map(_split, slices), strict=True):
            batches.append(result)
            if advance is not None:
                advance(len(batch))
    if not batches:
        return sparse.csc_matrix((0, 0), dtype=np.uint8), pa.array([], type=pa.string())
    # One dictionary for all batches: a piece has the same id everywhere.
    encoded = pa.chunked_array([pieces for _, pieces in batches]).unify_dictionaries()
    to_tokens, tokens = _piece_tokens(encoded.chunk(0).dictionary)
    blocks = [
        sparse.csr_matrix(
            (np.ones(len(articles), dtype=np.int32), (articles, chunk.indices.to_numpy())),
            shape=(len(batch), to_tokens.shape[0])) @ to_tokens
        for batch, (articles, _), chunk in zip(slices, batches, encoded.chunks, strict=True)
    ]
    matrix = sparse.vstack(blocks, format="csc")
    matrix.sum_duplicates()
    largest = int(matrix.data.max()) if matrix.nnz else 0
    matrix = matrix.astype(np.min_scalar_type(largest))
    return matrix, pa.array(tokens, type=pa.string())


def _arrow_strings(texts: Sequence[str]) -> pa.Array:
    array = getattr(texts, "array", None)
    if array is not None and hasattr(array, "__arrow_array__"):
        arrow = pa.array(array)
        if isinstance(arrow, pa.ChunkedArray):
            arrow = arrow.combine_chunks()
        return arrow.cast(pa.large_string()).fill_null("")
    return pa.array([t if isinstance(t, str) else "" for t in texts], type=pa.large_string())
