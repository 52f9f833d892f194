"""Build the inventory of reporting verbs and attribution phrases from unlabelled news text.

    .venv/bin/python benchmarks/build_trigger_inventory.py [--write] [--top N]

Reads the unlabelled development corpora in ``../shared/corpus-dev`` (the
SaudiNewsNet dev JSONL.gz and the ANT Jawhara FM items; ``$AKHBAR_SHARED``
overrides the folder) and counts, for every word, how often it introduces a
*statement*: a complement أنّ/إنّ (أنه، بأن، إن الوزارة …, not the أنْ of a
verb: أن يكون), a colon, or an opening quotation mark, within eight words
after it in the same sentence (a verb–subject–statement clause: وقال وزير
الخارجية سامح شكري إن …), with one preposition allowed before the statement
(أشار إلى أن). No hand annotation is read: the evidence is what newspapers
write.

Then it writes ``lib/akhbar/data/speakers_inventory.txt`` (with ``--write``;
otherwise it prints it), one entry a line with its evidence:

- ``[verb]``: every reporting verb of ``data/speakers_verbs.txt`` (all its
  inflections summed, with and without و/ف) — ``evidence`` (statements
  introduced), ``share`` (evidence / occurrences);
- ``[relative]``: the verbs that follow ``حسب ما / بحسب ما / وفق ما /
  طبقا لما`` (وفق ما أورده، بحسب ما صرح به): the source comes after them;
- ``[phrase]``: the attribution phrases and idioms of
  ``data/speakers_phrases.txt`` ``[attribution]`` with how often each is
  followed by a named source or a statement;
- ``[unreviewed]``: the other words with the most evidence (at least 30,
  share at least 0.25) that are neither in the lexicon nor in
  ``benchmarks/trigger_review.txt`` (words judged not to report: modal
  verbs, the writer's voice, nouns of media, participles …, each with its
  reason). A new entry there is read, then added to ``speakers_verbs.txt``
  with its grammar or to the review file with a reason.

``tests/test_speakers.py`` checks that every verb of the lexicon has evidence
in the inventory. Prints ``SKIPPED: …`` and exits 0 when the corpora are absent.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import DEV_CORPUS, ROOT, SHARED, require
from akhbar.speakers.lexicon import data_lines, fold, load_lexicon
from akhbar.speakers.words import is_describer, is_org, is_role

ANT = SHARED / "corpus-dev" / "ant-jawharafm" / "ant-jawharafm.jsonl"
OUT = ROOT / "lib" / "akhbar" / "data" / "speakers_inventory.txt"
REVIEW = ROOT / "benchmarks" / "trigger_review.txt"
WINDOW = 8  # words between a verb and its statement (its subject phrase)
MIN_EVIDENCE, MIN_SHARE = 30, 0.25

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = frozenset(".!?؟؛")
# أنّ/إنّ with a pronoun (أنه، إنها، بأنهم) or before a noun; not أنْ + verb
_ANNA_SUFFIXED = re.compile(r"^(?:ب)?[اأإ]ن(?:ه|ها|هم|هما|هن|نا|ني)$")
_ANNA_BARE = frozenset({"ان", "بان"})
_PREPS = frozenset({"الى", "الي", "على", "عن", "من", "ب"})
_AS_REPORTED = re.compile(r"^(?:[وف]?ب?حسب|[وف]?وفق|[وف]?طبقا)$")


def texts():
    """The bodies of both unlabelled corpora, folded."""
    with gzip.open(DEV_CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            yield fold(json.loads(line).get("content") or "")
    with ANT.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield fold(json.loads(line).get("body") or "")


def is_marker(toks: list[str], i: int) -> bool:
    """Does a statement start at token ``i``: أنّ/إنّ, a colon, an opening quotation?"""
    x = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if _ANNA_SUFFIXED.match(x):
        return True
    if x in _ANNA_BARE:
        return nxt.startswith("ال") or nxt in ("«", '"', "“")
    if x == ":":
        return bool(nxt)
    return x in ("«", "“")


def statement_ahead(toks: list[str], i: int) -> bool:
    """A statement starts within WINDOW words after token ``i``, in the same sentence."""
    for k in range(i + 1, min(len(toks), i + 1 + WINDOW)):
        if toks[k] in _SENTENCE_END:
            return False
        if is_marker(toks, k):
            return True
    return False


def count(lines, phrases: list[str]):
    """Per word (without و/ف): occurrences, and occurrences followed by a statement;
    the verbs after حسب ما / وفق ما; the occurrences of each phrase."""
    seen, evidence = Counter(), Counter()
    relative = Counter()
    ngrams = Counter()
    phrase_re = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")
    for text in lines:
        ngrams.update(m.group() for m in phrase_re.finditer(text))
        for line in text.split("\n"):
            toks = _TOKEN.findall(line)
            for i, w in enumerate(toks):
                if not w.isalpha():
                    continue
                seen[w] += 1
                if statement_ahead(toks, i):
                    evidence[w] += 1
                if _AS_REPORTED.match(w) and i + 2 < len(toks) and toks[i + 1] in ("ما", "لما"):
                    relative[toks[i + 2]] += 1
    return seen, evidence, relative, ngrams


def _without_conjunction(seen: Counter, evidence: Counter) -> tuple[Counter, Counter]:
    """Counts of وقال and فقال added to قال: a word starting with و/ف is read as the
    conjunction + the rest when the rest is the commoner word (not وكالة → كالة)."""
    seen2, evidence2 = Counter(), Counter()
    for w, n in seen.items():
        key = w[1:] if w[:1] in "وف" and seen[w[1:]] > n else w
        seen2[key] += n
        evidence2[key] += evidence[w]
    return seen2, evidence2


def verb_rows(seen, evidence, lex):
    """Every lemma of speakers_verbs.txt: its forms' counts summed, with and without و/ف."""
    by_lemma: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for form, verb in lex.verbs.items():
        for written in (form, "و" + form, "ف" + form):
            by_lemma[verb.lemma][0] += evidence[written]
            by_lemma[verb.lemma][1] += seen[written]
    return sorted(((lemma, e, n) for lemma, (e, n) in by_lemma.items()), key=lambda r: -r[1])


