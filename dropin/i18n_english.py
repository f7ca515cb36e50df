"""Fill the English catalogue's plural forms from the ``(s)`` notation of the source text.

Source strings use ``%n visit(s)``; the English catalogue turns that into
"1 visit" / "2 visits" so no screen shows "(s)". Run by ``make translations``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from dropin.i18n import translations_dir

IRREGULAR = {"person(s)": ("person", "people"), "child(ren)": ("child", "children")}


def forms(text: str) -> tuple[str, str]:
    singular, plural = text, text
    for marked, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(marked, one), plural.replace(marked, many)
    singular = re.sub(r"\((s|es|ren)\)", "", singular)
    plural = re.sub(r"\((s|es|ren)\)", r"\1", plural)
    return singular, plural


def fill(path: Path | None = None) -> int:
    path = path or translations_dir() / "dropin_en.ts"
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None:
            node = ET.SubElement(message, "translation")
        for child in list(node):
            node.remove(child)
        node.attrib.pop("type", None)
        node.text = None
        for text in forms(source):
            ET.SubElement(node, "numerusform").text = text
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    print(fill())
