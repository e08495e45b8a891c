"""Clinical images: metadata stripped, bombs and liars refused, faces held for review, served only in the closed space."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from community.images import ImageRejected, clean_image
from community.models import Post, PostImage
from community.services.forum import thread_create
from community.services.moderation import image_review
from tests.community.conftest import client_for

FACE = Path(__file__).with_name("face.jpg").read_bytes()
LIMITS = {"max_bytes": 8 << 20, "max_pixels": 40_000_000}


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 120, 110))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0132] = "2026:11:30 10:00:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (48.0, 51.0, 24.0), "E", (2.0, 21.0, 3.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, comment=b"patient: Jane Roe", icc_profile=b"\0" * 128)
    return out.getvalue()


def test_a_jpeg_with_gps_exif_comes_back_with_no_metadata() -> None:
    raw = _jpeg_with_gps()
    assert Image.open(io.BytesIO(raw)).getexif().get_ifd(0x8825)  # the fixture really carries GPS
    clean = clean_image(raw, filename="rash.jpg", content_type="image/jpeg", **LIMITS)
    out = Image.open(io.BytesIO(clean.data))
    assert not out.getexif()
    assert not out.getexif().get_ifd(0x8825)
    for key in ("exif", "icc_profile", "comment", "xmp", "XML:com.adobe.xmp"):
        assert key not in out.info
    assert b"Jane Roe" not in clean.data and b"PhoneMaker" not in clean.data
    assert (clean.width, clean.height, clean.content_type) == (64, 48, "image/jpeg")


def test_a_decompression_bomb_is_refused_clearly() -> None:
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(
        out, format="PNG"
    )  # a few kB on disk, 400 megapixels once decoded
    assert len(out.getvalue()) < 200_000
    with pytest.raises(ImageRejected, match="too large"):
        clean_image(out.getvalue(), filename="scan.png", content_type="image/png", **LIMITS)


def test_a_file_that_lies_about_its_type_is_refused() -> None:
    with pytest.raises(ImageRejected, match="not a JPEG, PNG or WebP"):
        clean_image(
            b"<html><script>alert(1)</script></html>",
            filename="rash.jpg",
            content_type="image/jpeg",
            **LIMITS,
        )
    png = io.BytesIO()
    Image.new("RGB", (8, 8)).save(png, format="PNG")
    with pytest.raises(ImageRejected, match="says it is JPEG but its content is PNG"):
        clean_image(png.getvalue(), filename="rash.jpg", content_type="image/jpeg", **LIMITS)


def test_truncated_and_oversized_files_are_refused() -> None:
    with pytest.raises(ImageRejected, match="damaged"):
        clean_image(_jpeg_with_gps()[:300], filename="a.jpg", content_type="image/jpeg", **LIMITS)
    with pytest.raises(ImageRejected, match="larger than"):
        clean_image(
            b"x" * 2048, filename="a.jpg", content_type="image/jpeg", max_bytes=1024, max_pixels=100
        )


def test_the_face_detector_sees_a_face_and_not_a_rash() -> None:
    assert clean_image(FACE, filename="f.jpg", content_type="image/jpeg", **LIMITS).faces >= 1
    assert (
        clean_image(_jpeg_with_gps(), filename="r.jpg", content_type="image/jpeg", **LIMITS).faces
        == 0
    )


@pytest.mark.django_db
def test_a_face_image_is_not_shown_before_review(gp: Any, derm: Any, moderator: Any) -> None:
    upload = SimpleUploadedFile("face.jpg", FACE, content_type="image/jpeg")
    thread = thread_create(
        author=gp,
        space="dermatology",
        title="Facial lesion",
        body="Lesion on the cheek, see photo.",
        image=upload,
    )
    image = PostImage.objects.get(post__thread=thread)
    assert image.status == PostImage.Status.HELD
    url = f"/doctors/forum/images/{image.pk}/"
    assert client_for(derm).get(url).status_code == 404
    assert client_for(gp).get(url).status_code == 404  # not even the uploader until reviewed
    page = client_for(derm).get(f"/doctors/forum/threads/{thread.pk}/").content.decode()
    assert url not in page
    assert client_for(moderator).get(url).status_code == 200
    image_review(
        moderator=moderator,
        image_id=image.pk,
        approve=True,
        note="No identifiable patient: a consenting colleague",
    )
    response = client_for(derm).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_images_are_not_reachable_outside_the_closed_space(gp: Any, patient: Any) -> None:
    upload = SimpleUploadedFile("rash.jpg", _jpeg_with_gps(), content_type="image/jpeg")
    thread = thread_create(
        author=gp, space="dermatology", title="Rash", body="Annular rash.", image=upload
    )
    image = PostImage.objects.get(post__thread=thread)
    assert image.status == PostImage.Status.APPROVED
    url = f"/doctors/forum/images/{image.pk}/"
    assert Client().get(url).status_code == 302
    patient_client = Client()
    patient_client.force_login(patient, backend="django.contrib.auth.backends.ModelBackend")
    assert patient_client.get(url).status_code == 403
    assert client_for(gp).get(url).status_code == 200


@pytest.mark.django_db
def test_a_refused_image_keeps_the_reply_text_and_stores_nothing(gp: Any) -> None:
    thread = thread_create(author=gp, space="general", title="Photos", body="Sharing photos here.")
    bad = SimpleUploadedFile("x.png", b"GIF89a not really", content_type="image/png")
    response = client_for(gp).post(
        f"/doctors/forum/threads/{thread.pk}/reply/", {"body": "My photo", "image": bad}
    )
    assert response.status_code == 400
    assert "not a JPEG, PNG or WebP" in response.content.decode()
    assert "My photo" in response.content.decode()
    assert Post.objects.filter(thread=thread).count() == 1
    assert PostImage.objects.count() == 0
