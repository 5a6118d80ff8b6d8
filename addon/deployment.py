"""The deployment descriptor for ``gcloud workspace-add-ons deployments create NAME --deployment-file=F``.

Shape: proto google/cloud/gsuiteaddons/v1 `Deployment`/`AddOns`
(https://github.com/googleapis/googleapis/blob/master/google/cloud/gsuiteaddons/v1/gsuiteaddons.proto) and
Google's HTTP samples' deployment.json files (https://github.com/googleworkspace/add-ons-samples, python/). Every ``runFunction``/``onTriggerFunction`` is a full HTTPS URL; button URLs are not declared here,
they are the ``onClick.action.function`` URLs the cards carry.

Scopes, each needed and no more (no restricted scope, so no security assessment):
- ``gmail.addons.execute``: run as a Gmail add-on (in every Google Gmail HTTP sample);
- ``gmail.addons.current.message.readonly``: threads.get/messages.get of the open conversation with the
  per-message access token (``...message.metadata`` would not allow format=full; ``...message.action`` is the
  interaction-time variant we do not need);
- ``gmail.addons.current.action.compose``: drafts.create for the reply, drafts.update when it is redrafted;
- ``script.locale``: the user's time zone in ``commonEventObject.timeZone`` (with ``useLocaleFromApp``).
``userinfo.email`` is left out: Regrets never needs to know who the user is (From is the address the message was
sent to). What these scopes cannot do: list or read drafts (drafts.list/get), read send-as addresses and
signatures (settings.sendAs), read the profile, or add labels (messages.modify needs gmail.modify).
"""
from __future__ import annotations

from typing import Any

from . import paths

SCOPES = (
    "https://www.googleapis.com/auth/gmail.addons.execute",
    "https://www.googleapis.com/auth/gmail.addons.current.message.readonly",
    "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
    "https://www.googleapis.com/auth/script.locale",
)
LOGO_PATH = "/logo.png"


def deployment(base_url: str, *, name: str = "Regrets", logo_url: str | None = None) -> dict[str, Any]:
    base = base_url.rstrip("/")
    return {
        "oauthScopes": list(SCOPES),
        "addOns": {
            "common": {
                "name": name,
                "logoUrl": logo_url or base + LOGO_PATH,
                "layoutProperties": {"primaryColor": "#1a73e8"},
                "useLocaleFromApp": True,
                "homepageTrigger": {"runFunction": base + paths.HOMEPAGE, "enabled": True},
            },
            "gmail": {
                "contextualTriggers": [{"unconditional": {}, "onTriggerFunction": base + paths.ON_MESSAGE}],
            },
            "httpOptions": {"authorizationHeader": "SYSTEM_ID_TOKEN", "granularOauthPermissionSupport": "OPT_IN"},
        },
    }


def action_urls(base_url: str) -> list[str]:
    """The button endpoints (called from cards; each one's URL is also its token audience)."""
    base = base_url.rstrip("/")
    return [base + p for p in (paths.DRAFT, paths.OPEN_DRAFT, paths.REFRESH)]
