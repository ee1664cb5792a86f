"""Chat channels: thin translators between a network and the neutral messages."""
