"""Actors and targets of an event: named entities and nominal descriptions in the trigger's
clause, with CAMEO-style codes (entity.actor.code, else <country ISO3><role> from context).
"""
from __future__ import annotations

import re
from typing import Sequence

from rasd.gazetteer.countries import ISO3, is_capital
from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_actors_physical import (addressee, aircraft_owner, conjoined_doers, fire_gap, killer_before_toll,
                                               object_owner, protest_roles, repelled, repelled_from, report_author,
                                               reported_clause, relative_subject, subjected, suffered, waged_by,
                                               weapon_owner)
from rasd.stages.event_args import RELATIVES, bare_word, clause_bounds, mentions_in, places_by_entity
from rasd.stages.event_candidates import (PASSIVE_ROLES, PLAIN_THAT, PREPOSITIONS, Candidate, close_by, is_passive,
                                          same_one, word_forms, word_forms_before)
from rasd.stages.event_detect import PARTICIPLES, Trigger, candidates, find_triggers, key
from rasd.stages.event_filters import PHYSICAL, RECEIVING
from rasd.stages.event_nominals import DEMONYMS, Nominal, demonym, nominals_in, same_tokens
from rasd.stages.event_source import LEAD_VERBS, OUTLET_NOUNS, pick_source

# what other modules import from here (demonym and nominals_in live in event_nominals)
__all__ = ["actors_targets", "demonym", "nominals_in", "participle", "state_at"]


def _heads_group(text: str, n: Nominal, named: list[Candidate]) -> bool:
    """A nominal right before a coded non-state group's mention (an idafa: "ميليشيات الحوثي";
    a definite head is no idafa — "وحملت الحكومة اليمنية الحوثيين المسؤولية")."""
    if text[n.start:n.end].lstrip("وف").startswith("ال"):
        return False
    return any(c.span.code and c.span.code[3:] in ("REB", "OPP") or (c.span.code or "").startswith("IMG")
               for c in named if c.span.start > n.end - 1 and not text[n.end:c.span.start].strip())


# SPEC 2.6: a verbal act needs a *political* actor. A named person or organisation without an
# actor code is one when a political title goes with one of its mentions ("رئيس الوزراء X",
# "X، وزير الخارجية"), or when its name opens with a political head ("حزب …", "وزارة …"); a
# newspaper, a club, a hospital director or a former model is not.
_POLITICAL_TITLES = frozenset(key(w) for w in (
    "رئيس", "رئيسة", "وزير", "وزيرة", "سفير", "سفيرة", "قنصل", "مندوب", "مندوبة", "مستشار", "متحدث",
    "متحدثة", "ناطق", "ناطقة", "نائب", "نائبة", "زعيم", "زعيمة", "ملك", "ملكة", "أمير", "العاهل", "قائد",
    "مبعوث", "أمين", "محافظ", "حاكم", "عمدة", "عقيد", "عميد", "لواء", "فريق", "جنرال", "ولي", "مرشد",
    "سيناتور", "السيناتور", "عضو", "قيادي", "مسؤول", "والي", "وكيل", "المتحدث", "مشير", "مدير", "البابا",
    "مفوض", "مفوضة",  # (an IGO official: "المفوضة السامية لحقوق الإنسان")
    "رئيسان", "رئيسين", "وزيران", "وزيرين", "زعيمان", "زعيمين", "وزيرا", "زعيما", "قادة"))


# dual and plural offices: the names after them are all holders ("الرئيسان الأمريكي دونالد
# ترامب والفرنسي إيمانويل ماكرون")
_JOINT_TITLES = frozenset(key(w) for w in (
    "رئيسان", "رئيسين", "وزيران", "وزيرين", "زعيمان", "زعيمين", "وزيرا", "رئيسا", "زعيما", "قادة"))


_POLITICAL_HEADS = frozenset(key(w) for w in (
    "حزب", "حركة", "وزارة", "حكومة", "مجلس", "جيش", "قوات", "هيئة", "منظمة", "الأمم", "جبهة", "شرطة",
    "معارضة", "برلمان", "رئاسة", "تحالف", "ائتلاف", "جماعة", "تنظيم", "كتائب", "ألوية", "لواء", "سفارة",
    "بعثة", "وفد", "اتحاد", "جامعة الدول", "البيت الأبيض", "الكرملين", "ديوان", "قيادة", "إدارة", "محكمة",
    "نيابة", "مفوضية", "لجنة", "الكونغرس", "الكونجرس", "مكتب", "سلطة", "قنصلية", "ميليشيا",
    "ميليشيات", "مليشيات", "فصائل", "فصيل", "الحرس", "أمن", "استخبارات", "مخابرات", "النظام", "دولة",
    "رابطة", "فيلق", "سرايا"))


_GROUP_HEADS = frozenset(key(w) for w in ("حركة", "حزب", "جماعة", "جبهة", "تنظيم"))


_OUTLETS = frozenset(OUTLET_NOUNS) | frozenset(key(w) for w in ("أسبوعية", "يومية", "شبكة", "فضائية"))


# social platforms carry statements; they are never actors or targets ("وقال حساب الجيش
# الإسرائيلي على تويتر": the army speaks)
PLATFORMS = frozenset(key(w) for w in (
    "تويتر", "فيسبوك", "فيس", "يوتيوب", "تلغرام", "تيليغرام", "تليغرام", "تلجرام", "إنستغرام",
    "انستغرام", "إنستجرام", "انستجرام", "واتساب", "واتس"))


def _outlet_named(text: str, m) -> bool:
    """"صحيفة "جيريزلام بوست"", "وكالة الأنباء الفرنسية": a medium, not an actor."""
    words = text[m.start:m.end].split()
    before = word_forms_before(text, m.start, 1)
    return bool(before and _OUTLETS.intersection(before[-1])) or bool(words and _OUTLETS.intersection(word_forms(words[0])))


def _political(doc: Document, m) -> bool:
    """A named PER/ORG mention without a code that may direct a verbal act (see above)."""
    if m.label == "ORG":
        words = doc.text[m.start:m.end].split()[:2]
        before = word_forms_before(doc.text, m.start, 1)
        # "حركة الجهاد": the head the NER left outside names a group
        return bool(words) and (bool(_POLITICAL_HEADS.intersection(word_forms(words[0])))
                                or key(" ".join(words)) in _POLITICAL_HEADS
                                or bool(before and _GROUP_HEADS.intersection(before[-1])))
    # the person's mentions, and those of a fuller name ending alike ("أوغلو" after "محمد
    # تشاوش أوغلو", which the NER may leave as two entities)
    last = doc.text[m.start:m.end].split()[-1:]
    same = [mm for e in doc.entities if e.label == "PER" and (e.id == m.entity or e.name.split()[-1:] == last)
            for mm in e.mentions] or [m]
    for mm in same:
        # the title may head a long genitive, or stand before a comma: "رئيس حزب الأمة القومي
        # السوداني المعارض الصادق المهدي", "الرئيس التونسي، الباجي قايد السبسي"
        if any(_POLITICAL_TITLES.intersection(f) for f in word_forms_before(doc.text, mm.start, 8, ".:؛;\n")):
            return True
        after = doc.text[mm.end:mm.end + 40].lstrip(" ،,").split()
        if after and _POLITICAL_TITLES.intersection(word_forms(after[0])):
            return True  # "الحبيب الصيد، رئيس الوزراء"
    return False


def _platform(text: str, m) -> bool:
    return any(PLATFORMS.intersection(word_forms(w)) for w in text[m.start:m.end].split())


def _candidates(doc: Document, tokens: Sequence, lo: int, hi: int, country: str | None,
                exclude: Sequence[tuple[int, int]]) -> list[Candidate]:
    # (who a statement is told to, behind لـ after the reporting verb, neither acts nor suffers)
    out = [c for c in _named_candidates(doc, tokens, lo, hi)
           if not any(s <= c.span.start < e for s, e in exclude) and not addressee(doc, tokens, c)]
    iso3 = ISO3.get(country or "")
    for n in nominals_in(tokens, lo, hi):
        if any(c.span.start <= n.start < c.span.end or n.start <= c.span.start < n.end for c in out):
            continue
        if _heads_group(doc.text, n, out):
            continue  # "ميليشيات الحوثي", "عناصر داعش": the group named after it is the actor
        if any(s <= n.start < e for s, e in exclude):
            continue
        nation = n.nation or iso3
        code = nation + n.role if nation and n.role != "-" else None  # "-": no role code
        end, owner = n.end, _state_genitive(doc, tokens, n)
        if owner is not None:  # "مندوب واشنطن", "رئيس وزراء إسرائيل": the office is that state's
            end, code = owner.span.end, owner.span.code[:3] + n.role
        cand = Candidate(ArgSpan(n.start, end, doc.text[n.start:end], None, code), n.institutional, n.role)
        if not addressee(doc, tokens, cand):
            out.append(cand)
    # "القوات الموالية للحكومة": whose side a party is on, no party of the act
    return sorted((c for c in out if not _patron_of(doc.text, c, out)), key=lambda c: c.span.start)


def _state_genitive(doc: Document, tokens: Sequence, n: Nominal) -> Candidate | None:
    """The country or capital right after an indefinite government title ("مندوب واشنطن",
    "سفير إسرائيل", "رئيس وزراء إسرائيل"), in the construct state: the office's owner, which
    codes it and is part of it (not a party of its own); None when there is none."""
    words = doc.text[n.start:n.end].split()
    if n.nation or n.role != "GOV" or not words or words[-1].lstrip("وفبل").startswith("ال") \
            or not _POLITICAL_TITLES.intersection(word_forms(words[0])):
        return None
    nxt = next((t for t in tokens if t.start >= n.end), None)
    if nxt is None or doc.text[n.end:nxt.start] != " ":
        return None
    state = state_at(doc, nxt, tokens[min(len(tokens) - 1, tokens.index(nxt) + 2)].end)
    return state if state is not None and state.span.start == nxt.start else None


# adjectives of allegiance: the party behind لـ after one names whose side another party is on
# ("القوات السورية التابعة للنظام", "ميليشيات عصائب أهل الحق الموالية لإيران")
_PATRON_WORDS = frozenset(key(w) for w in (
    "الموالية", "الموالي", "الموالين", "الموالون", "موالية", "موالي", "موالين", "موالون", "التابعة",
    "التابع", "التابعين", "التابعون", "تابعة", "المؤيدة", "المؤيد", "المؤيدين", "مؤيدة", "المقربة",
    "المقرب", "المقربين", "مقربة", "المحسوبة", "المحسوبين", "الداعمة"))


