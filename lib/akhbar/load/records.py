"""From a file's records (dicts) to rows with akhbar's columns.

Works on one file's records at a time, with no state: it can run on any worker.

- Field names are mapped onto :data:`akhbar.corpus.ARTICLE_COLUMNS` — the
  user's ``columns=`` first, then the aliases of public Arabic news dumps
  (:data:`FIELD_ALIASES`), record by record (one file may mix ``content``
  and ``text``).
- Values are made into what a reader expects: a list of paragraphs becomes
  a body with blank lines between paragraphs (:func:`akhbar.corpus.join_paragraphs`),
  a list of tags becomes ``"روسيا، بوتين"``, an integer id stays ``"2"``
  (never ``"2.0"``), objects in other fields become JSON text.
- ``source_file`` and ``encoding`` are the loader's own columns: a record's
  own fields of those names are kept as ``source_file_original`` /
  ``encoding_original``, and the report says so.
- A record without an id gets a stable hash of its content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping

from akhbar.corpus import join_paragraphs
from akhbar.load.damage import check_records
from akhbar.load.report import FileResult

__all__ = [
    "FIELD_ALIASES",
    "RESERVED",
    "TAG_SEPARATOR",
    "WHITESPACE",
    "canonical_names",
    "id_text",
    "map_records",
    "paragraphs",
    "paragraphs_arrow",
    "stable_id",
    "text_value",
]

# Field names seen in public Arabic news dumps, in order of preference: the
# first one a record has becomes the canonical column, the others stay extra columns.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "article_id": ("article_id", "id", "doc_id", "docid"),
    "title": ("title", "headline"),
    "tags": ("tags", "keywords"),
    "section": ("section", "category"),
    "published": ("published", "date_published", "date", "date_extracted", "date_iso",
                  "datetime", "pubdate"),
    "body": ("body", "content", "text", "article", "article_body"),
}
#: Columns the loader writes itself: a record's own field of that name is kept aside.
RESERVED = ("source_file", "encoding")
#: How a list of tags is written in the ``tags`` column.
TAG_SEPARATOR = "، "


def canonical_names(columns: Iterable[str], overrides: Mapping[str, str]) -> dict[str, str]:
    """Renaming from a file's field names to ours: user overrides first, then aliases.

    >>> canonical_names(["headline", "story", "encoding"], {"story": "body"})
    {'story': 'body', 'headline': 'title', 'encoding': 'encoding_original'}
    """
    columns = list(columns)
    renames = {src: dst for src, dst in overrides.items() if src in columns}
    taken = set(renames.values())
    lowered = {str(c).lower(): c for c in columns if c not in renames}
    for canonical, aliases in FIELD_ALIASES.items():
        if canonical in taken:
            continue
        source = next((lowered[a] for a in aliases if a in lowered), None)
        if source is not None:
            renames[source] = canonical
            taken.add(canonical)
    # An unmapped column that already bears a canonical or reserved name would clash.
    for column in columns:
        if (column in taken or column in RESERVED) and column not in renames:
            renames[column] = f"{column}_original"
    return renames


def stable_id(record: Mapping) -> str:
    """A short id that stays the same for the same record on every load.

    >>> stable_id({"title": "عنوان", "body": "نص"})
    '99df3799d89cbdfe'
    """
    blob = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(blob.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def id_text(value) -> str:
    """An id as text: integers stay integers (``2``, not ``2.0`` or ``2e+18``).

    >>> id_text(2), id_text(2.0), id_text(1234567890123456789), id_text("a-1")
    ('2', '2', '1234567890123456789', 'a-1')
    """
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def paragraphs(text: str) -> str:
    r"""One blank line between paragraphs, whatever the input used.

    Dumps separate paragraphs with "\n", "\r\n" or blank lines; one convention
    lets every later step split paragraphs the same way (:mod:`akhbar.corpus`).

    >>> paragraphs("فقرة أولى\r\n  فقرة ثانية \n\n\n")
    'فقرة أولى\n\nفقرة ثانية'
    """
    return join_paragraphs(text.splitlines())


# str.isspace() and str.splitlines() as character classes, for pyarrow's RE2 regexes.
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
          + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000")
_LINE_BREAK = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def paragraphs_arrow(values):
    r""":func:`paragraphs` of every string of a pyarrow array, in C++ (no Python loop).

    >>> import pyarrow as pa
    >>> paragraphs_arrow(pa.array(["فقرة أولى\r\n  فقرة ثانية \n\n\n"])).to_pylist()
    ['فقرة أولى\n\nفقرة ثانية']
    """
    import pyarrow.compute as pc

    runs = f"[{WHITESPACE}]*[{_LINE_BREAK}][{WHITESPACE}]*"  # whitespace with a line break
    joined = pc.replace_substring_regex(values, runs, "\n\n")
    return pc.utf8_trim(joined, WHITESPACE)


def text_value(column: str, value):
    """A record's value as the column expects it; lists and objects become text.

    >>> text_value("tags", ["روسيا", "بوتين"])
    'روسيا، بوتين'
    >>> text_value("body", ["فقرة أولى", "فقرة ثانية"])
    'فقرة أولى\\n\\nفقرة ثانية'
    >>> text_value("meta", {"views": 3})
    '{"views": 3}'
    """
    if isinstance(value, str):
        return paragraphs(value) if column == "body" else value
    if isinstance(value, list | tuple):
        items = [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                 for v in value if v is not None]
        if column == "body":
            return join_paragraphs(paragraphs(v) for v in items)
        return TAG_SEPARATOR.join(v.strip() for v in items if v.strip())
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if column == "article_id" and value is not None:
        return id_text(value)
    return value


def _no_body(result: FileResult, fields: Iterable) -> None:
    found = ", ".join(map(str, list(fields)[:12]))
    hint = ""
    if ".csv" in result.path.lower():
        hint = (" (is the header row missing, or the delimiter not a comma?)"
                if len(list(fields)) < 2 else " (is the header row missing?)")
    result.refuse("error", f"no body column among [{found}]{hint};"
                  " name it with columns={'<field>': 'body'} or --map <field>=body")


def map_records(result: FileResult, overrides: Mapping[str, str], *, check: bool = True) -> None:
    """Rename each record's fields to ours, in place; refuse the file if none has a
    body or a title (titles alone load, with a warning).

    ``check`` repairs mojibake and flags ``?``-lossy text in titles and bodies
    (:func:`akhbar.load.damage.check_records`), for readers that did not.
    """
    renames_by_fields: dict[tuple, dict[str, str]] = {}
    mapped = []
    for record in result.records:
        fields = tuple(record)
        if fields not in renames_by_fields:
            renames_by_fields[fields] = canonical_names(fields, overrides)
        renames = renames_by_fields[fields]
        row = {}
        for key, value in record.items():
            name = renames.get(key, key)
            row[name] = text_value(name, value)
        if row.get("article_id") in (None, ""):
            row["article_id"] = stable_id(record)
        mapped.append(row)
    if not any("body" in renames.values() for renames in renames_by_fields.values()):
        fields = next(iter(renames_by_fields), ())
        if not any("title" in renames.values() for renames in renames_by_fields.values()):
            _no_body(result, fields)
            return
        # Headlines only (many archives keep no text): load them, and say so.
        result.warn(f"headlines only: no body column among [{', '.join(map(str, fields[:12]))}];"
                    " if one of them is the text, name it with columns={'<field>': 'body'}"
                    " or --map <field>=body")
    for renames in renames_by_fields.values():
        for name in RESERVED:
            if renames.get(name) == f"{name}_original":
                result.warn(f"the records' own field {name!r} is kept as"
                            f" '{name}_original' ({name} is the loader's column)")
    if check:
        for warning in check_records(mapped):
            result.warn(warning)
    for row in mapped:
        row.update(source_file=result.path, encoding=result.encoding, _input=result.path)
    result.records = mapped
