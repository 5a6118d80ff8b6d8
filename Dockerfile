# Container recipe for the Regrets Gmail add-on backend (Cloud Run, or any container host behind HTTPS).
#   docker build -t regrets-addon .
#   docker run -p 8080:8080 -e REGRETS_ADDON_BASE_URL=https://YOUR-SERVICE.run.app \
#     -e REGRETS_ADDON_SERVICE_ACCOUNT=service-PROJECT_NUMBER@gcp-sa-gsuiteaddons.iam.gserviceaccount.com regrets-addon
# The server refuses to start without those two variables (see addon/README.md). Several instances (Cloud Run
# scaling out) need one shared draft record: add -e REGRETS_ADDON_DATABASE_URL=postgresql://…
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8080

WORKDIR /app
COPY pyproject.toml README.md ./
COPY regrets ./regrets
COPY templates ./templates
COPY gmail ./gmail
COPY addon ./addon
RUN pip install '.[postgres]' \
 && useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin regrets \
 && rm -rf /app/regrets /app/gmail /app/addon /app/templates

# The draft record: PostgreSQL when REGRETS_ADDON_DATABASE_URL is set (every instance shares it: Cloud SQL, see
# addon/README.md), else SQLite in a private temp folder (this instance only). Nothing else is written.
USER regrets
EXPOSE 8080
# Cloud Run's recommendation for Python: one worker process, several threads, no worker timeout.
CMD exec gunicorn --bind ":${PORT}" --workers 1 --threads 8 --timeout 0 'addon.app:create_app()'
