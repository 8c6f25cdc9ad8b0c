"""The places stage as a whole: nulls, precision codes, the missing-index warning, the index
builder, the SQLite backend and the debug command."""
import sqlite3 as _sqlite3  # only to inspect the built file
from pathlib import Path

import pytest

from places_helpers import FIXTURE, assert_at, make_doc, place_of, resolve
from rasd.gazetteer import MISSING_INDEX_WARNING, load_gazetteer
from rasd.model.record import Place
from rasd.stages.places import PlacesStage, geo_precision, make

# -- a null is better than a wrong village ---------------------------------------------------

NULLS = [
    ("وصل الوفد إلى زوزولاند.", "زوزولاند", "no candidates"),
    ("وصل الوفد إلى باغوز.", "باغوز", "weak"),
    ("وصل الوفد إلى القامشللي.", "القامشللي", "weak"),
    ("قصفت الطائرات كفرزيتا.", "كفرزيتا", "no candidates"),
]


@pytest.mark.parametrize("text,mention,why", NULLS)
def test_weak_evidence_gives_null(mem_gaz, text, mention, why):
    doc = resolve(mem_gaz, text, [mention])
    place = place_of(doc, mention)
    assert place.lat is None and place.lon is None and place.entity == "e1"
    reason = doc.extras["places_debug"][0]["reason"]
    assert (reason != "top score") if why == "weak" else (why in reason)


@pytest.mark.parametrize("text,mentions,target,fact", [
    ("قصف على الباغوز في ريف دير الزور.", ["الباغوز", "دير الزور"], "الباغوز", "baghuz"),
    ("قصف على القامشللي في شمال سوريا.", ["القامشللي", "سوريا"], "القامشللي", "qamishli"),
    ("وصل النازحون إلى القامشلى قرب الحسكة.", ["القامشلى", "الحسكة"], "القامشلى", "qamishli"),
])
def test_context_licenses_small_or_misspelt_places(mem_gaz, text, mentions, target, fact):
    assert_at(place_of(resolve(mem_gaz, text, mentions), target), fact)


# -- output shape ------------------------------------------------------------------------------

def test_one_place_per_loc_entity_with_spec_fields(mem_gaz):
    doc = resolve(mem_gaz, "قصف على حلب وإدلب في سوريا.", ["حلب", "إدلب", "سوريا"])
    assert [p.id for p in doc.places] == ["p1", "p2", "p3"]
    assert [p.entity for p in doc.places] == ["e1", "e2", "e3"]
    d = doc.places[0].to_dict()
    for key in ("id", "entity", "name", "name_en", "lat", "lon", "country", "admin1", "admin2",
                "feature", "gazetteer_id", "geonames_id"):
        assert key in d
    assert d["gazetteer_id"] == "fx:aleppo" and d["feature"] == "city"


def test_non_loc_entities_get_no_place(mem_gaz):
    doc = make_doc("قال المرصد في حلب إن القصف مستمر.", ["حلب"])
    doc.entities[0].label = "ORG"
    assert PlacesStage(mem_gaz, add_missing=False)(doc).places == []


@pytest.mark.parametrize("feature,near,expected", [
    ("village", False, 1), ("town", False, 1), ("city", False, 1), ("neighbourhood", False, 1),
    ("facility", False, 1), ("admin2", False, 2), ("village", True, 2), ("city", True, 2),
    ("admin1", False, 3), ("region", False, 3), ("admin1", True, 3), ("country", False, 4),
    ("country", True, 4),
])
def test_geo_precision(feature, near, expected):
    assert geo_precision(Place("p1", "e1", "x", lat=1.0, lon=2.0, feature=feature), near=near) == expected


def test_geo_precision_of_unresolved_place_is_none():
    assert geo_precision(Place("p1", "e1", "x")) is None
    assert geo_precision(None) is None


def test_region_feature_gives_precision_three(mem_gaz):
    place = place_of(resolve(mem_gaz, "معارك في ريف حلب الجنوبي.", ["حلب"]), "حلب")
    assert geo_precision(place) == 3


