"""akhbar (أخبار): analyse folders of Arabic news articles in Jupyter.

The main readers, each taking a corpus (or what another reader returned)
first and keyword arguments after it (``by=``, ``text=``):

- :func:`load_corpus` / :func:`save_corpus` — files and folders → one DataFrame;
- :func:`articles_by` — how many articles per section, source or period;
- :func:`word_counts`, :func:`keyness`, :func:`kwic`, :func:`collocations` — words;
- :func:`quotes`, :func:`speaker_counts` — who is quoted, how often;
- :func:`fit_topics` — what the corpus talks about;
- :func:`explore` — all of these by clicking, in JupyterLab or a web page.

>>> import akhbar
>>> corpus = akhbar.load_corpus("seeds")
>>> len(corpus), akhbar.word_counts(corpus)["term"].iloc[0]
(1, 'الأمن')
"""

from akhbar import explore  # a callable package: akhbar.explore(corpus)
from akhbar.freq import collocations, keyness, kwic, word_counts
from akhbar.load import load_corpus, save_corpus
from akhbar.overview import articles_by
from akhbar.speakers import quotes, speaker_counts
from akhbar.topics import fit_topics

__all__ = [
    "articles_by",
    "collocations",
    "explore",
    "fit_topics",
    "keyness",
    "kwic",
    "load_corpus",
    "quotes",
    "save_corpus",
    "speaker_counts",
    "word_counts",
]
__version__ = "0.1.0"
