"""NER resources built from a (tiny, invented) data directory: actor lexicon and gazetteer."""
from __future__ import annotations

from pathlib import Path

from rasd.stages.ner.actors import ActorLexicon, build_actor_lexicon
from rasd.stages.ner.features import FeatureExtractor
from rasd.stages.ner.gazetteer import Gazetteer, build_gazetteer


def _write(path: Path, header: str, rows: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")


def _data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    _write(d / "actors-armed-groups-ar" / "armed_groups_orgs_ar.tsv",
           "actor_id\tcanonical_ar\taliases_ar\tname_en\taliases_en\tactor_type\tcountry_iso3\tcameo_code_suggested\tparent_id\tnotes",
           ["grp_x\tجبهة النمر الأزرق\tالنمر الأزرق|جنا\tBlue Tiger Front\t\tarmed_group\tXYZ\tXYZREB\t\t"])
    _write(d / "countries-nationalities-ar" / "countries_ar.tsv",
           "iso2\tiso3\tm49\tname_en\tname_ar\tnames_ar_all",
           ["XY\tXYZ\t999\tXland\tإكسلاند\tإكسلاند|جمهورية إكسلاند"])
    _write(d / "countries-nationalities-ar" / "demonyms_ar.tsv",
           "iso2\tiso3\tcountry_ar\tdemonym_en\tm_sg\tf_sg\tm_pl_nom\tm_pl_acc_gen\tf_pl\tbroken_pl\tvariants_m_sg\tsource",
           ["XY\tXYZ\tإكسلاند\tXlandic\tإكسلاندي\tإكسلاندية\t\t\t\t\t\tmanual"])
    _write(d / "person-names-ar" / "arabic_given_family_names.tsv", "name_ar\ttype\tsource",
           ["زهير\tfirst_male\tx"])
    return d


def test_actor_lexicon_from_data(tmp_path: Path):
    d = _data_dir(tmp_path)
    out = tmp_path / "res"
    msgs = []
    build_actor_lexicon(d, out, lambda frac, msg: msgs.append(msg))
    lex = ActorLexicon.load(out)
    assert lex.lookup("النمر الأزرق") == ("XYZREB", "grp_x")
    assert lex.lookup("وجنا") == ("XYZREB", "grp_x")
    assert lex.lookup("الجيش الإكسلاندي") == ("XYZMIL", None)
    assert lex.lookup("إكسلاند") == ("XYZ", None)
    assert msgs


def test_gazetteer_from_data(tmp_path: Path):
    d = _data_dir(tmp_path)
    path = tmp_path / "gaz.tsv.gz"
    assert build_gazetteer(d, path) > 0
    gaz = Gazetteer.load(path)
    assert "LOCB" in gaz.entries["اكسلاند"]
    assert "PERF" in gaz.entries["زهير"]
    # the short country names news uses, from rasd's own list (the data table lacks them)
    assert "LOCB" in gaz.entries["بريطانيا"] and "LOCB" in gaz.entries["امريكا"]
    fx = FeatureExtractor({}, gaz)
    feats = fx.sentence(["وصل", "زهير", "إلى", "جمهورية", "إكسلاند"])
    assert "g1=PERF" in feats[1]
    assert "gB=LOCB" in feats[3] and "gI=LOCB" in feats[4]
    # no gazetteer: same tokens still get features (no g* ones)
    bare = FeatureExtractor({}, Gazetteer.load(None)).sentence(["وصل", "زهير"])
    assert not any(f.startswith("g") for f in bare[1])
