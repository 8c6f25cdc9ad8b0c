"""Page lines that tell no news (SPEC §2.6): boilerplate (tags, "read also", share links), link
lines and headline lines whose title a teaser closes.
"""
from __future__ import annotations

import re

from rasd.model.document import Document
from rasd.model.span import Span

BOILERPLATE = ("سمات", "اقرا", "شاهد", "كلمات مفتاحيه", "الوسوم", "للمزيد", "رابط", "مقالات اخري",
               "مقالات ذات")


def boilerplate(tokens: list) -> bool:
    """Tag lines and "read also" links: not reported happenings."""
    head = " ".join(t.norm for t in tokens[:2]).replace("ة", "ه").replace("أ", "ا")
    return any(head.startswith(b) for b in BOILERPLATE)


def link_line(doc: Document, sent: Span, plate: list[bool], si: int) -> bool:
    """"اقرأ.. الأمير خالد: هجوم الحوثي …": the headline after a "read also" cue is split off
    as its own sentence, but it still sits on the link's line. `plate`: `boilerplate` of
    each sentence."""
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    return any(doc.sentences[j].start >= line_start and plate[j] for j in range(max(0, si - 2), si))


_LINE_ENDS = ".!?؟:\"»”)'…"
HEADLINE_WORDS = 15


def headline_line(doc: Document, sent: Span) -> bool:
    """A related story's headline: a whole line after the first, of at most 15 words, that does
    not open with و/ف and ends with no sentence mark ("انسحاب حزب "التغيير" من حكومة الإقليم").
    Reported happenings are told in sentences; a bare title line is a link to another story."""
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    line_end = doc.text.find("\n", sent.end)
    line = doc.text[line_start:len(doc.text) if line_end < 0 else line_end].strip()
    if line_start == 0 or not line:
        return False
    words = line.split()
    if len(words) <= HEADLINE_WORDS + 3 and line[0] not in "وف" and _TEASER.search(line):
        return True  # "6 أسباب أدت لاندلاع الاحتجاجات.. تعرف عليها": split at "..", still a title
    if doc.text[sent.start:sent.end].strip() != line:
        return False
    if len(words) <= QUOTED_SUBHEAD_WORDS and line[0] in _OPEN_QUOTES and line[-1] in _CLOSE_QUOTES:
        return True  # a subhead quoting a word of the story ('"تهجير"'): its closing mark is no sentence end
    return len(words) <= HEADLINE_WORDS and line[0] not in "وف" and line[-1] not in _LINE_ENDS


QUOTED_SUBHEAD_WORDS = 4
_OPEN_QUOTES = "\"«“"
_CLOSE_QUOTES = "\"»”"


# a teaser that closes a link's title line: "… تعرف عليها", "… تعرفوا عليهم", "… اقرأ المزيد"
_TEASER = re.compile(r"(?:تعرف(?:وا)?\s+(?:عليها|عليه|عليهم|عليهن|على\s+التفاصيل)|[اإ]قرأ\s+المزيد)\W*$")
