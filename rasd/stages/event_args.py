"""Event arguments: actors/targets, place, date, counts and source of a trigger (SPEC §2.6).

Everything is read from the Document the upstream stages filled; nothing here guesses a value
that the text does not support. This is the entry module the events stage and the actor modules
import; the code lives by concern in event_mentions (mention index, clauses, place mentions),
event_places (which place is the event's), event_dates (which time is the event's) and
event_counts (which quantities are its toll).
"""
from rasd.stages.event_counts import pick_counts, risen_tolls
from rasd.stages.event_dates import (SEQUEL, announced_act, answer_start, background_day, answered, cause_of_news, dated_after, dated_before,
                                     in_clause, in_sequel, is_background, last_time, other_news, pick_time,
                                     report_opening, report_verb_day, reported_day, reported_place, said_on, sequel_opening,
                                     set_off_after, speech_dated, stale_anchor, too_old, years_back)
from rasd.stages.event_mentions import (RELATIVES, INDEX, bare_word, clause_bounds, coordinated_groups, dateline_end,
                                        in_aside_relative, index_document, mentions_in, near_mention,
                                        opening_frame, past_day_aside, place_mentions, places_by_entity, relative_between,
                                        unindex_document)
from rasd.stages.event_places import (border_partner, came_back_from, close_to, counted_from, dateline_place, for_cause,
                                      during_meeting, head_place, holders, in_topic, is_destination, is_holder,
                                      is_locative, is_origin, is_side, locates, owns_area, partner, people_from,
                                      people_from_all, seat_of, sent_from, speaker_place)
from rasd.stages.places import geo_precision

__all__ = [
    "RELATIVES", "SEQUEL", "INDEX", "announced_act", "answer_start", "background_day", "answered", "bare_word", "border_partner", "came_back_from",
    "cause_of_news", "clause_bounds", "close_to", "coordinated_groups", "counted_from", "dated_after", "dated_before",
    "dateline_end", "dateline_place", "for_cause", "during_meeting", "geo_precision", "head_place", "holders", "in_aside_relative",
    "in_clause", "in_sequel", "in_topic", "index_document", "is_background", "is_destination", "is_holder",
    "is_locative", "is_origin", "is_side", "last_time", "locates", "mentions_in", "near_mention", "opening_frame", "other_news", "owns_area", "partner",
    "past_day_aside", "people_from", "people_from_all", "pick_counts", "pick_time", "place_mentions",
    "places_by_entity", "relative_between", "report_opening", "report_verb_day", "reported_day", "reported_place", "risen_tolls",
    "said_on", "seat_of", "sent_from", "sequel_opening", "set_off_after", "speaker_place", "speech_dated", "stale_anchor", "too_old",
    "unindex_document", "years_back",
]
