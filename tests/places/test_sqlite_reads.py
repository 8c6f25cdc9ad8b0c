"""The SQLite backend's lazy reads give what reading the whole key table gave."""
from rasd.gazetteer.sqlite import SqliteGazetteer


def _whole_table(con) -> dict[str, list[tuple[int, int]]]:
    raw: dict[str, list[tuple[int, int]]] = {}
    for k, pk, lit in con.execute("SELECT key, pk, lit FROM keys"):
        raw.setdefault(k, []).append((pk, lit))
    return raw


def test_candidates_per_key_match_a_whole_table_read(sqlite_gaz):
    fresh = SqliteGazetteer(sqlite_gaz.path)  # nothing read yet
    con = fresh._con
    pops = dict(con.execute("SELECT pk, population FROM places"))
    ids = dict(con.execute("SELECT pk, id FROM places"))
    table = _whole_table(con)
    assert table  # the fixture index has keys
    for key, pairs in table.items():
        ranked = sorted(pairs, key=lambda p: -(pops[p[0]] or 0))  # stable: index order on ties
        for literal in (False, True):
            want = [ids[pk] for pk, lit in ranked if lit or not literal]
            assert [c.id for c in fresh.candidates(key, limit=500, literal=literal)] == want, key
    assert fresh.candidates("no-such-key-زززز", limit=5) == []
    assert fresh.candidates("no-such-key-زززز", limit=5) == []  # asked again: the kept answer


def test_well_known_keys_match_the_join(sqlite_gaz):
    fresh = SqliteGazetteer(sqlite_gaz.path)
    for pop in (0, 10_000, 100_000, 500_000, 10**9):
        want = {r[0] for r in fresh._con.execute(
            "SELECT DISTINCT k.key FROM keys k JOIN places p ON p.pk = k.pk WHERE k.lit = 1 AND "
            "(p.feature IN ('country', 'admin1') OR p.population >= ? OR p.id LIKE 'rasd:%')", (pop,))}
        assert fresh.well_known_keys(min_population=pop) == want
    assert fresh.well_known_keys(min_population=0)  # the fixture has countries
