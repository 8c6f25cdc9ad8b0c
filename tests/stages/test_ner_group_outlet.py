"""A group's own news agency is a medium with its own group id, not the group (audit carried
over to ent41: «وكالة أعماق» was no entity at all)."""
from rasd.stages.ner.actors import ActorLexicon


def test_amaq_is_the_islamic_states_outlet_not_the_group():
    lex = ActorLexicon.load()  # the packaged default list
    assert lex.lookup("وكالة أعماق") == ("IMGMUSREBMED", "amaq")
    assert lex.lookup("داعش") == ("IMGMUSREB", "isis")


def test_the_bare_word_is_no_outlet():
    # must not fire: أعماق alone is a word ("depths")
    assert ActorLexicon.load().lookup("أعماق") is None
