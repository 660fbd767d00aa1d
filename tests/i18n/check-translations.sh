#!/usr/bin/env bash
# Both languages everywhere (issue 15): lupdate, run on copies of the .ts files, must find every tr() string of
# the portal already there and translated (Korean), and nothing unfinished, vanished or obsolete; English must
# carry every plural form. The checked-in files are never touched.
# Usage: check-translations.sh LUPDATE PROJECT_CMAKE GENERATE_SCRIPT TS_DIR
#   PROJECT_CMAKE: build/<preset>/app/.lupdate/hotel-portal_project.cmake (written by cmake's configure step)
#   GENERATE_SCRIPT: Qt6LinguistTools' GenerateLUpdateProject.cmake, which turns it into lupdate's JSON project
set -euo pipefail
lupdate=${1:?lupdate}; projectCmake=${2:?project cmake}; generate=${3:?generate script}; tsdir=${4:?ts dir}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project="$work/project.json"
cmake -DIN_FILE="$projectCmake" -DOUT_FILE="$project" -P "$generate"
cp "$tsdir/hotel_portal_ko.ts" "$tsdir/hotel_portal_en.ts" "$work/"
"$lupdate" -project "$project" -no-obsolete -locations none -ts "$work/hotel_portal_ko.ts" "$work/hotel_portal_en.ts" \
    >"$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log"; exit 1; }
status=0
for f in ko en; do
    if ! diff -q "$tsdir/hotel_portal_$f.ts" "$work/hotel_portal_$f.ts" >/dev/null; then
        echo "translations: hotel_portal_$f.ts is not what lupdate makes of the sources (new, changed or removed tr() strings):"
        diff "$tsdir/hotel_portal_$f.ts" "$work/hotel_portal_$f.ts" | head -40
        status=1
    fi
done
if grep -n 'type="unfinished"\|type="vanished"\|type="obsolete"' "$work/hotel_portal_ko.ts" | head -20 | grep .; then
    echo "translations: Korean has unfinished, vanished or obsolete entries (above)"
    status=1
fi
# English is the source language: only its plural messages need forms, and they all must have them.
python3 - "$work/hotel_portal_en.ts" <<'PY' || status=1
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
bad = [re.search(r'<source>(.*?)</source>', m, re.S).group(1)
       for m in re.findall(r'<message numerus="yes">(.*?)</message>', t, re.S) if 'type="unfinished"' in m]
for s in bad:
    print('translations: English plural forms missing for:', s)
sys.exit(1 if bad else 0)
PY
n=$(grep -c '<message' "$work/hotel_portal_ko.ts")
[ $status = 0 ] && echo "translations: $n messages, Korean complete, English plurals complete"
exit $status
