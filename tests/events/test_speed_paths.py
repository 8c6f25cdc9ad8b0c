"""The events stage's fast paths (memos, indexes, deferred detector calls) answer exactly what
the plain computations they replace answer."""
from __future__ import annotations

import dataclasses

from rasd.model.span import Span
from rasd.stages import event_args, event_detect, event_filters, event_nominals
from rasd.stages.event_detect import Trigger, candidates, default_lexicon, find_triggers
from rasd.stages.events import EventsStage
from rasd.text.tokenize import tokenize

SENTENCES = (
    "قتل خمسة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة استهدف سوقا شعبيا أمس.",
    "تظاهر آلاف المحتجين أمام مقر الحكومة للمطالبة بالإفراج عن المعتقلين.",
    "اتهمت الحكومة الجماعة المسلحة بخطف زعيم قبلي، ونفت الجماعة ذلك.",
    "جرى احتجاز المتهمين في مركز الشرطة بعد اشتباكات مع قوات الأمن.",
    "أطلق مسلحون النار على دورية للجيش، فيما شنت طائرات غارات على مواقعهم.",
    "وقعت الحكومة اتفاقية تعاون مع الأمم المتحدة لتقديم مساعدات إنسانية للنازحين.",
    # entries that need a later word: the word after the match, and only before it
    "حملت الحكومة الجماعة مسؤولية الهجوم على السوق.",
    "مسؤولية الحكومة أن تحمل الجماعة على الحوار، وقد قصف الجيش البلدة.",
    "تقدم الجيش نحو البلدة وقصف مواقع المسلحين.",
    "نحو مئة جندي تقدم الصفوف وهاجموا المواقع.",
)


def _plain_first_word(lexicon, cands):
    found = []
    for c in cands:
        found.extend(lexicon.exact.get(c, ()))
        for n in range(2, len(c) + 1):
            found.extend(lexicon.prefix.get(c[:n], ()))
    return found


def _plain_find_triggers(tokens, blocked=()):
    """The detector loop as first written: a join per token, every span tested per token."""
    lexicon = default_lexicon()
    cands_at = [candidates(t.norm) for t in tokens]
    keys_after = [" ".join(c[-1] for c in cands_at[i:]) for i in range(len(cands_at))]
    out, i = [], 0
    while i < len(tokens):
        tok = tokens[i]
        if any(s < tok.end and tok.start < e for s, e in blocked):
            i += 1
            continue
        best = None
        for entry in _plain_first_word(lexicon, cands_at[i]):
            if not event_detect._entry_matches(entry, cands_at, i):
                continue
            if entry.words[0] in event_detect.VERB_ONLY and event_detect._noun_reading(cands_at, i, entry):
                continue
            after = keys_after[i + len(entry.words)] if i + len(entry.words) < len(tokens) else ""
            if entry.needs and entry.needs not in after:
                continue
            if best is None or entry.size > best.size:
                best = entry
        if best is None:
            i += 1
            continue
        last = i + len(best.words) - 1
        start = event_detect._stem_start(tok, cands_at[i], best)
        out.append(Trigger(start, tokens[last].end, best.type, best.mode, best.strength, i, last))
        i = last + 1
    return out


def test_first_word_tries_only_lexicon_prefix_lengths_but_finds_the_same_entries():
    lexicon = default_lexicon()
    words = {w for s in SENTENCES for w in s.split()} | set(lexicon.prefix) | set(lexicon.exact)
    for w in sorted(words):
        cands = candidates(event_detect.key(w))
        assert list(lexicon.first_word(cands)) == _plain_first_word(lexicon, cands), w
        assert lexicon.lookup(event_detect.key(w)) == (cands, lexicon.first_word(cands))