def _patron_of(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """A mention behind لـ right after an adjective of allegiance that follows another party:
    "القوات الموالية للحكومة", "برنامج الأغذية العالمي التابع للأمم المتحدة" (the span may hold
    the proclitic, "لحكومة", or start after it). After a thing the owner stays: "مواقع تابعة
    للنظام" names what was hit."""
    base = max(0, c.span.start - 40)
    head = text[base:c.span.start]
    for lam in ("لـ", "ل"):
        if head.endswith(lam) and head[:-len(lam)][-1:].isspace():
            head = head[:-len(lam)]  # the proclitic before the span ("ل|إيران")
            break
    else:
        if not (c.span.text.startswith("ل") and head[-1:].isspace()):
            return False  # no لـ before the mention, nor inside it ("لحكومة")
    words = head.split()
    if not words or key(words[-1]) not in _PATRON_WORDS:
        return False  # (joined by و it is a party of its own: "الحوثيون والموالون لصالح")
    adjective = base + head.rstrip().rfind(words[-1])
    return any(d is not c and d.span.end <= adjective and not text[d.span.end:adjective].strip(' "«»“”')
               for d in cands)


def _named_candidates(doc: Document, tokens: Sequence, lo: int, hi: int) -> tuple[Candidate, ...]:
    """The named mentions of tokens[lo:hi] that may be actors or targets, before any is
    excluded. Every event of a sentence asks for them (with its own exclusions), so the last
    sentence's are kept: the same document and token objects give the same answer."""
    global _NAMED
    memo = _NAMED
    if memo is not None and memo[0] is doc and memo[1] == (lo, hi) and same_tokens(memo[2], tokens):
        return memo[3]
    got = tuple(_named_in(doc, tokens, lo, hi))
    _NAMED = (doc, (lo, hi), tuple(tokens), got)
    return got


_NAMED: tuple | None = None  # (doc, (lo, hi), tokens, candidates) of the last call


def _named_in(doc: Document, tokens: Sequence, lo: int, hi: int) -> list[Candidate]:
    cstart, cend = tokens[lo].start, tokens[hi - 1].end
    out: list[Candidate] = []
    for m in mentions_in(doc, Span(cstart, cend, doc.text[cstart:cend])):
        if _platform(doc.text, m):
            continue  # "على تويتر", "عبر فيسبوك": where it was said, not who acted
        if m.label in ("LOC", "MISC") and not m.code:
            continue  # (a MISC name — a weapon, a law, a prize — directs nothing: "الهاون وصواريخ الكاتيوشا")
        if m.code and m.code.endswith("MED"):
            continue  # "قال لـ«الشرق الأوسط»", "(CNN)--", "لرويترز": who was told, not who acted
        if not m.code and m.label in ("PER", "ORG") and _outlet_named(doc.text, m):
            continue  # "انتقدت صحيفة "جيريزلام بوست" القانون": the same, uncoded
        political = bool(m.code) or (m.label in ("PER", "ORG") and _political(doc, m))
        out.append(Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity, m.code), political))
    return out


# Verbs whose first letters look like the article ال: "التقى الرئيس …" (he met)
_AL_VERBS = frozenset({"التقي", "التقت", "التقوا", "التقيا", "التقتا"})


def _verb_like(tokens: Sequence, trig: Trigger) -> bool:
    """A finite verb (VSO order puts the actor after it); nouns and outcome words are not."""
    word = tokens[trig.first].norm.replace("و", "", 1)
    if word in _AL_VERBS:
        return True
    stem = candidates(tokens[trig.first].norm)[-1]
    # a derived verb in the feminine past runs to 7 letters: استنكرت, استقبلت
    return trig.strength >= 2 and not word.startswith("ال") and not stem.endswith(("ات", "ه")) \
        and (len(stem) <= 6 or (len(stem) == 7 and stem.endswith("ت")))


