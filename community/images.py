"""Clinical images: checked by content, decoded and re-encoded with Pillow, stripped of all metadata, faces detected.

No Django here: plain functions over bytes, so the rules are easy to test and bench.
Re-encoding from raw pixels (not ``Image.save`` of the decoded file) is what guarantees that EXIF,
GPS, XMP, ICC profiles and comments cannot survive: the new image has no ``info`` at all.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
_EXTENSIONS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
MAX_SIDE_FOR_FACES = 800


class ImageRejected(ValueError):
    """The file is not an acceptable image; the message says why, for the doctor."""


@dataclass(frozen=True)
class CleanImage:
    """A re-encoded image without metadata, and how many faces were seen in it."""

    data: bytes
    content_type: str
    width: int
    height: int
    faces: int


def _declared_format(filename: str, content_type: str) -> str | None:
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    for fmt, mime in ACCEPTED.items():
        if content_type == mime:
            return fmt
    return None


def clean_image(
    raw: bytes, *, filename: str, content_type: str, max_bytes: int, max_pixels: int
) -> CleanImage:
    """Validate by content and re-encode; raise ImageRejected with a clear reason."""
    if len(raw) > max_bytes:
        raise ImageRejected(f"The image is larger than {max_bytes // (1024 * 1024)} MB.")
    if not raw:
        raise ImageRejected("The file is empty.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(raw), formats=list(ACCEPTED))
            actual = str(image.format)
            declared = _declared_format(filename, content_type)
            if declared is not None and declared != actual:
                raise ImageRejected(
                    f"The file says it is {declared} but its content is {actual}; send the file as it is."
                )
            width, height = image.size
            # Checked before decoding the pixels: a small file can claim a huge canvas (a decompression bomb).
            if width * height > max_pixels:
                raise ImageRejected(
                    f"The image is too large ({width}×{height} pixels; at most {max_pixels:,} pixels)."
                )
            image.load()
            upright: Image.Image = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRejected(
            "The image is too large to open safely (it looks like a decompression bomb)."
        ) from exc
    except UnidentifiedImageError as exc:
        raise ImageRejected(
            "This file is not a JPEG, PNG or WebP image (its content was checked, not its name)."
        ) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, ImageRejected):
            raise
        raise ImageRejected("The image is damaged or truncated and cannot be read.") from exc
    return _reencode(upright, actual)


def _reencode(image: Image.Image, fmt: str) -> CleanImage:
    keep_alpha = fmt in ("PNG", "WEBP") and image.mode in ("RGBA", "LA", "P")
    mode = "RGBA" if keep_alpha else "RGB"
    pixels = image.convert(mode)
    bare = Image.frombytes(
        mode, pixels.size, pixels.tobytes()
    )  # a new image: no info, no EXIF, no ICC
    out = io.BytesIO()
    if fmt == "JPEG" or (fmt == "WEBP" and not keep_alpha):
        bare.save(out, format="JPEG", quality=88, optimize=True)
        content_type = "image/jpeg"
    else:
        bare.save(out, format="PNG", optimize=True)
        content_type = "image/png"
    return CleanImage(out.getvalue(), content_type, bare.width, bare.height, count_faces(bare))


@lru_cache(maxsize=1)
def _face_cascade() -> Any:
    # OpenCV's Haar cascade ships inside the opencv-python-headless wheel (cv2.data): nothing is downloaded.
    import cv2

    cascade = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")  # type: ignore[attr-defined]
    if cascade.empty():
        raise RuntimeError("OpenCV's frontal-face cascade is missing from the installed package.")
    return cascade


def count_faces(image: Image.Image) -> int:
    """Frontal faces seen in the image (downscaled first: detection cost grows with the pixels)."""
    import numpy as np

    gray = image.convert("L")
    scale = min(1.0, MAX_SIDE_FOR_FACES / max(gray.size))
    if scale < 1.0:
        gray = gray.resize((max(1, int(gray.width * scale)), max(1, int(gray.height * scale))))
    array = np.asarray(gray)
    found = _face_cascade().detectMultiScale(
        array, scaleFactor=1.1, minNeighbors=5, minSize=(24, 24)
    )
    return len(found)
