# The Matrix channel's own words (bot/channels/matrix.py).

matrix-choose-hint = Reply with the number of your choice.
matrix-private-only = Hello. This service works only in a direct chat between you and me, to protect everyone's privacy. Please start a direct chat with me. I am leaving this room now.
matrix-encrypted-room = Hello. I cannot read encrypted rooms yet, so I cannot see what you write here. Please start a new direct chat with me and switch off "end-to-end encryption" when you create it (in Element: Start chat, or New room, then turn off the encryption switch). I am leaving this room now.
cli-matrix-failed = Matrix could not start: { $detail }. The other channels keep running.
cli-matrix-running = Matrix is running as { $user }.
cli-matrix-retrying = The Matrix homeserver is unreachable for now; it will keep trying in the background.
