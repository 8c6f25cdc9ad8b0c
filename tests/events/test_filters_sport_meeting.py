"""A meeting with a team's players is a coach's or a club's business, no diplomacy (SPEC 2.6
CONSULT is between political actors): "اجتمع المدرب مع اللاعبين قبل التدريب"."""
import pytest

from filter_probes import detected_types


@pytest.mark.parametrize("sentence", [
    "واجتمع المدير الفني مع اللاعبين قبل الحصة الصباحية وحثهم على مضاعفة الجهد.",
    "والتقى رئيس الاتحاد بلاعبي الفريق في الفندق مساء أمس.",
])
def test_meeting_with_players_is_no_consult(sentence):
    assert "CONSULT" not in detected_types(sentence)


def test_meeting_of_ministers_kept():
    assert "CONSULT" in detected_types("واجتمع وزير الخارجية مع نظيره الروسي في موسكو أمس.")
