#!/usr/bin/env bash
# Regenerates tests/fixtures/land-recovery/inside-zone-reference.json with GDAL/GEOS (Debian gdal-bin,
# SQLite dialect with SpatiaLite): for every parcel of a parcel file, its plane area and the area of its
# intersection with the zone polygon (holes excluded), computed by GEOS in full double precision. The
# land-recovery tests compare phanlo's recovered areas with these, an oracle independent of Clipper2.
# Run by hand from the repository root; the fixture is committed.
set -euo pipefail
out=tests/fixtures/land-recovery/inside-zone-reference.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One case: a parcel file and a zone file (its Polygon feature with role "zone").
reference_case() {
  local name=$1 parcels=$2 zone=$3 db="$work/$1.gpkg"
  ogr2ogr -f GPKG "$db" "$parcels" -nln parcels
  ogr2ogr -update -f GPKG "$db" "$zone" -nln zone -where "role = 'zone'"
  ogr2ogr -f CSV "$work/$name.csv" "$db" -dialect SQLite -sql "
    SELECT p.sheetNo AS sheet_no, p.parcelNo AS parcel_no,
           printf('%.6f', ST_Area(p.geom)) AS parcel_area_m2,
           printf('%.6f', COALESCE(ST_Area(ST_Intersection(p.geom, z.geom)), 0)) AS inside_area_m2
    FROM parcels p, zone z ORDER BY p.sheetNo, p.parcelNo"
  printf '    "%s": {\n      "parcels": "%s",\n      "zone": "%s",\n      "areas": [\n' "$name" "$parcels" "$zone"
  tail -n +2 "$work/$name.csv" | tr -d '"' | awk -F, '{ printf "%s        {\"id\": \"%s/%s\", \"parcelAreaM2\": %s, \"insideAreaM2\": %s}", (NR > 1 ? ",\n" : ""), $1, $2, $3, $4 } END { print "" }'
  printf '      ]\n    }'
}

{
  echo "{"
  echo "  \"generator\": \"$(ogrinfo --version) with GEOS $(ogrinfo -ro -q -dialect SQLite -sql 'SELECT geos_version() AS v' public/geo/dong-doc-zone.geojson | sed -n 's/.*v (String) = //p')\","
  echo "  \"cases\": {"
  reference_case demo public/geo/dong-doc-parcels.geojson public/geo/dong-doc-zone.geojson
  echo ","
  reference_case fixture tests/fixtures/land-recovery/parcels.geojson tests/fixtures/land-recovery/zone.geojson
  echo ""
  echo "  }"
  echo "}"
} > "$out"
echo "wrote $out"