def test_named_facility_sits_in_the_nearest_town(mem_gaz):
    doc = resolve(mem_gaz, "انفجرت سيارة قرب فندق وهيلي في بغداد.", ["فندق وهيلي", "بغداد"])
    place = place_of(doc, "فندق وهيلي")
    assert_at(place, "baghdad")
    assert place.feature == "facility"


# -- the missing index ------------------------------------------------------------------------

def test_missing_index_warns_and_uses_embedded_default(tmp_path):
    from rasd.resources import Resources

    stage = make({}, Resources(tmp_path))
    doc = stage(make_doc("وصل الوفد إلى دمشق.", ["دمشق"]))
    assert doc.extras["warnings"] == [MISSING_INDEX_WARNING]
    assert "rasd data build" in MISSING_INDEX_WARNING
    assert_at(place_of(doc, "دمشق"), "damascus")


def test_built_index_is_used_without_warning(tmp_path):
    from rasd.gazetteer.memory import read_rows_tsv
    from rasd.gazetteer.sqlite import write_index
    from rasd.resources import Resources

    (tmp_path / "resources" / "gazetteer").mkdir(parents=True)
    write_index(read_rows_tsv(FIXTURE), tmp_path / "resources" / "gazetteer" / "gazetteer.sqlite")
    gaz, warning = load_gazetteer(Resources(tmp_path))
    assert warning is None and gaz.name.startswith("sqlite:")
    doc = make({}, Resources(tmp_path))(make_doc("قصف على هجين.", ["هجين"]))
    assert "warnings" not in doc.extras
    assert_at(place_of(doc, "هجين"), "hajin")


# -- the builder (an invented mini data directory) --------------------------------------------

WOF_HEAD = ("wof_id\tcountry\tplacetype\tgn_fcode\tname_ar\tnames_ar\tname_en\tnames_latin\tnames_other_arabic_script\t"
            "lat\tlon\tpopulation\tadmin1_id\tadmin1_en\tadmin1_ar\tadmin2_id\tadmin2_en\tadmin2_ar\tparent_id\t"
            "parent_en\tgeonames_id\twikidata_id\tcode\tis_current")


def _wof(wid, cc, pt, fc, name, names, en, lat, lon, pop, a1="", gn="", current="1"):
    return "\t".join([wid, cc, pt, fc, name, names, en, en, "", lat, lon, pop, "", a1, "", "", "", "", "", "", gn, "", "",
                      current])


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    (d / "gazetteer-wof-mena-ar").mkdir(parents=True)
    (d / "gazetteer-wof-mena-ar" / "places_ar.tsv").write_text("\n".join([
        WOF_HEAD,
        _wof("1", "SY", "country", "", "سوريا", "سوريا|سورية", "Syria", "35.0", "38.5", "17000000"),
        _wof("2", "SY", "locality", "PPL", "البو كمال", "البو كمال|البوكمال", "Abu Kamal", "34.45", "40.92", "57572",
             "Deir ez-Zor", "171"),
        _wof("3", "SY", "locality", "PPLQ", "خربة", "خربة", "Ruin", "34.0", "40.0", "0"),
        _wof("4", "SY", "locality", "PPL", "قديمة", "قديمة", "Old", "34.1", "40.1", "0", current="0"),
    ]) + "\n", "utf-8")
    (d / "gazetteer-geonames-world-ar").mkdir()
    (d / "gazetteer-geonames-world-ar" / "cities_ar.tsv").write_text(
        "geonameid\tname\tcountry\tgn_fcode\tadmin1_code\tadmin1_name_en\tadmin1_geonameid\tlat\tlon\tpopulation\t"
        "timezone\tnames_ar\tnames_other_arabic_script\tnames_latin\n"
        "524901\tMoscow\tRU\tPPLC\t48\tMoscow\t1\t55.75\t37.62\t12000000\tEurope/Moscow\tموسكو\t\tMoskva\n"
        "171\tAbu Kamal\tSY\tPPL\t09\tDeir ez-Zor\t1\t34.45\t40.92\t57572\tAsia/Damascus\tالبوكمال\t\t\n", "utf-8")
    (d / "countries-nationalities-ar").mkdir()
    (d / "countries-nationalities-ar" / "countries_ar.tsv").write_text(
        "iso2\tname_en\tname_ar\tnames_ar_all\tlat\tlon\tdeprecated_ocha\n"
        "SY\tSyria\tسوريا\tسوريا|سورية|الجمهورية العربية السورية\t34.8\t39.0\tN\n"
        "HU\tHungary\tهنغاريا\tهنغاريا|المجر (هنغاريا)\t47.2\t19.4\tN\n"
        "XX\tNowhere\tلا مكان\tلا مكان\t\t\tY\n", "utf-8")
    return d


