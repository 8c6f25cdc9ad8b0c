"""The NER stage: fills ``entities`` (PER, ORG, LOC, MISC) with mentions, grouping and actors.

The model is a CRF trained by ``rasd train ner`` (see ``rasd/models/ner/MODEL_CARD.md``);
it tags the text stage's tokens sentence by sentence.  Mentions start after attached
proclitics (بالموصل → الموصل, للأمم → لأمم), leading titles and descriptor words are
dropped, mentions with the same normalised name (or a PER surname of a longer PER name,
or the same known actor) form one entity, and known actors get a code.
"""
from __future__ import annotations

import gc
from collections import Counter

from rasd.model.document import Document
from rasd.model.span import Span
from rasd.text.chars import is_mark
from rasd.pipeline.registry import register_stage

from .actors import RESOURCE as ACTOR_RESOURCE
from .actors import ActorLexicon, bound_elsewhere
from .around import (ENDING_PARTICLES, LEADING_PARTICLES, NAME_LINKS, NOT_NAME_PARTICLES, NOT_SURNAME, abd_name,
                     after_title, formula_tail, friend_word, not_name_word, plural_verb, split_persons, surname_title)
from .org_context import (GENERIC_HEADS, INSTITUTIONS, STATE_ROLES, a_base, agency_name, closing_quote,
                          dateline_outlets, join_split_names, prefixed_places, quoted_orgs, short_alias_names,
                          short_force_names, told_outlets, type_then_alias)
from .role_names import spokesman_names, titled_names
from .evidence import WordEvidence
from .features import TITLES
from .forces import led_by_person
from .hashtags import hash_joined, hashtag_underscored, listed_hashtags
from .lexicon_names import LexiconNames
from .place_tails import place_after_name
from .persons import (called_names, join_adjacent_persons, join_hyphen_halves, korean_names, lineage_start,
                      person_edges, person_frame)
from .grouping import group_entities
from .mentions import (AREA_WORDS, DESCRIPTOR_PREFIXES, EVERYDAY_GROUP_NAMES, FACILITY_DESCRIPTORS, NAMED_TYPES,
                       NOT_ALONE, NOT_NAMES, NUMBER_WORDS, PLACE_DESCRIPTORS, PLACE_TYPES, WHOLE_HEADS, absorb,
                       adjective_after_act,
                       is_arabic, leader_alone, generic_noun, stem_norm, whole_head_start, whole_name,
                       whole_tail_end)
from .model import NerModel
from .norm import norm, norm_key
from .nouns import CLOSE_QUOTES as _CLOSE_QUOTES, OPEN_QUOTES as _OPEN_QUOTES
from .nouns import (adjective_after_noun, after_construct_place, before_sunset, before_verb, clubs, counted,
                    country_nisba, garden_of_eden, harming_noun, of_origin,
                    sunset_prayer,
                    worship_head)
from .plain_words import (after_venue_word, always_not_douma, boys_beside_girls, dual_verb, elative_of,
                          mission_city, plural_nisba, question_or, union_with_nationality)
from .club_ends import club_name
from .company_tails import company_tails
from .cued import cued_names, tribal_places
from .datives import dative_cut
from .diseases import disease_eponyms
from .nisba_surnames import nisba_surname_joins
from .neighbours import (called_name, country_after_person, diameter, disagreeing_nisba, verb_before_name,
                         with_tanween)
from .descriptions import kind_of_body
from .eponyms import academic_head, eponym_phrases, place_named_groups, unit_eponyms
from .orgs import org_phrases
from .ranges import bio_chunks, sentence_ranges
from .runons import (before_platform, enthusiasm, fa_article_split, in_favour_start, quoted_person, settlement_before,
                     spelt_letters_end, without_company, without_formula, without_tatweel)
from .patronyms import family_after_patronym
from .macro_tails import macro_region_tails
from .place_repeats import places_again
from .repeats import ALI, ArticleRepeats
from .splits import ChunkSplits, join_linked_places, without_place_adjectives
from .starts import after_letters, mention_start, written_without_letter
from .tails import (club_nationality, dotted_letters, family_after_person, outlet_services, participle_tail,
                    spelt_outlets, type_before_listed)
from .works import after_work_noun, latin_lead, latin_word_halves, lone_latin_letter, model_end

_STATE_DESCRIPTOR = norm_key("دولة")  # the one a place's mention leaves out ("دولة الكويت" → الكويت)

__all__ = ["NerStage", "before_sunset", "before_verb", "country_nisba", "garden_of_eden", "group_entities", "make_ner"]


# adjectives of time or strength that describe an organisation, never end its name (audit U46:
# "لاعب نادي الاتفاق السابق", "اتحاد الشغل القوي"; not القوية: "حزب مصر القوية" is a party)
# (audit U48: and the labels of hostility news adds, "تنظيم حزب الله الارهابي", "حزب شاس المتشدد")
_ORG_EPITHETS = frozenset(norm_key(w) for w in """السابق السابقة الحالي الحالية القوي الإرهابي الإرهابية
المتشدد المتشددة المتطرف المتطرفة المكلف المكلفة المؤقت المؤقتة""".split())  # (المكلف: the acting head's)
# nouns of the people who live in a place: "من سكان خضيرة", "أهالي العوامية"
_RESIDENTS = frozenset(norm_key(p + w) for p in ("", "و", "ل", "ب") for w in ("سكان", "أهالي", "اهالي"))
# bearings before a place: "شرقي سول" (east of Seoul), with و/ب/ف
_BEARINGS = frozenset(norm_key(p + w) for p in ("", "و", "ب", "ف", "وب") for w in
                      "شرق غرب شمال جنوب شرقي غربي شمالي جنوبي".split())
