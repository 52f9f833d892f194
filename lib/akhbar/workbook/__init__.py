"""The notebooks' panels: each figure of the workbook, made and saved by one function.

The numbered notebooks hold narrative and parameters; every figure they show
comes from here, so it is tested like the rest of the library and it copes
with any corpus the loader accepts. A :class:`Panel` is a figure and the
table behind it (saved together), or a note that says what could not be
shown and why — no dates, one section, headlines only — never a traceback.

>>> import akhbar
>>> corpus = akhbar.load_corpus("seeds")
>>> CorpusProfile.of(corpus).sections
['عرب وعالم']
"""

from akhbar.workbook.panel import Panel, saved_panel
from akhbar.workbook.profile import CorpusProfile

__all__ = ["CorpusProfile", "Panel", "saved_panel"]
