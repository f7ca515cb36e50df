"""Fill the English catalogue's plural forms from the source text.

Source strings use ``%n visit(s)``; the English catalogue turns that into
"1 visit" / "2 visits" so no screen shows "(s)". A source written in the plural
("%n visits so far") gets its singular from the word after ``%n`` ("1 visit so
far"). Run by ``make translations``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from dropin.i18n import translations_dir

IRREGULAR = {"person(s)": ("person", "people"), "child(ren)": ("child", "children")}
#: plural nouns whose singular is not the word without its last "s"
SINGULAR = {"people": "person", "children": "child", "entries": "entry", "men": "man", "women": "woman"}
#: words after %n that end in "s" but are not plurals
NOT_PLURAL = re.compile(r"(ss|us|is)$")


def singular_word(word: str) -> str:
    """ "visits" → "visit", "entries" → "entry"; words that are not plural nouns stay as they are."""
    lower = word.lower()
    if lower in SINGULAR:
        return SINGULAR[lower]
    if not lower.endswith("s") or NOT_PLURAL.search(lower) or len(lower) < 3:
        return word
    if lower.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


def forms(text: str) -> tuple[str, str]:
    singular, plural = text, text
    for marked, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(marked, one), plural.replace(marked, many)
    if re.search(r"\((s|es|ren)\)", singular):
        singular = re.sub(r"\((s|es|ren)\)", "", singular)
        plural = re.sub(r"\((s|es|ren)\)", r"\1", plural)
    elif singular == text:  # written in the plural: make the noun after %n singular
        singular = re.sub(r"%n (\w+)", lambda m: "%n " + singular_word(m.group(1)), singular, count=1)
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
