"""The speaker lexicon: every word list of ``data/speakers_*.txt``, folded once, in one frozen object.

Step 0 of the pipeline, shared by every article: :func:`load_lexicon` reads the
data files (reporting verbs and their inflections, titles, organisations,
nationalities, given names, participles, the adjuncts that end a phrase, the
words around a trigger and inside a phrase) and the general-Arabic word
frequencies (the shared :func:`akhbar.text.reference_lexicon`), and builds a
:class:`Lexicon`. The rules of the other modules
receive it as an argument; none of them fetches a global one. The default
lexicon is built once per process; a test or a caller can build another (its
answers are cached apart, see :mod:`akhbar.speakers.words`).

Words are matched in their *folded* form (:func:`fold`): the text's
:func:`akhbar.text.normalize`, keeping ى apart from ي so that the preposition
على is not the name علي.

>>> lex = load_lexicon()
>>> lex.verbs[fold("وأضافت")[1:]].lemma, "متحدث" in lex.roles
('اضاف', True)
>>> fold("إلى"), zipf("الرئيس", lex) > zipf("بيسكوف", lex)
('الى', True)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from akhbar.text import ReferenceLexicon, normalize, reference_lexicon
from akhbar.text.affixes import ARTICLE_STRINGS

__all__ = [
    "OBJECT_SUFFIXES",
    "Lexicon",
    "Verb",
    "alternation",
    "build_lexicon",
    "data_lines",
    "data_sections",
    "fold",
    "load_lexicon",
    "zipf",
]


#: Object pronouns a reporting verb may carry (فيما اعتبرته، ودعتهم الهيئة).
OBJECT_SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "كم", "نا", "ني")


def fold(text: str) -> str:
    """The matching form: :func:`akhbar.text.normalize`, keeping ى apart from ي so that
    the preposition على is not the name علي (nor إلى the word إلي).

    >>> fold("قَالَ الرئيـس علي على")
    'قال الرئيس علي على'
    """
    return normalize(text, alef_maqsura=False)


# --------------------------------------------------------------------------
# Data files: one word a line, ``#`` comments, ``[section]`` headers.
# --------------------------------------------------------------------------


def data_lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of ``data/<name>``, stripped."""
    text = resources.files("akhbar").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def data_sections(name: str) -> dict[str, frozenset[str]]:
    """The ``[section]`` lists of ``data/<name>``, each word folded.

    >>> sorted(data_sections("speakers_triggers.txt")["needs_proclitic"])
    ['بين', 'عبر']
    """
    out: dict[str, set[str]] = {}
    current = ""
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, set())
        else:
            out.setdefault(current, set()).add(fold(line))
    return {section: frozenset(words) for section, words in out.items()}