_MOUNT = norm("جبل")  # (the descriptor a big place's own name may begin with: جبل طارق)
# military ranks that stand only before a person's name (not اللواء, a brigade, or الفريق, a team)
_RANKS = frozenset(norm_key(w) for w in "الأميرال الأدميرال الجنرال المشير الماريشال".split())


def _ali_name(text: str, word: str) -> bool:
    """The last word of a person's chunk is the name علي, not the preposition على that the NER
    keys fold it into: written with ي in an article that writes the preposition with ى
    ("المحامي خالد علي انسحب", 2026-11-27)."""
    return word == ALI and "\u0639\u0644\u0649" in text


def _quoted_token(toks, a: int) -> bool:
    """Token a stands between quotation-mark tokens: «المدينة»."""
    return 0 < a < len(toks) - 1 and toks[a - 1].text[-1:] in _OPEN_QUOTES and toks[a + 1].text[:1] in _CLOSE_QUOTES


def _quoted(text: str, start: int, end: int) -> bool:
    """The span stands between quotation marks: «الشرق الأوسط»."""
    return 0 < start and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES


# "… تركي الجنسية": the word after a nationality adjective that says it is one
_NATIONALITY_WORDS = frozenset(norm_key(w) for w in ("الجنسية", "الجنسيه"))


