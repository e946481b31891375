#!/usr/bin/env python3
"""Render the application icon for every OS from ``resources/icons/artisan-crm.svg``.

    python3 packaging/icons/make_icons.py        (needs ``rsvg-convert``: apt-get install librsvg2-bin)

Writes, next to this script (the results are committed, so Windows/macOS builds need no tool):
- ``hicolor/<n>x<n>/apps/artisan-crm.png`` for n in 16..512 and ``hicolor/scalable/apps/artisan-crm.svg``
  (freedesktop icon theme layout, for the .desktop file's ``Icon=artisan-crm``);
- ``artisan-crm.ico`` (Windows: 16, 24, 32, 48, 64, 128, 256, PNG-compressed entries);
- ``artisan-crm.icns`` (macOS: 16 to 1024 incl. @2x, PNG entries).
ICO and ICNS are written here in pure Python: both formats accept PNG images as entries.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "resources" / "icons" / "artisan-crm.svg"
NAME = "artisan-crm"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS OSType -> pixel size (PNG payloads; the @2x types share pixel sizes with plain ones)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(size: int) -> bytes:
    return subprocess.run(
        [
            "rsvg-convert",
            "--width",
            str(size),
            "--height",
            str(size),
            "--keep-aspect-ratio",
            "--format",
            "png",
            str(SOURCE),
        ],
        check=True,
        capture_output=True,
    ).stdout


def ico(images: dict[int, bytes]) -> bytes:
    count = len(images)
    header = struct.pack("<HHH", 0, 1, count)
    offset = 6 + 16 * count
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    body = b""
    for ostype, size in ICNS_TYPES:
        png = images[size]
        body += ostype + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert est introuvable : apt-get install librsvg2-bin", file=sys.stderr)
        return 1
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    images = {size: render(size) for size in sizes}
    for size in PNG_SIZES:
        target = HERE / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(images[size])
    scalable = HERE / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    (HERE / f"{NAME}.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (HERE / f"{NAME}.icns").write_bytes(icns(images))
    print(f"icônes écrites dans {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
