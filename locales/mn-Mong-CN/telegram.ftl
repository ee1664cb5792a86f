# The Telegram channel's own words (bot/channels/telegram.py). Traditional Mongolian draft: needs native review.
# The command menu stays neutral: someone may see it on her phone.

telegram-command-start = ᠭᠣᠣᠯ ᠨᠢᠭᠤᠷ
telegram-command-new = ᠰᠢᠨ᠎ᠡ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠬᠤ
telegram-command-cases = ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ
telegram-command-language = ᠬᠡᠯᠡ ᠰᠣᠯᠢᠬᠤ
telegram-command-help = ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠵᠢᠭᠠᠪᠤᠷᠢ
telegram-command-exit = ᠬᠤᠷᠳᠤᠨ ᠭᠠᠷᠬᠤ: ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠢ ᠠᠷᠢᠯᠭᠠᠬᠤ
telegram-private-only = ᠰᠠᠶᠢᠨ ᠪᠠᠢᠨ᠎ᠠ ᠤᠤ᠃ ᠬᠦᠮᠦᠨ ᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠤᠪᠢ ᠶᠢᠨ ᠨᠢᠭᠤᠴᠠ ᠶᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ ᠶᠢᠨ ᠲᠥᠯᠦᠭᠡ ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠵᠥᠪᠬᠡᠨ ᠬᠤᠪᠢ ᠶᠢᠨ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠳᠤ ᠬᠡᠷᠡᠭᠯᠡᠨ᠎ᠡ᠃ ᠨᠠᠳᠠ ᠰᠢᠭᠤᠳ ᠬᠤᠪᠢ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃ ᠪᠢ ᠣᠳᠣ ᠡᠨᠡ ᠪᠦᠯᠦᠭ ᠡᠴᠡ ᠭᠠᠷᠤᠨ᠎ᠠ᠃
cli-telegram-failed = Telegram ᠡᠬᠢᠯᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ: { $detail }᠃ ᠪᠤᠰᠤᠳ ᠰᠤᠪᠠᠭ ᠬᠡᠪ ᠦᠨ ᠶᠣᠰᠣᠭᠠᠷ ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
cli-telegram-running = Telegram ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ ({ $mode })᠂ ᠳᠠᠩᠰᠠ @{ $username }᠃
cli-telegram-retrying = ᠲᠦᠷ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠤ Telegram ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠠᠷᠤ ᠲᠠᠯ᠎ᠠ ᠳᠤ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠣᠷᠣᠯᠳᠠᠨ᠎ᠠ᠃
