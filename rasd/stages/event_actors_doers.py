"""Doers, objects and owners of an event: object pronouns, an envoy's post, state objects,
doers named by "نسب إلى"/"من قبل"/"على يد", blame, the nation of an act, joint office
holders, and the shapes that keep an actor from also being a target.
"""
from __future__ import annotations

from typing import Sequence

from rasd.lang.words import PRONOUN_SUFFIXES, TO
from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_actors_clause import feminine_verb, opens_clause, verb_like
from rasd.stages.event_actors_named import (JOINT_TITLES, POLITICAL_TITLES, adjective_stem, clause_candidates,
                                            nation_word, state_at)
from rasd.stages.event_actors_speakers import named_from
from rasd.stages.event_actors_titles import TO_POST
from rasd.stages.event_args import RELATIVES, bare_word, mentions_in
from rasd.stages.event_mentions import CLAUSE_BREAKS
from rasd.stages.event_candidates import COMMAS, Candidate, word_forms
from rasd.stages.event_detect import Trigger, candidates, find_triggers, key
from rasd.stages.event_filter_words import SUSPECTING
from rasd.stages.event_filters import CHARGES, PHYSICAL, RECEIVING
from rasd.stages.event_nominals import DEMONYMS
from rasd.stages.event_source import LEAD_VERBS
from rasd.text.conj import without_conjunction


def object_pronoun(tokens: Sequence, trig: Trigger) -> bool:
    """A perfect verb carrying an object pronoun ("اتهمها", "اتهموه", "انتقده"); not a verbal noun
    with a possessive ("اتهامه", "زيارته": a long ا before the last stem letter)."""
    if trig.first != trig.last:
        return False
    word = tokens[trig.first].norm.replace("ة", "ه")
    word = without_conjunction(word, 4)
    suffix = next((s for s in PRONOUN_SUFFIXES if word.endswith(s)), None)
    stem = word[:-len(suffix)] if suffix else ""
    return 3 <= len(stem) <= 6 and not stem.startswith("ال") and stem[-2] != "ا" \
        and not (stem.endswith("ت") and len(stem) > 2 and stem[-3] == "ا")


# words after which a verb opens a clause of its own, besides _OPENERS ("حيث اعتقلته الشرطة")
_CLAUSE_LINKS = frozenset({"حيث", "لما", "وحين", "وعندما", "ثم", "وبعدما"})