def test_builder_writes_a_loadable_index(data_dir, tmp_path):
    from rasd.gazetteer.build import INDEX_FILE, build_gazetteer
    from rasd.gazetteer.sqlite import SqliteGazetteer

    out = tmp_path / "out"
    steps = []
    build_gazetteer(data_dir, out, lambda f, m: steps.append(f))
    gaz = SqliteGazetteer(out / INDEX_FILE)
    assert steps[-1] == 1.0
    ids = {c.id for c in gaz.candidates("بوكمال")}
    assert ids == {"wof:2"}  # the GeoNames duplicate (same geonames id) is not stored twice
    assert [c.id for c in gaz.candidates("موسكو")] == ["gn:524901"]
    assert gaz.candidates("خربه") == [] and gaz.candidates("قديمه") == []  # ruins and retired records dropped
    syria = gaz.candidates("سوريه")[0]
    # WOF's label point (35.0, 38.5) and the Factbook point (35, 38) are 46 km apart: the
    # country's point lies within 25 km of both conventions
    assert syria.feature == "country" and (syria.lat, syria.lon) == (35.0, 38.25)
    assert syria.id == "wof:1"
    assert gaz.candidates("لامكان") == []  # deprecated country dropped
    # "المجر (هنغاريا)": the name before the bracket is a name of its own
    assert [c.country for c in gaz.candidates("مجر") if c.feature == "country"] == ["HU"]
    con = _sqlite3.connect(out / INDEX_FILE)
    assert con.execute("select count(*) from places").fetchone()[0] >= 4  # + hand-written extra places


def test_stale_index_falls_back_with_a_rebuild_hint(tmp_path):
    from rasd.gazetteer import STALE_INDEX_WARNING
    from rasd.gazetteer.memory import read_rows_tsv
    from rasd.gazetteer.sqlite import write_index

    index = tmp_path / "old.sqlite"
    write_index(read_rows_tsv(FIXTURE), index)
    con = _sqlite3.connect(index)
    con.execute("UPDATE meta SET v = 'rasd-gazetteer/1' WHERE k = 'format'")
    con.commit()
    con.close()
    gaz, warning = load_gazetteer(None, path=index)
    assert warning == STALE_INDEX_WARNING and gaz.name == "embedded"
    assert "--force" in warning


def test_builder_is_registered():
    from rasd.resources import registered_resources

    spec = registered_resources()["gazetteer"]
    assert "gazetteer-wof-mena-ar" in spec.sources and "countries-nationalities-ar" in spec.sources


def test_sqlite_and_memory_return_the_same_candidates(mem_gaz, sqlite_gaz):
    for key in ("حمص", "طرابلس", "رقه", "بوكمال", "عمان", "ادلب"):
        assert {c.id for c in mem_gaz.candidates(key)} == {c.id for c in sqlite_gaz.candidates(key)}
        assert {c.id for c in mem_gaz.candidates(key, country="SY")} == \
            {c.id for c in sqlite_gaz.candidates(key, country="SY")}


def test_near_keys_finds_a_misspelling(mem_gaz, sqlite_gaz):
    for gaz in (mem_gaz, sqlite_gaz):
        assert gaz.near_keys("قامشللي")[0][0] == "قامشلي"


