"""Actor rows the data lists lack (audit U26): petrarch writes Jordan's king as "ملك عبد اللٰه
ثاني", which no mention matches, so "الملك عبدالله الثاني" had no code."""
from rasd.stages.ner.actors import ActorLexicon


def test_jordans_king_is_jordans_government_however_spaced():
    lex = ActorLexicon.load()  # the packaged default list
    assert lex.lookup("عبدالله الثاني") == ("JORGOV", None)
    assert lex.lookup("عبد الله الثاني") == ("JORGOV", None)


def test_another_person_with_the_kings_name_inside_is_no_match():
    lex = ActorLexicon.load()
    assert lex.lookup("الحسين بن عبد الله الثاني") is None  # the crown prince: not by this row


def test_netflix_is_a_company():
    # audit U50: "وثائقي أعدته نتفليكس" was MISC; the platform is a company (SPEC 2.1), as تويتر
    lex = ActorLexicon.load()
    for name in ("نتفليكس", "نيتفليكس"):
        assert lex.lookup(name) == ("USABUS", "netflix")