def subject_after_object(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """A perfect verb with an attached object pronoun ("اعتقلته", "حاصرهم", "اختطفها") that
    opens its clause (or is joined by و/ف), and a candidate right after it with no preposition:
    that candidate is the subject. The written ه (not ة: "مجزرة" is no verb) is read on the
    token's own letters."""
    word = tokens[trig.first].text.rstrip("ًٌٍَُِّْ")
    if word.endswith("ة") or not object_pronoun(tokens, trig):
        return False
    joined = word[:1] in "وف" and len(word) > 5
    prev = tokens[trig.first - 1].norm if trig.first > 0 else ""
    if not (joined or opens_clause(tokens, trig) or prev in _CLAUSE_LINKS):
        return False
    if trig.last + 1 >= len(tokens) or c.span.start != tokens[trig.last + 1].without_proclitics()[0]:
        return False
    return c.span.start == tokens[trig.last + 1].start  # ("اعتقله بالقوة": a preposition governs it)


def post_of(doc: Document, actors: list[Candidate], after: list[Candidate]) -> Candidate | None:
    """The party right after "لدى" that follows a title actor ("السفيرة الأمريكية لدى الأمم
    المتحدة", "مندوب روسيا لدى مجلس الأمن"): the body or state where the envoy serves, not the
    act's target; None when there is none."""
    if not actors or not POLITICAL_TITLES.intersection(word_forms(actors[-1].span.text.split()[0])):
        return None
    end = actors[-1].span.end
    post = next((c for c in after if c.span.start > end), None)
    if post is None:
        return None
    words = doc.text[end:post.span.start].split()
    return post if len(words) == 1 and key(words[0]) in TO_POST else None


def state_objects(doc: Document, tokens: Sequence, trig: Trigger, actors: list[Candidate]) -> list[Candidate]:
    """"اتهمت الولايات المتحدة إيران بـ", "وتوعد نائب رئيس الحرس الثوري، حسين سلامي، الولايات
    المتحدة وإسرائيل": in VSO order the country or capital right after the subject (past an aside
    between commas that names him), with no preposition on it, is the object — its government;
    so is one joined to it by و."""
    if not actors or actors[0].span.start < trig.end:
        return []
    end = max(a.span.end for a in actors)
    k = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    if k < len(tokens) and actors[0].span.entity is None:
        # "واتهم الرئيس الإيراني حسن روحاني الولايات المتحدة": the titled subject's name, then the object
        name = next((m.end for e in doc.entities if e.label == "PER" for m in e.mentions
                     if m.start == tokens[k].start and doc.text[end:m.start].strip() == ""), None)
        k = k if name is None else next((i for i in range(k, len(tokens)) if tokens[i].start >= name), len(tokens))
    if k < len(tokens) and tokens[k].norm in COMMAS:  # ("، حسين سلامي،": his name, then the object)
        close = next((i for i in range(k + 1, min(len(tokens), k + 7)) if tokens[i].norm in COMMAS), None)
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


def attributed_to(doc: Document, tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> Candidate | None:
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
    to = next((j for j in range(i + 1, min(len(tokens) - 1, i + 8)) if tokens[j].norm in TO), None)
    if to is None:
        return None
    return named_from(doc, tokens, to + 1, everywhere)


_BY = {"من": frozenset({"قبل"}), "علي": frozenset({"يد", "يدي", "ايدي"})}


def done_by(doc: Document, tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> Candidate | None:
    """The one named right after "من قبل"/"على يد" standing at most three words after the act
    ("لهجوم من قبل تنظيم داعش", "إقتحام شعبية الطيرة من قبل وحدات الجيش"): the passive's doer;
    None when none is named there (further on it is another act's: "ترحيلهما إلى ليبيا
    وتعرضهما للتعذيب على يد قوات")."""
    for j in range(trig.last + 1, min(len(tokens) - 2, trig.last + 5)):
        if tokens[j].norm in (".", "؟", "!"):
            return None
        if tokens[j + 1].norm in _BY.get(tokens[j].norm, ()):
            return named_from(doc, tokens, j + 2, everywhere)
    return None


_BLAME_NOUNS = frozenset({"اللوم", "لوم", "المسؤوليه", "مسؤوليه", "المسئوليه", "مسئوليه"})
_ABOUT = frozenset({"في", "عن"})


def blame_before(tokens: Sequence, trig: Trigger) -> int | None:
    """The token of a bare blame noun ("اللوم", "المسؤولية", with "في/عن" or nothing between)
    right before the act, else None; a claim with its pronoun ("مسؤوليته") is not one."""
    k = trig.first - 1
    if k >= 0 and tokens[k].norm in _ABOUT:
        k -= 1
    return k if k >= 0 and set(candidates(tokens[k].norm)) & _BLAME_NOUNS else None


def blame_laid_on(doc: Document, tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> Candidate | None:
    """The one named right after the first "إلى" within ten words after the act (before any
    full stop): "اللوم في الغارة إلى التحالف"."""
    for j in range(trig.last + 1, min(len(tokens) - 1, trig.last + 11)):
        if tokens[j].norm in (".", "؟", "!"):
            return None
        if tokens[j].norm in TO:
            return named_from(doc, tokens, j + 1, everywhere)
    return None


def distinct(actors: list[Candidate], targets: list[Candidate]) -> list[Candidate]:
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


def result_of(tokens: Sequence, trig: Trigger) -> bool:
    """"قتل 20 من الحوثيين بقصف", "في قصف", "جراء قصف": the act causes what the clause before it
    tells, so who fell there is its victim; "كشف مصدر في وزارة الدفاع عن قصف" reports it."""
    word = tokens[trig.first].norm.lstrip("وف")
    prev = tokens[trig.first - 1].norm.lstrip("وف") if trig.first else ""
    return word.startswith("ب") or prev in _CAUSES


def joined_plural_verb(tokens: Sequence, trig: Trigger) -> bool:
    """"وطالبوا", "ونددوا": و + a masculine plural perfect of a verbal act, its subject left out
    (a physical act there is as often another group's: "حيث اقتحم المستعربون …، واطلقوا النار")."""
    word = tokens[trig.first].norm
    return trig.type not in PHYSICAL and word.startswith("و") and word.endswith("وا") \
        and verb_like(tokens, trig)


def opening_subject(tokens: Sequence, earlier: list[Candidate]) -> Candidate | None:
    """The candidate right after the verb that opens the sentence ("وندد المتظاهرون"); not after
    a reporting verb, whose subject reports what follows ("وقال رئيس الجامعة … واطلقوا النار")."""
    if len(tokens) < 2 or bare_word(tokens[0].norm) in LEAD_VERBS:
        return None
    return next((c for c in earlier if tokens[1].start <= c.span.start < tokens[1].end), None)


def population_next(tokens: Sequence, trig: Trigger, victims: list[Candidate]) -> bool:
    """A civilian nominal (السكان، المواطنون، الأهالي) right after a finite verb: its subject."""
    if not verb_like(tokens, trig) or trig.last + 1 >= len(tokens):
        return False
    nxt = tokens[trig.last + 1].without_proclitics()[0]
    return any(v.span.start == nxt and (v.span.code or "").endswith("CVL") for v in victims)


def received_by(tokens: Sequence, trig: Trigger, lo: int, actor: Candidate) -> bool:
    """A verb of receiving (تعرض، واجه، تلقى) up to 6 words before the act noun, and before its
    would-be actor: that one is the act's object, whatever stands between (a place: "في الهند")."""
    if actor.span.end > trig.start:
        return False
    return any(RECEIVING.intersection(candidates(tokens[k].norm)) and tokens[k].end <= actor.span.start
               for k in range(max(lo, trig.first - 6), trig.first))


_CHARGING = frozenset({"اتهم", "اتهمت"})


def passive_charge(doc: Document, tokens: Sequence, trig: Trigger) -> bool:
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


def owner_in_main_clause(tokens: Sequence, trig: Trigger, hi: int,
                         everywhere: list[Candidate]) -> list[Candidate]:
    """"وخلال مؤتمر صحفي بعد لقائه وزير الخارجية الروسي، أكد دي ميستورا": an act noun with a
    possessive pronoun (لقائه، زيارتها) and no doer in its phrase is the act of the subject of
    the main clause that follows: a political actor right after that clause's verb."""
    word = tokens[trig.last].text
    if verb_like(tokens, trig) or not word.endswith(("ه", "ها")) or word.endswith("اه"):
        return []
    if hi + 2 >= len(tokens) or any(ch.isalpha() for ch in tokens[hi].norm):
        return []
    subject = tokens[hi + 2]
    return [c for c in everywhere if c.institutional and c.span.start == subject.without_proclitics()[0]][:1]


def object_named_next(tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> bool:
    """Any actor or nominal (a victim's too: "وطالب المحتجون") right after the verb."""
    if trig.last + 1 >= len(tokens):
        return False
    nxt = tokens[trig.last + 1].without_proclitics()[0]
    return any(c.span.start == nxt for c in everywhere)


def dropped_subject(doc: Document, tokens: Sequence, trig: Trigger, country: str | None, *,
                    participial: bool = False) -> list[Candidate]:
    """"وعبر وزير الخارجية عادل الجبير عن …. وطالب المجتمع الدولي …": a sentence that opens
    with و + a perfect verb and names no one after it continues the previous sentence, whose
    political subject (right after its own opening verb, of the same gender) is the doer; so
    does one opening with a circumstantial participle (`participial`: "متهمًا", any gender)."""
    if trig.first != 0 or not participial and (not tokens[0].norm.startswith("و") or not verb_like(tokens, trig)):
        return []
    prev = [s for s in doc.sentences if s.end <= tokens[0].start][-1:]
    if not prev:
        return []
    ptoks = [t for t in doc.tokens if prev[0].start <= t.start < prev[0].end]
    if len(ptoks) < 3 or not participial and feminine_verb(ptoks[0].norm) != feminine_verb(tokens[0].norm):
        return []
    subject = ptoks[1].without_proclitics()[0]
    return [c for c in clause_candidates(doc, ptoks, 0, min(len(ptoks), 8), country, ())
            if c.institutional and c.span.start == subject][:1]


def antecedent_subject(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"تعاونت مع الجضران الذي حاصر موانئ نفطية": the antecedent of الذي right before the verb
    is its subject, whoever he is."""
    between = [t for t in tokens if c.span.end <= t.start and t.end <= trig.start]
    return len(between) == 1 and between[0].norm in RELATIVES


def private_person(doc: Document, c: Candidate) -> bool:
    """A named person with no code and no political title (see `political_mention`)."""
    return not c.institutional and c.span.entity is not None and not c.span.code \
        and any(e.id == c.span.entity and e.label == "PER" for e in doc.entities)


_BLOC_ADJECTIVES = frozenset({"غربي", "اوروبي"})


# acts a state does as such (a statement noun — "الانتقادات الروسية" — is as often an undated
# stance as an act)
_OWNED_ACTS = ("ASSAULT", "SANCTION", "THREATEN")


# adjectives of an act's manner that may stand between its noun and the nation's: "ضربة جوية
# تركية", "غارات جوية ومدفعية روسية", "ضربة عسكرية أمريكية"
_MANNER = frozenset({"جوي", "مدفعي", "صاروخي", "بري", "بحري", "عسكري", "حربي", "جديد", "عنيف", "مكثف"})


def _definite(token) -> bool:
    return any(c.startswith("ال") for c in candidates(token.norm))


def nation_of_act(tokens: Sequence, trig: Trigger) -> list[Candidate]:
    """The nationality adjective right after the noun of a state's act (not a verb; not a
    protest, whose people are no government: "الاحتجاجات الإيرانية"), as the state that did it,
    or a bloc adjective (الغربية) as a doer with no single code. It agrees with the noun in
    definiteness ("الغارات التركية", "غارات روسية"), may follow its manner adjectives ("ضربة
    جوية تركية") and a second state may be joined by و ("غارات روسية وسورية": both did it)."""
    if trig.type not in _OWNED_ACTS or verb_like(tokens, trig) \
            or trig.last + 1 >= len(tokens):
        return []
    i, definite = trig.last + 1, _definite(tokens[trig.first])
    for _ in range(2):  # (a trigger may end in its manner word already: "ضربة جوية")
        if i < len(tokens) - 1 and adjective_stem(bare_word(tokens[i].norm)) in _MANNER:
            i += 1
    adj = tokens[i]
    if definite != adj.norm.startswith("ال"):
        return []
    w = adjective_stem(adj.norm)
    if w in _BLOC_ADJECTIVES:
        return [Candidate(ArgSpan(adj.start, adj.end, adj.text, None, None), False)]
    out = []
    for tok in (adj, tokens[i + 1] if i + 1 < len(tokens) else None):
        if tok is None or (out and not tok.norm.startswith("و")):
            break
        word = tok.norm[1:] if out else tok.norm
        iso = DEMONYMS.get(adjective_stem(word))
        if iso is None or definite != word.startswith("ال"):
            break
        # (a state's strike is its forces': "غارات روسية" is RUSMIL; a threat or sanction its government's)
        role = "MIL" if trig.type == "ASSAULT" else "GOV"
        out.append(Candidate(ArgSpan(tok.start, tok.end, tok.text, None, iso + role), True))
    return out


def joint_holders(doc: Document, actors: list[Candidate], after: list[Candidate]
                   ) -> tuple[list[Candidate], list[Candidate]]:
    """"توعد الرئيسان الأمريكي دونالد ترامب والفرنسي إيمانويل ماكرون دمشق": after a dual or
    plural office, a person joined by "و + nationality adjective" holds it too, and is an
    actor, not the object ("التقى الرئيس الأمريكي نظيره الفرنسي ماكرون" has one office)."""
    first = actors[-1]
    words = doc.text[max(0, first.span.start - 60):first.span.start].split()[-3:]
    if not any(JOINT_TITLES.intersection(word_forms(w)) for w in words):
        return actors, after
    actors = list(actors)
    while after and after[0].span.entity is not None:
        gap = doc.text[actors[-1].span.end:after[0].span.start].split()
        if len(gap) != 1 or not gap[0].startswith("و") or not nation_word(gap[0][1:]):
            break
        actors.append(after[0])
        after = after[1:]
    return actors, after


# words opening what someone is charged with: "متهمين بإهانة", "بتهمة التجسس" (CHARGES, the
# filters' list), "المتهم بقتل", and suspicion ("للاشتباه في الاعتداء على X", "يشتبه في": the
# filters' SUSPECTING; not "المشتبه به", the held themselves)
_ACCUSED = ("متهم",)


def charge_start(tokens: Sequence, trig: Trigger) -> int | None:
    """The offset where a charge opens after a physical act, in the rest of its sentence
    ("باعتقال 12 شخصا متهمين بإهانة الرئيس …", "اعتقلت خمسة أشخاص بتهمة التجسس لصالح …"): the
    parties named from there on are in the charge, not struck by the act. None when there is
    none; a charge word right after the trigger names those held ("اعتقلت المتهمين")."""
    for t in tokens[trig.last + 2:]:
        forms = candidates(t.norm)
        if not CHARGES.isdisjoint(forms) or forms[-1].startswith(_ACCUSED) or any(f in SUSPECTING for f in forms):
            return t.start
    return None


ACCUSED_CHARGE_REACH = 10  # words from the accusing verb to the بـ of its charge
# (after بـ) what a charge's verbal noun opens with: "بتقديم", "بالتورط", "بارتكاب", "بمحاولة";
# not a name glued to بـ ("بشار", "بريطانيا")
_CHARGE_OPENINGS = ("ت", "ال", "ا", "م")
_NOT_CHARGE = frozenset({"بين", "بعد", "بعض", "بسبب", "بشان", "بها", "به", "بهم"})


def accused_charge(tokens: Sequence, trig: Trigger) -> int | None:
    """"وتتهم الشرطة ملاك الشركة بتقديم تغطية … عن نتنياهو": the offset where the charge opens
    (بـ + a verbal noun) in the accusation's clause; the parties named from there on are in
    what is charged, not accused. None when no charge follows, or the act is no accusing verb
    (اتهم، يتهم، اتهام): after ندد، دان، استنكر the بـ noun is what is condemned ("نددت باعتقال")."""
    if not any("تهم" in c for c in candidates(tokens[trig.first].norm)):
        return None
    for t in tokens[trig.last + 1:trig.last + 1 + ACCUSED_CHARGE_REACH]:
        if t.norm in CLAUSE_BREAKS:
            return None
        w = t.norm
        if w.startswith("ب") and len(w) > 4 and w not in _NOT_CHARGE and w[1:].startswith(_CHARGE_OPENINGS):
            return t.start
    return None


def lone_accused(tokens: Sequence, trig: Trigger, cand: Candidate) -> bool:
    """"وفي الوقت نفسه تتهم الأمم المتحدة بالانحياز": one party right after an accusing verb, and
    at once the بـ of the charge, is the accused — the verb's subject stands earlier or is
    dropped (a perfect may also read passive, اتُّهم) — not its subject; with two parties before
    the charge ("اتهمت الأمم المتحدة قوات الحكومة بـ") the first accuses, the second is accused."""
    if trig.type != "ACCUSE" or trig.first != trig.last:
        return False
    charge = accused_charge(tokens, trig)
    if charge is None or charge <= cand.span.start:
        return False  # (a name read as بـ + noun is no charge of its own: "اتهم باسيل المفوضية")
    if charge < cand.span.end:  # (a nominal span may run over the charge word)
        return True
    nxt = next((t for t in tokens[trig.last + 1:] if t.start >= cand.span.end), None)
    return nxt is not None and nxt.start == charge


# verbal nouns of conceding whose genitive is the one who concedes (key forms, no pronoun on them)
_CONCEDING_NOUNS = frozenset({"استقاله", "اعتذار", "تنحي"})


def resigner(tokens: Sequence, trig: Trigger, after: list[Candidate]) -> Candidate | None:
    """"أعلن البيت الأبيض استقالة مايكل فلين", "أعلنت الحكومة استقالة وزير الداخلية": the party
    right after a verbal noun of resigning or apologising (its genitive) concedes; None for a verb
    ("استقال") or a noun with a pronoun ("استقالته": the subject's own)."""
    if trig.type != "CONCEDE" or trig.first != trig.last or not after:
        return None
    if not _CONCEDING_NOUNS.intersection(candidates(tokens[trig.first].norm)):
        return None
    nxt = tokens[trig.last + 1] if trig.last + 1 < len(tokens) else None
    return after[0] if nxt is not None and nxt.start <= after[0].span.start < nxt.end else None


_POST_NOUNS = frozenset({"منصب", "منصبه", "منصبها", "مهام", "مهامه"})


def leaves_office(doc: Document, c: Candidate) -> bool:
    """"استقالة X من منصب مستشار الأمن القومي": the one resigning leaves a political post (a
    political title within three words after "من منصب")."""
    words = doc.text[c.span.end:c.span.end + 80].split()[:5]
    if len(words) < 3 or key(words[0]) != "من" or key(words[1]) not in _POST_NOUNS:
        return False
    return any(POLITICAL_TITLES.intersection(word_forms(w)) for w in words[2:5])


# nouns of accusing and blaming whose genitive is the accuser when a لـ party follows it
_ACCUSATION_NOUNS = frozenset({"اتهام", "اتهامات", "انتقاد", "انتقادات", "تحميل"})


def accuser_genitive(doc: Document, tokens: Sequence, trig: Trigger) -> tuple[Candidate, Candidate] | None:
    """"اتهام لندن لموسكو بتسميم العميل": the state right after an accusation noun accuses and the
    state behind لـ right after it is accused — (accuser, accused). None otherwise: "اتهام روسيا
    بالتدخل" names only the accused."""
    if trig.type != "ACCUSE" or trig.first != trig.last or trig.last + 2 >= len(tokens):
        return None
    if not _ACCUSATION_NOUNS.intersection(candidates(tokens[trig.first].norm)):
        return None
    k = trig.last + 1
    accuser = state_at(doc, tokens[k], tokens[k].end)
    if accuser is None or accuser.span.start != tokens[k].start:
        return None
    j = next((i for i in range(k, len(tokens)) if tokens[i].start >= accuser.span.end), len(tokens))
    if j >= len(tokens) or not doc.text[tokens[j].start:tokens[j].end].lstrip("و").startswith("ل"):
        return None
    accused = state_at(doc, tokens[j], tokens[j].end)
    return (accuser, accused) if accused is not None and accused.span.start > tokens[j].start else None