def alternation(words) -> str:
    """A regex alternation of ``words`` factored into a trie (قال|قالت|قالوا →
    قال(?:ت|وا)?), so that a scan tries each letter once instead of every word.

    >>> alternation(["قال", "قالت", "قالوا"])
    'قال(?:(?:ت|وا))?'
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(c) + _trie_regex(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # longest first: the optional tail is greedy, so قالوا wins over قال
        body = (body if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")") + "?"
    return body


# --------------------------------------------------------------------------
# The lexicon.
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Verb:
    """One inflected form's verb: its lemma, family (say, add, relay, stance …), what
    must follow it to report (``clause``, ``object``, ``thanks``, ``adjacent``), the
    prepositions that introduce its statement, and whether the form is present tense."""

    lemma: str
    family: str
    needs: str
    preps: tuple[str, ...]
    present: bool


# eq=False: a lexicon is hashed and compared by identity, so that caches keyed by
# (word, lexicon) never give one lexicon's answer for another.
@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word list the rules read, folded; read-only."""

    verbs: Mapping[str, Verb]  # every inflected form → its verb
    roles: frozenset[str]  # nouns of office (رئيس، متحدث), relatives included
    kin: frozenset[str]  # relatives (شقيق، أرملة): the name after them is another person
    honorifics: frozenset[str]  # written right before a name (الدكتور، العميد)
    address: frozenset[str]  # titles of address many people carry (الدكتور، السيد)
    modifiers: frozenset[str]  # adjectives of titles (الرسمي، العام)
    sources: frozenset[str]  # unnamed sources (مصدر، مسؤول)
    styles: frozenset[str]  # سعادة، معالي: before a title (سعادة الوزير), never its head
    territorial: frozenset[str]  # أمير، محافظ: their genitive is a territory (أمير قطر)
    honorific_pronouns: frozenset[str]  # سموه، معاليه: the person named before
    divine: frozenset[str]  # تعالى، عز وجل: epithets that stand for الله
    orgs: frozenset[str]  # bodies that speak (وزارة، وكالة)
    named_after: frozenset[str]  # institutions named after a person (مطار، مؤسسة)
    documents: frozenset[str]  # statements credited to their issuer (بيان، تقرير)
    stop: frozenset[str]  # words that end the subject phrase (في، خلال)
    numbers: frozenset[str]  # ثلاث، مليون: they end it too, but not after أبو
    time: frozenset[str]  # adverbs of time, also in stop (أمس، الثلاثاء)
    time_lead: frozenset[str]  # before a time word or a period (أول أمس، أواخر العام)
    period: frozenset[str]  # العام، السنة: time words only before another (العام الماضي)
    object_idiom: frozenset[str]  # كشف النقاب عن: the object of an idiom, never a subject
    person_object: frozenset[str]  # lemmas whose object is often a person (دعا، أبلغ)
    no_object: frozenset[str]  # lemmas that take only their preposition (أعرب عن)
    circumstance: frozenset[str]  # nouns after في/ب that end it (في بيان)
    addressee: frozenset[str]  # nouns after لـ that end it (لوكالة)
    given: frozenset[str]  # given names (محمد، فهد)
    participles: frozenset[str]  # continuation participles, all forms (موضحا، مشيرة)
    connectors: frozenset[str]  # particles inside a name (بن، أبو، عبد)
    quantifiers: frozenset[str]  # عدد، أحد، بعض
    self_words: frozenset[str]  # ذاته، نفسها
    current_speaker: frozenset[str]  # المتحدث، المسؤول alone: the speaker just quoted
    clause_boundary: frozenset[str]  # where a subject before its verb may start
    not_sources: frozenset[str]  # plans, laws, rules after بحسب/وفقا لـ
    compound_preps: frozenset[str]  # بالنيابة، فضلا: the عن after them is theirs
    people_plural: frozenset[str]  # أصحاب، أولياء: after a feminine verb, its object
    impersonal: frozenset[str]  # the writer's voice (يذكر، يشار)
    needs_proclitic: frozenset[str]  # verbs spelled like prepositions (بين، عبر)
    not_a_verb: frozenset[str]  # words a reporting verb never follows
    relatives: frozenset[str]  # relative pronouns
    saying: frozenset[str]  # nouns of saying (قوله، بقولها)
    said_so: frozenset[str]  # the statement already written (صرح بذلك)
    actions: frozenset[str]  # what أعلن/كشف عن announce that is no statement (تعليق، هواتف)
    thanks: re.Pattern  # thanks, congratulations, condolences, with their affixes
    nationality: re.Pattern  # nisba adjectives of the nationality stems
    verb_re: re.Pattern  # a reporting verb form, group 1 its و/ف, 3 an object pronoun
    participle_re: re.Pattern  # a continuation participle
    reference: ReferenceLexicon  # general-Arabic word frequencies (see zipf)


def _verb_forms(fields: list[str]) -> tuple[list[str], list[str]]:
    past_field, present_field = fields[0], fields[1]
    past = past_field.split(",")
    if len(past) == 1:
        stem = past[0]
        # no dual forms: شكرا، تابعا are nouns far more often than "the two thanked"
        past = [stem + s for s in ("", "ت", "وا")]
    present = []
    if present_field != "-":
        present = [p + present_field + s for p in "يت" for s in ("", "ون", "ان")]
        if present_field.endswith("ى"):  # Egyptian papers write يري for يرى
            present += [p + present_field[:-1] + "ي" for p in "يت"]
    return [fold(p) for p in past], [fold(p) for p in present]


def _verbs() -> dict[str, Verb]:
    verbs: dict[str, Verb] = {}
    for line in data_lines("speakers_verbs.txt"):
        fields = line.split()
        past, present = _verb_forms(fields)
        preps = () if fields[4] == "-" else tuple(fold(p) for p in fields[4].split(","))
        lemma = fold(fields[0].split(",")[0])
        for form in past:
            verbs.setdefault(form, Verb(lemma, fields[2], fields[3], preps, False))
        for form in present:
            verbs.setdefault(form, Verb(lemma, fields[2], fields[3], preps, True))
    return verbs


def _participles() -> frozenset[str]:
    forms: set[str] = set()
    for w in data_lines("speakers_participles.txt"):
        w = fold(w)
        base = w.removesuffix("ا")
        forms |= {w, base + "ة", base + "ين", base + "ون"}
    return frozenset(forms)


