"""استهدف with a campaign, a measure, aid or a symptom as its subject means "aimed at": no
violence, no ASSAULT; an armed campaign or an attacker targeting is an attack."""
from filter_probes import detected_types as _types


def test_aimed_at_dropped():
    assert "ASSAULT" not in _types("واعتقلت الشرطة 20 شخصا في إطار حملة أمنية استهدفت مروجي المخدرات.")
    assert "ASSAULT" not in _types("وبحسب الوكالة، استهدفت المساعدات الأسر الفقيرة في القرى الجبلية.")
    assert "ASSAULT" not in _types("وقالت المنظمة إن الإجراءات التي اتخذتها البلدية استهدفت العمال الأجانب.")
    assert "ASSAULT" not in _types("ويصاب المريض بأعراض تبدأ باستهداف الجهاز الهضمي.")


def test_attacks_kept():
    assert "ASSAULT" in _types("وشن الجيش حملة عسكرية استهدفت مواقع المسلحين في الجبل.")
    assert "ASSAULT" in _types("واستهدف مسلحون مجهولون دورية للشرطة في المدينة.")
