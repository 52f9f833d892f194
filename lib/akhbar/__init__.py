"""akhbar (أخبار): analyse folders of Arabic news articles in Jupyter.

>>> import akhbar
>>> corpus = akhbar.load_corpus("seeds")
>>> len(corpus)
1
"""

from akhbar.load import load_corpus, save_corpus

__all__ = ["load_corpus", "save_corpus"]
__version__ = "0.1.0"
