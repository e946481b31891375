"""Fill unfinished entries of a .ts file from a JSON file of translations.

Usage: .venv/bin/python resources/translations/fill.py AREA TRANSLATIONS.json [MORE.json...]
  TRANSLATIONS.json: {"English source": "French text", ...} or
                     {"Context": {"English source": "French text"}, ...}
Then run resources/translations/update.sh AREA to rebuild the .qm. Prints what is still
unfinished in the .ts afterwards.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(area: str, *pairs_files: str) -> int:
    ts = HERE / f"{area}_fr.ts"
    pairs: dict[str, object] = {}
    for pairs_file in pairs_files:
        if not Path(pairs_file).exists():
            continue
        for key, value in json.loads(Path(pairs_file).read_text(encoding="utf-8")).items():
            if isinstance(value, dict) and isinstance(pairs.get(key), dict):
                pairs[key].update(value)  # type: ignore[union-attr]
            else:
                pairs[key] = value
    tree = ET.parse(ts)
    left: list[str] = []
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") != "unfinished" and (translation.text or "").strip():
                continue
            scoped = pairs.get(name)
            text = scoped.get(source) if isinstance(scoped, dict) else None
            if text is None and isinstance(pairs.get(source), str):
                text = pairs[source]
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
            else:
                left.append(f"{name}: {source!r}")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    print(f"{ts.name}: {filled} filled, {len(left)} still unfinished")
    for line in left:
        print("  " + line)
    return 0 if not left else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], *sys.argv[2:]))
