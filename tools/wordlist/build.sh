#!/usr/bin/env bash
# Builds src/Sitrep.Core/Resources/ligature-words.txt, the word list TextNormaliser uses to
# choose the letters behind a lost PDF ligature (U+FFFD). Only words that contain one of the
# ligature letter pairs (th, fi, fl, ff) can settle that choice, so only those are kept.
#
# Source: Debian's wamerican and wbritish word lists (/usr/share/dict). Needs:
#   apt-get install -y wamerican wbritish
# Run from anywhere; the output file is committed, so this only reruns when the list should change.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../src/Sitrep.Core/Resources/ligature-words.txt"
dicts=(/usr/share/dict/american-english /usr/share/dict/british-english)

for d in "${dicts[@]}"; do
  [[ -r "$d" ]] || { echo "missing $d: apt-get install -y wamerican wbritish" >&2; exit 1; }
done

# ASCII letters only (drops possessives like "fish's" and accented loanwords), lower-cased,
# with a ligature pair, sorted byte-wise so the file diffs cleanly between runs.
cat "${dicts[@]}" \
  | LC_ALL=C grep -E '^[A-Za-z]+$' \
  | LC_ALL=C tr '[:upper:]' '[:lower:]' \
  | LC_ALL=C grep -E 'th|fi|fl|ff' \
  | LC_ALL=C sort -u > "$out"

echo "wrote $(wc -l < "$out") words to $out"
