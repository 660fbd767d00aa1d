#!/usr/bin/env bash
# The newcomer's test: docs/ARCHITECTURE.md names, for each feature a newcomer asks about first, the folder or
# file where it lives, and every path the page names exists, so the page cannot drift from the tree unnoticed.
# Usage: check-architecture-doc.sh ROOT
set -uo pipefail
root=${1:?usage: check-architecture-doc.sh ROOT}
doc="$root/docs/ARCHITECTURE.md"
status=0
fail() { echo "architecture doc: $*"; status=1; }
[ -f "$doc" ] || { fail "docs/ARCHITECTURE.md is missing"; exit 1; }
grep -q 'docs/ARCHITECTURE.md' "$root/README.md" || fail "README.md does not link docs/ARCHITECTURE.md"
section=$(awk '/^## Where each feature lives/{on=1; next} /^## /{on=0} on' "$doc")
[ -n "$section" ] || fail "no '## Where each feature lives' section"
for feature in "Availability grid" "Check-in" "Prices" "Booking creation" "Search" "Cancellation policy"; do
    row=$(grep -i "^| *$feature *|" <<<"$section" | head -1)
    if [ -z "$row" ]; then
        fail "no row for '$feature'"
    elif ! grep -q '`[^`]*/[^`]*`' <<<"$row"; then
        fail "the row for '$feature' names no folder or file"
    fi
done
# Every backticked path (something with a slash and no spaces) anywhere on the page must exist.
while IFS= read -r path; do
    clean=${path%%:*}        # "file.cpp:symbol" names a file
    clean=${clean%/}
    # A path from the root, or an include path as code spells it (from backend/: "domain/Policy.h").
    [ -e "$root/$clean" ] || [ -e "$root/backend/$clean" ] || fail "names $path, which does not exist"
done < <(grep -o '`[A-Za-z0-9_.-]*/[A-Za-z0-9_./:-]*`' "$doc" | tr -d '`' | grep -v '^/' | grep -v '^\.\./' | grep -v '://' | sort -u)
[ $status = 0 ] && echo "architecture doc: every feature placed, every path exists"
exit $status
