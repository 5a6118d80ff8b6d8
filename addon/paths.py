"""The add-on's endpoint paths. Each public URL is ``REGRETS_ADDON_BASE_URL`` + path, and that URL is the
audience Google puts in the ID token for calls to it (https://developers.google.com/workspace/add-ons/guides/alternate-runtimes#validate-requests-from-google).

Button URLs carry no query string: whether ``aud`` then includes it is UNCONFIRMED (Google's Node sample builds
the audience with the query string, its Python sample with the endpoint URL alone),
so state travels in ``action.parameters`` instead.
"""
HOMEPAGE = "/homepage"
ON_MESSAGE = "/on-message"  # Gmail contextual trigger (a message is opened)
DRAFT = "/actions/draft"  # "Draft decline" / "Draft cancellation" (... "anyway"), "Redraft as ...", "Draft ... again"
OPEN_DRAFT = "/actions/open-draft"  # "Open draft" when Regrets already made one for the thread
REFRESH = "/actions/refresh"  # "Try again" on an error card; the intent radio's onChangeAction

ALL = (HOMEPAGE, ON_MESSAGE, DRAFT, OPEN_DRAFT, REFRESH)
