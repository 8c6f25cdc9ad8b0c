"""A person's two-part hashtag name is one mention, and its second part is his family name
(audit U36, carried over: "#رضوان_لقديم" gave PER رضوان, and "إلى لقديم", "أن لقديم" later
in the article were missed)."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from rasd.stages.ner.hashtags import hashtag_underscored


def _toks(text: str):
    return [SimpleNamespace(text=m.group(0), start=m.start(), end=m.end()) for m in re.finditer(r"[#_]|[^\s#_]+", text)]


def _no_name(word: str) -> bool:
    return word in ("السوري", "في")


@pytest.mark.parametrize("text,chunks,want", [
    ("أن يخضع #رضوان_لقديم للاستجواب", [(3, 4, "PER")], [(3, 6, "PER")]),
    ("أن يخضع #رضوان_لقديم للاستجواب", [(3, 5, "PER")], [(3, 6, "PER")]),  # (the chunk held the "_")
    # the second part read as a person of its own (audit U54: "#باراك_أوباما")
    ("زوجة الرئيس السابق #باراك_أوباما أمس", [(4, 5, "PER"), (6, 7, "PER")], [(4, 7, "PER")]),
    ("زوجة الرئيس السابق #باراك_السوري أمس", [(4, 5, "PER"), (6, 7, "PER")], [(4, 7, "PER")]),
    # must not fire: a longer hashtag, a listed non-name word, a part another chunk holds, a
    # person not opening the hashtag, a place chunk, spaces around the "_"
    ("انتشر وسم #محمد_يتحدث_للصحفيين أمس", [(3, 4, "PER")], [(3, 4, "PER")]),
    ("انتشر وسم #محمد_السوري أمس", [(3, 4, "PER")], [(3, 4, "PER")]),
    ("انتشر وسم #محمد_لقديم أمس", [(3, 4, "PER"), (5, 6, "LOC")], [(3, 4, "PER"), (5, 6, "LOC")]),
    ("انتشر وسم محمد_لقديم أمس", [(2, 3, "PER")], [(2, 3, "PER")]),
    ("انتشر وسم #حلب_لقديم أمس", [(3, 4, "LOC")], [(3, 4, "LOC")]),
    ("انتشر وسم #محمد _ لقديم أمس", [(3, 4, "PER")], [(3, 4, "PER")]),
])
def test_hashtag_underscored(text, chunks, want):
    assert hashtag_underscored(_toks(text), chunks, _no_name) == want


def test_the_hashtags_second_part_is_the_family_name_later():
    from tests.stages.test_ner import NAMES, mentions, run

    doc = run("أن يخضع #رضوان_لقديم للاستجواب. ووجهت الإدارة الاستدعاء إلى لقديم المدرج على اللوائح.",
              {"رضوان": "B-PER"}, NAMES)
    assert mentions(doc) == [("رضوان_لقديم", "PER"), ("لقديم", "PER")]
