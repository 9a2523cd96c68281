#!/usr/bin/env bash
# Makes the plot sheet's fonts (assets/fonts/PhanloSheet-*.ttf) from Debian's DejaVu Sans
# (fonts-dejavu-core), cut to Latin and Vietnamese with fonttools' pyftsubset (Debian: fonttools).
# The whole DejaVu Sans (6 000 glyphs) takes pdf-lib about 0.3–1 s per font to subset at every save;
# the cut fonts (about 600 glyphs) keep a sheet well under a second. pdf-lib still subsets them to the
# glyphs a PDF uses. No OpenType layout tables (GSUB/GPOS): Vietnamese prints from precomposed letters
# (text is NFC), and fontkit's layout over those tables was most of a sheet's time. The output is committed: the app and CI never need fonttools. Rerun on purpose:
#   bash scripts/make-sheet-fonts.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=/usr/share/fonts/truetype/dejavu
# Basic Latin, Latin-1, Latin Extended-A and -B, combining marks, Vietnamese (Latin Extended Additional),
# general punctuation, superscripts (m²), currency (₫), arrows, ≤ ≥, the prime marks of 105°30′.
UNICODES='U+0020-007E,U+00A0-024F,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+2264-2265,U+25A0-25FF'
for style in '' '-Bold'; do
  # The Bitstream Vera licence (assets/fonts/LICENSE-DejaVu.txt) allows a modified font whose name has neither
  # "Bitstream" nor "Vera" in it: "DejaVu Sans" has neither.
  pyftsubset "$SRC/DejaVuSans$style.ttf" --unicodes="$UNICODES" --layout-features='' --no-hinting --name-IDs='*' \
    --output-file="assets/fonts/PhanloSheet$style.ttf"
done
ls -l assets/fonts/PhanloSheet*.ttf
