"""Actor rules of physical acts (SPEC 2.6): protesters, fire and weapons, whose are the
struck objects and sites, doers joined by و and the subject of a relative verb of waging."""
from __future__ import annotations

from typing import Sequence

from rasd.lang.words import PRONOUN_SUFFIXES
from rasd.model.document import Document
from rasd.model.span import ArgSpan
from rasd.stages.event_mentions import CLAUSE_BREAKS, RELATIVES, bare_word, clause_bounds
from rasd.stages.event_candidates import (COMMAS, JOINED, PASSIVE_ROLES, PLAIN_THAT, PREPOSITIONS, Candidate, close_by,
                                          is_passive, role_of, same_one, word_forms, word_forms_before)
from rasd.stages.event_detect import NUMBER_WORDS, Trigger, candidates, key
from rasd.stages.event_filters import PHYSICAL
from rasd.stages.event_nominals import DEMONYMS, nominal_table
from rasd.stages.event_source import LEAD_VERBS, told_to
from rasd.text.conj import without_conjunction


# People named as protesting (key forms, ال dropped). Not "محتجزين" (the detained).
_PROTESTERS = frozenset({"متظاهر", "متظاهرون", "متظاهرين", "متظاهرا", "متظاهره", "متظاهرات",
                         "محتج", "محتجون", "محتجين", "محتجا", "محتجه", "محتجات"})


