"""The deployment files name only settings that exist (a typo would silently be ignored)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facturist.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
FILES = [ROOT / "docker-compose.yml", *sorted((ROOT / "deploy" / "k8s").glob("*.yaml"))]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_only_known_settings(path: Path) -> None:
    names = set(re.findall(r"\bFACTURIST_([A-Z0-9_]+)\b", path.read_text()))
    known = {name.upper() for name in Settings.model_fields}
    assert names <= known, sorted(names - known)


def test_compose_and_k8s_agree_on_the_scaled_mode() -> None:
    for path in FILES:
        text = path.read_text()
        if "FACTURIST_QUEUE" in text:
            assert re.search(r"FACTURIST_QUEUE: celery", text), path
            assert re.search(r"FACTURIST_STORAGE: s3", text), path
