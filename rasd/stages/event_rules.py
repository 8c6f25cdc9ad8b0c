"""Event rules for borderline cases (SPEC §2.6, §2.7, §3): verbal nouns, participles, series
nouns, speaker = actor, and which places a following sentence may inherit.

This is the entry module the events stage imports (as `rules`); the rules live by concern in
event_told (acts already told or told by another word, speaker = actor), event_rule_places
(inherited, statement and doer places), event_page_lines (boilerplate, link and headline
lines), event_misread (triggers to drop or set apart), event_other_senses and
event_sense_people (other senses of trigger words).
"""
from rasd.stages.event_misread import (delivered, drop_condemned, drop_misread, drop_participles, fired_on_a_day,
                                       opens_apart, said_separate)
from rasd.stages.event_page_lines import boilerplate, headline_line, link_line
from rasd.stages.event_rule_places import (TOWN_FEATURES, commentary, context_places, doer_places, home_country,
                                           inherited_precision, nation_place, says_the_country, seat_place,
                                           speech_setting, state_after_verb, story_country, strikes_abroad,
                                           town_descriptor, unnamed_capital, verbal_place)
from rasd.stages.event_told import (ATTACK_SUBJECTS, ONE_PERSON, adjacent, attack_subject, cause_told, definite,
                                    describes_people, nominal, one_person, own_act, same_as_actor, series,
                                    told_by_its_act, victims_of)

__all__ = [
    "ATTACK_SUBJECTS", "ONE_PERSON", "TOWN_FEATURES", "adjacent", "attack_subject", "boilerplate", "cause_told",
    "commentary", "context_places", "definite", "delivered", "describes_people", "doer_places", "drop_condemned",
    "drop_misread", "drop_participles", "fired_on_a_day", "headline_line", "home_country", "inherited_precision",
    "link_line", "nation_place", "nominal", "one_person", "opens_apart", "own_act", "said_separate", "same_as_actor",
    "says_the_country", "seat_place", "series", "speech_setting", "state_after_verb", "story_country", "strikes_abroad",
    "told_by_its_act", "town_descriptor", "unnamed_capital", "verbal_place", "victims_of",
]
