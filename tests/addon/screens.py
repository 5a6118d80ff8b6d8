"""Screenshots compared with reference images in tests/addon/screens/<case>.png, with a tolerance for
antialiasing: a pixel differs when a colour channel moved by more than CHANNEL_TOLERANCE, and an image
matches when at most PIXEL_TOLERANCE of its pixels differ (and its size is the same).

Regenerate after an intended change: ``REGRETS_UPDATE_SCREENSHOTS=1 python -m pytest tests/addon/test_browser_preview.py``
and look at every changed image. A mismatch leaves the actual image and a difference image in
``$TMPDIR/regrets-screens/`` for review.
"""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from PIL import Image, ImageChops

SCREENS = Path(__file__).resolve().parent / "screens"
UPDATE = bool(os.environ.get("REGRETS_UPDATE_SCREENSHOTS"))
CHANNEL_TOLERANCE = 48
PIXEL_TOLERANCE = 0.005


def differing_share(actual: Image.Image, reference: Image.Image) -> float:
    """The share of pixels whose colour differs by more than the channel tolerance."""
    r, g, b = ImageChops.difference(actual.convert("RGB"), reference.convert("RGB")).split()
    worst = ImageChops.lighter(ImageChops.lighter(r, g), b)  # per pixel: the largest channel difference
    histogram = worst.histogram()
    return sum(histogram[CHANNEL_TOLERANCE + 1:]) / (worst.width * worst.height)


def assert_matches(png: bytes, case: str) -> None:
    """The screenshot `png` looks like the reference image of `case` (written when updating)."""
    ref_path = SCREENS / f"{case}.png"
    actual = Image.open(io.BytesIO(png))
    actual.load()
    if UPDATE:
        SCREENS.mkdir(exist_ok=True)
        actual.save(ref_path, optimize=True)
        return
    assert ref_path.exists(), f"no reference image {ref_path.name}: run with REGRETS_UPDATE_SCREENSHOTS=1 and review it"
    reference = Image.open(ref_path)
    reference.load()
    problem = None
    if actual.size != reference.size:
        problem = f"size {actual.size} is not the reference's {reference.size}"
    else:
        share = differing_share(actual, reference)
        if share > PIXEL_TOLERANCE:
            problem = f"{share:.2%} of the pixels differ (tolerance {PIXEL_TOLERANCE:.2%})"
    if problem:
        out = Path(tempfile.gettempdir()) / "regrets-screens"
        out.mkdir(exist_ok=True)
        actual.save(out / f"{case}.actual.png")
        if actual.size == reference.size:
            ImageChops.difference(actual.convert("RGB"), reference.convert("RGB")).save(out / f"{case}.diff.png")
        raise AssertionError(f"screenshot {case}: {problem}; see {out}")