def _reporter_of(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"وأعلن النائب العام X، عن اعتقال … ممن خرجوا في احتجاجات السوق": the subject of the
    reporting verb that opens the sentence tells of the protest; it protests only when the
    protest is what it announces, right after it ("أعلن الاتحاد إضرابا عاما")."""
    if not tokens or bare_word(tokens[0].norm) not in LEAD_VERBS:
        return False
    _lo, hi = clause_bounds(tokens, 0, 0)  # the opening clause: the verb and its subject
    return tokens[1].start <= c.span.start and c.span.end <= tokens[min(hi, 8) - 1].end \
        and not close_by(tokens, c.span.end, trig.start, 3)


_FORCES = ("MIL", "POL", "SPY")


def _behind_lam(tokens: Sequence, c: Candidate) -> bool:
    """"النقابة الوطنية لقوات الامن": behind لـ the forces own what acts (their union protests)."""
    tok = next((t for t in tokens if t.start <= c.span.start < t.end), None)
    if tok is None or not tok.text.lstrip("وف").startswith("ل"):
        return False
    # the mention starts after the proclitic, or holds it ("لقوات الامن" matched as "قوات الامن")
    return c.span.start > tok.start or tuple(key(w) for w in c.span.text.split()) not in nominal_table()


def _protester(c: Candidate) -> bool:
    return any(f in _PROTESTERS for f in word_forms(c.span.text.split()[-1]))


def protest_roles(tokens: Sequence, trig: Trigger, everywhere: list[Candidate],
                  actors: list[Candidate], targets: list[Candidate], *, noun: bool = False
                   ) -> tuple[list[Candidate], list[Candidate]]:
    """SPEC 2.6: the protesters initiate a protest. The role table calls them civilians, so they
    land among the victims; with protesters named in the sentence ("تجمع المحتجون …، واستخدمت
    القوات الأمنية الغاز لتفريق المحتجين") the one nearest the trigger is the actor — not the
    police who disperse them, nor the official who reports it — and none is a target."""
    protesters = [c for c in everywhere if _protester(c)]
    if not protesters:
        # security forces face a protest, they never stage one ("قمعت قوات الاحتلال مسيرة",
        # "أطلق الجيش الإسرائيلي النار على المتظاهرات"): the one it meets, not its actor
        kept = [a for a in actors if not _reporter_of(tokens, trig, a)]
        forces = [a for a in kept if role_of(a) in _FORCES and not _behind_lam(tokens, a)]
        # a government stages no street protest or strike either ("تظاهرات … تطالب بمحاسبة رئيس
        # الحكومة"), nor is it surely their target; it may lodge a protest with a verb ("واحتجت
        # إيران لدى السفير"), so only after a noun
        rulers = [a for a in kept if noun and role_of(a) == "GOV" and not _behind_lam(tokens, a)]
        return [a for a in kept if a not in forces and a not in rulers], \
            forces + [t for t in targets if not any(same_one(f, t) for f in forces)]
    pick = min(protesters, key=lambda c: (abs(c.span.start - trig.start), c.span.start))
    return [pick], [t for t in targets if not _protester(t) and not same_one(pick, t)]


_FIRE = frozenset({"النار", "الرصاص", "اعيره"})


def fire_gap(tokens: Sequence, trig: Trigger) -> bool:
    """"فتح مسلحون النار", "أطلقت القوات أعيرة": the words between the verb and what it fires are
    its subject (other gapped attacks hold the victim: "طعن رجلا حتى الموت")."""
    return trig.last - trig.first >= 2 and bool(_FIRE.intersection(word_forms(tokens[trig.last].text)))


# Places of a side that attacks strike (key forms): "مواقع X" names X's positions
_SITES = frozenset(key(w) for w in (
    "مواقع", "موقع", "مقر", "مقرات", "تجمعات", "تجمع", "معاقل", "معقل", "مخازن", "مراكز", "ثكنات",
    "اوكار", "تحصينات", "آليات", "دوريات", "دورية", "قواعد", "منازل"))


def object_owner(doc: Document, tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"هجوم استهدف حافلة لقوات الدرك", "استهدفت غارات تجمعات للحوثيين": behind the proclitic لـ
    and words after a physical trigger, a candidate owns the object, it is not the subject. Right
    after the trigger لـ often names the doer ("قصف مدفعي للجيش اليمني") and a verbal act's
    "الأمين العام للأمم المتحدة" stands for its body: both unchanged."""
    tok = next((t for t in tokens if t.start <= c.span.start < t.end), None)
    if tok is None or trig.type not in PHYSICAL or tok.start <= tokens[trig.last].end \
            or close_by(tokens, trig.end, tok.start, 0):
        return False
    prev = [t for t in tokens if t.end <= tok.start][-1]
    if _SITES.intersection(candidates(prev.norm)) and tok.start == c.span.start:
        return True  # "قصف مواقع المسلحين", "استهدفت تجمعات الحوثيين": the sites' owner is struck
    if candidates(prev.norm)[-1].endswith(("ي", "يه")):
        return False  # "قصف عشوائي للحوثيين", "قصف مدفعي للجيش": the trigger's adjective, then its doer
    word = doc.text[tok.start:tok.end]
    word = without_conjunction(word)
    if word.startswith("لل"):
        return True  # ("للحوثيين": لـ + الحوثيين)
    head = doc.text[tok.start:c.span.start].lstrip("وف")
    if head == "ل":
        return True  # the mention starts after the proclitic: "لحزب العمال"
    if head or not word.startswith("ل"):
        return False
    forms = [key(w) for w in c.span.text.split()]  # a nominal matched without its ل: "لقوات"
    return forms[0].startswith("ل") and (forms[0][1:], *forms[1:]) in nominal_table() \
        and tuple(forms) not in nominal_table()


def reported_clause(tokens: Sequence, c: Candidate, trig: Trigger) -> bool:
    """"وقال الضابط بالجيش الصومالي لرويترز إن الهجوم وقع": a candidate before إن/أن speaks; the
    physical act after it sits in what is reported (a talk or a call the speaker reports is as
    often his own: "وأشار الوزير إلى أنه أجرى لقاء")."""
    return trig.type in PHYSICAL and any(t.text.lstrip("وف") in PLAIN_THAT or t.norm in PLAIN_THAT
                                         for t in tokens if c.span.end <= t.start and t.end <= trig.start)


def conjoined_doers(doc: Document, trig: Trigger, actors: list[Candidate], victims: list[Candidate],
                    after: list[Candidate]) -> tuple[list, list, list]:
    """"هجمات شنتها قوات مكافحة الشغب وقوات خاصة", "ورحبت حركتا حماس والجهاد الإسلامي": a
    candidate joined to the last actor by و, of the same role, acts with it; it is no target.
    A verbal act's unnamed pair after a subject-less verb is its object ("كما حض الحكومة ومجلس
    الأمة"), so there both must be named."""
    if not actors or role_of(actors[-1]) is None:
        return actors, victims, after
    last = actors[-1]
    nxt = next((c for c in after + victims if c.span.start > last.span.end), None)
    if nxt is None or role_of(nxt) != role_of(last) \
            or (trig.type not in PHYSICAL and (last.span.entity is None or nxt.span.entity is None)):
        return actors, victims, after
    between = doc.text[last.span.end:nxt.span.start]
    before = word_forms_before(doc.text, last.span.start, 1)
    two_sides = bool(before) and "بين" in before[-1]  # "اشتباكات بين الجيش وقوات المعارضة"
    if not JOINED.match(between) or two_sides or any(key(w) in PREPOSITIONS for w in between.split()[:-1]):
        return actors, victims, after
    return actors + [nxt], [v for v in victims if v is not nxt], [a for a in after if a is not nxt]


# verbs of a mutual act (forms VI and VIII): their subjects joined by و do it together
_MUTUAL = frozenset(key(w) for w in (
    "اتفق", "اتفقت", "اتفقا", "اتفقتا", "اجتمع", "اجتمعت", "اجتمعا", "التقى", "التقت", "التقيا", "تباحث",
    "تباحثت", "تباحثا", "تفاوض", "تفاوضت", "تشاور", "تشاورت", "توافق", "توافقت", "تصالح", "تصالحت"))


def mutual_subjects(doc: Document, trig: Trigger, actors: list[Candidate],
                    after: list[Candidate]) -> tuple[list, list]:
    """"واتفق كيم وترامب على القمة", "اجتمع الوزير X والسفير Y": after a verb of a mutual act,
    the named party joined by و to the named subject right after the verb acts with it (it
    had been its target). A subject before the verb or an object past words is left alone."""
    if len(actors) != 1 or trig.last != trig.first or actors[0].span.entity is None:
        return actors, after
    verb = doc.text[trig.start:trig.end]
    verb = verb[1:] if verb[:1] in "وف" and key(verb[1:]) in _MUTUAL else verb
    if key(verb) not in _MUTUAL or doc.text[trig.end:actors[0].span.start] != " ":
        return actors, after
    nxt = next((c for c in after if c.span.start > actors[0].span.end), None)
    if nxt is None or nxt.span.entity is None or doc.text[actors[0].span.end:nxt.span.start] != " و":
        return actors, after
    return actors + [nxt], [c for c in after if c is not nxt]


# meeting nouns (key forms) whose genitive names who met: "قمة السيسي والعاهل الأردني"
_MEETINGS = frozenset({"قمه", "لقاء", "اجتماع", "محادثات", "مباحثات"})


def meeting_parties(doc: Document, trig: Trigger, after: list[Candidate]) -> list[Candidate]:
    """"إن قمة السيسي والعاهل الأردني تناولت": two parties joined by و right after a meeting
    noun are its genitive — who met (the speaker who tells of it is no party). One party after
    the noun ("اجتماعا مع السفير") is left to the other rules."""
    if trig.type != "CONSULT" or trig.last != trig.first or len(after) < 2:
        return []
    noun = doc.text[trig.start:trig.end]
    noun = noun[1:] if noun[:1] in "وف" and key(noun[1:]) in _MEETINGS else noun
    first, second = after[0], after[1]
    if key(noun) not in _MEETINGS or doc.text[trig.end:first.span.start] != " " \
            or doc.text[first.span.end:second.span.start] != " و":
        return []
    return [first, second] if all(c.span.entity or c.institutional for c in (first, second)) else []


# relative verbs of waging with the trigger as their object ("غارات شنتها مقاتلات التحالف"):
# their subject is the trigger's doer; "استهدفت" takes the target as its object, so is none
WAGING = frozenset({"شنتها", "شنها", "شنه", "شنوه", "شنوها", "نفذتها", "نفذها", "نفذه", "نفذوها", "اطلقتها", "اطلقها",
                    "شنته", "نفذته", "اطلقته",  # (a feminine doer of a masculine act: "القصف الذي شنته قوات")
                    "اطلقتهما", "اطلقهما", "اطلقوهما", "شنتهما", "شنهما", "نفذتهما", "نفذهما",  # (two fired)
                    # an ambush laid: "كمين نصبه جهاديون"
                    "نصبه", "نصبها", "نصبته", "نصبتها", "نصبوه", "نصبوها"})
# verbs of imposing or directing with the trigger as their object after الذي/التي ("الحصار الذي
# فرضته عليهم المليشيات", "العقوبات التي فرضتها واشنطن", "الاتهامات التي وجهها المحتجون")
_IMPOSING = frozenset({"فرضه", "فرضته", "فرضها", "فرضوه", "فرضوها", "يفرضه", "يفرضها", "تفرضه", "تفرضها",
                       "وجهه", "وجهها", "وجهته", "وجهتها", "وجهوه", "وجهوها"})


def waged_by(tokens: Sequence, trig: Trigger, after: list[Candidate]) -> Candidate | None:
    """The subject of a relative verb of waging right after the trigger ("غارات شنتها"), or after
    a relative pronoun on it ("الغارة التي شنتها", "الحصار الذي فرضته"): the owner of the first
    noun after the verb when one follows it, else a named one, else the first."""
    k = _definite_adjectives(tokens, trig, _past_adjectives(tokens, trig.last + 1))
    verbs = WAGING
    if k + 1 < len(tokens) and tokens[k].norm in RELATIVES:
        k, verbs = k + 1, WAGING | _IMPOSING
    if k >= len(tokens) or not verbs.intersection(candidates(tokens[k].norm)):
        return None
    near = [c for c in after if close_by(tokens, tokens[k].end, c.span.start, 2)]
    if len(near) > 1 and near[1].span.start - near[0].span.end <= 1:
        return near[1]  # "مقاتلات التحالف": the coalition's aircraft, the coalition acts
    return next((c for c in near if c.span.entity or c.span.code), near[0] if near else None)


def _past_adjectives(tokens: Sequence, k: int) -> int:
    """"صاروخين باليستيين، أطلقتهما مليشيات الحوثي": the waging verb may follow the weapon's nisba
    adjectives (up to two) and one comma; the index of the first word past them (k if none)."""
    j = k
    while j < len(tokens) and j - k < 2 and candidates(tokens[j].norm)[-1].endswith(_NISBA_ENDS):
        j += 1
    if j > k and j + 1 < len(tokens) and tokens[j].norm in COMMAS:
        j += 1
    return j if j > k and j < len(tokens) and WAGING.intersection(candidates(tokens[j].norm)) else k


def _definite_adjectives(tokens: Sequence, trig: Trigger, k: int) -> int:
    """"الحصار الخانق الذي فرضه", "القصف العنيف الذي شنته": a definite act noun takes no
    genitive with ال, so up to two ال-words right after it are its adjectives when a relative
    pronoun follows them; the index of that pronoun (k when the trigger is not so followed)."""
    if k != trig.last + 1 or not any(f.startswith("ال") for f in candidates(tokens[trig.last].norm)[:-1]):
        return k
    j = k
    while j < len(tokens) and j - k < 2 and tokens[j].norm.startswith("ال") and tokens[j].norm not in RELATIVES:
        j += 1
    return j if j > k and j + 1 < len(tokens) and tokens[j].norm in RELATIVES else k


# verbs of stopping what was fired (key stems): their subject is the defender, not the one hit
_INTERCEPTING = ("اعترض", "تصد", "اسقط", "تعترض", "يعترض")


def intercepted(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"اعترضت قوات الدفاع الجوي صاروخين، أطلقتهما مليشيات الحوثي": the subject of an
    intercepting verb right before it stopped the weapons — it is neither their firer nor hit."""
    before = [t for t in tokens[:trig.first] if t.end <= c.span.start][-4:]
    return any(f.lstrip("و").startswith(_INTERCEPTING) for t in before for f in candidates(t.norm))


_NISBA_ENDS = ("ي", "يه", "يين", "يان", "يتين", "يتان", "يات")


# Nouns of what is fired or dropped (key forms): their genitive is who fires it ("قذائف الحوثي"),
# where a verbal noun's genitive is as often its object ("قصف المدينة", "استهداف الحوثيين")
_WEAPONS = frozenset({"غارات", "غاره", "قذائف", "قذيفه", "صواريخ", "صاروخ", "رصاص", "نيران", "ضربات",
                      "ضربه"})


MEANS_REACH = 12  # words from an outcome trigger to "بنيران X" in its clause


def means_owner(tokens: Sequence, trig: Trigger, after: list[Candidate]) -> Candidate | None:
    """"مقتل نحو ستين فلسطينيا وجرح أكثر من ألفين بنيران الجيش الإسرائيلي": the party right after
    بـ + a weapon noun later in the trigger's clause fired it — the doer, not one hit (the
    trigger's own weapon noun is weapon_owner's)."""
    if trig.type != "ASSAULT" or not after:
        return None
    for k in range(trig.last + 1, min(len(tokens) - 1, trig.last + 1 + MEANS_REACH)):
        norm = tokens[k].norm
        if norm in CLAUSE_BREAKS:
            return None
        if norm.lstrip("و").startswith("ب") and _WEAPONS.intersection(candidates(norm)):
            nxt = tokens[k + 1]
            return next((c for c in after if nxt.start <= c.span.start < nxt.end), None)
    return None


_RAIDS = frozenset({"غارات", "غاره"})  # (air raids only: rockets and shells are fired by groups too)


def weapon_owner(tokens: Sequence, trig: Trigger, after: list[Candidate]) -> Candidate | None:
    """"جراء قذائف ميليشيا الحوثي", "بغارات لطائرات تحالف دعم الشرعية": the actor named right
    after a weapon noun owns it; the owner of an aircraft nominal right after it is the one."""
    if trig.type != "ASSAULT" or trig.last + 1 >= len(tokens):
        return None
    if not _WEAPONS.intersection(candidates(tokens[trig.last].norm)):
        return _bombardment_by(tokens, trig, after)
    nxt = tokens[trig.last + 1]
    owned = [c for c in after if nxt.start <= c.span.start < nxt.end]
    if not owned and trig.last + 2 < len(tokens) and not nxt.norm.startswith("ال") \
            and (key(nxt.norm),) in nominal_table():
        # "برصاص ميليشيات عصائب أهل الحق": the nominal head left out before the group it names
        # (see event_actors_named._heads_group); the group right after it owns the weapon
        far = tokens[trig.last + 2]
        owned = [c for c in after if far.start <= c.span.start < far.end and c.span.code]
    if not owned:
        return None
    rest = [c for c in after if c.span.start > owned[0].span.end]
    if owned[0].span.entity is None and rest and close_by(tokens, owned[0].span.end, rest[0].span.start, 0):
        return rest[0]  # "لطائرات تحالف دعم الشرعية": the coalition's aircraft, the coalition acts
    # "ضربات لحزب العمال": after لـ the one struck, unless it names the aircraft (above)
    if bare_word(nxt.norm) != nxt.norm.lstrip("وف"):
        # "غارات للتحالف الدولي", "غارة للجيش": a state's air force flies the raid; an armed
        # group owns no aircraft, so "ضربات لحزب العمال" names the one struck
        raid = _RAIDS.intersection(candidates(tokens[trig.last].norm))
        return owned[0] if raid and role_of(owned[0]) in ("MIL", "GOV") else None
    return owned[0]


# adjectives of a bombardment noun ("القصف الجوي والمدفعي", "قصف مدفعي عنيف"), key forms
_BOMBARD_ADJECTIVES = frozenset(key(w) for w in (
    "جوي", "الجوي", "مدفعي", "المدفعي", "صاروخي", "الصاروخي", "عنيف", "العنيف", "مكثف", "المكثف",
    "كثيف", "الكثيف", "متواصل", "المتواصل"))


def _bombardment_by(tokens: Sequence, trig: Trigger, after: list[Candidate]) -> Candidate | None:
    """"القصف الجوي والمدفعي للنظام السوري", "قصف مدفعي عنيف للجيش": after قصف and its adjectives
    (و between them), a state's force (MIL or GOV) behind لـ does the bombardment. An armed
    group or a site there is the one struck ("قصف مدفعي لمواقع المسلحين"). After an attack noun
    any coded side there made it ("هجوم عنيف للحوثيين على مواقع الجيش")."""
    attack = any(_ATTACKS.intersection(candidates(tokens[i].norm)) for i in {trig.first, trig.last})
    if not attack and not any(_BOMBING.intersection(candidates(tokens[i].norm)) for i in {trig.first, trig.last}):
        return None
    k = trig.last + 1
    while k < len(tokens) and set(candidates(tokens[k].norm)) & _BOMBARD_ADJECTIVES:
        k += 1
    if k == trig.last + 1 or k >= len(tokens) or not tokens[k].norm.lstrip("و").startswith("ل"):
        return None  # (right after the noun, weapon_owner's own rule reads لـ)
    owner = next((c for c in after if tokens[k].start <= c.span.start < tokens[k].end), None)
    if owner is not None and attack and owner.span.code and not is_passive(owner):
        return owner  # "الهجوم العنيف للجيش الوطني على مواقعهم": an attack's لـ is its doer, any side
    return owner if owner is not None and role_of(owner) in ("MIL", "GOV") else None


# nouns of an attack: after their adjectives, لـ names who made it, whatever side it is
_ATTACKS = frozenset({"هجوم", "هجمات", "هجوما"})


# Aircraft nouns (key forms; word_forms also drops ال): a named genitive right after one owns it.
# Not event_nominals._AIRCRAFT_MEANS (aircraft as the means of an act): this list also has the
# singular fighter, helicopters and bombers, which own a genitive as well.
_OWNED_AIRCRAFT = frozenset(key(w) for w in ("طائرات", "طائرة", "مقاتلات", "مقاتلة", "مروحيات", "مروحية", "قاذفات"))
# verbal nouns of bombardment whose genitive aircraft is the doer ("قصف طائرات التحالف")
_BOMBING = frozenset({"قصف", "غاره", "غارات", "ضربات", "ضربه"})  # (a raid is always flown by the aircraft after it)


def _plane(doc: Document, c: Candidate) -> bool:
    """An unnamed aircraft nominal in the construct state: no ال, so a genitive may follow."""
    word = doc.text[c.span.start:c.span.end].split()[0]
    return c.span.entity is None and not key(word).lstrip("وفب").startswith("ال") \
        and bool(_OWNED_AIRCRAFT.intersection(word_forms(word)))


def _owner_of(doc: Document, tokens: Sequence, plane: Candidate, after: list[Candidate]) -> Candidate | None:
    """The coded candidate right after the aircraft, not behind لـ: "طائرات التحالف العربي"."""
    owner = next((c for c in after if c.span.start >= plane.span.end), None)
    if owner is None or not owner.span.code or is_passive(owner) \
            or not close_by(tokens, plane.span.end, owner.span.start, 0):
        return None
    tok = next((t for t in tokens if t.start <= owner.span.start < t.end), None)
    return None if tok is None or doc.text[tok.start:owner.span.start] else owner


# the adjective "air" after a strike noun, before the aircraft that flew it
_AIR_ADJECTIVES = frozenset({"جويه", "الجويه", "جوي", "الجوي"})


def aircraft_owner(doc: Document, tokens: Sequence, trig: Trigger, actors: list[Candidate],
                   after: list[Candidate]) -> Candidate | None:
    """"قصفت طائرات التحالف العربي مواقع", "عن قصف طائرات التحالف الدولي لمخازن": the owner named
    right after an aircraft nominal acts (as in waged_by); after قصف (or "قصف من") the aircraft
    is the bombing's doer, not its object. None when no aircraft does it."""
    if trig.type != "ASSAULT":
        return None
    if actors and _plane(doc, actors[0]):
        return _owner_of(doc, tokens, actors[0], after)
    if not any(_BOMBING.intersection(candidates(tokens[i].norm)) for i in {trig.first, trig.last}):
        return None  # ("ضربات جوية": the trigger may end on the adjective)
    k = trig.last + 1
    if k < len(tokens) and tokens[k].norm.replace("ة", "ه") in _AIR_ADJECTIVES:
        k += 1  # "في غارة جوية لطائرات التحالف"
    if k < len(tokens) and tokens[k].norm == "من":
        k += 1  # "بقصف من طائرات تحالف دعم الشرعية"
    plane = next((c for c in after if k < len(tokens) and tokens[k].start <= c.span.start < tokens[k].end), None)
    if plane is None or not _plane(doc, plane):
        return None
    return _owner_of(doc, tokens, plane, after) or plane


# verbs and nouns of repelling an attack (key forms): "صدت القوات هجوما للمتمردين"
_REPELLING = frozenset(key(w) for w in ("صد", "صدت", "صدوا", "تصد", "يصد", "أحبط", "أحبطت", "أحبطوا",
                                        "إحباط", "أفشل", "أفشلت", "إفشال"))


def repelled(tokens: Sequence, trig: Trigger) -> bool:
    """"صدت القوات الشرعية هجوما", "تمكنوا من صد هجوم": an attack its subject repelled — the
    subject is who it struck, not who made it."""
    # (the verb right before, or before its subject: "وصد الجيش هجوما", "صدت القوات الشرعية هجوما")
    return trig.type == "ASSAULT" and any(_REPELLING.intersection(candidates(t.norm))
                                          for t in tokens[max(0, trig.first - 3):trig.first])


def repelled_from(doc: Document, tokens: Sequence, trig: Trigger, after: list[Candidate]) -> Candidate | None:
    """The attacker of a repelled attack, named right after it behind لـ (maybe past one
    adjective): "هجوما للمتمردين", "هجوم عنيف لميليشيا الحوثي"."""
    k = trig.last + 1
    for _ in range(2):
        if k >= len(tokens):
            return None
        tok = tokens[k]
        owner = next((c for c in after if tok.start <= c.span.start < tok.end), None)
        if owner is not None:
            return owner if doc.text[tok.start:tok.end].lstrip("و").startswith("ل") else None
        k += 1
    return None


# Verbs of what befell someone: the one they tell of suffered the act, he did not do it ("عزيز
# إسبر قد قتل في انفجار", "أصيب الضابط في هجوم"). Unvocalised قتل/جرح may be active ("حزب الله
# قتل في هجوم … ثلاثة جنود"), so they count only for a named person; the others are passive.
_SUFFERED = frozenset(key(w) for w in (
    "أصيب", "أصيبت", "أصيبوا", "أصيبا", "اغتيل", "اغتيلت", "استشهد", "استشهدت", "استشهدوا", "توفي",
    "توفيت", "نجا", "نجت", "نجوا", "لقي", "لقيت", "لقوا", "اختطف", "اختطفت"))
# the nouns govern the victim right after them, a number at most between ("مقتل خمسة متظاهرين في
# الاشتباكات"); further on a party may be the other side ("مقتل 45 من الجيش والحشد")
_SUFFERED_NOUNS = frozenset(key(w) for w in ("مقتل", "استشهاد", "وفاة", "إصابة"))
_SUFFERED_OR_DONE = frozenset(key(w) for w in ("قتل", "قتلت", "قتلوا", "قتلا", "جرح", "جرحت", "جرحوا"))
# the words that tie what befell him to the act: the fate noun and قد, then a preposition
_FATE = frozenset(key(w) for w in ("قد", "حتفه", "حتفها", "حتفهم", "مصرعه", "مصرعها", "مصرعهم"))
_LINKS = frozenset(key(w) for w in ("في", "جراء", "إثر", "اثر", "خلال", "عن", "من", "بسبب"))


def suffered(doc: Document, tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """The candidate is the subject of a passive verb of suffering that leads to the act ("X قد
    قتل في انفجار", "قتل X في غارة", "لقي X حتفه في انفجار سيارة مفخخة"): a victim, never the doer."""
    if c.span.end > trig.start:
        return False  # (after the act it is no subject of what led to it)
    between = [t for t in tokens if c.span.end <= t.start and t.end <= trig.start]
    ahead = [t for t in tokens if t.end <= c.span.start]
    # the verb stands between the victim and the act (only قد before it), or right before the
    # victim — an unambiguous passive also before a title ("لقي مدير المركز X مصرعه")
    # ("ضابطي شرطة ومجندا أصيبوا": joined victims may stand before it)
    lead = [t for t in between[:3] if not _FATE.intersection(word_forms(t.text))
            and not (t.text.startswith("و") and not _suffer_verb(doc, t, c))][:1]
    verbs = [t for t in lead if _suffer_verb(doc, t, c)] or [t for t in ahead[-1:] if _suffer_verb(doc, t, c)] \
        or [t for t in _clause_end(ahead[-6:]) if _SUFFERED.intersection(word_forms(t.text))] \
        or [t for t in _clause_end(ahead[-2:]) if _SUFFERED_NOUNS.intersection(word_forms(t.text))] \
        or _members_killed(ahead)
    if not verbs or len(between) > 5:
        return False
    # after the verb a preposition, not an active verb's object ("حزب الله قتل في هجوم"
    # needs a named person to be read so)
    rest = [t for t in between if t.start > verbs[0].start and not _FATE.intersection(word_forms(t.text))]
    first = rest[0].text if rest else tokens[trig.first].text
    # "قتل X بانفجار", "وقتل X برصاص الشرطة": بـ of the means (not بعد، بين)
    return bool(_LINKS.intersection(word_forms(first))) or (first.startswith("ب") and key(first) not in _NOT_MEANS)


_NOT_MEANS = frozenset({"بعد", "بين", "بدون", "بينما", "بعض"})


# who fell of a party: "وقتل عنصر في قوات سوريا الديمقراطية", "قتل 5 من عناصر داعش" — passive
# whatever the verb, as nothing but members, a number and من/في stand between it and the party
_MEMBERS = frozenset(key(w) for w in (
    "عنصر", "عناصر", "مقاتل", "مقاتلين", "مقاتلا", "جندي", "جنديا", "جنود", "ضابط", "ضابطا", "ضباط",
    "فرد", "أفراد", "عضو", "أعضاء", "قيادي", "قياديا", "قياديين", "من", "في"))


def _members_killed(ahead: list) -> list:
    """The verb of suffering before "عنصر في X" / "N من عناصر X" (ahead: the tokens before X)."""
    k = len(ahead)
    while k > 0 and len(ahead) - k < 4 and (_MEMBERS.intersection(word_forms(ahead[k - 1].text))
                                            or ahead[k - 1].text.isdigit()):
        k -= 1
    if k == len(ahead) or k == 0:
        return []  # (no member noun: "قتل X" itself is the other rule's)
    verb = ahead[k - 1]
    forms = word_forms(verb.text)
    return [verb] if _SUFFERED.intersection(forms) or _SUFFERED_OR_DONE.intersection(forms) else []


def _clause_end(toks: list) -> list:
    """The tokens after the last comma or stop among them."""
    cut = max((i for i, t in enumerate(toks) if t.text in ("،", ",", ".", ":", "؛")), default=-1)
    return toks[cut + 1:]


def _suffer_verb(doc: Document, tok, c: Candidate) -> bool:
    forms = word_forms(tok.text)
    if _SUFFERED.intersection(forms):
        return True
    return bool(_SUFFERED_OR_DONE.intersection(forms)) and _named_person(doc, c)


def _named_person(doc: Document, c: Candidate) -> bool:
    return c.span.entity is not None and any(e.id == c.span.entity and e.label == "PER" for e in doc.entities)


def addressee(doc: Document, tokens: Sequence, c: Candidate) -> bool:
    """"قال لـ"الاقتصادية" مصدر عسكري", "كشف الوزير هورست زيهوفر لصحفيين إن …": behind لـ right
    after a reporting verb, or after the name of its subject, stands who was told — neither actor
    nor target of what is told. After a title it is the title's genitive ("وصرح منسق الشؤون
    الإنسانية للأمم المتحدة": the UN's coordinator speaks)."""
    i = next((k for k, t in enumerate(tokens) if t.start <= c.span.start < t.end), None)
    if i is None:
        return False
    prev = [t for t in tokens[:i] if t.text.strip("\"«“'") != ""]
    bare_lam = bool(prev) and prev[-1].text in ("ل", "لـ")
    if bare_lam:
        prev = prev[:-1]
    # the proclitic on the word itself: not a name that starts with ل ("لافروف")
    head = doc.text[tokens[i].start:c.span.start]
    head = without_conjunction(head, 0)
    own_lam = head == "ل" or (not head and c.span.entity is None and _behind_lam(tokens, c))
    if not (bare_lam or own_lam) or not prev:
        return False
    if own_lam and told_to(key(tokens[i].text.lstrip("وف"))) \
            and any(bare_word(t.norm) in LEAD_VERBS for t in prev[-6:]):
        return True  # "وقال قائد الشرطة لصحفيين": journalists told, after the subject's phrase
    return bare_word(prev[-1].norm) in LEAD_VERBS or any(
        e.label == "PER" and any(m.start <= prev[-1].start < m.end for m in e.mentions) for e in doc.entities)


_REPORTS = frozenset(key(w) for w in ("تقرير", "تقارير", "دراسة", "دراسات", "بحث"))
_BODIES = frozenset(key(w) for w in ("مؤسسة", "مركز", "منظمة", "هيئة", "معهد"))


def report_author(doc: Document, tokens: Sequence, c: Candidate) -> bool:
    """"تقرير لمؤسسة "نسمات" … على اعتقال كثيرين", "تقارير للأمم المتحدة حول اغتصاب": who wrote
    the report behind لـ tells of the act; it did not do it."""
    i = next((k for k, t in enumerate(tokens) if t.start <= c.span.start < t.end), None)
    if i is None:
        return False
    prev = [t for t in tokens[max(0, i - 4):i] if t.text.strip("\"«“'") != ""]
    head = doc.text[tokens[i].start:c.span.start]
    lam = head in ("ل", "لـ") or (not head and c.span.entity is None and _behind_lam(tokens, c))
    if prev and not lam and prev[-1].text.startswith("ل") and _BODIES.intersection(word_forms(prev[-1].text[1:])):
        prev, lam = prev[:-1], True  # "لمؤسسة "نسمات"": the body's name after it
    return lam and bool(prev) and bool(_REPORTS.intersection(word_forms(prev[-1].text)))


# past verbs of killing and wounding (key forms): unvocalised, active or passive alike
_KILLING_VERBS = frozenset(key(w) for w in (
    "قتل", "قتلت", "قتلوا", "قتلا", "جرح", "جرحت", "جرحوا", "أعدم", "أعدمت", "أعدموا", "اغتال",
    "اغتالت", "اغتالوا"))


def killer_before_toll(doc: Document, tokens: Sequence, trig: Trigger, after: list[Candidate]) -> Candidate | None:
    """"وقتلت القوات الإسرائيلية 60 متظاهرا", "وقتل انتحاري …، 32 شخصا": a killing verb, a
    doer right after it and then a toll of people is active — the doer kills, the toll is the
    victims. A passive verb opens with its toll ("قتل 17 شخصا") or joins it by و ("قتل جندي
    إسرائيلي و3 فلسطينيين"); a toll after a preposition is the victim's company ("مع 5 من
    مرافقيه")."""
    if trig.type != "ASSAULT" or trig.first != trig.last or not after \
            or not _KILLING_VERBS.intersection(word_forms(tokens[trig.first].text)):
        return None
    doer = after[0]
    if role_of(doer) in PASSIVE_ROLES or not close_by(tokens, trig.end, doer.span.start, 1):
        return None
    end = tokens[-1].end
    toll = next((q for q in doc.quantities if q.unit == "person" and doer.span.end <= q.start < end), None)
    if toll is None or not close_by(tokens, doer.span.end, toll.start, 8):
        return None
    between = [t for t in tokens if doer.span.end <= t.start and t.start < toll.start]
    at = next((t for t in tokens if t.start <= toll.start < t.end), None)
    joined = any(t.text.startswith("و") for t in between) or (at is not None and at.text.startswith("و"))
    governed = bool(between) and between[-1].end <= toll.start and key(between[-1].text) in PREPOSITIONS
    return None if joined or governed else doer


# verbs of being subjected to (stems): "تعرض الجيش لهجوم", "بعد تعرضه لهجوم", "تتعرض المدينة إلى قصف"
_SUBJECTED = ("تعرض", "يتعرض", "تتعرض", "يتعرضون")
_TO = frozenset({"الي", "ل", "لـ"})


def subjected(tokens: Sequence, trig: Trigger, lo: int, c: Candidate) -> bool:
    """A physical act after "تعرض … لـ/إلى" (up to 6 words before it) befell the one named before
    it: "وتعرض الجيش لهجوم في سيناء", "قتل العفري متأثرا بجراحه بعد تعرضه لهجوم مسلح" — a victim,
    not the doer (the doer follows the act, if named: "إلى قصف من القوات الحكومية")."""
    if c.span.end > trig.start:
        return False
    head = tokens[trig.first]
    to = head.text.startswith("ل") or (trig.first > 0 and key(tokens[trig.first - 1].text) in _TO)
    return to and any(f.startswith(_SUBJECTED) for k in range(max(lo, trig.first - 6), trig.first)
                      for f in candidates(tokens[k].norm))


# a relative clause whose verb points back to its antecedent: a pronoun on the verb ("داهمته")
# or on a preposition after it ("تسيطر عليها")
_RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين"})
_BACK_PREPOSITIONS = frozenset(key(w) for w in (
    "عليها", "عليه", "عليهم", "فيها", "فيه", "إليها", "إليه", "بها", "به", "لها", "له", "منها", "منه"))


def relative_subject(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"هجوم كيماوي على مدينة دوما التي تسيطر عليها المعارضة السورية", "من سكان المبنى الذي
    داهمته قوات الأمن": the subject of a relative clause about something named after the act
    tells who holds it or did something to it — no target of the act. Right after the act the
    clause is the act's own ("الحصار الذي يفرضه الجيش"), and is left alone."""
    i = next((k for k, t in enumerate(tokens) if t.start <= c.span.start < t.end), None)
    if i is None or i < 2:
        return False
    k = i - 1
    if key(tokens[k].text) in _BACK_PREPOSITIONS:
        k -= 1  # "تسيطر عليها"
    elif not tokens[k].norm.endswith(PRONOUN_SUFFIXES):
        return False
    r = k - 1
    return r > trig.last + 2 and tokens[r].norm.lstrip("و") in _RELATIVE_PRONOUNS


def _demonym_plural(word: str) -> str | None:
    """The ISO3 of a regular nationality plural ("العراقيين", "الليبيون", "سوريون"); None otherwise."""
    w = key(word)
    w = w[2:] if w.startswith("ال") else w
    for end in ("ين", "ون"):
        if w.endswith(end) and len(w) > 4:
            return DEMONYMS.get(w[:-len(end)])
    return None


def nationals_out(doc: Document, tokens: Sequence, trig: Trigger) -> Candidate | None:
    """"تظاهر آلاف العراقيين", "احتشد مئات الليبيين", "تظاهرات الفلسطينيين", "وتظاهر اللبنانيون": the
    nationals right after a protest trigger (a number word may come first) stage it: its actor,
    coded <ISO3>CVL; None when no nationality plural follows."""
    k = trig.last + 1
    if k < len(tokens) and key(tokens[k].norm) in NUMBER_WORDS:
        k += 1
    if k >= len(tokens):
        return None
    nation = _demonym_plural(tokens[k].norm)
    if nation is None:
        return None
    start = tokens[trig.last + 1].without_proclitics()[0]
    return Candidate(ArgSpan(start, tokens[k].end, doc.text[start:tokens[k].end], None, nation + "CVL"), False, "CVL")
