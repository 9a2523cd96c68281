#!/usr/bin/env bash
# Regenerates tests/fixtures/coordinates/proj-reference.json from PROJ itself (Debian package proj-bin),
# so that our proj4 definitions are checked against the EPSG registry's own operations, not against
# strings copied from the internet. Run by hand from the repository root; the fixture is committed:
#
#   bash scripts/make-proj-reference.sh && npx vitest run tests/geo/coordinates.test.ts
#
# Two kinds of case:
# - EPSG:9205–9218: cs2cs EPSG:4326 → EPSG:92xx, PROJ choosing the operation from its database.
# - Provincial meridians the registry has no code for (vn2000:102, 103.5, 105, 106.75, 107.75, 108): cs2cs
#   with an explicit +proj=tmerc string (k = 0.9999, false easting 500 km) whose +towgs84 is EPSG:6960
#   "VN-2000 to WGS 84 (2)" as PROJ itself writes it (`projinfo -o PROJ EPSG:9209`, position-vector signs).
#   The script first proves that string right: for every EPSG zone it must give exactly what the EPSG code
#   gives, else it stops and writes nothing.
set -euo pipefail
out=tests/fixtures/coordinates/proj-reference.json
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# Southern points are left out: there PROJ picks EPSG:6959 (Mekong delta blocks), a different operation.
points=(
  "20.8479845 106.3931924" "20.8450 106.3900" "20.8510 106.3970" "20.8480 106.3930"
  "21.0285 105.8542" "20.9373 106.3146" "16.0544 108.2022" "22.3364 103.8438"
)
epsg_zones=(9205 9206 9207 9208 9209 9210 9211 9212 9213 9214 9215 9216 9217 9218)
other_meridians=(102 103.5 105 106.75 107.75 108)

# EPSG:6960 as PROJ exports it: the +towgs84=… term of VN-2000 / TM-3 105-30 (EPSG:9209).
towgs84=$(projinfo -o PROJ -q EPSG:9209 | tr ' ' '\n' | grep '^+towgs84=')
[ -n "$towgs84" ] || { echo "projinfo gave no +towgs84 for EPSG:9209" >&2; exit 1; }

explicit_crs() { # $1 = central meridian in degrees
  echo "+proj=tmerc +lat_0=0 +lon_0=$1 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 $towgs84 +units=m +no_defs +type=crs"
}
meridian_of() { # the central meridian of an EPSG VN-2000 TM-3 zone, from PROJ's own definition
  projinfo -o PROJ -q "EPSG:$1" | tr ' ' '\n' | sed -n 's/^+lon_0=//p'
}
# cs2cs reads a +proj target only after +to, as separate words; EPSG:4326 input is "lat lon".
to_explicit() { # $1 = meridian, stdin "lat lon" → "easting northing"
  # shellcheck disable=SC2046
  cs2cs -f %.4f EPSG:4326 +to $(explicit_crs "$1")
}

for code in "${epsg_zones[@]}"; do
  meridian=$(meridian_of "$code")
  for p in "${points[@]}"; do
    by_code=$(echo "$p" | cs2cs -f %.4f EPSG:4326 "EPSG:$code" | awk '{print $1, $2}')
    by_string=$(echo "$p" | to_explicit "$meridian" | awk '{print $1, $2}')
    if [ "$by_code" != "$by_string" ]; then
      echo "EPSG:$code at $p: EPSG code gives $by_code, explicit +proj string gives $by_string" >&2
      exit 1
    fi
  done
done

case_line() { # crs lat lon easting northing
  printf '    {"crs": "%s", "lat": %s, "lon": %s, "easting": %s, "northing": %s}' "$@"
}

{
  echo "{"
  echo "  \"generator\": \"$(cs2cs 2>&1 | head -1 | tr -d '\n')\","
  echo "  \"explicitDefinition\": \"$(explicit_crs '<meridian>')\","
  echo "  \"cases\": ["
  first=1
  for code in "${epsg_zones[@]}"; do
    for p in "${points[@]}"; do
      read -r lat lon <<<"$p"
      read -r e n _ < <(echo "$lat $lon" | cs2cs -f %.4f EPSG:4326 "EPSG:$code")
      [ $first -eq 1 ] || echo ","
      first=0
      case_line "EPSG:$code" "$lat" "$lon" "$e" "$n"
    done
  done
  for meridian in "${other_meridians[@]}"; do
    for p in "${points[@]}"; do
      read -r lat lon <<<"$p"
      read -r e n _ < <(echo "$lat $lon" | to_explicit "$meridian")
      echo ","
      case_line "vn2000:$meridian" "$lat" "$lon" "$e" "$n"
    done
  done
  echo ""
  echo "  ]"
  echo "}"
} > "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "wrote $out"
