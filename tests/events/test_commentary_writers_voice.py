"""An act with no place, date or toll in an opinion piece told in the writer's own first person
("ونحن نتلقى الصدمات", "أعتقد", "بلادنا") is comment, not news; an interview's "we" is the
speaker's, and an act with a place of its own stays news."""

OPINION = ("ونحن نتلقى الصدمات مرة بعد مرة ونكرر نفس الأسلوب. وأعتقد أن الفكر المتطرف يجيد "
           "الهجوم على كل المؤسسات في بلادنا.")


def test_placeless_act_in_writers_voice_dropped(ev):
    assert "ASSAULT" not in ev.types(OPINION)


def test_one_first_person_word_kept(ev):  # one "نحن" may be an official's, unquoted
    text = "وقال الوزير ونحن نتابع الوضع. وشن مسلحون هجوما على حاجز للشرطة."
    assert "ASSAULT" in ev.types(text)


def test_interview_kept(ev):
    text = ("وقال القائد في حوار مع الصحيفة ونحن نطارد المتمردين. وأعتقد أن قوات التحالف "
            "شنت ضربة جوية محكمة على القاعدة.")
    assert "ASSAULT" in ev.types(text)


def test_act_with_its_place_kept(ev):
    text = ("ونحن نتلقى الصدمات مرة بعد مرة في بلادنا. وكان آخرها تفجير مسجد في أبها "
            "وقت الصلاة.")
    got = ev.types(text, places=[("أبها", 18.2164, 42.5053, "SA", "city")])
    assert "ASSAULT" in got
