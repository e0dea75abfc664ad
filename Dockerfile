# Facturist image for the scaled mode: the same image runs `facturist serve` (API) and
# `facturist worker` (Celery). Build: docker build -t facturist .
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY requirements ./requirements
COPY src ./src
RUN pip install --no-cache-dir -c requirements/lock.txt '.[scale]' \
    && useradd --create-home --uid 10001 facturist
USER facturist
EXPOSE 8000
CMD ["facturist", "serve", "--host", "0.0.0.0", "--port", "8000"]
