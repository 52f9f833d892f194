"""Speaker names across the corpus: one spelling per person.

The one step that needs the whole corpus (or every partition's quotes):
:func:`merge_names` merges the article-level speaker names of a quotes table
on their normalised form (أحمد العلي = احمد العلي) and shows the most frequent
spelling of each. Run it once, after the per-article step
(:func:`akhbar.speakers.article_quotes`) has run on every article.

>>> import pandas as pd
>>> table = pd.DataFrame({"speaker": ["أحمد العلي", "احمد العلي", "أحمد العلي"]})
>>> merge_names(table)["speaker"].tolist()
['أحمد العلي', 'أحمد العلي', 'أحمد العلي']
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from akhbar.text import normalize

__all__ = ["merge_names", "name_key"]


def merge_names(quotes_table: pd.DataFrame) -> pd.DataFrame:
    """``quotes_table`` with ``speaker`` merged across articles: every name with the same
    :func:`name_key` shows as that key's most frequent spelling (ties: the first in
    alphabetical order). Returns a new table; the input is not changed."""
    out = quotes_table.copy()
    out["speaker"] = _merged(quotes_table["speaker"])
    return out


def _merged(names: pd.Series) -> pd.Series:
    if names.empty:
        return names.astype(object)
    keys = names.map(name_key)
    keys = keys.replace(_short_forms_of_lineage_names(set(keys)))
    display = (pd.DataFrame({"key": keys, "name": names})
               .groupby(["key", "name"]).size().reset_index(name="n")
               .sort_values(["key", "n", "name"], ascending=[True, False, True])
               .drop_duplicates("key").set_index("key")["name"])
    return keys.map(display)


def _short_forms_of_lineage_names(keys: set[str]) -> dict[str, str]:
    """The short form of a name given with its lineage, where the corpus has both and
    only one long name shortens to it: عادل الجبير → عادل بن أحمد الجبير. Only a family
    name in ال or آل: a short form ending in a given name (أحمد علي) can be anyone."""
    longs: dict[str, set[str]] = {}
    for key in keys:
        short = _without_lineage(key)
        if short in keys:
            longs.setdefault(short, set()).add(key)
    return {short: next(iter(ks)) for short, ks in longs.items() if len(ks) == 1}


def _without_lineage(key: str) -> str | None:
    """عادل بن احمد الجبير → عادل الجبير; None when no family name follows the lineage
    (محمد بن سلمان) or it is not one in ال."""
    words = key.split()
    i = 1
    while i + 2 < len(words) and words[i] == "بن":
        i += 2
    family = words[i:]
    if i == 1 or not family or not (family[-1].startswith("ال") or family[0] == "ال"):
        return None
    return " ".join([words[0], *family])


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The form names are merged on: normalised with ة and hamza folded, punctuation out,
    and a compound name in عبد or أبو as one word, as many outlets write it (عبدالحميد
    and عبد الحميد are one spelling of one name, أبوبكر and أبو بكر another).

    >>> name_key("أحمد  العلي") == name_key("احمد العلي")
    True
    >>> name_key("عبد الحميد الدبيبة") == name_key("عبدالحميد الدبيبة")
    True
    >>> name_key("سامر أبو بكر") == name_key("سامر أبوبكر")
    True
    """
    s = re.sub(r"[^\w\s]", " ", normalize(name, taa_marbuta=True, hamza=True))
    return _COMPOUND_GIVEN.sub(r"\1", " ".join(s.split()))


# عبد + a divine name is one given name, أبو (بو) + a name one family name (or kunya);
# written apart or together by house style.
_COMPOUND_GIVEN = re.compile(r"\b(عبد|ابو|بو) (?=\w)")