def actors_targets(doc: Document, tokens: Sequence, trig: Trigger, *, country: str | None,
                   exclude: Sequence[tuple[int, int]] = ()) -> tuple[list[Candidate], list[Candidate]]:
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    everywhere = _candidates(doc, tokens, 0, len(tokens), country, exclude)
    if trig.type in PHYSICAL:  # (a report's author may accuse, it strikes no one)
        everywhere = [c for c in everywhere if not report_author(doc, tokens, c)]
    victims = [c for c in everywhere if is_passive(c)]  # anywhere in the sentence
    cstart, cend = tokens[lo].start, tokens[hi - 1].end
    cands = [c for c in everywhere if not is_passive(c) and cstart <= c.span.start < cend]
    # (a name inside a dash aside before the act is not its subject; after it, an aside may be
    # all that names the doers: "وحث الموقعون - وبينهم رئيس الوزراء السابق … -")
    before = [c for c in cands if c.span.end <= trig.start and not _in_dash_aside(doc, tokens, trig, c)]
    after = [c for c in cands if c.span.start >= trig.end]
    inside = [c for c in cands if trig.start <= c.span.start and c.span.end <= trig.end]
    actors: list[Candidate] = []
    # a country is grammatically feminine: "السعودية اتهمت الحوثيين" and "واتهمت إسرائيل فيلق
    # القدس" make it the subject, "اتهم إيران وحزب الله" the object (and what follows too);
    # after a verb that does not open its clause it is the object ("الدول الغربية تتهم دمشق")
    state, state_object = None, False
    feminine = _feminine_verb(tokens[trig.first].norm)
    blamed = _blamed_first(tokens, trig, everywhere) and _one_blamed(doc, tokens, trig)
    for cand, preverbal in _states_next_to(doc, tokens, trig, exclude):
        if state is None and feminine and (preverbal or _opens_clause(tokens, trig)) \
                and not (blamed and not preverbal):
            state = cand  # "موسكو حثت إيران": Moscow urges, Iran is urged
        elif not preverbal:
            state_object = True
            after = [cand] + after
    if state is None and not state_object:
        state = _subject_of_governing_verb(doc, tokens, trig, exclude)
    kana = _kana_subject(doc, tokens, trig, everywhere) if not inside and state is None else None
    if kana is not None:
        after = [c for c in after if not same_one(kana, c)]
    if inside and (trig.type != "ASSAULT" or fire_gap(tokens, trig)):
        # "وقعت الحكومة اتفاقية", "فتحت قوات الأمن النار": doer inside a gapped pattern
        actors = inside[:1]
    elif state is not None:
        actors = [state]
    elif kana is not None:  # "وكانت الولايات المتحدة قد اتهمت النظام السوري": its subject
        actors = [kana]
    elif after and _subject_after_object(tokens, trig, after[0]):
        # "حين اعتقلته الشرطة", "ثم حاصره رجال الأمن": the verb holds its object, so the noun
        # right after it is its subject (the one before is the pronoun's referent, no doer)
        actors, after = [after[0]], after[1:]
    elif before and _pronoun_that(tokens, trig) and close_by(tokens, before[-1].span.end, trig.start, 6):
        actors = [before[-1]]  # "وأشارت ألوية العمالقة إلى أنها اعتقلت القيادي": who says it did it
    elif before and (close_by(tokens, before[-1].span.end, trig.start, 6) or _across_aside(doc, before[-1], trig)) \
            and not reported_clause(tokens, before[-1], trig):
        actors = [before[-1]]
    elif killer_before_toll(doc, tokens, trig, after) is not None:
        actors, after = [after[0]], after[1:]  # "وقتلت القوات الإسرائيلية 60 متظاهرا"
    elif after and not state_object and _verb_like(tokens, trig) and not participle(tokens, trig) \
            and not object_owner(doc, tokens, trig, after[0]) \
            and (close_by(tokens, trig.end, after[0].span.start, 3) or _title_reaching(doc, tokens, trig, after[0])) \
            and not _where_it_happened(tokens, trig, after[0]) and not _genitive_of_object(tokens, trig, after[0]) \
            and not _hit_object(tokens, trig, after[0]) and not _outlet_subject(tokens, trig, after[0]) \
            and not _clash_partner(tokens, trig, after[0]) and not _person_after_act_noun(doc, tokens, trig, after[0]) \
            and not _pronoun_that(tokens, trig) \
            and not _blamed_first(tokens, trig, everywhere):
        actors, after = [after[0]], after[1:]
    else:  # "أعلن الرئيس التونسي، …، تمديد": the doer sits in an earlier clause
        earlier = [c for c in everywhere if not is_passive(c) and c.span.end <= cstart]
        near = [c for c in earlier if close_by(tokens, c.span.end, trig.start, 12)]
        if earlier and participle(tokens, trig):
            # "وعبر الرئيس هادي …، مشيداً بـ": a circumstantial participle shares the subject
            actors = [next((c for c in earlier if c.institutional), earlier[0])]
        elif earlier and _joined_plural_verb(tokens, trig) and _opening_subject(tokens, earlier):
            # "وندد المتظاهرون … بممارسات النظام، وطالبوا": the joined plural verb goes on with
            # the opening verb's subject, not with the nearest (institutional) object
            actors = [_opening_subject(tokens, earlier)]
        elif near and trig.type not in PHYSICAL and _echo(tokens, trig) and _kana_topic(doc, tokens, earlier):
            # "وكان الوزير X … التقى نظيره Y …، بحث اللقاء": the meeting named again is X's
            actors = [_kana_topic(doc, tokens, earlier)]
        elif near and trig.type not in ("ASSAULT",):
            actors = [next((c for c in near if c.institutional), near[0])]
        elif earlier and trig.type != "ASSAULT" and _topic(tokens, earlier[0]):
            # "والنظام السوري الذي ينفي …، كان قد دعا المنظمة": the sentence's topic does it
            actors = [earlier[0]]
    if actors and trig.type not in PHYSICAL and participle(tokens, trig) and trig.first > 0 \
            and tokens[trig.first - 1].norm in _COMMAS:
        # "وقال X إن الحكومة العراقية فشلت …، متهما": the participle after the reported clause
        # goes on with the one who speaks, not with the subject inside what he said
        said = _closed_statement_speaker(doc, tokens, trig, everywhere) \
            or _reporting_speaker(doc, tokens, trig, actors[0], everywhere)
        if said is not None:
            actors = [said]
    speaker = _first_person_speaker(doc, tokens, trig, everywhere) if trig.type not in PHYSICAL else None
    if speaker is not None:
        # "ندعو نظام الأسد إلى وقف العنف" (the Foreign Office's statement): we = the speaker,
        # who was after the verb is its object
        after = [a for a in actors if a.span.start >= trig.end and a not in after] + after
        actors = [speaker]
    if actors and trig.type in PHYSICAL and (suffered(doc, tokens, trig, actors[0])
                                             or subjected(tokens, trig, lo, actors[0])):
        # "عزيز إسبر قد قتل في انفجار": who fell in the blast did not set it off
        victims, actors = victims + actors[:1], actors[1:]
    if actors and _object_pronoun(tokens, trig):
        # "وهاجم الرئيس الحكومة واتهمها بالفساد": the pronoun on the verb is its object, the
        # name it points back to; the subject is the one before it ("الرئيس")
        prior = [c for c in everywhere if not is_passive(c) and c.span.end <= trig.start]
        if prior and same_one(actors[0], prior[-1]):
            subject = next((c for c in reversed(prior[:-1]) if c.institutional or trig.type in PHYSICAL), None)
            if subject is not None and _opening_subject(tokens, prior) is subject:
                after, actors = [actors[0]] + after, [subject]
    if trig.first == 0 and trig.type not in PHYSICAL and participle(tokens, trig):
        # "… قائلا: «…». متهمًا الحكومة الإسرائيلية": a sentence opening with a circumstantial
        # participle goes on with the previous one's subject; who follows is the object
        carried = _dropped_subject(doc, tokens, trig, country, participial=True)
        if carried:
            after, actors = [a for a in actors if a not in after] + after, carried
    if actors and trig.type not in PHYSICAL and _population_next(tokens, trig, victims):
        # "ويتهم السكان الحكومة بالفساد": residents speak, no political author (SPEC 2.6)
        after, actors = [a for a in actors if a not in after and a.span.start > trig.end] + after, []
    if actors and trig.type not in PHYSICAL and _received_by(tokens, trig, lo, actors[0]):
        # "وتعرضت الحكومة في الهند لانتقادات حادة": criticism received, by no one named
        after, actors = [actors[0]] + after, []
    if trig.type not in PHYSICAL and _passive_charge(doc, tokens, trig):
        actors = []  # "اتهم عضو بالبرلمان باغتصاب فتاة": he was accused, by no one named
    if not actors and trig.type not in PHYSICAL:
        actors = _owner_in_main_clause(tokens, trig, hi, everywhere)
    if not actors and trig.type not in PHYSICAL and not _object_named_next(tokens, trig, everywhere):
        actors = _dropped_subject(doc, tokens, trig, country)
    if actors and after:
        actors, after = _joint_holders(doc, actors, after)
    if trig.type == "COERCE" and trig.mode != "demolition" and actors:
        # "إن السيدة بوتينا … اعتقلت في 13 يوليو", "اعتقلت مشتبها به يدعى X": a private person
        # arrests no one; he is the one held (a family may pull down its own house)
        held = [a for a in actors if _private_person(doc, a) and not _relative_subject(tokens, trig, a)]
        actors = [a for a in actors if a not in held]
        after = held + [c for c in after if c not in held]
    owner = _nation_of_act(doc, tokens, trig)
    if owner is not None and not any(a.span.start >= trig.start for a in actors):
        # "التهديدات الغربية بتوجيه ضربة", "الضربات الأمريكية على سوريا": the adjective names
        # the doer; the sentence's subject ("بحث المبعوث الروسي … التهديدات الغربية") is not it
        actors = [owner] if owner.span.code else []
    waged = waged_by(tokens, trig, after) or weapon_owner(tokens, trig, after)
    if waged is not None:  # "مقتل 20 من الحوثيين في غارات شنتها مقاتلات التحالف"
        victims = victims + [a for a in actors if a.span.end <= trig.start]
        actors, after = [waged], [c for c in after if c.span.start >= waged.span.end]
    attacker = repelled_from(doc, tokens, trig, after) if repelled(tokens, trig) else None
    if attacker is not None:  # "صدت القوات هجوما للمتمردين": the rebels attack, the forces are hit
        # (unnamed attackers leave it alone: with no actor the act merges into the battle around it)
        victims = victims + [a for a in actors if not same_one(a, attacker)]
        actors, after = [attacker], [c for c in after if not same_one(c, attacker)]
    blamed_on = _attributed_to(doc, tokens, trig, everywhere) if trig.type == "ASSAULT" else None
    if blamed_on is not None:  # "هجوما انتحاريا …، نسبته الحكومة التركية الى تنظيم داعش"
        actors = [blamed_on]
        after = [c for c in after if c.span.start > blamed_on.span.end or c.span.end <= trig.start]
    by = _done_by(doc, tokens, trig, everywhere)
    if by is not None:  # "بعد تعرضه لهجوم من قبل تنظيم داعش", "الإفراج عن والده من قبل السلطات"
        actors = [by]
        victims = [v for v in victims if not same_one(v, by)]
        after = [c for c in after if not same_one(c, by)]
    blame = _blame_before(tokens, trig) if trig.type in PHYSICAL else None
    if blame is not None:
        # "ووجه الحوثيون اللوم في الغارة إلى التحالف", "لتحديد المسؤولية عن هجمات": who blames or
        # looks into it is no doer; the one it is laid on (إلى …) is
        actors = [a for a in actors if a.span.start >= tokens[blame].end]
        laid_on = _laid_on(doc, tokens, trig, everywhere)
        if laid_on is not None:
            actors = [laid_on]
            after = [c for c in after if not same_one(c, laid_on)]
    flown = aircraft_owner(doc, tokens, trig, actors, after)
    if flown is not None:  # "قصفت طائرات التحالف العربي مواقع": the coalition bombs, no target
        if flown.span.start > trig.end and _result_of(tokens, trig):
            victims = victims + [a for a in actors if a.span.end <= trig.start]  # "وقتل 20 من الحوثيين بقصف"
        actors, after = [flown], [c for c in after if c.span.start >= flown.span.end]
    if trig.type in PHYSICAL:
        # "وقُتل X برصاص الشرطة في تبادل لإطلاق النار": who fell by the act is its victim
        victims = victims + [c for c in before if suffered(doc, tokens, trig, c)
                             and not any(same_one(c, v) for v in victims + actors)]
    if trig.type in PHYSICAL and _case_of(tokens, trig):
        # "ستتوجه إلى المحكمة الجنائية الدولية في ملف إحراق الطفل", "هيئة الدفاع في قضية اغتيال
        # بلعيد": the court or lawyers before the case do not do the act; the name after it is
        # the one it befell
        victims = victims + [a for a in actors if a.span.start >= trig.end]
        actors = []
    if trig.type in PHYSICAL and trig.type != "PROTEST":
        # a civilian nominal with no country to code it does no physical act either ("عبد الله
        # اسماعيل وهو من سكان المنطقة التي وقع فيها الهجوم", "ويعد النازحون الذين هربوا"); it
        # is not made a target here, where it may only describe someone
        actors = [a for a in actors if a.role not in PASSIVE_ROLES]
    actors, victims, after = conjoined_doers(doc, trig, actors, victims, after)
    if trig.type not in PHYSICAL:
        after = _before_relative(tokens, trig, after)
    if trig.type not in PHYSICAL:
        # "طالب رئيس مجلس النواب العراقي سليم الجبوري الاثنين رئيس الوزراء حيدر العبادي": a
        # title and its complement name the person after them; he acts or is addressed
        actors, after = _title_holders(doc, trig, actors, after)
    post = _post_of(doc, actors, after) if trig.type not in PHYSICAL else None
    if post is not None:  # "السفيرة الأمريكية لدى الأمم المتحدة": where she serves, no party
        after = [c for c in after if c is not post]
    if trig.type not in PHYSICAL:
        # "اتهمت الولايات المتحدة إيران بـ": the country after the subject is the object
        after = after + [s for s in _state_objects(doc, tokens, trig, actors + ([post] if post else []))
                         if not any(same_one(s, c) or c.span.start == s.span.start for c in after)]
    # (a physical act's title + name after the verb is as often its victim: "احتجزت المملكة
    # رئيس الوزراء اللبناني سعد الحريري")
    targets = [c for c in victims + after
               if not (actors and trig.type not in PHYSICAL and _apposed(doc, actors[0], c))
               and not any(same_one(a, c) for a in actors)]
    if trig.type in PHYSICAL:
        targets = [c for c in targets if not relative_subject(tokens, trig, c)]
    actors = [_title_antecedent(doc, a) for a in actors]
    if trig.type == "PROTEST":
        actors, targets = protest_roles(tokens, trig, everywhere, actors, targets, noun=not _verb_like(tokens, trig))
        crowd = _crowd_of(doc, tokens, trig) if not actors else None
        if crowd is not None:  # "متظاهري اليسار": the protesters of that side stage it
            actors = [crowd]
    return actors, _distinct(actors, targets)[:3]


# protester nouns in the construct state (key forms): "متظاهري اليسار", "محتجي الحزب"
_CROWD_HEADS = frozenset(key(w) for w in ("متظاهري", "محتجي", "معتصمي", "مضربي", "ومتظاهري", "ومحتجي"))


def _crowd_of(doc: Document, tokens: Sequence, trig: Trigger) -> Candidate | None:
    """A protester noun in the construct state that is the trigger, with its definite genitive
    ("متظاهري اليسار", "محتجي الحزب الشيوعي"): those protesters, the protest's actor (no code:
    the side is named, not a state role); None otherwise."""
    k = trig.last + 1
    if trig.first != trig.last or key(tokens[trig.first].norm) not in _CROWD_HEADS or k >= len(tokens) \
            or not tokens[k].norm.startswith("ال"):
        return None
    end = tokens[k].end
    if k + 1 < len(tokens) and tokens[k + 1].norm.startswith("ال") and tokens[k + 1].norm.endswith(("ي", "يه")):
        end = tokens[k + 1].end  # an adjective of the side: "اليسار المتطرف"
    start = tokens[trig.first].without_proclitics()[0]
    return Candidate(ArgSpan(start, end, doc.text[start:end], None, None), False, "CVL")


_CASE_NOUNS = frozenset({"ملف", "ملفات", "قضيه", "قضايا"})


def _case_of(tokens: Sequence, trig: Trigger) -> bool:
    """A physical act named right after "ملف/قضية" (the case of): it is a file before a court
    or a party, whose doer the proceedings do not name ("في قضية اغتيال بلعيد")."""
    return trig.first > 0 and bool(set(candidates(tokens[trig.first - 1].norm)) & _CASE_NOUNS)



def _reporting_speaker(doc: Document, tokens: Sequence, trig: Trigger, actor: Candidate,
                       everywhere: list[Candidate]) -> Candidate | None:
    """The one who speaks the sentence, when the actor stands inside his reported clause (after
    the first "إن/أن", "وقال X إن الحكومة العراقية فشلت، متهما") and he stands before it; else None."""
    that = next((t for t in tokens if t.start < actor.span.start and t.norm in PLAIN_THAT), None)
    if that is None:
        return None
    src, _hedged = pick_source(doc, trig.start, trig.end, phrases=False)
    if src is None or src.end > that.start:
        return None
    return _source_candidate(doc, src, everywhere)[0]


def _closed_statement_speaker(doc: Document, tokens: Sequence, trig: Trigger,
                              everywhere: list[Candidate]) -> Candidate | None:
    """The speaker of a statement of this sentence that closes right before the participle's
    comma ("قال قائد الحرس، العميد X، إن …، مشيدا بـ", "وقال: «…»، متهما"): the quote ends
    there, so no attribution covers the participle, yet it goes on with the one who speaks —
    not with a name of his title or of what he said."""
    said = [q for q in doc.quotes if q.speaker is not None and tokens[0].start < q.content.end <= trig.start
            and q.speaker.end <= q.content.start and not doc.text[q.content.end:trig.start].strip(_CLOSERS)
            and (tokens[0].start <= q.speaker.start or _bare_cue(tokens, q.content.start))]
    if not said:
        return None
    speaker = _source_candidate(doc, said[-1].speaker, everywhere)[0]
    return speaker if speaker.span.code else _coded_by_title(doc, speaker, everywhere)


