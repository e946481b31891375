"""Text of a generated PDF, as a reader would search it (shared by the report tests)."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path


def pdf_text(path: Path) -> str:
    """``pdftotext -layout``, with spaces collapsed and no-break spaces made plain."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    # NFKC: the PDF font's ligatures ("ﬀ") come back as plain letters.
    out = unicodedata.normalize("NFKC", out)
    return " ".join(out.replace("\u00a0", " ").replace("\u202f", " ").split())
