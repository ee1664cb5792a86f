"""Fixtures shared by every test folder."""

pytest_plugins = ("tests.databases",)

from storage import sealing  # noqa: E402

# Engines a test builds without the bot's settings seal with this ring; the bot's own
# key ring (from WALKING_HOME_DATA_KEY or its key file) is given to the engines it builds.
sealing.install_default(sealing.KeyRing.generate())
