"""An injury outcome word near an outbreak word (وباء، تفشي، الكوليرا …) counts cases of disease,
not people wounded; an attack word near one stays an attack."""
from filter_probes import detected_types as _types


def test_cases_of_an_outbreak_dropped():
    got = _types("أعلنت الوزارة حالة الطوارئ في المدينة لتفشي وباء الحصبة بعد ارتفاع عدد الوفيات إلى "
                 "تسعة وإصابة أكثر من 500 طفل.")
    assert "ASSAULT" not in got
    assert "ASSAULT" not in _types("وسجلت السلطات إصابة 40 شخصا خلال يومين مع تفشي الكوليرا في المخيم.")


def test_wounds_kept():
    assert "ASSAULT" in _types("وأسفر الهجوم عن إصابة 12 شخصا بجروح في السوق.")
    assert "ASSAULT" in _types("أصيب ثلاثة أطفال بشظايا قذيفة في الحي الشرقي.")


def test_attack_near_an_outbreak_kept():
    assert "ASSAULT" in _types("قصفت الطائرات مستشفى يعالج مرضى الكوليرا وأصيب خمسة من العاملين فيه.")
