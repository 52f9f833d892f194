"""The speakers of one article so far, and the lookups that find an earlier one.

Part of step 4 (:mod:`~akhbar.speakers.coref`), per article. :class:`Entities`
holds the article's :class:`Entity` list with indexes by word, by title word
and by head noun, so that finding the entity a mention refers to looks only at
the entities that share a word with it, and finding the antecedent of a
subjectless verb looks only at the latest speaker of each kind (named or not,
feminine, masculine or unknown). Either answer is the one a scan of every
earlier entity or event, latest first, would give; the cost of an article
grows with its length, not with its square (a concatenated dump of thousands
of articles costs what its parts cost).

>>> ents = Entities()
>>> ents.add(Entity((0, 10), frozenset({"سامح", "شكري"}), True))
0
>>> ents.candidates(frozenset({"شكري"}), named=True)
[0]
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

__all__ = ["Entities", "Entity"]

_MAX_SUBSETS_OF = 10  # words of a mention whose subsets are looked up one by one


@dataclass
class Entity:
    """One speaker of the article and what is known of it so far."""

    surface: tuple[int, int]  # its fullest form, in the folded text
    tokens: frozenset[str]  # that form's key words
    name: bool  # the form is a proper name
    titles: list[frozenset[str]] = field(default_factory=list)  # titles seen with it
    feminine: bool | None = None
    document: str = ""  # the latest statement document it issued (بيان …), or ""
    head: str = ""  # the head noun of a title-only form (صحيفة، مصدر)
    lead: str = ""  # letters to write before the surface (للأمم → الأمم)


class Entities:
    """An article's entities (``items``, by index) with their lookups. Change an
    entity through :meth:`set_form`, :meth:`add_title` and :meth:`mark_document` so
    that the indexes follow. Indexes only grow: a lookup returns candidates that the
    caller tests with the exact rule."""

    def __init__(self) -> None:
        self.items: list[Entity] = []
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._by_words: dict[frozenset[str], list[int]] = defaultdict(list)
        self._by_prefix: dict[str, list[int]] = defaultdict(list)
        self._by_title_word: dict[str, list[int]] = defaultdict(list)
        self._by_head: dict[str, list[int]] = defaultdict(list)
        self._last_document: dict[str, int] = {}  # document → the latest issuer
        # anaphora: the latest mention of each entity, one heap per kind of entity
        self._clock = 0
        self._latest: dict[int, int] = {}
        self._kinds: dict[tuple[bool, bool | None], list[tuple[int, int]]] = defaultdict(list)
        self._speaker = -1  # the entity of the latest mention by a reporting event
        self._pending: list[tuple[int, int, bool]] = []  # (start, entity, continuation)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, idx: int) -> Entity:
        return self.items[idx]

    # -- changes ------------------------------------------------------------------

    def add(self, ent: Entity) -> int:
        idx = len(self.items)
        self.items.append(ent)
        self._index_words(idx, ent.tokens)
        for title in ent.titles:
            self._index_title(idx, title)
        self._by_head[ent.head].append(idx)  # "" too: a mention whose head is no word
        if ent.document:
            self._last_document[ent.document] = idx
        return idx

    def set_form(self, idx: int, surface: tuple[int, int], tokens: frozenset[str],
                 lead: str, name: bool) -> None:
        """A fuller form of the entity (and whether it is a name now)."""
        ent = self.items[idx]
        if name and not ent.name and idx in self._latest:
            self._push_kind(idx, True)  # it is now a named speaker
        ent.surface, ent.tokens, ent.lead, ent.name = surface, tokens, lead, name
        self._index_words(idx, tokens)

    def set_gender(self, idx: int, feminine: bool) -> None:
        """The latest mention of an unnamed entity agrees otherwise than its first
        (مصادر حكومية أكدت … وقال مصدر): later verbs agree with the latest form."""
        ent = self.items[idx]
        ent.feminine = feminine
        if idx in self._latest:
            self._push_kind(idx, ent.name)

    def add_title(self, idx: int, title: frozenset[str]) -> None:
        self.items[idx].titles.append(title)
        self._index_title(idx, title)

    def mark_document(self, idx: int, document: str) -> None:
        """The entity issued ``document`` (بيان، تقرير): a later "البيان" is its."""
        self.items[idx].document = document
        self._last_document[document] = idx

    def _index_words(self, idx: int, tokens: frozenset[str]) -> None:
        self._by_words[tokens].append(idx)
        for t in tokens:
            self._by_word[t].append(idx)
            for k in range(4, len(t)):
                self._by_prefix[t[:k]].append(idx)

    def _index_title(self, idx: int, title: frozenset[str]) -> None:
        for t in title:
            self._by_title_word[t].append(idx)

    # -- lookups for a mention, latest first ----------------------------------------

    def candidates(self, tokens: frozenset[str], named: bool) -> list[int]:
        """Entities whose words hold all of ``tokens``, or (``named``) lie within them,
        or of which a one-word ``tokens`` is a nickname (a prefix of one of its words)."""
        found = set(self._by_word.get(min(tokens, key=self._word_count), ()))
        if named:
            if len(tokens) <= _MAX_SUBSETS_OF:
                for r in range(len(tokens) + 1):
                    for subset in combinations(tokens, r):
                        found.update(self._by_words.get(frozenset(subset), ()))
            else:
                found.update(self._by_words.get(frozenset(), ()))
                for t in tokens:
                    found.update(self._by_word.get(t, ()))
        if len(tokens) == 1:
            (t,) = tokens
            found.update(self._by_prefix.get(t, ()))
        return sorted(found, reverse=True)

    def with_word(self, word: str) -> list[int]:
        """Entities with ``word`` among their key words, the latest first."""
        return sorted(self._by_word.get(word, ()), reverse=True)

    def _word_count(self, t: str) -> int:
        return len(self._by_word.get(t, ()))

    def with_title_word(self, word: str) -> list[int]:
        """Entities seen with a title holding ``word``."""
        return sorted(set(self._by_title_word.get(word, ())), reverse=True)

    def with_head(self, words) -> list[int]:
        """Entities whose head noun is one of ``words``."""
        found = set()
        for w in words:
            found.update(self._by_head.get(w, ()))
        return sorted(found, reverse=True)

    def last_document(self, document: str) -> int:
        """The entity that issued the latest ``document`` (بيان، تقرير), or -1."""
        return self._last_document.get(document, -1)

    # -- anaphora ------------------------------------------------------------------

    def mentioned(self, start: int, idx: int, continuation: bool) -> None:
        """An event at ``start`` (not nested) was resolved to entity ``idx``. It counts
        for the events that start after it (see :meth:`before`)."""
        self._pending.append((start, idx, continuation))

    def before(self, start: int) -> None:
        """Make the mentions of events starting before ``start`` visible (events are
        resolved in order of their start)."""
        pending = self._pending
        k = 0
        while k < len(pending) and pending[k][0] < start:
            _, idx, continuation = pending[k]
            self._clock += 1
            self._latest[idx] = self._clock
            self._push_kind(idx, self.items[idx].name)
            if not continuation:
                self._speaker = idx
            k += 1
        del pending[:k]

    def _push_kind(self, idx: int, name: bool) -> None:
        kind = (name, self.items[idx].feminine)
        heapq.heappush(self._kinds[kind], (-self._latest[idx], idx))

    def last_speaker(self) -> int:
        """The entity of the latest visible mention by a reporting event (not a
        continuation participle), or -1."""
        return self._speaker

    def last_agreeing(self, feminine: bool | None, plural: bool) -> int:
        """The entity of the latest visible mention that a verb of this gender (None:
        unknown) and number agrees with: no named person for a plural; a feminine
        verb with a feminine or unknown speaker, a masculine one likewise. -1 if none."""
        best, best_idx = 0, -1
        for (name, gender), heap in self._kinds.items():
            if (plural and name) or not (feminine is None or gender is None
                                         or gender == feminine):
                continue
            top = self._top(heap, name, gender)
            if top is not None and self._latest[top] > best:
                best, best_idx = self._latest[top], top
        return best_idx

    def _top(self, heap: list[tuple[int, int]], name: bool, feminine: bool | None) -> int | None:
        """The latest entity of a kind's heap, dropping entries that are out of date
        (a later mention, or the entity has become named or changed gender since)."""
        while heap:
            seq, idx = heap[0]
            ent = self.items[idx]
            if -seq == self._latest[idx] and ent.name == name and ent.feminine == feminine:
                return idx
            heapq.heappop(heap)
        return None