def test_find_triggers_equals_the_plain_loop_with_and_without_blocked_spans():
    for text in SENTENCES:
        toks = tokenize(text)
        assert find_triggers(toks) == _plain_find_triggers(toks), text
        assert find_triggers(toks), text  # each sentence has a trigger: the check means something
        for t in toks:  # block each token in turn (plus a span far outside the sentence)
            blocked = [(t.start, t.end), (len(text) + 5, len(text) + 9)]
            assert find_triggers(toks, blocked=blocked) == _plain_find_triggers(toks, blocked)


def test_repeated_call_memo_sees_changed_blocked_spans_and_tokens():
    text = "أعلنت قوات الحشد الشعبي السيطرة على البلدة."
    toks = tokenize(text)
    start = text.index("الحشد")
    blocked = [(start, start + len("الحشد الشعبي"))]
    free = find_triggers(toks)
    assert find_triggers(toks, blocked=blocked) == _plain_find_triggers(toks, blocked)
    assert find_triggers(toks) == free  # same token objects, spans dropped again
    assert find_triggers(toks[1:]) == _plain_find_triggers(toks[1:])
    out = find_triggers(toks)
    out.clear()  # a caller editing its list does not edit the memo
    assert find_triggers(toks) == free


def test_detect_with_looked_up_keys_equals_asserted_per_trigger():
    for text in SENTENCES:
        toks = tokenize(text)
        trigs = event_detect.find_triggers(toks)
        kept = [t for t in trigs if event_detect.asserted(toks, t) and not event_filters.provides(toks, t)]
        skey = " ".join(candidates(t.norm)[0] for t in toks)
        if event_filters.cumulative(skey):
            kept = [t for t in kept if t.strength >= 2]
        if event_detect.lasting(toks) or any(h in skey for h in event_filters.HABITUAL):
            kept = [t for t in kept if t.strength >= 3]
        if any(w in event_filters.JUDICIAL for w in skey.split()):
            kept = [t for t in kept if t.strength >= 2]
        assert event_detect.detect(toks) == kept, text


def test_indexed_mentions_in_equals_the_full_scan(ev):
    text = "قال الجيش السوري إن الجيش قصف إدلب وحلب، وأضاف المرصد أن حلب شهدت اشتباكات."
    doc = ev.make_doc(text, entities=[("الجيش السوري", "ORG", "SYRMIL"), ("الجيش", "ORG", None),
                                      ("المرصد", "ORG", None)],
                      places=[("إدلب", 35.9, 36.6, "SY", "city"), ("حلب", 36.2, 37.1, "SY", "city")])
    windows = [Span(a, b, text[a:b]) for a in range(0, len(text), 7) for b in range(a, len(text) + 1, 5)]
    plain = [event_args.mentions_in(doc, w) for w in windows]
    plain_places = [event_args.place_mentions(doc, doc.tokens, w) for w in windows]
    assert any(len(p) >= 2 for p in plain) and any(plain_places)
    event_args.index_document(doc)
    try:
        assert [event_args.mentions_in(doc, w) for w in windows] == plain
        assert [event_args.place_mentions(doc, doc.tokens, w) for w in windows] == plain_places
    finally:
        event_args.unindex_document(doc)
    assert event_args.INDEX not in doc.extras


def test_the_stage_leaves_no_index_behind(ev):
    doc = ev.make_doc(SENTENCES[0], quantities=[("خمسة أشخاص", 5, "exact", "killed")])
    EventsStage()(doc)
    assert event_args.INDEX not in doc.extras


