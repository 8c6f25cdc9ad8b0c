"""Sport pages: a team's attack and defence hurt no one, and fans, clubs and football federations
are no political actors of verbal acts (SPEC 2.6)."""
from filter_probes import detected_types as _types
from filter_probes import read_types


def test_sport_dropped():
    assert "ASSAULT" not in _types("واستغل المدرب الفترة بشرح نقاط الضعف في حالتي الهجوم والدفاع.")
    assert "SUPPORT" not in _types("وأشادت الجماهير بالمدرب الجديد للمنتخب بعد المباراة.")
    assert "REQUEST" not in _types("وطالب رئيس النادي اللاعبين بالالتحاق بالتمارين فورا.")
    assert "REJECT" not in _types("ورفض الاتحاد طلب النادي بإرسال البطاقة الدولية للاعب.")


def test_politics_kept():
    assert "REQUEST" in _types("وطالبت وزارة الخارجية جميع اللاعبين باحترام الحكومة الشرعية.")
    assert "ASSAULT" in _types("وصد الجيش هجوما للمسلحين على مواقعه في الجبل.")
    assert "ASSAULT" in _types("وقتل عشرة أشخاص في هجوم انتحاري استهدف مباراة لكرة القدم في الملعب.")


def test_transfer_talk_dropped():
    # a club "targeting" players to sign them, and clubs leaving transfer talks (من or عن)
    assert "ASSAULT" not in _types("وتواصل إدارة النادي استهدافها للاعبين الأجانب قبل بداية الدوري الجديد.")
    assert "RETREAT" not in read_types("وأكدت المصادر انسحاب بعض الأندية عن مفاوضاتها مع اللاعب بسبب قيمة العقد.")


def test_attack_on_players_kept():
    assert "ASSAULT" in _types("واستهدف مسلحون حافلة اللاعبين قرب الملعب وأصابوا ثلاثة منهم.")


def test_a_teams_move_dropped():
    # building or finishing a move, a counter-attack: a team's play in a sentence of sport words
    assert "ASSAULT" not in _types("وركز المدرب في التمارين على طريقة بناء الهجمة من الخلف مع اللاعبين.")
    assert "ASSAULT" not in _types("واستقبل المنتخب هدفا من هجمة مرتدة في الدقيقة 80 من المباراة.")
    # the same word for an onslaught outside sport talk stays
    assert "ASSAULT" in _types("وأدانت الحكومة الهجمة التي شنها مسلحون على قرية في الجنوب أمس.")
