"""A name after "موقع التواصل الاجتماعي" is where it was posted, not who spoke (audit U64)."""
from __future__ import annotations


def _speakers(doc):
    return [q.speaker.text if q.speaker else None for q in doc.quotes]


def test_site_after_social_media_is_no_speaker(quotes):
    doc = quotes("وكان وزير الخارجية، سامي العلي، قد قال في تغريدة على حسابه على موقع التواصل الاجتماعي "
                 "تويتر، إنه تحدث مع نظيره بشأن التحقيق.", {"سامي العلي": "PER", "تويتر": "ORG"})
    assert _speakers(doc) == ["سامي العلي"]