def test_nominals_memo_answers_each_range_and_sentence_afresh():
    a, b = tokenize(SENTENCES[1]), tokenize(SENTENCES[4])
    for toks in (a, b, a):
        for lo, hi in ((0, len(toks)), (0, len(toks) // 2), (2, len(toks)), (0, len(toks))):
            assert event_nominals.nominals_in(toks, lo, hi) == event_nominals.scan_nominals(toks, lo, hi)
    assert event_nominals.nominals_in(b, 0, len(b))  # "مسلحون", "طائرات": nominals are there


class _Detector:
    """A stand-in sentence detector that records what it was asked."""

    def __init__(self):
        self.asked: list[str] = []

    def predict(self, text: str) -> dict[str, float]:
        self.asked.append(text)
        return {"ASSAULT": 0.25 + len(text) % 7 / 10, "PROTEST": 0.1}


def _run(doc, *, eager: bool):
    stage = EventsStage()
    stage.detector = _Detector()
    if eager:  # the detector asked for every event, as before the deferral
        stage._deferred_confidence = lambda sent, trig: stage._confidence(sent, trig)
    return stage(doc).events, stage.detector.asked


def test_back_reference_confidence_waits_for_the_merge_without_changing_records(ev):
    absorbed = ("قتل خمسة أشخاص أمس في انفجار سيارة مفخخة في سوق البلدة. "
                "وأسفر الانفجار عن مقتل خمسة أشخاص.")
    kept = "وقع الانفجار في سوق المدينة وأسفر عن مقتل خمسة أشخاص."

    def make(text):
        return ev.make_doc(text, quantities=[("خمسة أشخاص", 5, "exact", "killed")])

    fast, asked = _run(make(absorbed), eager=False)
    slow, asked_all = _run(make(absorbed), eager=True)
    assert fast == slow and len(fast) == 1
    assert len(asked) == 1 and len(asked_all) == 2  # the merged-away reference was not scored
    fast, asked = _run(make(kept), eager=False)
    slow, _ = _run(make(kept), eager=True)
    assert fast == slow and len(fast) == 1  # a reference that stays a record is scored after all
    assert isinstance(fast[0].confidence, float) and asked == [kept]


def test_one_detector_call_per_sentence(ev):
    text = "قتل خمسة أشخاص في انفجار سيارة مفخخة، وأصيب عشرة في قصف مدفعي على سوق البلدة."
    doc = ev.make_doc(text, quantities=[("خمسة أشخاص", 5, "exact", "killed")],
                      places=[("سوق البلدة", 35.0, 36.0, "SY", "facility")])
    stage = EventsStage()
    stage.detector = _Detector()
    stage._anaphoric = False
    trigs = [t for t in find_triggers(doc.tokens) if t.type == "ASSAULT"]
    assert len(trigs) >= 2
    sent = doc.sentences[0]
    stage._probs = {}
    confs = [stage._confidence(sent, t) for t in trigs]
    assert stage.detector.asked == [sent.text]
    assert confs == [round(0.5 * (0.45 + 0.15 * t.strength) + 0.5 * (0.25 + len(sent.text) % 7 / 10), 2)
                     for t in trigs]


def test_event_records_are_plain_dataclasses():
    # the deferral fills `confidence` in place after the merge: Event must stay mutable
    from rasd.model.record import Event
    assert not Event.__dataclass_params__.frozen and "confidence" in {f.name for f in dataclasses.fields(Event)}


def test_place_mentions_memo_answers_again_and_sees_other_tokens(ev):
    text = "قصف الجيش إدلب وحلب، وقال المرصد إن حلب شهدت اشتباكات."
    doc = ev.make_doc(text, entities=[("الجيش", "ORG", None)],
                      places=[("إدلب", 35.9, 36.6, "SY", "city"), ("حلب", 36.2, 37.1, "SY", "city")])
    span = Span(0, len(text), text)
    plain = event_args.place_mentions(doc, doc.tokens, span)
    # "قوات" just before a place makes it an institution's owner, so the tokens matter
    other = [dataclasses.replace(t, norm="قوات") if t.end <= plain[0][0].start else t
             for t in doc.tokens]
    plain_other = event_args.place_mentions(doc, other, span)
    assert plain and plain_other != plain
    event_args.index_document(doc)
    try:
        for _ in range(2):
            assert event_args.place_mentions(doc, doc.tokens, span) == plain
            assert event_args.place_mentions(doc, other, span) == plain_other
    finally:
        event_args.unindex_document(doc)


def _plain_nominals(tokens, lo, hi):
    """The nominal scan as first written: every candidate form looked up in the table."""
    index = event_nominals.by_first_word()
    out, i = [], lo
    while i < hi:
        hit = None
        for c in candidates(tokens[i].norm):
            for k, val in index.get(c, ()):
                n = len(k)
                if i + n <= hi and all(k[j] in candidates(tokens[i + j].norm) for j in range(1, n)):
                    if hit is None or n > hit[0]:
                        hit = (n, val)
                    break
        if hit:
            n, (role, inst) = hit
            nation = event_nominals.demonym(tokens[i + n]) if i + n < hi else None
            end = tokens[i + n].end if nation else tokens[i + n - 1].end
            out.append(event_nominals.Nominal(tokens[i].without_proclitics()[0], end, role, inst, nation))
            i += n + (1 if nation else 0)
        else:
            i += 1
    return out


def test_nominals_with_memoised_table_starts_equal_the_plain_scan():
    found = 0
    for text in SENTENCES + ("قالت السلطات التركية إن قوات الأمن اعتقلت مسلحين.",):
        toks = tokenize(text)
        for lo, hi in ((0, len(toks)), (1, len(toks) - 1), (2, 4)):
            got = event_nominals.scan_nominals(toks, lo, hi)
            assert got == _plain_nominals(toks, lo, hi), text
            found += len(got)
    assert found  # some sentence has a nominal actor: the check means something


def test_hashed_features_equal_hashing_each_feature():
    from rasd.stages import event_classifier as ec
    from rasd.stages.event_features import sentence_features
    for text in SENTENCES:
        plain = sorted({ec._h(f) for f in sentence_features(text)})
        assert ec.features(text) == plain
        assert ec.features(text) == plain  # from the memo the second time


def _plain_detect(tokens, blocked=()):
    """detect with every memo emptied first: the answer computed from scratch."""
    event_detect._LAST = None
    event_detect._KEPT.clear()
    return event_detect.detect(tokens, blocked=blocked)


def test_detect_memo_answers_as_a_fresh_call_whatever_was_asked_before():
    from rasd.stages.event_detect import detect
    for text in SENTENCES:
        toks = tokenize(text)
        for t in toks:  # blocked heads change the answer; the memo keeps them apart
            blocked = ((t.start, t.end),)
            want_blocked, want_free = _plain_detect(toks, blocked), _plain_detect(toks)
            assert detect(toks, blocked=blocked) == want_blocked, text
            assert detect(toks) == want_free, text
            assert detect(toks, blocked=blocked) == want_blocked, text
        got = detect(toks)
        got.clear()  # a caller editing its list does not edit the memo
        assert detect(toks) == _plain_detect(toks)
    assert any(_plain_detect(tokenize(s)) for s in SENTENCES)  # the check means something


def test_feature_pieces_match_the_per_token_functions():
    from rasd.stages import event_features as ef
    for text in SENTENCES:
        toks = tokenize(text)
        want_clusters = set()
        for t in toks:
            want_clusters.update(ef._cluster_ids(ef.cluster_view(), t.text, t.norm))
        for _ in range(2):  # first filled, then read from the memo
            pieces = ef._pieces(toks)
            assert [p[0] for p in pieces] == [ef._stem(t.norm) for t in toks]
            assert [p[1] for p in pieces] == [ef._fold(t.norm) for t in toks]
            assert ef.cluster_features(toks) == want_clusters


def test_norms_between_equal_tokenising_the_slice():
    import rasd
    from rasd.stages.event_source import norms_between
    from rasd.text.tokenize import tokenize

    text = "وأعلن الرئيسُ التونسي، أمس، تمديدَ حالة الطوارئ وقال إن الجيش والشرطة ستنتشر بالمدن."
    doc = rasd.load_pipeline('[pipeline]\nstages = ["text"]\n')(text)
    for a in [t.start for t in doc.tokens]:
        for b in range(a + 1, len(text) + 1):
            assert norms_between(doc, a, b) == [t.norm for t in tokenize(text[a:b])], (a, b)
