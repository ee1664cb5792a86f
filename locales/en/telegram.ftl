# The Telegram channel's own words (bot/channels/telegram.py). The command menu stays neutral:
# someone may see it on her phone.

telegram-command-start = Main menu
telegram-command-new = Make a new request
telegram-command-cases = My cases
telegram-command-language = Change the language
telegram-command-help = How this works
telegram-command-exit = Quick exit: clear this conversation
telegram-private-only = Hello. This service works only in a private chat, to protect everyone's privacy. Please write to me directly. I am leaving this group now.
cli-telegram-failed = Telegram could not start: { $detail }. The other channels keep running.
cli-telegram-running = Telegram is running ({ $mode }) as @{ $username }.
cli-telegram-retrying = Telegram is unreachable for now; it will keep trying in the background.
