#!/usr/bin/env bash
# The user guide's pictures, taken from the real portal on the offline demo data: runs hotel-portal --demo under
# Xvfb, brings each page forward with the keyboard (Ctrl+Tab, as a clerk would) and saves the screen as PNG.
#   scripts/screenshots.sh [PORTAL] [OUT_DIR]   (defaults: build/ci/app/hotel-portal, docs/images)
# CI runs it (ctest user_guide_screenshots) into the build folder, so a page that stops drawing fails there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
portal=${1:-$root/build/ci/app/hotel-portal}
out=${2:-$root/docs/images}
[ -x "$portal" ] || { echo "screenshots: no portal at $portal (build it first)" >&2; exit 1; }
for tool in xvfb-run xdotool xwd python3; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (scripts/deps.sh installs it)" >&2; exit 1; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
home=$(mktemp -d /tmp/hotel-shots-XXXXXX)
trap 'rm -rf "$home"' EXIT
chmod 700 "$home"

# Runs inside Xvfb: the portal, then one picture per page.
cat >"$home/inside.sh" <<'INSIDE'
set -euo pipefail
portal=$1 out=$2
"$portal" --demo >"$HOME/portal.log" 2>&1 &
pid=$! win=""
for _ in $(seq 1 300); do
  win=$(xdotool search --onlyvisible --name '^Hotel Portal' 2>/dev/null | head -1 || true)
  [ -n "$win" ] && break
  kill -0 $pid 2>/dev/null || { cat "$HOME/portal.log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$win" ] || { echo "screenshots: the portal showed no window" >&2; kill $pid; exit 1; }
xdotool windowsize "$win" 1280 800 windowmove "$win" 0 0
sleep 4 # the demo database is filled on first start and the grid loads
for page in availability bookings front-desk prices; do
  xdotool windowfocus --sync "$win" 2>/dev/null || true
  sleep 1.5
  xwd -silent -id "$win" >"$HOME/$page.xwd"
  python3 "$HOME/xwd2png.py" "$HOME/$page.xwd" "$out/$page.png"
  echo "screenshots: $out/$page.png"
  xdotool key --window "$win" ctrl+Tab
done
kill $pid
wait $pid 2>/dev/null || true
INSIDE

# XWD (ZPixmap, 24 or 32 bits a pixel, as Xvfb writes it) to PNG with the standard library only.
cat >"$home/xwd2png.py" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
header_size, version, fmt, depth, width, height = struct.unpack('>6I', data[:24])
fields = struct.unpack('>25I', data[:100])
byte_order, bpp, bytes_per_line, ncolors = fields[7], fields[11], fields[12], fields[19]
red_mask, green_mask, blue_mask = fields[14], fields[15], fields[16]
if version != 7 or fmt != 2 or bpp not in (24, 32):
    sys.exit('xwd2png: unsupported XWD (version %d, format %d, %d bpp)' % (version, fmt, bpp))
pixels = data[header_size + ncolors * 12:]
step = bpp // 8
shift = lambda m: (m & -m).bit_length() - 1
rs, gs, bs = shift(red_mask), shift(green_mask), shift(blue_mask)
order = '<' if byte_order == 0 else '>'
rows = bytearray()
colours = set()
for y in range(height):
    line = pixels[y * bytes_per_line:(y * bytes_per_line) + width * step]
    rows.append(0)
    for x in range(width):
        chunk = line[x * step:(x + 1) * step]
        v = int.from_bytes(chunk, 'little' if order == '<' else 'big')
        px = bytes(((v & red_mask) >> rs, (v & green_mask) >> gs, (v & blue_mask) >> bs))
        rows += px
        if len(colours) < 64:
            colours.add(px)
if len(colours) < 16:
    sys.exit('xwd2png: %s is nearly blank (%d colours)' % (sys.argv[1], len(colours)))
def chunk(kind, body):
    return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
png += chunk(b'IDAT', zlib.compress(bytes(rows), 9)) + chunk(b'IEND', b'')
open(sys.argv[2], 'wb').write(png)
PY

env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home" LANG=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$home/inside.sh" "$portal" "$out"
