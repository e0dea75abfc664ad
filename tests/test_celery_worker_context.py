"""A Celery worker keeps one service context per process: the solo pool reuses the one that
`run_worker` built (same Celery app as the relay), a forked pool child builds its own."""

from __future__ import annotations

import os
from typing import Any

import pytest

from facturist.runtime import celery_worker


def test_solo_pool_keeps_the_context_built_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    built: Any = object()
    monkeypatch.setattr(celery_worker, "_ctx", (os.getpid(), built))
    monkeypatch.setattr(celery_worker, "build_context", lambda settings: pytest.fail("rebuilt"))
    assert celery_worker._context() is built


def test_forked_child_builds_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    inherited: Any = object()
    fresh: Any = object()
    monkeypatch.setattr(celery_worker, "_ctx", (os.getpid() + 1, inherited))
    monkeypatch.setattr(celery_worker, "build_context", lambda settings: fresh)
    assert celery_worker._context() is fresh
    assert celery_worker._context() is fresh  # built once per process