# -- layering and the debug command ------------------------------------------------------------

def test_stage_modules_do_not_import_sqlite3():
    root = Path(__file__).resolve().parents[2] / "rasd" / "stages" / "places"
    for f in root.glob("*.py"):
        assert "import sqlite3" not in f.read_text("utf-8"), f


def test_places_command_explains_the_choice(tmp_path):
    from typer.testing import CliRunner

    from rasd.cli.main import app
    from rasd.gazetteer.memory import read_rows_tsv
    from rasd.gazetteer.sqlite import write_index

    index = tmp_path / "mini.sqlite"
    write_index(read_rows_tsv(FIXTURE), index)
    result = CliRunner().invoke(app, ["places", "قصفت الطائرات مدينة حمص في سوريا.", "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "حمص" in result.output and "fx:homs" in result.output and "✓" in result.output


def test_near_flag_is_exposed_for_events(mem_gaz):
    doc = resolve(mem_gaz, "انفجرت عبوة قرب سراقب وفي إدلب.", ["سراقب", "إدلب"])
    near = doc.extras["places_near"]
    assert near[place_of(doc, "سراقب").id] is True
    assert near[place_of(doc, "إدلب").id] is False
    assert geo_precision(place_of(doc, "سراقب"), near=True) == 2


def test_hand_written_places_are_well_formed():
    from rasd.gazetteer.build import extra_rows

    rows = extra_rows()
    assert len({r["id"] for r in rows}) == len(rows)
    features = {"country", "admin1", "admin2", "region", "city", "town", "village", "neighbourhood",
                "facility", "natural"}
    for r in rows:
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r["id"]
        assert len(r["country"]) == 2 and r["country"].isupper(), r["id"]
        assert r["feature"] in features, r["id"]
        assert int(r["population"] or 0) >= 0 and r["name"].strip(), r["id"]


@pytest.mark.parametrize("sentence,name,point,country", [
    ("صوت برلمان كاتالونيا على الاستقلال.", "كاتالونيا", (41.8, 1.5), "ES"),
    ("قتل ثلاثة في هجوم بإقليم البنجاب.", "البنجاب", (31.2, 72.7), "PK"),
    ("سقط صاروخ على مدينة سيدروت.", "سيدروت", (31.5, 34.6), "IL"),
    ("اعتقلت السلطات عشرات في إقليم شينجيانغ.", "شينجيانغ", (41.5, 85.5), "CN"),
    ("هاجم مسلحون قرية في شمال ولاية بورنو.", "بورنو", (11.8, 13.1), "NG"),
    ("ضربت عاصفة ولاية ميسيسيبي أمس.", "ميسيسيبي", (32.7, -89.7), "US"),
    ("قتل شرطي في هجوم على مركز في جزيرة سومطرة.", "سومطرة", (-0.5, 101.5), "ID"),
    ("تتواصل أعمال العنف في منطقة كيفو.", "كيفو", (-2.0, 28.8), "CD"),
    ("سقطت قذيفة قرب بلدة في الجليل.", "الجليل", (32.9, 35.45), "IL"),
    ("وصل وفد إلى شبه جزيرة القرم أمس.", "القرم", (45.3, 34.4), "UA"),
    ("فر آلاف من جمهورية الكونغو الديموقراطية.", "الكونغو الديموقراطية", (-4.04, 21.76), "CD"),
    ("اعترضت الدفاعات صواريخ استهدفت قاعدة الضُمير الجوية.", "الضُمير", (33.61, 36.75), "SY"),
])
def test_hand_written_places_resolve_with_the_embedded_gazetteer(sentence, name, point, country):
    from rasd.gazetteer.embedded import embedded_gazetteer

    doc = resolve(embedded_gazetteer(), sentence, [name])
    place = place_of(doc, name)
    assert place.country == country and abs(place.lat - point[0]) < 0.3 and abs(place.lon - point[1]) < 0.3