class NerStage(ChunkSplits, LexiconNames, WordEvidence, ArticleRepeats):
    name = "ner"
    requires = ("tokens", "sentences")
    assigns = ("entities",)

    def __init__(self, model: NerModel, actors: ActorLexicon):
        self.model = model
        self.actors = actors
        self.group_names = {k: v for k, v in actors.group_names().items() if k not in EVERYDAY_GROUP_NAMES}
        self._first_memo: dict[str, str] = {}
        # token text → clitic letters before a bare group name, and (key, letters) before a
        # longer one's first word (`_bare_after_clitic`, `_prefix_after_clitic`): asked of
        # nearly every token that starts with و ف ب ل ك, and the answer depends on the text only
        self._clitic_memo: dict[str, tuple[int | None, tuple[str, int] | None]] = {}
        self._group_open_memo: dict[str, bool] = {}  # token text → may a group name start there
        self.group_prefixes = {" ".join(k.split()[:i]) for k in self.group_names
                               for i in range(1, len(k.split()))}

    # -- tagging ---------------------------------------------------------------
    def mentions(self, doc: Document) -> list[tuple[int, int, str]]:
        """(first token index, end token index, label) chunks over ``doc.tokens``."""
        ranges = sentence_ranges(doc)
        tags = self.model.tag_document([[t.text for t in doc.tokens[a:b]] for a, b in ranges])
        return bio_chunks(ranges, tags)

    def _nationality_tail(self, toks, a: int, b: int) -> bool:
        """Is the last of three or more person words a nationality that "الجنسية" follows
        ("يوسف عوني تركي الجنسية")? A two-word name keeps it ("محمد تركي الجنسية" may be Turki)."""
        return (b - a >= 3 and b < len(toks) and norm_key(toks[b].text) in _NATIONALITY_WORDS
                and "NAT" in self._types(toks[b - 1].text))

    def _trim(self, doc: Document, a: int, b: int) -> tuple[int, int] | None:
        """Drop leading titles/descriptor words and edge punctuation from token chunk [a, b)."""
        toks = doc.tokens
        place_next = False  # after "مدينة", "قرية" … a title word is part of a place's name
        while a < b - 1:
            w = norm(toks[a].text)
            stem = stem_norm(toks[a].text)
            if w in TITLES or stem in TITLES or surname_title(toks[a].text):
                if place_next or self._types(f"{stem} {toks[a + 1].text}") & PLACE_TYPES:
                    break  # "الشيخ زويد", "السيدة زينب": towns, not a sheikh and a lady
                a += 1
                continue
            if friend_word(toks[a].text, toks[a + 1].text, self._types(toks[a + 1].text)):
                a += 1  # "وصديقي سعود الدوسري", "الصديق سعود الدوسري": a friend, then his name
                continue
            if w in DESCRIPTOR_PREFIXES or stem in DESCRIPTOR_PREFIXES:
                rest = [norm(x.text) for x in toks[a + 1:b]]
                if whole_name(" ".join([stem] + rest)) or self._big_place_whole(stem, rest):
                    break
                place_next = stem in PLACE_DESCRIPTORS
                a += 1
                continue
            break
        while b > a and not any(ch.isalnum() for ch in toks[b - 1].text):
            b -= 1
        while a < b and not any(ch.isalnum() for ch in toks[a].text):
            a += 1
        if a >= b:
            return None
        return a, b

    def __call__(self, doc: Document) -> Document:
        if not doc.tokens:
            doc.entities = []
            return doc
        return self._fill(doc, self.mentions(doc))

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Tag a batch of documents together (`NerModel.tag_documents`); the same entities
        as calling the stage on each."""
        ranges = [sentence_ranges(d) if d.tokens else [] for d in docs]
        tags = self.model.tag_documents([[[t.text for t in d.tokens[a:b]] for a, b in rs]
                                         for d, rs in zip(docs, ranges)])
        for d, rs, tg in zip(docs, ranges, tags):
            if not d.tokens:
                d.entities = []
            else:
                self._fill(d, bio_chunks(rs, tg))
        return docs

    def _fill(self, doc: Document, chunks: list[tuple[int, int, str]]) -> Document:
        """Set ``doc.entities`` from the CRF's chunks, the actor lexicon and trimming."""
        toks = doc.tokens
        chunks = hash_joined(toks, chunks, self._types)  # "علي عبدالله #صالح": one man, not two
        chunks = without_place_adjectives(toks, chunks, self._types)
        chunks = macro_region_tails(toks, chunks)  # "آسيا وأميركا | الشمالية": North America (audit U58)
        chunks = company_tails(toks, chunks)  # "سوفت | بنك", "تويوتا | موتور": one company (audit U62)
        chunks = hashtag_underscored(toks, chunks, lambda w: bool(self._types(w) & NOT_SURNAME)
                                     or norm_key(w) in NOT_NAME_PARTICLES)
        chunks = listed_hashtags(toks, chunks, self._types)  # "#خان_يونس": one town, not خان and يونس
        chunks = without_company(toks, chunks)  # "الملك خالد بمرافقة", "يرافقه" alone (audit U52)
        chunks = without_formula(toks, chunks)  # "رسول الله محمد صلى الله عليه وسلم" (audit U54)
        chunks = fa_article_split(toks, chunks, self._types)  # "سلوى فالرقعي": two places (audit U60)
        spans: list[tuple[Span, str, str | None]] = []
        words: Counter[str] | None = None

        def doc_words() -> Counter[str]:
            nonlocal words
            if words is None:
                words = Counter(t.norm for t in toks)
            return words

        lex_starts: dict[int, int] = {}
        if self.group_names:
            chunks = absorb(chunks, self.lexicon_mentions(doc, [False] * len(toks), lex_starts))
        orgs = org_phrases(toks, self._types,
                           lambda i, j: self.actors.lookup(doc.text[toks[i].start:toks[j - 1].end]) is not None)
        org_starts = {a: start for a, _, start in orgs}  # a proclitic on the head: لمنظمة
        chunks = absorb(chunks, [(a, b, "ORG") for a, b, _ in orgs])
        eponyms = eponym_phrases(toks)  # "مركز الملك سلمان للإغاثة": not the king
        org_starts.update((a, start) for a, _, lab, start in eponyms if lab == "ORG")
        chunks = absorb(chunks, [(a, b, lab) for a, b, lab, _ in eponyms])
        chunks = place_named_groups(toks, tribal_places(toks, unit_eponyms(toks, chunks)))  # "كتيبة أبو بكر الصديق", "خان بني سعد"
        untrimmed = {(a, b) for a, b, _, _ in eponyms}  # "مدينة" of "مدينة الملك عبدالعزيز للعلوم" stays
        covered = {k for a, b, _ in chunks for k in range(a, b)}  # (what the tagger named stays)
        chunks = absorb(chunks, [c for c in cued_names(toks, self._may_be_place) if c[0] not in covered])
        texts = [t.text for t in toks]
        chunks = absorb(chunks, titled_names(texts, chunks, self._types, self._mostly_no_name,
                                             self._mostly_person))
        chunks = absorb(chunks, spokesman_names(texts, chunks, self._types, self._mostly_no_name))
        chunks = absorb(chunks, called_names(doc.text, toks, chunks, self._mostly_no_name))  # "ويدعى كيان اشتر"
        chunks = split_persons(after_title(chunks, texts), texts, self._types)
        chunks = nisba_surname_joins(toks, chunks, self._person_part, self._types)  # "عبدالملك | المخلافي" (U60)
        chunks = self._split_known_orgs(doc, chunks)
        chunks = join_linked_places(toks, chunks)
        chunks = self._place_then_person(toks, chunks)
        chunks = join_hyphen_halves(toks, chunks, self._types)  # "كيم جونغ-أون": one man
        chunks = latin_word_halves(doc.text, toks, chunks)  # "Wi-Fi": one word, not two names
        chunks = korean_names(toks, chunks, self._types, self._mostly_no_name)  # "كيم جونغ أون"
        chunks = join_adjacent_persons(doc.text, toks, chunks, TITLES)  # "كيم | جونغ أون", "حسين | علي | أميري": one man
        # "يعقوب الصراف | لباريس": to Paris; the priors are the evidence, and without them no cut
        # ("ماريو بلمونتي" stays whole)
        chunks = place_after_name(toks, chunks, self._types, lambda w: bool(self._priors()) and self._prior_place(w))
        chunks = country_after_person(toks, chunks, self._state_name)  # "فرانكو إسبانيا": Franco, Spain (U66)
        chunks = verb_before_name(toks, chunks, self._mostly_no_name)  # "وزارت نايدو": she visited (U66)
        chunk_ends = {b for _, b, _ in chunks}
        # last words of the article's full person names ("جون بلمار"): such a word is written
        # whole, so its first letter is the name's, not a preposition, when it stands alone
        surnames = {toks[b - 1].norm for a, b, lab in chunks if lab == "PER" and b - a >= 2}
        # (not ل + another of them: "وودورد لترامب" beside "دونالد ترامب" is to Trump, `dative_cut`)
        surnames -= {n for n in surnames if n[:1] == "ل" and n[1:] in surnames}
        in_chunks = {k for a, b, _ in chunks for k in range(a, b)}  # ("الشيخ | علي بن سعد": another name)
        mission_at: set[int] = set()  # cities after a diplomatic mission, their ب a preposition
        framed_at: set[int] = set()  # starts of persons named in a person's frame ("(24 عاما)")
        verb_led_at: set[int] = set()  # starts of one-word persons the tagger ran a plural verb into
        diseases = disease_eponyms(toks, chunks)  # "مرض باركنسون": an illness, no man (audit U60)
        for a, b, lab in chunks:
            head = a
            ab = (a, b) if (a, b) in untrimmed else self._trim(doc, a, b)
            if ab is None:
                continue
            a, b = ab
            if question_or(toks, a) and not self._types(" ".join(t.text for t in toks[a:b])):
                # "هل أصابه مرض أم تعب": أم is "or"; a listed name after it stays ("هل زار مصر أم السودان")
                if b - a < 2 or not self._types(" ".join(t.text for t in toks[a + 1:b])):
                    continue
                a += 1
            if (model := model_end(toks, b)) is not None:
                b, lab = model, "MISC"  # '"بدر-1"', "إس-400": a model with its number, as gold-dev writes بدر-1
            if lab == "LOC":
                b = whole_tail_end(toks, b)  # "روسيا | البيضاء" → روسيا البيضاء
            if lab == "PER" and self._nationality_tail(toks, a, b):
                b -= 1  # "أبي سمير روسي الجنسية": Russian by nationality, not his name
            framed = person_frame(toks, a, b) if b - a <= 3 else None
            if framed is not None:
                (a, b), lab = framed, "PER"  # "المتهم، عمران علي (24 عاما)": a man, not the province
            if lab == "MISC" and a > 0 and (stem_norm(toks[a - 1].text) in FACILITY_DESCRIPTORS
                                            or a > head and stem_norm(toks[a - 1].text) in PLACE_DESCRIPTORS):
                lab = "LOC"  # "بلدية نابل", "مطار الملك فهد الدولي": the CRF's MISC is a place
            if lab == "ORG" and a > 0 and stem_norm(toks[a - 1].text) in PLACE_DESCRIPTORS \
                    and not self._known_group(doc.text[toks[a].start:toks[b - 1].end]) \
                    and not any("LOCB" in self._types(t.text) for t in toks[a:b]) \
                    and not (b - a >= 2 and _definite_nisba(toks[b - 1].text)):
                # (not "سجن تبريز المركزي", "سجن زاهيدان المركزي": a city and an adjective, which
                # the places stage would not find under the facility's name; news-dev SK-1141)
                lab = "LOC"  # "في سجن الهضبة", "مطار ماركا": the facility a descriptor names is a place (audit U58)
            if lab == "MISC" and b - a >= 2 and worship_head(toks[a].text):
                lab = "LOC"  # "المسجد الأقصى": a named mosque or church is a place, as gold writes المسجد الحرام
            if lab != "LOC" and self._quoted_after_place_word(toks, a, b):
                lab = "LOC"  # 'بمدينة "سوروج"', 'ولاية "بدغيس"': a place whatever the CRF said
            if lab == "PER" and b - a == 1 and toks[a].norm in diseases:
                continue  # "مرض باركنسون", "متلازمة داون": a disease's eponym (audit U60)
            if lab == "PER" and settlement_before(toks, a):
                lab = "LOC"  # "من بلدة كوربس كريستي": a town, not a man (audit U52)
            if lab == "PER" and self._all_place_words([t.text for t in toks[a:b]]):
                lab = "LOC"  # "زار بيونغ يانغ": each word mostly a place's in the news (scan of unseen news)
            if lab == "ORG" and quoted_person(toks, a, b, self._types, self._mostly_person):
                lab = "PER"  # 'ذكرت "هدى القحطاني" معلمة': a woman, not a newspaper (audit U52)
            if b - a == 1 and lone_latin_letter(doc.text, toks[a].start, toks[a].end):
                continue  # "S-400", "آيفون 5S", "فيتامين E": one Latin letter is no name (scan of unseen news)
            if lab == "ORG" and b - a == 1 and enthusiasm(doc.text, toks, a):
                continue  # "سيصوتون «بحماس»": with enthusiasm, not the movement (audit U52)
            if lab in ("LOC", "PER"):
                work = after_work_noun(toks, a)
                if work == "quoted" or (work == "next" and lab == "LOC" and not self._types(
                        " ".join(t.text for t in toks[a:b])) & PLACE_TYPES):
                    lab = "MISC"  # 'فيلمهما الشهير "فارغو"', "في برنامج بوليتكا": a work's name (audit U52)
            if lab == "PER":
                a = latin_lead(toks, a, b)  # "Fury Road توم هاردي": a film's title, then the actor (audit U52)
            if lab in ("ORG", "MISC"):
                b = spelt_letters_end(doc.text, toks, a, b, in_chunks)  # "(سي | آي إيه)" (audit U52)
            if led_by_person([t.text for t in toks[a:b]], self._types):
                a, b, lab = a + 1, a + 2, "PER"  # "قوات صالح (الانقلابية)" → صالح
            if b - a == 1 and (self._group_noun(toks[a].text) or stem_norm(toks[a].text) in NOT_ALONE) \
                    and not (a > 0 and stem_norm(toks[a - 1].text) in AREA_WORDS):  # ("منطقة الريف": the Rif)
                continue  # "الأكراد": peoples are not names (SPEC 2.7); "قاعدة" alone is a base
            if lab == "LOC" and b - a == 1 and harming_noun(toks, a, lambda w: bool(self._types(w) & PLACE_TYPES)):
                continue  # "يريدون النيل منه": harming him, not the Nile
            if b - a == 1 and with_tanween(toks[a].text):
                continue  # "لنظام عبدٍ تابع": an indefinite noun, no name (audit U66)
            if lab == "LOC" and b - a == 1 and diameter(toks, a):
                continue  # "ساعة بقطر 40 ملليمتر": with a diameter of, not Qatar (audit U66)
            if b - a == 1 and sunset_prayer(toks, a):
                continue  # "قتل خاله قبل المغرب": before the sunset prayer, not Morocco
            if lab == "LOC" and b - a == 1 and a > 0 and before_verb(toks[a - 1].text):
                continue  # "عندما عدن إلى العمل": when they returned, not Aden (a verb follows these)
            if b - a == 1 and a > 0 and garden_of_eden(toks[a - 1].text, toks[a].text):
                continue  # "بجنات عدن": the Garden of Eden, not Aden (audit U60)
            if lab == "LOC" and b - a == 1 and self._accusative_noun(toks, a):
                continue  # "حصارا جويا وبحريا وبريا", "بريدا إلكترونيا": a noun, not Bria or Breda
            if b - a == 1 and self._listed_demonym(toks, a):
                continue  # "فرنسيون وألمان": a people in a list of peoples, not a man named ألمان
            if lab == "PER" and plural_nisba(toks[b - 1].text) and self.actors.lookup(toks[b - 1].text) is None:
                continue  # "الخبراء الاكتواريون", "أماني الاتحاديين" (the fans' hopes): people, no one's name (U50)
            if lab == "LOC" and b - a == 1 and boys_beside_girls(toks, a):
                continue  # "للأندية الموسمية (بنين - بنات)": boys and girls, not Benin (audit U50)
            if (lab in ("LOC", "PER") and b - a == 1
                    and dual_verb(toks[a].text, self._mostly_no_name, lambda w: self._prior_hit(w) is not None)):
                continue  # "جاءت ناسا والوكالة وسألتا": the two asked, not Salta (audit U56)
            if lab == "LOC" and b - a == 1 and always_not_douma(toks, a):
                continue  # "تقف دوما مع الإجماع": always (دوماً), not the town of Douma (audit U50)
            if lab in ("LOC", "PER") and b - a == 1 and elative_of(toks, a):
                continue  # "وكبرى مدنها الموصل": the greatest of its cities, not a village (audit U62)
            if union_with_nationality(toks, a, b, self._types):
                continue  # "سكرتير الاتحاد الكويتي": a federation and a nationality (SPEC 2.1; audit U50)
            if lab in ("PER", "MISC") and a > 0 and adjective_after_act(toks[a - 1].text, [t.text for t in toks[a:b]],
                                                                        self._mostly_no_name):
                continue  # "قصف جوي تركي", "بيان رسمي": the act's adjectives, no name
            if lab == "ORG" and b - a == 1 and a > 0 and adjective_after_noun(toks[a - 1].text, toks[a].text):
                continue  # "التمرد الحوثي", "القيادي الحوثي": an adjective, not the group
            if lab == "LOC" and b - a == 1 and a > 0 and country_nisba(toks[a - 1].text, toks[a].text,
                                                                       counted(toks, a - 1)):
                continue  # "طرد 23 دبلوماسيا روسيا": a Russian diplomat, not Russia
            if lab == "MISC" and b - a == 1 and self._mostly_no_name(toks[a].text) and not _quoted_token(toks, a):
                continue  # "معجنات بيونغيانغ": a common noun the priors saw untagged (audit U48)
            if lab == "LOC" and b - a == 1 and of_origin(toks, a):
                continue  # "اعتقلت الشرطة إيطاليا من أصل مغربي": an Italian, not Italy (audit U48)
            if lab == "PER" and mission_city(toks, a, self._types):
                b, lab = a + 1, "LOC"  # "القنصلية التونسية ببالارمو": the consulate in Palermo (audit U56)
                mission_at.add(a)  # (the words the tagger ran on, "ببالارمو تتوليان", are the verb's)
            if lab in ("PER", "LOC", "MISC") and b - a >= 2 and club_name([t.text for t in toks[a:b]]):
                lab = "ORG"  # "بلاكبيرن روفرز", "ليدز يونايتد": the club (audit U58)
            if lab == "ORG" and b - a == 1 and self._person_not_group(toks[a].text):
                lab = "PER"  # "إدارة أوباما": the man, whom the tagger reads as the administration
            if lab == "LOC" and b - a == 2 and self._given_then_surname(toks[a].text, toks[a + 1].text):
                lab = "PER"  # "إسرائيل كاتس": a country's name that is a given name, then a surname
            if (lab in ("LOC", "MISC") and b - a <= 2 and a > 0 and norm_key(toks[a - 1].text) in _RANKS
                    and not self._types(" ".join(t.text for t in toks[a:b])) & PLACE_TYPES):
                lab = "PER"  # "الأميرال بيتورينو": a rank is followed by a man, not an unlisted place
            if lab == "MISC" and after_venue_word(toks, a):
                lab = "LOC"  # "على ملعب سانتياجو برنابيو": the stadium, a place (audit U50)
            if (lab in ("ORG", "PER") and b - a == 1 and a > 0 and norm_key(toks[a - 1].text) in _BEARINGS
                    and "LOCB" in self._types(toks[a].text) and not self._types(toks[a].text) & {"ORG"}):
                lab = "LOC"  # "شرقي سول": east of Seoul, not the club the priors know (audit U48)
            if (lab == "PER" and b - a == 1 and a > 0 and norm_key(toks[a - 1].text) in _RESIDENTS
                    and self._types(toks[a].text) & PLACE_TYPES):
                lab = "LOC"  # "من سكان خضيرة بمحافظة ضمد": residents of a village (audit U48)
            if lab == "LOC" and b - a == 1 and called_name(toks, a, self._types):
                lab = "PER"  # "اقعدي يا هند": a woman called by her name, not India (audit U66)
            if b - a == 1 and leader_alone(toks[a].text):
                lab = "PER"  # "هجوم الحوثي": the man; "جماعة الحوثي" is the group
            if lab == "LOC" and b - a >= 2 and academic_head(toks[a]):
                lab = "ORG"  # "جامعة نورث كارولينا": the university, not the state it is named after (U66)
                if b - a >= 3 and "NAT" in self._types(toks[b - 1].text):
                    b -= 1  # "… الأمريكية": the country's adjective describes it, as after a place
            if lab == "LOC" and b - a >= 2 and self._place_then_adjective(toks[a:b]):
                b -= 1  # "منبج السورية": the adjective is not part of the name (SPEC 2.1)
            while lab == "ORG" and b - a >= 2 and norm_key(toks[b - 1].text) in _ORG_EPITHETS:
                b -= 1  # "لاعب نادي الاتفاق السابق": the former player, not the club's name
            if lab == "ORG" and b - a >= 2 and self._type_before_armed_group(doc.text, toks, a, b):
                a += 1  # "منظمة القاعدة" → القاعدة, as "تنظيم القاعدة" (SPEC 2.7); "منظمة بدر" is listed whole
            while lab == "ORG" and b - a >= 3 and self._party_then_adjective(toks[a:b]):
                b -= 1  # "حزب الأمة القومي السوداني" → حزب الأمة القومي
            if lab == "ORG" and b - a >= 2:
                a, b = self._outlet_then_nisba(toks, a, b)  # "وكالة الاناضول التركية" → الاناضول
            if lab == "ORG" and "NAT" in self._types(toks[b - 1].text) \
                    and disagreeing_nisba(toks, a, b, self._armed_group):
                b -= 1  # "ميليشيات حزب الله الإيرانية": the militias are Iran's, the name is حزب الله (U66)
            b = before_platform(toks, a, b)  # "سكوت على تويتر" → سكوت (audit U60)
            if lab == "PER":
                b = self._before_told_outlet(toks, a, b)  # "المالكي لبي بي سي", "بشار الأسد لرويترز"
                a, b = dative_cut(toks, a, b, surnames, self._types)  # "وودورد لترامب", "لترامب غاري كوهين" (U58)
            while lab == "PER" and b - a >= 2 and not_name_word(toks[b - 1].text, self._types(toks[b - 1].text)):
                b -= 1  # "ميشال عون الخميس", "صالح بالقرب", "وليام صباحا", "إلكين ينظران"
            if lab == "PER":
                a = in_favour_start(toks, chunks, a, b)  # "لصالح ترامب": in favour of Trump (audit U52)
            while b - a >= 2 and "".join(ch for ch in toks[a].text if not is_mark(ch)) in LEADING_PARTICLES:
                a += 1  # "بأن أحمد منصور حسان" → أحمد منصور حسان
            if b - a == 1 and "".join(ch for ch in toks[a].text if not is_mark(ch)) in LEADING_PARTICLES:
                continue  # "فإن | الوزير غندور" cut at the title: the particle (which keys as فان, van) is no name
            verb_led = lab == "PER" and b - a == 2 and plural_verb(toks[a].text)
            if lab == "PER":
                a, b = person_edges(toks, a, b, self._types)  # "عين سيري ميكونن", "البكر سالم", "أسد | الله أسدي"
            if lab == "PER" and b - a == 1 and self._given_after_title(doc.text, toks, a):
                a -= 1  # "الجنرال راي اوديرنو": the tagger read the given name as a word (رأي)
            while (b - a >= 2 and norm_key(toks[b - 1].text) in ENDING_PARTICLES
                   and not all(len(t.text) <= 3 for t in toks[a:b])  # (spelt letters: "بي إف إم تي في")
                   and not (lab == "PER" and _ali_name(doc.text, toks[b - 1].text))):
                b -= 1  # "حركة الجمهورية إلى الأمام": no name ends in a preposition
            if lab == "PER" and b < len(toks) and _ali_name(doc.text, toks[b].text) and b not in in_chunks \
                    and not doc.text[toks[b - 1].end:toks[b].start].strip():
                b += 1  # "والمحامي خالد | علي.": the tagger stops before the name it reads as على
            if framed is not None:
                b = max(b, framed[1])  # "عمران علي (24 عاما)": علي before the age is a name, not على
            if (lab == "PER" or lab == "LOC" and b - a >= 2) and b < len(toks) \
                    and (norm_key(toks[b - 1].text) in NAME_LINKS or norm_key(toks[b - 1].text) == "ابو") \
                    and is_arabic(toks[b].text) and doc.text[toks[b - 1].end:toks[b].start].strip() == "":
                # (a place named after a man too, "بمسجد الحسين بن | علي" (audit U60) — not the
                # city فان alone, "مدينة فان | شرق تركيا": Van, whose name is the particle)
                b += 1  # "أنييس فون دير | مول": a name does not end in its linking particle
            if lab == "PER" and b - a >= 2 and a > 0 and toks[a - 1].text == ALI:
                a -= 1  # "علي عبدالله صالح": the tagger folds علي into على (on) and leaves it out
            elif lab == "PER" and a > 0 and abd_name(toks[a - 1].text):
                a -= 1  # "عبدربه منصور هادي": a compound name's first word the tagger left out
            elif lab == "PER" and b - a == 1 and self._given_before(doc.text, toks, a):
                a -= 1  # "الأيزيدية، نادية | مراد": a given name after a comma the tagger left out
            elif lab == "PER" and a >= 1:
                a = lineage_start(toks, a, self._types, in_chunks - set(range(head, b)))  # "مشاعل بنت | عبدالمحسن"
            b -= formula_tail([t.text for t in toks[a:b]])  # "عبدالعزيز | طيب الله ثراه"
            if b <= a:
                continue  # "رضوان الله عليهم", "بحمد الله": a formula, no name
            if b - a == 1 and stem_norm(toks[a].text) in NUMBER_WORDS:
                continue  # "بينهم ستون نصرانياً": trimmed down to a number word
            if b - a == 1 and generic_noun(toks[a].text) and not _quoted_token(toks, a):
                continue  # "بالمديرية ذاتها", "على الحدود السورية": a common noun, not «المدينة»
            first = toks[a]
            whole = whole_head_start(toks, a)
            if whole is not None:
                a, start = a - 1, whole  # "إقليم" + "كردستان العراق"
            elif a == head and a in org_starts and lab == "ORG":
                start = org_starts[a]
            elif a == head and a in lex_starts and lab == "ORG":
                start = lex_starts[a]
            elif a in mission_at:
                start = after_letters(first, 1)  # "ببالارمو": the preposition is no part of the city
            elif after_construct_place(toks, a):
                start = first.start  # 'منطقة "بالامرغاب"', "ومدينة لاتينا": the letter is the name's
            else:
                # a name right before: "الحوثي وصالح", "مصر وبريطانيا" — و joins two names
                after_name = a > 0 and (a in chunk_ends or bool(self._types(toks[a - 1].text) & NAMED_TYPES))
                start = (mention_start(first, self._types, doc_words, " ".join(t.text for t in toks[a + 1:b]),
                                       after_name=after_name, surname=first.norm in surnames,
                                       in_news=self._in_news,
                                       after_nationality=a > 0 and _definite_nisba(toks[a - 1].text)
                                       and self._nat(toks[a - 1].text))
                         if is_arabic(first.text) else first.start)
            end = toks[b - 1].end
            if start == first.start and b - a >= 2 and written_without_letter(doc.text, first, end):
                start = after_letters(first, 1)  # "لحسن نصر الله" beside "حسن نصر الله" (audit U60)
            if end <= start or norm_key(doc.text[start:end]) in NOT_NAMES or a_base(doc.text, start, end):
                continue
            kept = whole_name(doc.text[start:end])
            if kept and WHOLE_HEADS[kept] is None and _quoted(doc.text, start, end):
                lab = "ORG"  # «الشرق الأوسط»: a title in quotation marks is the newspaper
            lab = (WHOLE_HEADS[kept] if kept else None) or lab
            if lab == "LOC" and agency_name(doc.text, start):
                lab = "ORG"  # وكالة أنباء فارس: Fars News Agency, not the province
            if lab in ("ORG", "MISC") and not _quoted(doc.text, start, end) and self._country_name(doc.text[start:end]):
                lab = "LOC"  # "ساحل العاج", "دولة الإمارات العربية المتحدة": a country is a place (SPEC 2.1)
                if b - a >= 2 and norm_key(toks[a].text) == _STATE_DESCRIPTOR and start == toks[a].start:
                    start = toks[a + 1].start  # "دولة | الكويت", as a place's descriptor comes off
            # the words before trimming name the actor when the lexicon has only them
            # ("حركة الشباب" → mention الشباب, actor shabaab)
            alias = doc.text[toks[head].start:end] if a > head else None
            end = closing_quote(doc.text, start, end)
            spans.append((Span(start, end, doc.text[start:end]), lab, alias))
            if framed is not None:
                framed_at.add(start)
            if verb_led and b - a == 1:
                verb_led_at.add(start)  # "يضايقون | الساعدي": the tagger's two words, a name all the same
        spans = self._pairs(doc, spans)
        spans += dateline_outlets(doc.text, spans)
        spans = quoted_orgs(doc.text, told_outlets(doc.text, spans))
        spans = spelt_outlets(doc.text, spans, self._known_name, self._nat)  # "أن بي سي نيوز" (audit U56)
        spans = outlet_services(doc.text, spans)  # "سكاي نيوز عربية" (audit U56)
        spans = type_before_listed(doc.text, spans, self._listed, self._mostly_no_name)  # "وكالة رويترز" (U56)
        spans = club_nationality(spans, self._nat)  # "ليفربول الإنكليزي" beside "ليفربول" (audit U56)
        spans = dotted_letters(doc.text, spans, self._listed)  # "(سي.إن.إن)" (audit U56)
        spans = type_then_alias(doc.text, spans)  # "حزب بي كيه كيه" after "… (بي كيه كيه)"
        spans = short_force_names(doc.text, spans)  # "سوريا الديمقراطية" after "قوات سوريا …"
        spans = short_alias_names(doc.text, spans, lambda s: self.actors.lookup(s) is not None)  # "الحشد"
        spans = family_after_person(toks, spans, self._nat)  # "حسين | العباسي" … "وأبرز العباسي" (U56)
        spans = participle_tail(spans)  # "وظل مالك مصدوما" beside "سجاد مالك" (audit U56)
        spans += self._surnames(doc, spans, framed_at, verb_led_at)
        spans += self._repeats(doc, spans)
        spans = family_after_patronym(doc.text, spans)  # "خالد بن مساعد السهلي" (audit U54)
        spans += places_again(doc.text, toks, spans)  # "في جبهة الملاحيظ" after "منطقة الملاحيظ" (audit U54)
        spans = without_tatweel(spans)  # "والتيفورـ" → التيفور (audit U60)
        spans = prefixed_places(doc.text, spans)  # "وساوث | كارولاينا" → ساوث كارولاينا (audit U62)
        entities = group_entities(join_split_names(doc.text, spans), self.actors, doc.text)
        clubs(doc, entities, self._nat)
        for e in entities:
            if e.actor is not None and bound_elsewhere([m.text for m in e.mentions], doc.text):
                e.actor = None  # "قوات مكافحة الإرهاب" in Aden: not Iraq's CTS
        # generic mentions leave their entity ("وزارة الدفاع الأميركية" beside "البنتاغون"), and
        # an entity left with none goes; they are still actors and speakers: the events stage
        # reads them from here (never serialised)
        institutions = []
        for e in entities:
            generic = self._generic_mentions(e)
            if generic:
                institutions += [(m.start, m.end, e.actor.code if e.actor else None) for m in generic]
                e.mentions = [m for m in e.mentions if m not in generic]
        doc.entities = [e for e in entities if e.mentions]
        doc.extras[INSTITUTIONS] = institutions
        return doc

    def _nat(self, word: str) -> bool:
        """The name lists give the word as a nationality adjective."""
        return "NAT" in self._types(word)

    def _known_name(self, text: str) -> bool:
        """A name list or the actor lexicon has the text."""
        return bool(self._types(text)) or self.actors.lookup(text) is not None

    def _state_name(self, word: str) -> bool:
        """The word is a state's listed name ("إسبانيا"): the actor lexicon gives it a country's
        code and the name lists a place's type (not "هند", a woman's name the lexicon folds into الهند)."""
        hit = self.actors.lookup(word)
        return hit is not None and hit[1] is None and len(hit[0]) == 3 and bool(self._types(word) & PLACE_TYPES)

    def _armed_group(self, text: str) -> bool:
        """The text is a listed armed group's name ("حزب الله"; not a firm, "أرامكو")."""
        hit = self.actors.lookup(text)
        return hit is not None and hit[1] is not None

    def _known_group(self, text: str) -> bool:
        """The name lists give the text as an organisation, or the actor lexicon has it."""
        return "ORG" in self._types(text) or self.actors.lookup(text) is not None

    def _listed(self, text: str) -> bool:
        """The actor lexicon has the text."""
        return self.actors.lookup(text) is not None

    def _big_place_whole(self, head: str, rest: list[str]) -> bool:
        """The descriptor word is part of a big place's own name when the lists know the whole
        as one and not the rest alone: "مضيق جبل طارق" → جبل طارق (Gibraltar; طارق alone is a
        man), as SPEC 2.7 keeps قطاع غزة whole (audit U56). Only جبل: an admin unit's listed
        name with its type word ("مديرية التحيتا") still gives the bare name."""
        return head == _MOUNT and bool(rest) and "LOCB" in self._types(" ".join([head] + rest)) \
            and "LOCB" not in self._types(" ".join(rest))

    def _generic_mentions(self, e) -> list:
        """SPEC 2.1: an institution named by a common noun is no entity, even with a country
        ("الجيش الإسرائيلي", "قوات النظام", "وزارة الدفاع السعودية", "التحالف العربي",
        "البنك المركزي") — the events stage still reads them (doc.extras[INSTITUTIONS]). A
        listed non-state group (الجيش السوري الحر, جيش الإسلام, البنك الدولي) or a name with a
        proper noun in it (قوات سوريا الديمقراطية) stays."""
        code = e.actor.code if e.actor is not None else None
        if e.label != "ORG" or (code and code[3:] not in STATE_ROLES and code != "BUS"):
            return []  # a listed non-state group: "جيش الإسلام" (SYRREB); a business is common
        return [m for m in e.mentions if self._generic_phrase(m.text)]

    def _generic_phrase(self, text: str) -> bool:
        words = text.split()
        if kind_of_body(words, self._types):
            return True  # "جامعة ألمانية", "المنظمة الدولية": a kind of body, no name (audit U58)
        head = norm_key(words[0]) if words else ""
        # (after a contracted لل: "لجيش السوري", and "لتحالف العربي" of "للتحالف")
        if head not in GENERIC_HEADS and head[1:] not in GENERIC_HEADS and "ال" + head[1:] not in GENERIC_HEADS:
            return False
        if len(words) > 4:
            return False
        for w in words[1:]:
            if norm_key(w) == "بقياده":
                return True  # "التحالف بقيادة السعودية": a generic body and who leads it
            types = self._types(w)
            if types & NAMED_TYPES and "NAT" not in types:
                return False  # a proper name inside: "قوات سوريا الديمقراطية"
            if not norm_key(w).startswith("ال"):
                return False  # an indefinite word: a name ("جيش محمد") or a construct
        return True


def _definite_nisba(word: str) -> bool:
    """A definite relative adjective: "المركزي", "الدولية"."""
    key = norm_key(word)
    return word.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 4


def _resource_path(resources, name: str):
    if resources is None:
        try:
            from rasd.resources import Resources
            resources = Resources()
        except Exception:  # noqa: BLE001
            return None
    try:
        return resources.path(name)
    except Exception:  # noqa: BLE001
        return None


@register_stage("ner")
def make_ner(config: dict, resources=None) -> NerStage:
    config = config or {}
    if resources is None:
        try:
            from rasd.resources import Resources
            resources = Resources()
        except Exception:  # noqa: BLE001
            resources = None
    model = NerModel.load(config.get("model_dir"), resources=resources,
                          use_gazetteer=config.get("gazetteer", True))
    actors = ActorLexicon.load(_resource_path(resources, ACTOR_RESOURCE))
    stage = NerStage(model, actors)
    # The model and lexicons live as long as the process: moved out of the collector's view,
    # a full collection no longer walks their large tables (dicts of millions of references)
    # each time it runs while articles are tagged (~5% of the stage's time on news-dev).
    gc.freeze()
    return stage
