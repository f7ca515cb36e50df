"""The printable tally sheet: one page in each language, the same fields as the entry form, no personal data."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from dropin.i18n import LANGUAGES, translator_for
from dropin.outreach.choices import COUNTERS, MODES, SETTINGS, TOPICS
from dropin.outreach.sheet import render_tally_sheet

AREAS = ["Leninsky district", "Kant town"]


def text_of(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_sheet_has_every_field_of_the_form_in_its_language(tmp_path, language):
    tr = translator_for(language)
    path = render_tally_sheet(tmp_path / f"sheet-{language}.pdf", AREAS, tr)
    pages, text = text_of(path)
    assert pages == 1
    for label in (*COUNTERS.values(), *MODES.values(), *SETTINGS.values(), *TOPICS.values()):
        shown = tr("Outreach", label)
        assert " ".join(shown.split()) in text, (language, shown)
    for area in AREAS:
        assert area in text
    assert tr("Outreach", "Outreach tally sheet") in text
    if language != "en":
        assert tr("Outreach", "New contacts") != "New contacts"  # really translated


def test_sheet_is_written_atomically(tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old sheet")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("dropin.outreach.sheet.SimpleDocTemplate.build", broken)
    with pytest.raises(OSError):
        render_tally_sheet(target, AREAS)
    assert target.read_bytes() == b"old sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