def _coded_by_title(doc: Document, speaker: Candidate, everywhere: list[Candidate]) -> Candidate:
    """An uncoded speaker set off after the body his title names, with at most his rank between
    ("نائب قائد القوات البرية في الحرس الثوري الإيراني، العميد X"), speaks for that body: its code."""
    for c in everywhere:
        between = doc.text[c.span.end:speaker.span.start]
        if c.institutional and c.span.code and c.span.end <= speaker.span.start \
                and between.lstrip().startswith(("،", ",")) and len(between.strip(" ،,").split()) <= 1:
            s = speaker.span
            return Candidate(ArgSpan(s.start, s.end, s.text, s.entity, c.span.code), True, speaker.role)
    return speaker


def _bare_cue(tokens: Sequence, start: int) -> bool:
    """"وقال: «…»", "وأضاف أن …": the sentence opens with its reporting verb alone, so the
    speaker named in an earlier sentence goes on (one that names its own subject does not)."""
    return sum(1 for t in tokens if t.end <= start and t.norm[:1].isalpha()) <= 2


_CLOSERS = " \n\t،,\"«»“”'"


def _source_candidate(doc: Document, src, everywhere: list[Candidate]) -> tuple[Candidate, bool]:
    """The statement's source as a candidate: the one already found at its words or entity
    (True), else one built from its span with its entity's actor code (False)."""
    same = next((c for c in everywhere if c.span.start == src.start
                 or (src.entity is not None and c.span.entity == src.entity)), None)
    if same is not None:
        return same, True
    ent = next((e for e in doc.entities if e.id == src.entity), None)
    code = ent.actor.code if ent is not None and ent.actor is not None else None
    return Candidate(ArgSpan(src.start, src.end, src.text, src.entity, code), True), False


_KANA = frozenset({"كان", "كانت"})
_QAD = frozenset({"قد", "وقد", "لقد"})
_COMMAS = frozenset({"،", ","})


