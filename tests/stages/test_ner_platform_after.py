""""على/عبر" + a social platform is where a name's owner wrote, not more of the name (audit U60:
"وكتب سكوت على تويتر" was the person "سكوت على تويتر")."""
from test_ner import mentions, run


def test_on_twitter_is_cut_off_a_person():
    doc = run("وكتب ماركو روبيو على تويتر أن الاتفاق سيئ",
              {"ماركو": "B-PER", "روبيو": "I-PER", "على": "I-PER", "تويتر": "I-PER"})
    assert mentions(doc) == [("ماركو روبيو", "PER")]


def test_ali_before_a_name_stays():
    # must not fire: "محمد على البرهومي" — على is the name علي, no platform after it
    doc = run("صرح محمد على البرهومي أمس", {"محمد": "B-PER", "على": "I-PER", "البرهومي": "I-PER"})
    assert mentions(doc) == [("محمد على البرهومي", "PER")]
