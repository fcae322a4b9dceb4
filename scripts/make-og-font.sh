#!/usr/bin/env bash
# Makes assets/og/noto-sans-sc-bold-gb2312.woff, the font the Open Graph images draw Chinese with.
# satori (next/og) reads TTF, OTF and WOFF but not Debian's TTC collections, and a whole CJK face is
# 16 MB, so we commit a subset: Noto Sans CJK SC Bold (SIL OFL 1.1, see assets/og/OFL.txt) cut to
# the 6,763 hanzi of GB 2312, ASCII, Latin-1, CJK punctuation and full-width forms (about 1.3 MB).
# Needs Debian's fonts-noto-cjk and Python's fonttools (`pip install fonttools`).
set -euo pipefail
cd "$(dirname "$0")/.."
TTC=/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
TEXT=$(mktemp)
python3 - "$TEXT" <<'PY'
import sys
chars = [chr(c) for c in [*range(0x20, 0x7F), *range(0xA0, 0x100), *range(0x3000, 0x3040), *range(0xFF01, 0xFF5F)]]
chars += list("¥·…—–‘’“”•×÷€")
for row in range(16, 88):  # GB 2312 rows 16-55 (level 1) and 56-87 (level 2): the hanzi
    for cell in range(1, 95):
        try:
            chars.append(bytes([0xA0 + row, 0xA0 + cell]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
open(sys.argv[1], "w").write("".join(chars))
PY
# Font 2 of the collection is the Simplified Chinese (SC) face.
pyftsubset "$TTC" --font-number=2 --text-file="$TEXT" --flavor=woff --layout-features='' \
  --no-hinting --desubroutinize --output-file=assets/og/noto-sans-sc-bold-gb2312.woff
rm -f "$TEXT"
ls -l assets/og/noto-sans-sc-bold-gb2312.woff