def _given_names(particles: frozenset[str]) -> frozenset[str]:
    """The given names, also with final ى for ي as Egyptian papers write them (سامى،
    فهمى); not where that spelling is a particle (علي → على)."""
    names = {fold(w) for w in data_lines("speakers_given_names.txt")}
    egyptian = {n[:-1] + "ى" for n in names if n.endswith("ي")}
    return frozenset(names | (egyptian - particles))


def _nationality() -> re.Pattern:
    stems = [fold(w) for w in data_lines("speakers_nationalities.txt")]
    return re.compile(rf"^(?:{'|'.join(ARTICLE_STRINGS)})?(?:{alternation(stems)})"
                      r"(?:ي|ية|يه|يون|يين|يان|يتين|ين|ون)$")


def _sound_plurals(heads: frozenset[str]) -> frozenset[str]:
    """The plurals in -ات of the feminine heads (منظمة → منظمات): bodies too
    (وقالت المنظمات إن …)."""
    return frozenset(w[:-1] + "ات" for w in heads if w.endswith("ة"))


def build_lexicon(reference: ReferenceLexicon) -> Lexicon:
    """A lexicon of the package's data files, telling names from common nouns with
    the word frequencies of ``reference`` (see :func:`zipf`)."""
    verbs = _verbs()
    titles = data_sections("speakers_titles.txt")
    orgs = data_sections("speakers_organisations.txt")
    adjuncts = data_sections("speakers_adjuncts.txt")
    triggers = data_sections("speakers_triggers.txt")
    phrases = data_sections("speakers_phrases.txt")
    participles = _participles()
    return Lexicon(
        verbs=MappingProxyType(verbs),
        roles=titles["role"] | titles["kin"],
        kin=titles["kin"],
        honorifics=titles["honorific"],
        address=titles["address"],
        modifiers=titles["modifier"],
        sources=titles["source"],
        styles=titles["style"],
        territorial=titles["territorial"],
        honorific_pronouns=titles["honorific_pronoun"],
        divine=titles["divine"],
        orgs=orgs["organisation"] | _sound_plurals(orgs["organisation"]),
        documents=orgs["document"],
        named_after=orgs["named_after"],
        stop=adjuncts["stop"] | adjuncts["time"],
        numbers=adjuncts["number"],
        time=adjuncts["time"] | adjuncts["period"],
        time_lead=adjuncts["time_lead"],
        period=adjuncts["period"],
        object_idiom=triggers["object_idiom"],
        person_object=triggers["person_object"],
        no_object=triggers["no_object"],
        circumstance=adjuncts["circumstance"],
        addressee=adjuncts["addressee"],
        given=_given_names(adjuncts["stop"] | phrases["connector"]),
        participles=participles,
        connectors=phrases["connector"],
        quantifiers=phrases["quantifier"],
        self_words=phrases["self"],
        current_speaker=phrases["current_speaker"],
        clause_boundary=phrases["clause_boundary"],
        not_sources=phrases["not_a_source"],
        compound_preps=phrases["compound_preposition"],
        people_plural=phrases["people_plural"],
        impersonal=triggers["impersonal"],
        needs_proclitic=triggers["needs_proclitic"],
        not_a_verb=triggers["not_a_verb"],
        relatives=triggers["relative"],
        saying=triggers["saying"],
        said_so=triggers["said_so"],
        actions=triggers["action"],
        thanks=re.compile(
            rf"^(?:ب|و)?(?:ال)?(?:{alternation(triggers['thanks'])})(?:ه|ها|هم)?$"),
        nationality=_nationality(),
        verb_re=re.compile(rf"(?<![\w])([وف]?)({alternation(verbs)})"
                           rf"((?:{'|'.join(OBJECT_SUFFIXES)})?)(?![\w])"),
        participle_re=re.compile(rf"(?<![\w])({alternation(participles)})(?![\w])"),
        reference=reference,
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The default lexicon, built once per process (a second or two)."""
    return build_lexicon(reference_lexicon())


# --------------------------------------------------------------------------
# How common a word is in general Arabic.
# --------------------------------------------------------------------------


@lru_cache(maxsize=200_000)
def zipf(word: str, lex: Lexicon) -> float:
    """The Zipf frequency of a folded word in ``lex`` (log10 per billion words; 0 when
    unknown): a common noun is used with ال too, a name almost never. Cached per
    (word, lexicon): the rules ask about the same words again and again."""
    return lex.reference.zipf(word)
