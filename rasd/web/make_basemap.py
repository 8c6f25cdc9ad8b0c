"""Build static/vendor/basemap.json from world-atlas's countries-110m.json (ISC licence,
Natural Earth data, public domain): `npm pack world-atlas@2`, unpack, then
`python -m rasd.web.make_basemap package/countries-110m.json`.

Not used at run time: the page only loads the GeoJSON it writes. Keeps the countries that
touch the Middle East / North Africa window, coordinates rounded to 0.1° (the
110m data is no finer).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

WINDOW = (-18.0, 2.0, 63.0, 42.0)  # west, south, east, north
OUT = Path(__file__).parent / "static" / "vendor" / "basemap.json"


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            point = (round(x * sx + tx, 1), round(y * sy + ty, 1))
            if not points or points[-1] != point:
                points.append(point)
        arcs.append(points)
    return arcs


def ring(arcs, indices) -> list:
    out: list = []
    for i in indices:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(points if not out else points[1:])
    return [list(p) for p in out]


def inside(polys) -> bool:
    """The country's mean point lies in WINDOW (keeps big neighbours like Russia out)."""
    west, south, east, north = WINDOW
    points = [p for poly in polys for r in poly for p in r]
    x = sum(p[0] for p in points) / len(points)
    y = sum(p[1] for p in points) / len(points)
    return west <= x <= east and south <= y <= north


def main(path: str) -> None:
    topo = json.loads(Path(path).read_text("utf-8"))
    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [[ring(arcs, r) for r in geom["arcs"]]]
        elif geom["type"] == "MultiPolygon":
            polys = [[ring(arcs, r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        if not inside(polys):
            continue
        features.append({"type": "Feature", "properties": {"name": geom["properties"]["name"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                              separators=(",", ":")), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
