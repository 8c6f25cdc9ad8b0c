"""U58 audit (actors): the subject after كان/كانت, across an aside with a relative clause,
imposes the act noun its completing verb governs ("وكانت واشنطن، التي …، قد فرضت عقوبات")
(event_actors_speakers.kana_subject)."""
import pytest

USA = ("الولايات المتحدة", 38.0, -97.0, "US", "country")
PRESIDENT = ("لوكاشينكو", "PER", "BLRGOV")
EU = ("الاتحاد الأوروبي", "ORG", "EUR")


def _of(ev, text, etype, entities=(), places=()):
    doc = ev.make_doc(text, entities=list(entities), places=list(places))
    return [e for e in ev.run(doc) if e.type == etype]


@pytest.mark.parametrize("text", [
    # the name inside the relative aside is its object, not the one imposing
    "وكانت الولايات المتحدة، التي انتقدت حكومة مينسك ووصفت لوكاشينكو بالمستبد، قد فرضت عقوبات على شركات حكومية.",
    "وكانت الولايات المتحدة، التي هاجمت لوكاشينكو مرارا، فرضت عقوبات على شركات حكومية.",
    # a long aside with quote marks (more than 20 tokens from كانت to the verb)
    'وكانت الولايات المتحدة، التي انتقدت نظاما "قمعيا" و"فاسدا" في بيلاروسيا ووصفت لوكاشينكو بالـ"مستبد"، قد فرضت عقوبات على شركات حكومية.',
])
def test_the_subject_before_a_relative_aside_imposes_the_act_noun(ev, text):
    (s,) = _of(ev, text, "SANCTION", [PRESIDENT], [USA])
    assert [(x.text, x.code) for x in s.actors] == [("الولايات المتحدة", "USAGOV")]


def test_another_verb_between_keeps_its_own_clause(ev):
    # "أعلنت … بعدما فرض": the subject of كانت announces; the later imposing verb is another clause's
    (s,) = _of(ev, "وكانت الولايات المتحدة قد أعلنت موقفها بعدما فرض الاتحاد الأوروبي عقوبات على شركات حكومية.",
               "SANCTION", [EU], [USA])
    assert [x.text for x in s.actors] == ["الاتحاد الأوروبي"]


FRANCE = ("فرنسا", 46.1, 2.1, "FR", "country")
BRITAIN = ("بريطانيا", 54.0, -2.0, "GB", "country")


def test_states_joined_to_the_kana_subject_strike_with_it(ev):
    got = _of(ev, "وكانت الولايات المتحدة وفرنسا وبريطانيا شنت ضربات على مواقع عسكرية في سوريا.",
              "ASSAULT", [], [USA, FRANCE, BRITAIN, ("سوريا", 35.0, 38.0, "SY", "country")])
    assert got and [(x.text, x.code) for x in got[0].actors] == [
        ("الولايات المتحدة", "USAGOV"), ("فرنسا", "FRAGOV"), ("بريطانيا", "GBRGOV")]
