"""The whole service with FACTURIST_STORAGE=s3 on Swift: bytes never pass through the API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
import requests
from botocore.config import Config

from flows import extract
from http_api import Api, pdf_bytes
from live_server import LiveServer
from swift_server import S3Service

pytestmark = pytest.mark.services


@pytest.fixture(scope="module")
def s3_server(s3_service: S3Service, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    live = LiveServer(tmp_path_factory.mktemp("s3-server") / "data", workers=1)
    live.env.update(s3_service.environment)
    live.env["FACTURIST_S3_BUCKET"] = "facturist-service-test"  # made by ensure_bucket()
    live.env["FACTURIST_FREE_CREDITS_PER_MONTH"] = "1000"
    live.start()
    try:
        yield Api(live.api, live.create_key("s3-account"))
    finally:
        live.stop()


def _bucket_keys(service: S3Service, bucket: str) -> list[str]:
    client = boto3.client(
        "s3",
        endpoint_url=service.endpoint_url,
        region_name=service.region,
        aws_access_key_id=service.access_key,
        aws_secret_access_key=service.secret_key,
        config=Config(s3={"addressing_style": "path"}),
    )
    listing = client.list_objects_v2(Bucket=bucket)
    return [item["Key"] for item in listing.get("Contents", [])]


def test_upload_extract_and_download_go_straight_to_the_bucket(
    s3_server: Api, s3_service: S3Service, tmp_path: Path
) -> None:
    document = pdf_bytes("Invoice S3-1")
    done = extract(s3_server, [("s3.pdf", document)])
    assert done["status"] == "completed", done
    stored = _bucket_keys(s3_service, "facturist-service-test")
    assert any(key.startswith("uploads/") for key in stored), stored

    answer = s3_server.get(f"/extractions/{done['extraction_id']}/output", format="json")
    assert answer.status_code == 200, answer.text
    url = answer.json()["download_url"]
    assert url.startswith(s3_service.endpoint_url + "/facturist-service-test/")
    got = requests.get(url, timeout=30)
    assert got.status_code == 200
    assert "attachment" in got.headers["Content-Disposition"]
    assert got.content.strip().startswith((b"{", b"["))
