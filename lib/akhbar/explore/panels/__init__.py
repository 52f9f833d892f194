"""The explorer's panels, one module each: a tab's widgets and what it computes.

- :mod:`~akhbar.explore.panels.base` — :class:`Panel`: compute once per state, draw when seen;
- :mod:`~akhbar.explore.panels.common` — right-to-left CSS, images, save buttons, debouncing;
- :mod:`~akhbar.explore.panels.words` — top words or pairs, keyness against the rest;
- :mod:`~akhbar.explore.panels.trends` — words' share per period;
- :mod:`~akhbar.explore.panels.contexts` — keyword in context, right to left;
- :mod:`~akhbar.explore.panels.speakers` — who is quoted, their statements;
- :mod:`~akhbar.explore.panels.topics` — the topic model, per selection;
- :mod:`~akhbar.explore.panels.article` — one article, matches and quotes marked.

>>> [panel.name for panel in PANELS]
['words', 'trends', 'contexts', 'speakers', 'topics', 'article']
"""

from akhbar.explore.panels.article import ArticlePanel
from akhbar.explore.panels.base import Panel, Shown
from akhbar.explore.panels.contexts import ContextsPanel
from akhbar.explore.panels.speakers import SpeakersPanel
from akhbar.explore.panels.topics import TopicsPanel
from akhbar.explore.panels.trends import TrendsPanel
from akhbar.explore.panels.words import WordsPanel

#: The panels, in the order of the explorer's tabs.
PANELS = (WordsPanel, TrendsPanel, ContextsPanel, SpeakersPanel, TopicsPanel, ArticlePanel)

__all__ = ["PANELS", "ArticlePanel", "ContextsPanel", "Panel", "Shown", "SpeakersPanel",
           "TopicsPanel", "TrendsPanel", "WordsPanel"]
