"""The same scaled mode with RabbitMQ as the Celery broker (Redis only for wake-ups)."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator

import pytest
from cluster import Cluster

from facturist.samples import random_invoice, render_pdf
from flows import extract
from http_api import Api

pytestmark = [pytest.mark.services, pytest.mark.slow]


def _rabbit_up() -> bool:
    with socket.socket() as sock:
        sock.settimeout(2)
        return sock.connect_ex(("127.0.0.1", 5672)) == 0


@pytest.fixture(scope="module")
def rabbit_cluster(
    tmp_path_factory: pytest.TempPathFactory, pg_url: str, redis_url: str
) -> Iterator[Cluster]:
    if not _rabbit_up():
        pytest.fail("RabbitMQ is not listening on 127.0.0.1:5672")
    env = {
        "FACTURIST_QUEUE": "celery",
        "FACTURIST_DATABASE_URL": pg_url,
        "FACTURIST_BROKER_URL": "amqp://guest:guest@127.0.0.1:5672//",
        "FACTURIST_REDIS_URL": redis_url,
        "FACTURIST_CELERY_QUEUE_NAME": f"facturist-{uuid.uuid4().hex[:8]}",
        "FACTURIST_FREE_CREDITS_PER_MONTH": "1000",
    }
    made = Cluster(tmp_path_factory.mktemp("rabbit"), env)
    made.add_api()
    made.add_worker()
    made.add_worker()
    yield made
    made.close()


def test_extraction_through_rabbitmq(rabbit_cluster: Cluster) -> None:
    api = Api(rabbit_cluster.apis[0].api, rabbit_cluster.apis[0].create_key("rabbit"))
    batch = [(f"r{i}.pdf", render_pdf(random_invoice(900 + i, language="en"))) for i in range(4)]
    done = extract(api, batch)
    assert done["status"] == "completed", done
    assert done["pages"]["successful_count"] == 4 == done["credits_deducted"]