def attribution_phrases() -> list[str]:
    """The attribution phrases and idioms of the lexicon (speakers_phrases.txt), folded."""
    return sorted(fold(p) for p in data_sections_raw("speakers_phrases.txt", "attribution"))


def data_sections_raw(name: str, section: str) -> list[str]:
    out, current = [], ""
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif current == section:
            out.append(line)
    return out


def review() -> dict[str, str]:
    """Words judged not to be reporting triggers, with the reason: ``word  reason``."""
    if not REVIEW.exists():
        return {}
    out = {}
    for line in REVIEW.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, reason = line.strip().partition(" ")
            out[fold(word)] = reason.strip()
    return out


def unreviewed(seen, evidence, lex, reviewed, top):
    rows = []
    for w, e in evidence.most_common():
        if e < MIN_EVIDENCE:
            break
        n = seen[w]
        known = w in lex.verbs or (w[:1] in "وف" and w[1:] in lex.verbs)  # وقال is قال
        if (e / n < MIN_SHARE or known or len(w) < 2 or w in reviewed or w.startswith("ال")
                or w in lex.participles or is_role(w, lex) or is_org(w, lex)
                or is_describer(w, lex) or not re.fullmatch(r"[\u0621-\u064a]+", w)):
            continue
        rows.append((w, e, n))
    return rows[:top]


def render(articles, verbs, relatives, phrases, candidates) -> str:
    out = [
        "# Inventory of reporting triggers, built from unlabelled news by",
        "# benchmarks/build_trigger_inventory.py (do not edit by hand; rerun it).",
        f"# Evidence from {articles:,} articles (SaudiNewsNet dev, ANT Jawhara FM): how often",
        "# the entry is followed, within eight words of the same sentence, by a statement",
        "# (أنّ/إنّ clause, colon, opening quotation mark); share = evidence / occurrences.",
        "# [verb] the lexicon's verbs (data/speakers_verbs.txt), every inflection summed;",
        "# [relative] verbs after حسب ما / وفق ما (the source follows them): occurrences;",
        "# [phrase] attribution phrases (data/speakers_phrases.txt [attribution]): occurrences;",
        "# [unreviewed] the words with most evidence that are neither in the lexicon nor",
        "# judged in benchmarks/trigger_review.txt.",
        "[verb]",
    ]
    out += [f"{lemma}\t{e}\t{e / n if n else 0:.2f}" for lemma, e, n in verbs]
    out.append("[relative]")
    out += [f"{w}\t{c}" for w, c in relatives]
    out.append("[phrase]")
    out += [f"{p}\t{c}" for p, c in phrases]
    out.append("[unreviewed]")
    out += [f"{w}\t{e}\t{e / n:.2f}" for w, e, n in candidates]
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if require(DEV_CORPUS) is None or require(ANT) is None:
        return 0
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 60
    lex = load_lexicon()
    articles = 0

    def counted_texts():
        nonlocal articles
        for t in texts():
            articles += 1
            yield t

    phrases = attribution_phrases()
    seen, evidence, relative, ngrams = count(counted_texts(), phrases)
    relatives = [(w, c) for w, c in relative.most_common() if c >= 5 and w.isalpha()]
    phrase_counts = sorted(((p, ngrams[p]) for p in phrases), key=lambda r: -r[1])
    merged_seen, merged_evidence = _without_conjunction(seen, evidence)
    text = render(articles, verb_rows(seen, evidence, lex), relatives, phrase_counts,
                  unreviewed(merged_seen, merged_evidence, lex, review(), top))
    if "--write" in argv:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
