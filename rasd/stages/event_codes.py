"""The mode of a generic ASSAULT trigger, read from the weapon its sentence names, and the
export codes (PLOVER, CAMEO, ACLED) of an event's type and mode."""
from __future__ import annotations

import re

from rasd.stages.event_detect import Trigger

# ASSAULT mode cues in the sentence, strongest first: the weapon decides the mode.
MODE_CUES = (("airstrike", ("طائرات", "مقاتلات", "الطيران", "طائره", "غاره", "غارات",
                            "الجوي", "جويه", "جوي ")),  # (not جويلية, July; a drone is a "طائرة
             # مسيرة": "مسيرة/مسيرات" alone is as often a march, "مسيرات العودة")
             ("bombing", ("مفخخ", "عبوه", "ناسف", "انتحاري", "تفجير")),
             ("shelling", ("قذائف", "قذيفه", "مدفعي", "هاون", "صاروخ", "صواريخ", "راجمات")),
             ("clash", ("اشتباك", "معارك", "مواجهات")),
             ("shooting", ("رصاص", "النار", "قناص")))


# the interceptors, not the weapon: "اعترضت قوات الدفاع الجوي صاروخين", "منظومة الدفاعات الجوية",
# "صواريخ مضادة للطائرات" name no aircraft that struck (words as `refine_mode` gets them)
_AIR_DEFENCE = re.compile(r"\S*دفاع(?:ات)? \S*جوي\S*|\S*مضاد\S* \S*(?:طائرات|طيران)")


# blades: "ستة منهم بضربات سكين" — the bare ضربات (blows, read as strikes) of a stabbing
_BLADES = ("سكين", "سكاكين", "ساطور", "خنجر", "طعن")


# aid named by its kind: "قدمت اليابان مساعدات اقتصادية", "مساعدات عسكرية" (a donor's verb may head
# the trigger, "قدم* ? مساعدات", whose row gives the default humanitarian)
_AID_KIND = re.compile(r"(?:مساعد|معون)\S* (عسكري|اقتصادي|مالي)")


def refine_mode(trig: Trigger, sentence_key: str) -> str | None:
    """A generic ASSAULT trigger (هجوم، استهدف، قصف) takes its mode from the weapon named; aid
    its kind (military, economic) where the sentence names one."""
    if trig.type == "AID":
        kind = _AID_KIND.search(sentence_key) if trig.mode == "humanitarian" else None
        return trig.mode if kind is None else "military" if kind.group(1) == "عسكري" else "economic"
    if trig.mode == "airstrike" and trig.strength < 3 and any(b in sentence_key for b in _BLADES) \
            and not any(c in sentence_key for c in MODE_CUES[0][1]):
        return "other"  # (bare ضربات with a blade and no aircraft: blows)
    if trig.type != "ASSAULT" or trig.mode not in ("other", "shelling", "killing"):
        return trig.mode
    if "دفاع" in sentence_key or "مضاد" in sentence_key:
        sentence_key = _AIR_DEFENCE.sub(" ", sentence_key)
    for mode, cues in MODE_CUES:
        if any(c in sentence_key for c in cues):
            if trig.mode == "killing" and mode in ("clash", "shooting"):
                return trig.mode
            return mode if trig.mode != "shelling" or mode == "airstrike" else trig.mode
    return trig.mode


CAMEO = {"ASSAULT": "190", "PROTEST": "140", "COERCE": "170", "DISPLACE": None, "MOBILIZE": "150",
         "RETREAT": "080", "THREATEN": "130", "ACCUSE": "112", "REQUEST": "100", "REJECT": "120",
         "AGREE": "057", "CONSULT": "040", "SUPPORT": "051", "COOPERATE": "060", "AID": "070",
         "SANCTION": "160", "CONCEDE": "080"}
CAMEO_MODE = {"airstrike": "195", "shelling": "195", "bombing": "183", "clash": "190",
              "shooting": "180", "killing": "186", "abduction": "181", "sexual": "1821",
              "demonstration": "141", "riot": "145", "strike": "143", "sit-in": "143",
              "hunger-strike": "142", "arrest": "173", "raid": "171", "seizure": "171",
              "restriction": "174", "demolition": "171", "deportation": "174", "censorship": "174",
              "withdrawal": "087", "release": "084", "surrender": "084", "easing": "081",
              "ceasefire": "0871", "deal": "057", "meeting": "043", "visit": "042", "call": "040",
              "negotiation": "046", "humanitarian": "073", "military": "074", "economic": "071"}
ACLED = {"airstrike": "Explosions/Remote violence: Air/drone strike",
         "shelling": "Explosions/Remote violence: Shelling/artillery/missile attack",
         "bombing": "Explosions/Remote violence: Remote explosive/landmine/IED",
         "clash": "Battles: Armed clash", "shooting": "Violence against civilians: Attack",
         "killing": "Violence against civilians: Attack",
         "abduction": "Violence against civilians: Abduction/forced disappearance",
         "sexual": "Violence against civilians: Sexual violence",
         "demonstration": "Protests: Peaceful protest", "strike": "Protests: Peaceful protest",
         "sit-in": "Protests: Peaceful protest", "hunger-strike": "Protests: Peaceful protest",
         "riot": "Riots: Violent demonstration", "arrest": "Strategic developments: Arrests",
         "demolition": "Strategic developments: Looting/property destruction",
         "ceasefire": "Strategic developments: Agreement", "deal": "Strategic developments: Agreement"}


def codes(etype: str, mode: str | None) -> dict:
    acled = ACLED.get(mode or "")
    if acled is None and etype in ("MOBILIZE", "COERCE", "RETREAT"):
        acled = "Strategic developments: Other"
    return {"plover": etype, "acled": acled, "cameo": CAMEO_MODE.get(mode or "") or CAMEO.get(etype)}