def _kana_subject(doc: Document, tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> Candidate | None:
    """"وكانت الولايات المتحدة قد اتهمت النظام السوري", "وكان ترامب، الذي سعى …، انتقد بوتين":
    the subject put right after كان/كانت is the subject of the verb that completes it, the name
    after that verb its object. Only for that verb: nothing but قد, names joined by و and asides
    between commas may stand between ("وكانت واشنطن قد أعلنت … بعدما رفضت" is another clause)."""
    if not _verb_like(tokens, trig):
        return None
    k = next((i for i in range(trig.first - 1, max(-1, trig.first - 20), -1)
              if tokens[i].norm.lstrip("وف") in _KANA), None)
    if k is None or k + 1 >= trig.first:
        return None
    head = tokens[k + 1]
    got = next((c for c in everywhere if head.start <= c.span.start < head.end and not is_passive(c)), None) \
        or state_at(doc, head, tokens[trig.first].start)
    if got is None:
        return None
    if got.span.entity is None:  # "وكان وزير الدفاع الإسرائيلي أفيغدور ليبرمان هدد": the name
        named = next((c for c in everywhere if got.span.end <= c.span.start < tokens[trig.first].start
                      and c.span.entity is not None), None)
        if named is not None and not any(got.span.end <= t.start and t.end <= named.span.start
                                         and t.norm in _COMMAS for t in tokens):
            got = named
    rest = [t for t in tokens[k + 1:trig.first] if t.start >= got.span.end]
    if not _only_asides(rest):
        return None
    # (an uncoded person would cost a verbal act its institutional actor, and so the event)
    return got if got.institutional or trig.type in PHYSICAL else None


def _echo(tokens: Sequence, trig: Trigger) -> bool:
    """A definite verbal noun ("اللقاء", "الاجتماع"): the act its sentence has told already."""
    return trig.first == trig.last and tokens[trig.first].norm.startswith("ال")


def _kana_topic(doc: Document, tokens: Sequence, earlier: list[Candidate]) -> Candidate | None:
    """The institutional subject of a كان that opens the sentence ("وكان الوزير عادل الجبير")."""
    if len(tokens) < 2 or tokens[0].norm.lstrip("وف") not in _KANA:
        return None
    head = next((c for c in earlier if tokens[1].start <= c.span.start < tokens[1].end), None)
    if head is not None and head.span.entity is None:  # the title's name after it
        head = next((c for c in earlier if c.span.start >= head.span.end and c.span.entity is not None
                     and not any(head.span.end <= t.start and t.end <= c.span.start and t.norm in _COMMAS
                                 for t in tokens)), head)
    return head if head is not None and head.institutional else None


_DASHES = (" - ", " – ", " — ")


def _in_dash_aside(doc: Document, tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"أن غولد - وهو مستشار قديم لنتنياهو - عقد اجتماعا": a name inside an aside between
    dashes that opens with و or a relative pronoun describes someone; it does not do the act
    outside it."""
    lo, hi = tokens[0].start, tokens[-1].end
    left = max(doc.text.rfind(d, lo, c.span.start) for d in _DASHES)
    if left < 0:
        return False
    right = min((p for p in (doc.text.find(d, c.span.end, hi) for d in _DASHES) if p >= 0), default=-1)
    if right < 0 or left < trig.start < right:
        return False
    opener = doc.text[left + 3:right].split()[:1]
    return bool(opener) and (opener[0].startswith("و") or key(opener[0]) in RELATIVES)


def _across_aside(doc: Document, c: Candidate, trig: Trigger) -> bool:
    """"غولد - وهو مستشار قديم لنتنياهو - عقد اجتماعا": only a dash aside, and a word at most,
    stands between the name and the act."""
    gap = doc.text[c.span.end:trig.start]
    opened = next((d for d in _DASHES if gap.startswith(d)), None)
    if opened is None:
        return False
    close = max(gap.rfind(d, len(opened)) for d in _DASHES)
    return close > 0 and len(gap[close + 3:].split()) <= 1


_GOD = frozenset({key("الله"), key("لله")})


# verbs in the first person plural (key forms): the statement's own voice
_WE_VERBS = frozenset(key(w) for w in (
    "ندعو", "ندين", "نطالب", "نحث", "نرفض", "نتهم", "نستنكر", "نشجب", "ندعم", "نؤيد", "نرحب",
    "نحمل", "نناشد", "نطلب", "ننتقد", "نندد"))


def _first_person_speaker(doc: Document, tokens: Sequence, trig: Trigger,
                          everywhere: list[Candidate]) -> Candidate | None:
    """The speaker of a statement whose verb says "we" ("ندعو نظام الأسد …", "نطالب السلطات
    الإسرائيلية بالسماح …"): the one it is attributed to acts; None when none is found."""
    if not _WE_VERBS.intersection(candidates(tokens[trig.first].norm)):
        return None
    if trig.first + 1 < len(tokens) and _GOD.intersection(candidates(tokens[trig.first + 1].norm)):
        return None  # "وندعو الله أن يتقبلهم": a prayer, no one is asked
    src, _hedged = pick_source(doc, trig.start, trig.end, phrases=False)
    if src is None:
        return None
    cand, found = _source_candidate(doc, src, everywhere)
    if found:
        return cand if cand.institutional else None
    code = cand.span.code
    mention = next((m for m in mentions_in(doc, Span(src.start, src.end, src.text))), None)
    head = word_forms(src.text.split()[0])
    political = bool(code) or bool(_POLITICAL_HEADS.intersection(head) or _POLITICAL_TITLES.intersection(head)) \
        or (mention is not None and mention.label in ("PER", "ORG") and _political(doc, mention))
    # (a speaker who may not direct a verbal act leaves the act as it was read)
    return cand if political else None


def _only_asides(words: Sequence) -> bool:
    """قد, up to two names joined by و, and asides between commas: nothing else."""
    inside, joined = False, 0
    for t in words:
        if t.norm in _COMMAS:
            inside = not inside
        elif inside or t.norm in _QAD:
            continue
        elif t.norm.startswith("و") and joined < 2:
            joined += 1
        else:
            return False
    return not inside


def _named_from(doc: Document, tokens: Sequence, k: int, everywhere: list[Candidate]) -> Candidate | None:
    """The doer named in the two words from token k (after "إلى", "من قبل", "على يد"): a
    candidate that is no victim word, else a country or capital for its government."""
    nxt, end = tokens[k], tokens[min(len(tokens) - 1, k + 2)].end
    named = next((c for c in everywhere if nxt.start <= c.span.start < end and not is_passive(c)), None)
    return named or state_at(doc, nxt, end)


def state_at(doc: Document, tok, end: int) -> Candidate | None:
    """A country or capital named from token `tok` (ending before `end`), for its government
    (SPEC §2.1 <ISO3>GOV)."""
    places = places_by_entity(doc)
    for m in mentions_in(doc, Span(tok.start, end, "")):
        p = places.get(m.entity) if m.label == "LOC" and m.entity else None
        if p is not None and m.start < tok.end and ISO3.get(p.country or "") \
                and (p.feature == "country" or is_capital(p.name_en, p.country)):
            return Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity,
                                     ISO3[p.country] + "GOV"), True)
    return None


_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")


def _object_pronoun(tokens: Sequence, trig: Trigger) -> bool:
    """A perfect verb carrying an object pronoun ("اتهمها", "اتهموه", "انتقده"); not a verbal noun
    with a possessive ("اتهامه", "زيارته": a long ا before the last stem letter)."""
    if trig.first != trig.last:
        return False
    word = tokens[trig.first].norm.replace("ة", "ه")
    word = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    suffix = next((s for s in _OBJECT_SUFFIXES if word.endswith(s)), None)
    stem = word[:-len(suffix)] if suffix else ""
    return 3 <= len(stem) <= 6 and not stem.startswith("ال") and stem[-2] != "ا" \
        and not (stem.endswith("ت") and len(stem) > 2 and stem[-3] == "ا")


# words after which a verb opens a clause of its own, besides _OPENERS ("حيث اعتقلته الشرطة")
_CLAUSE_LINKS = frozenset({"حيث", "لما", "وحين", "وعندما", "ثم", "وبعدما"})


def _subject_after_object(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """A perfect verb with an attached object pronoun ("اعتقلته", "حاصرهم", "اختطفها") that
    opens its clause (or is joined by و/ف), and a candidate right after it with no preposition:
    that candidate is the subject. The written ه (not ة: "مجزرة" is no verb) is read on the
    token's own letters."""
    word = tokens[trig.first].text.rstrip("ًٌٍَُِّْ")
    if word.endswith("ة") or not _object_pronoun(tokens, trig):
        return False
    joined = word[:1] in "وف" and len(word) > 5
    prev = tokens[trig.first - 1].norm if trig.first > 0 else ""
    if not (joined or _opens_clause(tokens, trig) or prev in _CLAUSE_LINKS):
        return False
    if trig.last + 1 >= len(tokens) or c.span.start != tokens[trig.last + 1].without_proclitics()[0]:
        return False
    return c.span.start == tokens[trig.last + 1].start  # ("اعتقله بالقوة": a preposition governs it)


def _post_of(doc: Document, actors: list[Candidate], after: list[Candidate]) -> Candidate | None:
    """The party right after "لدى" that follows a title actor ("السفيرة الأمريكية لدى الأمم
    المتحدة", "مندوب روسيا لدى مجلس الأمن"): the body or state where the envoy serves, not the
    act's target; None when there is none."""
    if not actors or not _POLITICAL_TITLES.intersection(word_forms(actors[-1].span.text.split()[0])):
        return None
    end = actors[-1].span.end
    post = next((c for c in after if c.span.start > end), None)
    if post is None:
        return None
    words = doc.text[end:post.span.start].split()
    return post if len(words) == 1 and key(words[0]) in _TO_POST else None


def _state_objects(doc: Document, tokens: Sequence, trig: Trigger, actors: list[Candidate]) -> list[Candidate]:
    """"اتهمت الولايات المتحدة إيران بـ", "وتوعد نائب رئيس الحرس الثوري، حسين سلامي، الولايات
    المتحدة وإسرائيل": in VSO order the country or capital right after the subject (past an aside
    between commas that names him), with no preposition on it, is the object — its government;
    so is one joined to it by و."""
    if not actors or actors[0].span.start < trig.end:
        return []
    end = max(a.span.end for a in actors)
    k = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    if k < len(tokens) and tokens[k].norm in _COMMAS:  # ("، حسين سلامي،": his name, then the object)
        close = next((i for i in range(k + 1, min(len(tokens), k + 7)) if tokens[i].norm in _COMMAS), None)
        k = close + 1 if close is not None else len(tokens)
    out: list[Candidate] = []
    while k < len(tokens):
        tok = tokens[k]
        state = state_at(doc, tok, tokens[min(len(tokens) - 1, k + 3)].end)
        lead = doc.text[tok.start:state.span.start] if state is not None else None
        if state is None or lead not in (("", "و") if out else ("",)):
            break
        out.append(state)
        k = next((i for i in range(k, len(tokens)) if tokens[i].start >= state.span.end), len(tokens))
    return out


_ASCRIBING = frozenset({"نسبته", "نسبتها", "نسبها", "نسبه", "نسبت", "نسب", "نسبوه", "نسبوها"})
_TO = frozenset({"الي", "إلى", "إلي", "الى"})


def _attributed_to(doc: Document, tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> Candidate | None:
    """"هجوما انتحاريا داميا …، نسبته الحكومة التركية الى تنظيم «داعش»", "والذي نسبته دمشق إلى
    إسرائيل": an attack ascribed after it (≤ 25 words on, before any full stop) is the doing
    of the one it is ascribed to; who ascribes it only says so."""
    i = next((k for k in range(trig.last + 1, min(len(tokens), trig.last + 26))
              if tokens[k].norm in (".", "؟", "!") or tokens[k].norm.lstrip("و") in _ASCRIBING), None)
    if i is None or tokens[i].norm in (".", "؟", "!"):
        return None
    # another attack nearer ("عملية … بعد سلسلة هجمات … نسبت إلى" is the attacks'); triggers are
    # looked up only here, where an ascribing word was found (an outcome word like "جريح" is no attack)
    if any(trig.last < t.first <= i for t in find_triggers(tokens) if t.type == "ASSAULT" and t.strength >= 2):
        return None
    to = next((j for j in range(i + 1, min(len(tokens) - 1, i + 8)) if tokens[j].norm in _TO), None)
    if to is None:
        return None
    return _named_from(doc, tokens, to + 1, everywhere)


_BY = {"من": frozenset({"قبل"}), "علي": frozenset({"يد", "يدي", "ايدي"})}


def _done_by(doc: Document, tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> Candidate | None:
    """The one named right after "من قبل"/"على يد" standing at most three words after the act
    ("لهجوم من قبل تنظيم داعش", "إقتحام شعبية الطيرة من قبل وحدات الجيش"): the passive's doer;
    None when none is named there (further on it is another act's: "ترحيلهما إلى ليبيا
    وتعرضهما للتعذيب على يد قوات")."""
    for j in range(trig.last + 1, min(len(tokens) - 2, trig.last + 5)):
        if tokens[j].norm in (".", "؟", "!"):
            return None
        if tokens[j + 1].norm in _BY.get(tokens[j].norm, ()):
            return _named_from(doc, tokens, j + 2, everywhere)
    return None


_BLAME_NOUNS = frozenset({"اللوم", "لوم", "المسؤوليه", "مسؤوليه", "المسئوليه", "مسئوليه"})
_ABOUT = frozenset({"في", "عن"})


def _blame_before(tokens: Sequence, trig: Trigger) -> int | None:
    """The token of a bare blame noun ("اللوم", "المسؤولية", with "في/عن" or nothing between)
    right before the act, else None; a claim with its pronoun ("مسؤوليته") is not one."""
    k = trig.first - 1
    if k >= 0 and tokens[k].norm in _ABOUT:
        k -= 1
    return k if k >= 0 and set(candidates(tokens[k].norm)) & _BLAME_NOUNS else None


def _laid_on(doc: Document, tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> Candidate | None:
    """The one named right after the first "إلى" within ten words after the act (before any
    full stop): "اللوم في الغارة إلى التحالف"."""
    for j in range(trig.last + 1, min(len(tokens) - 1, trig.last + 11)):
        if tokens[j].norm in (".", "؟", "!"):
            return None
        if tokens[j].norm in _TO:
            return _named_from(doc, tokens, j + 1, everywhere)
    return None


def _distinct(actors: list[Candidate], targets: list[Candidate]) -> list[Candidate]:
    """"استهداف المدنيين … وقتلت وأصابت المدنيين": two mentions of one actor (the same words, with
    or without ال, and code) are one target, and none repeats an actor (a mention of another code stays: "الرئيس"
    of two countries)."""
    seen = {_bare_words(a) for a in actors}
    out = []
    for c in targets:
        if _bare_words(c) not in seen:
            seen.add(_bare_words(c))
            out.append(c)
    return out


def _bare_words(c: Candidate) -> tuple[str, str | None]:
    """The candidate's words without و/ال/a preposition, and its code: "انتحاري" and
    "الانتحاري" of one sentence are one actor."""
    return " ".join(word_forms(w)[-1] for w in c.span.text.split()), c.span.code


_CAUSES = frozenset({"في", "جراء", "اثر", "إثر", "بعد"})


def _result_of(tokens: Sequence, trig: Trigger) -> bool:
    """"قتل 20 من الحوثيين بقصف", "في قصف", "جراء قصف": the act causes what the clause before it
    tells, so who fell there is its victim; "كشف مصدر في وزارة الدفاع عن قصف" reports it."""
    word = tokens[trig.first].norm.lstrip("وف")
    prev = tokens[trig.first - 1].norm.lstrip("وف") if trig.first else ""
    return word.startswith("ب") or prev in _CAUSES


def _joined_plural_verb(tokens: Sequence, trig: Trigger) -> bool:
    """"وطالبوا", "ونددوا": و + a masculine plural perfect of a verbal act, its subject left out
    (a physical act there is as often another group's: "حيث اقتحم المستعربون …، واطلقوا النار")."""
    word = tokens[trig.first].norm
    return trig.type not in PHYSICAL and word.startswith("و") and word.endswith("وا") \
        and _verb_like(tokens, trig)


def _opening_subject(tokens: Sequence, earlier: list[Candidate]) -> Candidate | None:
    """The candidate right after the verb that opens the sentence ("وندد المتظاهرون"); not after
    a reporting verb, whose subject reports what follows ("وقال رئيس الجامعة … واطلقوا النار")."""
    if len(tokens) < 2 or bare_word(tokens[0].norm) in LEAD_VERBS:
        return None
    return next((c for c in earlier if tokens[1].start <= c.span.start < tokens[1].end), None)


def _population_next(tokens: Sequence, trig: Trigger, victims: list[Candidate]) -> bool:
    """A civilian nominal (السكان، المواطنون، الأهالي) right after a finite verb: its subject."""
    if not _verb_like(tokens, trig) or trig.last + 1 >= len(tokens):
        return False
    nxt = tokens[trig.last + 1].without_proclitics()[0]
    return any(v.span.start == nxt and (v.span.code or "").endswith("CVL") for v in victims)


def _received_by(tokens: Sequence, trig: Trigger, lo: int, actor: Candidate) -> bool:
    """A verb of receiving (تعرض، واجه، تلقى) up to 6 words before the act noun, and before its
    would-be actor: that one is the act's object, whatever stands between (a place: "في الهند")."""
    if actor.span.end > trig.start:
        return False
    return any(RECEIVING.intersection(candidates(tokens[k].norm)) and tokens[k].end <= actor.span.start
               for k in range(max(lo, trig.first - 6), trig.first))


_CHARGING = frozenset({"اتهم", "اتهمت"})


def _passive_charge(doc: Document, tokens: Sequence, trig: Trigger) -> bool:
    """"اتهم عضو بحزب … باغتصاب فتاة": the perfect of اتهم before an indefinite noun (no ال, no
    name) and its nisba adjectives, then a ب-phrase where the object should stand, reads
    passive (اتُّهم). Not "اتهم مسؤول أمريكي إيران بـ" (an object after the adjective), nor a
    definite or named subject ("اتهمت الحكومة المعارضة بالتخريب", "اتهمت واشنطن طهران")."""
    verb = tokens[trig.first].norm
    verb = verb[1:] if verb[:1] in "وف" and verb[1:] in _CHARGING else verb
    if verb not in _CHARGING or trig.first + 2 >= len(tokens):
        return False
    noun = tokens[trig.first + 1]
    if noun.norm.startswith("ال") or not noun.norm.isalpha() \
            or any(m.start <= noun.start < m.end for m in mentions_in(doc, Span(noun.start, noun.end, ""))):
        return False
    k = trig.first + 2
    while k < len(tokens) and not tokens[k].norm.startswith(("ب", "ال")) and tokens[k].norm.endswith(("ي", "يه")):
        k += 1  # "مسؤول أمريكي"
    return k < len(tokens) and tokens[k].norm.startswith("ب") and len(tokens[k].norm) > 3


def _owner_in_main_clause(tokens: Sequence, trig: Trigger, hi: int,
                          everywhere: list[Candidate]) -> list[Candidate]:
    """"وخلال مؤتمر صحفي بعد لقائه وزير الخارجية الروسي، أكد دي ميستورا": an act noun with a
    possessive pronoun (لقائه، زيارتها) and no doer in its phrase is the act of the subject of
    the main clause that follows: a political actor right after that clause's verb."""
    word = tokens[trig.last].text
    if _verb_like(tokens, trig) or not word.endswith(("ه", "ها")) or word.endswith("اه"):
        return []
    if hi + 2 >= len(tokens) or any(ch.isalpha() for ch in tokens[hi].norm):
        return []
    subject = tokens[hi + 2]
    return [c for c in everywhere if c.institutional and c.span.start == subject.without_proclitics()[0]][:1]


def _object_named_next(tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> bool:
    """Any actor or nominal (a victim's too: "وطالب المحتجون") right after the verb."""
    if trig.last + 1 >= len(tokens):
        return False
    nxt = tokens[trig.last + 1].without_proclitics()[0]
    return any(c.span.start == nxt for c in everywhere)


def _dropped_subject(doc: Document, tokens: Sequence, trig: Trigger, country: str | None, *,
                     participial: bool = False) -> list[Candidate]:
    """"وعبر وزير الخارجية عادل الجبير عن …. وطالب المجتمع الدولي …": a sentence that opens
    with و + a perfect verb and names no one after it continues the previous sentence, whose
    political subject (right after its own opening verb, of the same gender) is the doer; so
    does one opening with a circumstantial participle (`participial`: "متهمًا", any gender)."""
    if trig.first != 0 or not participial and (not tokens[0].norm.startswith("و") or not _verb_like(tokens, trig)):
        return []
    prev = [s for s in doc.sentences if s.end <= tokens[0].start][-1:]
    if not prev:
        return []
    ptoks = [t for t in doc.tokens if prev[0].start <= t.start < prev[0].end]
    if len(ptoks) < 3 or not participial and _feminine_verb(ptoks[0].norm) != _feminine_verb(tokens[0].norm):
        return []
    subject = ptoks[1].without_proclitics()[0]
    return [c for c in _candidates(doc, ptoks, 0, min(len(ptoks), 8), country, ())
            if c.institutional and c.span.start == subject][:1]


_TO_POST = frozenset({"الي", "لدى", "لدي"})


def _title_reaching(doc: Document, tokens: Sequence, trig: Trigger, cand: Candidate) -> bool:
    """"طالب المبعوث الدولي إلى سوريا ستافان دي ميستورا": a political title right after the verb
    whose complement is a post (إلى/لدى + place) reaches the person named after it; the words
    between are the title, with no punctuation ("طالب المبعوث، …" is no title chain)."""
    gap = [t for t in tokens if trig.end <= t.start and t.end <= cand.span.start]
    if not 3 <= len(gap) <= 7 or cand.span.entity is None:
        return False
    if not _POLITICAL_TITLES.intersection(word_forms(gap[0].text)):
        return False
    return any(t.norm in _TO_POST for t in gap) and all(any(ch.isalpha() for ch in t.norm) for t in gap)


def _relative_subject(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"تعاونت مع الجضران الذي حاصر موانئ نفطية": the antecedent of الذي right before the verb
    is its subject, whoever he is."""
    between = [t for t in tokens if c.span.end <= t.start and t.end <= trig.start]
    return len(between) == 1 and between[0].norm in RELATIVES


def _private_person(doc: Document, c: Candidate) -> bool:
    """A named person with no code and no political title (see `_political`)."""
    return not c.institutional and c.span.entity is not None and not c.span.code \
        and any(e.id == c.span.entity and e.label == "PER" for e in doc.entities)


_BLOC_ADJECTIVES = frozenset({"غربي", "اوروبي"})


# acts a state does as such (a statement noun — "الانتقادات الروسية" — is as often an undated
# stance as an act)
_OWNED_ACTS = ("ASSAULT", "SANCTION", "THREATEN")


def _nation_of_act(doc: Document, tokens: Sequence, trig: Trigger) -> Candidate | None:
    """The nationality adjective right after the noun of a state's act (not a verb; not a
    protest, whose people are no government: "الاحتجاجات الإيرانية"), as the state that did it,
    or a bloc adjective (الغربية) as a doer with no single code."""
    if trig.type not in _OWNED_ACTS or _verb_like(tokens, trig) \
            or trig.last + 1 >= len(tokens):
        return None
    adj = tokens[trig.last + 1]
    if not adj.norm.startswith("ال"):
        return None
    w = _adjective_stem(adj.norm)
    if w in _BLOC_ADJECTIVES:
        return Candidate(ArgSpan(adj.start, adj.end, adj.text, None, None), False)
    iso = DEMONYMS.get(w)
    if iso is None:
        return None
    return Candidate(ArgSpan(adj.start, adj.end, adj.text, None, iso + "GOV"), True)


def _joint_holders(doc: Document, actors: list[Candidate], after: list[Candidate]
                   ) -> tuple[list[Candidate], list[Candidate]]:
    """"توعد الرئيسان الأمريكي دونالد ترامب والفرنسي إيمانويل ماكرون دمشق": after a dual or
    plural office, a person joined by "و + nationality adjective" holds it too, and is an
    actor, not the object ("التقى الرئيس الأمريكي نظيره الفرنسي ماكرون" has one office)."""
    first = actors[-1]
    words = doc.text[max(0, first.span.start - 60):first.span.start].split()[-3:]
    if not any(_JOINT_TITLES.intersection(word_forms(w)) for w in words):
        return actors, after
    actors = list(actors)
    while after and after[0].span.entity is not None:
        gap = doc.text[actors[-1].span.end:after[0].span.start].split()
        if len(gap) != 1 or not gap[0].startswith("و") or not _nation_word(gap[0][1:]):
            break
        actors.append(after[0])
        after = after[1:]
    return actors, after


def _nation_word(word: str) -> bool:
    return DEMONYMS.get(_adjective_stem(key(word)), "") != ""


def _adjective_stem(w: str) -> str:
    """A nisba adjective as DEMONYMS lists it: without ال and the feminine ending ("الغربية" → غربي)."""
    w = w[2:] if w.startswith("ال") else w
    return w[:-1] if w.endswith(("ه", "ة")) else w


def _apposed(doc: Document, actor: Candidate, c: Candidate) -> bool:
    """"رفض وزير الدفاع الأمريكي جيمس ماتيس": a person named right after an actor that is a
    title (nothing but a comma between) is the actor, not a target; a country or a body there
    is the object ("اتهم وزير الخارجية الأمريكي إيران"), and so is a person after a body. The
    monarch's "الملك" and the name after it are his too ("العاهل السعودي الملك سلمان")."""
    if c.span.start < actor.span.end:
        return False
    if not (_POLITICAL_TITLES.intersection(word_forms(actor.span.text.split()[0]))
            or _office_of(doc, actor)):
        return False  # "اتهمت الحكومة المصرية محمد مرسي": a body's object
    between = doc.text[actor.span.end:c.span.start].strip(" ،,").split()
    monarch = _MONARCH[0] in word_forms(actor.span.text.split()[0])
    if c.span.entity is None:  # "العاهل الأردني، الملك …": the monarch is the king
        return monarch and not between and _MONARCH[1] in word_forms(c.span.text.split()[0])
    king_between = monarch and len(between) == 1 and _MONARCH[1] in word_forms(between[0])  # "العاهل السعودي الملك سلمان"
    if between and not king_between and not (1 < len(between) <= 5 and key(between[0]) in _TO_POST):
        return False  # ("السفير الأمريكي لدى إسرائيل ديفيد فريدمان": his post between)
    return any(e.id == c.span.entity and e.label == "PER" for e in doc.entities)


# words that end a title's complement: the name after them is another party ("رئيس الجمهورية
# اتفق على التحدث مع الرئيس ترامب"); a place after في is where the person was met
# ("استقبل السفير الروسي في القاهرة X")
_OUT_OF_TITLE = frozenset({"من", "في", "على", "علي", "عن", "مع", "بين", "ضد", "نحو", "منذ", "بعد", "قبل"})


_TITLE_GAP = re.compile(r"[،,.:؛;()«»\"“”\-–]")


def _before_relative(tokens: Sequence, trig: Trigger, after: list[Candidate]) -> list[Candidate]:
    """A relative clause on a physical act's noun after the act ("وحث لافروف لندن على الرد على الهجوم الذي استهدف
    … سيرغي سكريبال") tells of another happening: the parties named in it are its own, not the
    statement's targets."""
    acts = {t.last for t in find_triggers(tokens) if t.type in PHYSICAL and t.first > trig.last}
    rel = next((tokens[i] for i in range(trig.last + 2, len(tokens))
                if tokens[i].norm in RELATIVES and i - 1 in acts), None)
    return after if rel is None else [c for c in after if c.span.start < rel.start]


def _title_holders(doc: Document, trig: Trigger, actors: list[Candidate], after: list[Candidate]
                   ) -> tuple[list[Candidate], list[Candidate]]:
    """Each unnamed title ("رئيس", "رئيس الوزراء التشيكي") followed by its complement and a
    person's name with no punctuation between ("رئيس مجلس النواب العراقي سليم الجبوري") gives
    way to that person (with the title's code if he has none), and the complement's words
    ("مجلس") are no party of their own."""
    for title in actors + after:
        holder = _holder_of(doc, trig, title, after)
        if holder is None or not any(c is title for c in actors + after):
            continue
        post = _TO_POST.intersection(key(w) for w in doc.text[title.span.end:holder.span.start].split())
        # (the post's country is not the envoy's: "سفير خادم الحرمين الشريفين لدى اليمن")
        code = holder.span.code or (None if post else _office_state(doc, title, holder) or title.span.code)
        named = Candidate(ArgSpan(holder.span.start, holder.span.end, holder.span.text, holder.span.entity, code),
                          True, holder.role)
        gone = [c for c in after if c is holder or title.span.end <= c.span.start < holder.span.start]
        if not title.span.code or _context_coded(title):
            # (a title coded by its own adjective stays the actor: a later "دعا العاهل الأردني"
            # is one speaker with it; a bare "الرئيس" coded from the article's country only
            # is better evidenced by the name after it, which keeps the code)
            actors = [named if c is title else c for c in actors]
        after = [named if c is title else c for c in after if not any(c is g for g in gone)]
    return actors, after


def _office_state(doc: Document, title: Candidate, holder: Candidate) -> str | None:
    """The government code of a country named in a context-coded title's complement ("رئيس
    دولة جنوب السودان سلفا ماير", "وزير خارجية تركيا"): the office's own country, not the
    article's."""
    if not _context_coded(title):
        return None
    places = places_by_entity(doc)
    for m in mentions_in(doc, Span(title.span.end, holder.span.start, "")):
        p = places.get(m.entity) if m.label == "LOC" and m.entity else None
        if p is not None and p.feature == "country" and ISO3.get(p.country or ""):
            return ISO3[p.country] + "GOV"
    return None


def _title_antecedent(doc: Document, actor: Candidate) -> Candidate:
    """An uncoded one-word title ("ودعا الملك …") takes the code of the last person the article
    named right after that same title before it ("كلف الملك عبدالله الثاني …"): the same office
    holder, told again by his title; the actor unchanged when there is none."""
    if actor.span.code or not _context_coded(actor) \
            or not _POLITICAL_TITLES.intersection(word_forms(actor.span.text)):
        return actor
    title = word_forms(actor.span.text)[-1]
    named = [(m.start, e) for e in doc.entities if e.label == "PER" and e.actor is not None
             for m in e.mentions if m.end <= actor.span.start]
    for start, ent in sorted(named, key=lambda x: -x[0]):
        before = word_forms_before(doc.text, start, 1)
        if before and title in before[-1]:
            return Candidate(ArgSpan(actor.span.start, actor.span.end, actor.span.text, None, ent.actor.code),
                             actor.institutional, actor.role)
    return actor


def _context_coded(title: Candidate) -> bool:
    """A one-word title ("الرئيس", "الملك", "الوزير"): a nominal of one word carries no
    nationality adjective, so its code came from the article's country, not from its words."""
    return len(title.span.text.split()) == 1 and title.span.entity is None


def _holder_of(doc: Document, trig: Trigger, title: Candidate, cands: list[Candidate]) -> Candidate | None:
    if title.span.entity is not None or not title.span.text.split() \
            or not _POLITICAL_TITLES.intersection(word_forms(title.span.text.split()[0])):
        return None
    holder = next((c for c in cands if c.span.start >= title.span.end and c.span.entity is not None), None)
    if holder is None or title.span.end <= trig.start < holder.span.start:
        return None
    if not any(e.id == holder.span.entity and e.label == "PER" for e in doc.entities):
        return None  # ("رئيس الوزراء اللبناني سعد الحريري" yes; "وزير خارجية إيران" no)
    gap = doc.text[title.span.end:holder.span.start]
    words = [key(w) for w in gap.split()]
    if len(words) > 6 or _TITLE_GAP.search(gap) or _OUT_OF_TITLE.intersection(words):
        return None
    if any(_POLITICAL_TITLES.intersection(word_forms(w)) for w in gap.split()):
        return None  # a second title is a second person ("استقبل العاهل الأردني الرئيس الفلسطيني X")
    if any(m.start >= title.span.end and m.end <= holder.span.start and m.label == "PER"
           for m in mentions_in(doc, Span(title.span.end, holder.span.start, gap))):
        return None  # another person named in between ("الرئيس الأمريكي دونالد ترامب بشدة … بشار الأسد")
    return holder


_MONARCH = (key("عاهل"), key("ملك"))  # "العاهل X" is always "الملك Y": one person, two titles


def _office_of(doc: Document, actor: Candidate) -> bool:
    """A body governed by a title right before it ("الأمين العام لجامعة الدول العربية", "رئيس
    مجلس النواب"): the name after it is the office holder's."""
    before = word_forms_before(doc.text, actor.span.start, 3)
    attached = doc.text[actor.span.start - 1:actor.span.start] == "ل"
    return bool(before) and (attached or bool(before[-1]) and not before[-1][0].startswith("ال")) \
        and any(_POLITICAL_TITLES.intersection(f) for f in before)


_BLAME = ("حمل", "يحمل", "تحمل")


_RESPONSIBILITY = frozenset({"مسؤوليه", "المسؤوليه"})


def _blamed_first(tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> bool:
    """"ودانت الجامعة الهجوم، وحملت سلطات الاحتلال المسؤولية": one short name between "حمّل"
    and "المسؤولية", with a doer told earlier in the sentence, is the one blamed ("حملت الجامعة
    العربية إسرائيل المسؤولية" names both after the verb, the blamer first)."""
    if not candidates(tokens[trig.first].norm)[-1].startswith(_BLAME):
        return False
    duty = _duty(tokens, trig)
    return duty is not None and any(c.span.end <= tokens[trig.first].start and not is_passive(c)
                                    for c in everywhere)


def _duty(tokens: Sequence, trig: Trigger) -> int | None:
    """The token of "المسؤولية" up to three words after "حمّل", else None."""
    return next((i for i in range(trig.last + 1, min(len(tokens), trig.last + 4))
                 if set(candidates(tokens[i].norm)) & _RESPONSIBILITY), None)


def _one_blamed(doc: Document, tokens: Sequence, trig: Trigger) -> bool:
    """One name between "حمّل" and "المسؤولية" ("وحمّلت إسرائيل المسؤولية"), not two ("وحمّلت
    قطر إسرائيل المسؤولية": the first is the new subject)."""
    gap = Span(tokens[trig.first].end, tokens[_duty(tokens, trig)].start, "")  # (after _blamed_first: it is there)
    return len(mentions_in(doc, gap)) <= 1


def _states_next_to(doc: Document, tokens: Sequence, trig: Trigger,
                    exclude: Sequence[tuple[int, int]]) -> list[tuple[Candidate, bool]]:
    """Countries and capitals right before or right after a finite verb of speech or
    diplomacy, for their governments (SPEC §2.1 <ISO3>GOV), each with whether it comes before.
    Physical acts are left alone (a country next to "قصف" is as often where it happened), and
    so is a country with any word or a preposition between it and the verb ("من إيران")."""
    if not _verb_like(tokens, trig):
        return []
    # a physical verb keeps only the country right after it, when it opens its clause in the
    # feminine perfect: "قصفت روسيا مدينة إدلب", "اعتقلت إيران عشرة أشخاص" (its subject)
    physical = trig.type in PHYSICAL
    if physical and not (_opens_clause(tokens, trig) and tokens[trig.first].norm.endswith("ت")
                         and _feminine_verb(tokens[trig.first].norm)):
        return []
    places = places_by_entity(doc)
    out = []
    for m in mentions_in(doc, Span(tokens[0].start, tokens[-1].end, "")):
        p = places.get(m.entity) if m.label == "LOC" and m.entity else None
        if p is None or ISO3.get(p.country or "") is None \
                or (not physical and any(s <= m.start < e for s, e in exclude)):
            continue  # (the state doing a physical act may be its place too: "اعتقلت إيران عشرة")
        if p.feature != "country" and not is_capital(p.name_en, p.country):
            continue
        before = m.end <= trig.start
        if physical and (before or p.feature != "country"):
            continue
        # (inside a gapped pattern: "طردت بريطانيا 23 دبلوماسيا" — right after its verb)
        verb_end = tokens[trig.first].end if m.start < trig.end else trig.end
        gap = (m.end, trig.start) if before else (verb_end, m.start)
        if gap[0] > gap[1] or any(gap[0] <= t.start and t.end <= gap[1] for t in tokens):
            continue
        if before and _governed(doc, tokens, m):
            continue
        out.append((Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity,
                                      ISO3[p.country] + "GOV"), True), before))
    return out


# between a noun trigger's state subject and the noun: a masdar of imposing ("أعادت واشنطن
# فرض عقوبات"), a time, punctuation
_SUBJECT_GAP = ("فرض", "هذا", "هذه", "اسبوع", "يوم", "امس", "ثلاثاء", "اربعاء", "خميس", "جمعه",
                "سبت", "احد", "اثنين")


_IMPOSING = ("فرض", "اعاد", "شدد", "وسع", "جدد", "مدد")


# verbs that conclude a deal ("أبرمت روسيا وفصائل معارضة … اتفاق هدنة"); the deal word is the
# trigger or right before it
_CONCLUDING = ("ابرم", "وقع", "عقد")


_DEAL_WORDS = ("اتفاق", "الاتفاق")


def _a_deal(tokens: Sequence, trig: Trigger) -> bool:
    words = [tokens[trig.first]] + ([tokens[trig.first - 1]] if trig.first > 0 else [])
    return any(c.startswith(_DEAL_WORDS) for t in words for c in candidates(t.norm))


def _subject_of_governing_verb(doc: Document, tokens: Sequence, trig: Trigger,
                               exclude: Sequence[tuple[int, int]]) -> Candidate | None:
    """"فرضت الولايات المتحدة عقوبات على إيران": a noun trigger's actor is the state right
    after the feminine perfect that governs it (the feminine test is the verb's, not the
    noun's); the verb one of imposing or renewing. Not when that verb is itself a trigger ("ودانت مصر العقوبات التي فرضتها
    واشنطن": مصر condemns), nor a physical act."""
    if trig.type not in ("SANCTION", "AGREE") or _verb_like(tokens, trig):
        return None  # ("وطالت طهران اتهامات": accusations reached Tehran, its target)
    deal = trig.type == "AGREE"
    if deal and not _a_deal(tokens, trig):
        return None
    starts = {t.first for t in find_triggers(tokens)}
    for v in range(trig.first - 1, max(-1, trig.first - (16 if deal else 11)), -1):
        norm = tokens[v].norm
        if deal:
            if not candidates(norm)[-1].startswith(_CONCLUDING) or v in starts:
                continue
        elif not _feminine_verb(norm) or not norm.endswith("ت") or v in starts \
                or not candidates(norm)[-1].startswith(_IMPOSING):
            continue
        verb = Trigger(tokens[v].start, tokens[v].end, trig.type, None, 2, v, v)
        for cand, preverbal in _states_next_to(doc, tokens, verb, exclude):
            gap = [t for t in tokens if cand.span.end <= t.start and t.end <= trig.start]
            if not preverbal and (deal or all(not any(ch.isalpha() for ch in t.norm)
                                              or candidates(t.norm)[-1].startswith(_SUBJECT_GAP) for t in gap)):
                return cand
        return None
    return None


# words after which a verb still opens its clause: "وقد دعت بريطانيا", "بعدما رفضت مصر"
_OPENERS = frozenset({"قد", "وقد", "لقد", "فقد", "كما", "ثم", "بعدما", "عندما", "حين", "حينما",
                      "بينما", "فيما", "اذ", "كذلك", "ايضا", "بدورها", "بدوره"})


# words of place: the noun after one (or the name after its indefinite head: "في ثانوية X",
# "داخل مبنى X") is where the act happened, never its subject (مع، من، على name a party)
_LOCATIVES = frozenset(key(w) for w in (
    "في", "داخل", "خارج", "قرب", "أمام", "وسط", "عند", "قبالة", "بالقرب", "خلف", "بجوار"))


# buildings and sites, in the construct state before their name ("ثانوية مارجوري ستونمان دوغلاس")
_SITES = frozenset(key(w) for w in (
    "ثانوية", "مدرسة", "جامعة", "كلية", "معهد", "مستشفى", "مسجد", "جامع", "كنيسة", "مبنى", "فندق",
    "سجن", "مقر", "مخيم", "مطار", "ميناء", "سوق", "ملعب", "قاعدة", "معسكر", "حي", "شارع", "ساحة"))


def _where_it_happened(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"إطلاق نار داخل جامعة عثمان غازي", "في إطلاق النار في ثانوية مارجوري ستونمان دوغلاس":
    a locative word right after the act, and the candidate its object or the genitive of an
    indefinite noun after it, tells where the act happened; a verb's subject follows it bare
    ("أطلق مسلحون النار"), and after a noun "في" tells whose member it is ("اتهم القيادي في
    جيش الإسلام محمد علوش")."""
    prev = [t for t in tokens[trig.last + 1:] if t.end <= c.span.start and any(ch.isalnum() for ch in t.norm)]
    if not prev or key(prev[0].norm) not in _LOCATIVES or len(prev) > 2:
        return False
    return len(prev) == 1 or bool(_SITES.intersection(candidates(prev[1].norm)))


# verbs by which an act reaches what it hits: "انفجار استهدف موكب الوزير", "هجوم طال مقر
# الشرطة", "انفجار هز مبنى الوزارة"
_HITTING_VERBS = frozenset(key(w) for w in (
    "استهدف", "استهدفت", "يستهدف", "تستهدف", "طال", "طالت", "ضرب", "ضربت", "هز", "هزت", "أصاب", "أصابت"))


def _hit_object(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"وقتل سبعة أشخاص في انفجار استهدف موكب الوزير", "واستهدف انفجار موكب رئيس الوزراء": a
    verb of hitting between the act and the name, or one whose subject the act is (or the
    hitting verb as the act, an act noun its subject), makes the
    name what was hit (its object), not the act's subject (a verbal noun such as انفجار passes
    the VSO test of _verb_like)."""
    between = [t for t in tokens[trig.last + 1:] if t.end <= c.span.start]
    governing = tokens[trig.first - 1:trig.first] if trig.first > 0 else []
    if any(_HITTING_VERBS.intersection(word_forms(t.text)) for t in between + governing):
        return True
    # the hitting verb itself, its subject an act noun ("استهدف انفجار موكب الوزير")
    return _HITTING_VERBS.intersection(word_forms(tokens[trig.first].text)) != set() \
        and trig.last + 1 in {t.first for t in find_triggers(tokens)}


def _outlet_subject(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"واتهمت الوكالة الحوثيين بالوقوف خلف القصف": a news outlet right after the verb is its
    subject (outlets are no candidates, see _outlet_named), so the name after it is the object."""
    nxt = next((t for t in tokens[trig.last + 1:] if any(ch.isalpha() for ch in t.norm)), None)
    return nxt is not None and nxt.end <= c.span.start and bool(_OUTLETS.intersection(word_forms(nxt.text)))


def _act_noun_shape(word: str) -> bool:
    """A verbal noun of the derived forms with a long ا before the last letter, the shape of
    اغتيال، اعتقال، احتجاز، اختطاف، إعدام، استهداف (norm form, with no ال and no plural ات);
    a Form I word (قتل، قصف) reads as a verb as well and is left out."""
    w = word[1:] if word[:1] in "وفبل" and len(word) > 5 else word
    return w.startswith("ا") and not w.startswith("ال") and len(w) >= 5 and w[-2] == "ا" \
        and not w.endswith("ات")


def _person_after_act_noun(doc: Document, tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"اغتيال رفيق الحريري", "اعتقال محمد علي": a person named right after a physical act noun
    of the اغتيال/اعتقال shape is its object (the one it befell), not its doer (the VSO test
    passes such a noun for a verb). Only acts done to someone (an assault, an arrest): the person
    after "انسحاب/انتشار/اعتصام/اشتباك" withdraws, deploys, protests or fights. Not when a
    لـ-object follows the person ("اجتياح شارون لبيروت": then he is the doer)."""
    if trig.type not in ("ASSAULT", "COERCE") or trig.mode == "clash" or trig.first != trig.last \
            or not _act_noun_shape(tokens[trig.first].norm):
        return False
    if trig.last + 1 >= len(tokens) or c.span.start != tokens[trig.last + 1].start:
        return False
    nxt = next((t for t in tokens[trig.last + 1:] if t.start >= c.span.end), None)
    if nxt is not None and nxt.text.startswith("ل") and len(nxt.text) > 3 and key(nxt.norm) not in _LAM_PARTICLES:
        return False
    return c.span.entity is not None and any(e.id == c.span.entity and e.label == "PER" for e in doc.entities)


_WITH = frozenset({"مع", "ومع"})


# time and cause words before a fight noun ("عقب معارك", "خلال اشتباكات", "إثر مواجهات")
_AMID = frozenset(key(w) for w in ("بعد", "وبعد", "عقب", "وعقب", "إثر", "اثر", "خلال", "وخلال",
                                   "أثناء", "اثناء", "جراء", "في", "وسط"))


def _clash_partner(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"عقب معارك ضارية مع الميليشيات", "خلال اشتباكات مع مسلحين": the party after مع in a
    clash named by a noun after بعد/عقب/إثر/خلال is the other side, fought against — a target,
    never the fight noun's subject (the VSO test may take a broken plural, معارك, for a verb).
    A verb ("إنها اشتبكت مع النصرة") is left to the rules for verbs."""
    if trig.mode != "clash" or trig.first == 0 or key(tokens[trig.first - 1].norm) not in _AMID:
        return False
    prev = [t for t in tokens[trig.last + 1:] if t.end <= c.span.start]
    return bool(prev) and prev[-1].norm in _WITH


# "that" with the pronoun of the one who says it ("أعلنت الشرطة أنها اعتقلت")
_THAT_PRONOUNS = frozenset(key(w) for w in (
    "أنها", "أنه", "أنهم", "أنهما", "بأنها", "بأنه", "بأنهم", "إنها", "إنه", "إنهم", "إنهما"))


def _pronoun_that(tokens: Sequence, trig: Trigger) -> bool:
    """An arrest's (or release's) verb right after "أنها/أنه …": its subject is the pronoun (the
    speaker named before), so the name after the verb is the one held ("أنها اعتقلت القيادي محمد
    السويدي"). Other acts are left alone: a verbal act would lose its only actor ("أعلن تحالف …
    أنه اتفق مع الحكومة"), a clash without its doer merged with another attack."""
    return trig.type == "COERCE" and trig.first > 0 and key(tokens[trig.first - 1].norm) in _THAT_PRONOUNS \
        and _verb_like(tokens, trig)


_LAM_PARTICLES = frozenset(key(w) for w in ("لدى", "لدي", "لكن", "لكنه", "لكنها", "لأن", "لان", "لهذا", "لذلك",
                                            "لهم", "لها", "لقد", "لماذا", "لعل"))


def _genitive_of_object(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"في رفض واضح لعرض الحكومة الأفغانية", "احتجاز لعشرات الحوثيين": the name right after a
    noun governed by لـ is that noun's owner or its number's people, not the subject of the act
    ("المتحدثة باسم الوزارة", "وبينهم رئيس الوزراء": بـ is left alone). For an act noun inside its
    clause, not a verb that opens it."""
    if _opens_clause(tokens, trig) or tokens[trig.first].text.startswith(("و", "ف")):
        return False  # (a verb opening its clause keeps its reading: "وعبر عن امتنانه لدول التحالف")
    prev = [t for t in tokens[trig.last + 1:] if t.end <= c.span.start and any(ch.isalnum() for ch in t.norm)]
    if not prev:
        return False
    word = prev[-1].text
    return len(word) > 3 and word[0] == "ل" and word[:2] != "لل" and key(word) not in _LAM_PARTICLES


def _opens_clause(tokens: Sequence, trig: Trigger) -> bool:
    if trig.first == 0:
        return True
    prev = tokens[trig.first - 1]
    return prev.norm in _OPENERS or not any(ch.isalpha() for ch in prev.norm) or _time_an(tokens, trig)


_BEFORE_AN = frozenset({"بعد", "وبعد", "قبل", "وقبل", "منذ"})


def _time_an(tokens: Sequence, trig: Trigger) -> bool:
    """"بعد أن هددت روسيا", "قبل أن": a time conjunction with أن opens a new clause, whose
    subject follows its verb (not the main clause's subject "أطلقت البنتاغون … بعد أن هددت")."""
    return trig.first >= 2 and tokens[trig.first - 1].norm == "ان" and tokens[trig.first - 2].norm in _BEFORE_AN


def _feminine_verb(norm: str) -> bool:
    """اتهمت، دعت، تطالب، ترفض (and و/ف before them) — not اتهم، يطالب، توصلوا، الاتهامات."""
    w = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
    if w.startswith("ال") or w.endswith(("ات", "وا", "ون", "ان", "ين")):
        return False
    return w.endswith("ت") or (w.startswith("ت") and not w.endswith("ا"))


def _governed(doc: Document, tokens: Sequence, m) -> bool:
    """The mention follows a preposition, attached ("لإيران") or written apart ("من إيران")."""
    if doc.text[m.start - 1:m.start] in ("ل", "ب", "ك"):
        return True
    prev = [t for t in tokens if t.end <= m.start][-1:]
    return bool(prev) and prev[0].norm in PREPOSITIONS


def _topic(tokens: Sequence, c: Candidate) -> bool:
    """An institutional actor that opens the sentence (after و/ف) and is described by a
    relative clause before the verb ("والنظام السوري الذي ينفي …، كان قد دعا")."""
    if not (c.institutional and tokens and tokens[0].start <= c.span.start < tokens[0].end + 2):
        return False
    nxt = [t for t in tokens if t.start >= c.span.end][:1]
    return bool(nxt) and nxt[0].norm in ("الذي", "التي", "الذين")


def participle(tokens: Sequence, trig: Trigger) -> bool:
    """An active participle in the accusative (مشيداً، مطالباً، داعياً; the listed feminine and
    Form I ones: مطالبةً، رافضاً، رافضةً; the masculine plurals مطالبين، منددين)."""
    w = candidates(tokens[trig.first].norm)[-1]
    return w in PARTICIPLES or (w.startswith("م") and w.endswith("ا") and len(w) >= 4) \
        or _plural_participle(tokens, trig.first)


# masculine plural accusative participles of verbal acts; each is also a plural noun or adjective
# ("المتهمين", "على المطالبين"), so only the bare form out of a prepositional phrase counts
_PLURAL_PARTICIPLES = frozenset({"مطالبين", "مشيدين", "منددين", "متهمين", "داعين", "رافضين"})


def _plural_participle(tokens: Sequence, i: int) -> bool:
    """"وتظاهر الطلاب، مطالبين الحكومة بـ": a bare plural participle (only و/ف before it), with
    no preposition or number right before it ("بين متهمين", "خمسة متهمين")."""
    cands = candidates(tokens[i].norm)
    if not (cands[0] in _PLURAL_PARTICIPLES or (cands[0][:1] in "وف" and cands[1:2] and cands[1] in _PLURAL_PARTICIPLES)):
        return False
    before = tokens[i - 1].norm if i > 0 else ""
    return not (before in PREPOSITIONS or before[:1].isdigit())
