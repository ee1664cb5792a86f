# The web chat page's own words (bot/channels/web_static). Traditional Mongolian draft: needs native review.
# The title and the exit page stay neutral: someone may see the browser tab or its history.

web-title = ᠮᠡᠳᠡᠭᠡ
web-conversation-label = ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ
web-quick-exit = ᠬᠤᠷᠳᠤᠨ ᠭᠠᠷᠬᠤ
web-quick-exit-hint = ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠢ ᠳᠠᠷᠤᠢ ᠬᠠᠭᠠᠵᠤ᠂ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠢ ᠠᠷᠢᠯᠭᠠᠬᠤ
web-danger = ᠪᠢ ᠣᠳᠣ ᠠᠶᠤᠯ ᠳᠤ ᠪᠠᠢᠨ᠎ᠠ
web-danger-hint = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠢ ᠳᠠᠷᠤᠢ ᠬᠠᠷᠠᠭᠤᠯᠬᠤ
web-danger-local = ᠬᠡᠷᠪᠡ ᠲᠠ ᠣᠳᠣ ᠠᠶᠤᠯ ᠳᠤ ᠪᠠᠢᠭ᠎ᠠ ᠪᠣᠯ ᠳᠠᠷᠤᠢ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ᠃
web-call-110 = ᠴᠠᠭᠳᠠᠭ᠎ᠠ 110
web-call-120 = ᠲᠦᠷᠭᠡᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ 120
web-call-12338 = ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠡᠷᠬᠡ ᠶᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ 12338
web-input-label = ᠮᠡᠳᠡᠭᠡ ᠪᠢᠴᠢᠬᠦ
web-input-placeholder = ᠮᠡᠳᠡᠭᠡ ᠪᠢᠴᠢᠬᠦ...
web-send = ᠢᠯᠡᠭᠡᠬᠦ
web-attach = ᠹᠠᠢᠯ ᠢᠯᠡᠭᠡᠬᠦ
web-file-label = ᠹᠠᠢᠯ
web-you = ᠪᠢ
web-bot = ᠬᠠᠷᠢᠭᠤ
web-connecting = ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ...
web-reconnecting = ᠬᠣᠯᠪᠣᠯᠲᠠ ᠲᠠᠰᠤᠷᠠᠪᠠ᠂ ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ...
web-uploading = ᠹᠠᠢᠯ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ...
web-error-too-large = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠡ ᠬᠡᠲᠦᠷᠡᠢ ᠤᠷᠲᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠬᠡᠳᠦᠨ ᠬᠡᠰᠡᠭ ᠪᠣᠯᠭᠠᠨ ᠬᠤᠪᠢᠶᠠᠵᠤ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃
web-error-upload-too-large = ᠹᠠᠢᠯ ᠬᠡᠲᠦᠷᠡᠢ ᠶᠡᠬᠡ ᠲᠤᠯᠠ ᠢᠯᠡᠭᠡᠬᠦ ᠪᠣᠯᠣᠮᠵᠢ ᠦᠭᠡᠢ᠃
web-error-upload-failed = ᠹᠠᠢᠯ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃
web-error-bad-request = ᠡᠨᠡ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃
web-error-session-expired = ᠬᠣᠯᠪᠣᠯᠲᠠ ᠶᠢᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠪᠠ᠃ ᠨᠢᠭᠤᠷ ᠢ ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠡᠷᠡᠢ᠃
web-error-failed = ᠠᠯᠳᠠᠭ᠎ᠠ ᠭᠠᠷᠪᠠ᠃ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃
web-error-not-recorded = ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠣᠳᠣ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠡᠨᠡ ᠮᠡᠳᠡᠭᠡ ᠡᠨᠳᠡ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠳᠠᠬᠢᠨ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃ ᠳᠠᠬᠢᠨ ᠪᠢᠴᠢᠬᠡ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠃
web-error-upload-quota = ᠣᠳᠣ ᠳᠠᠬᠢᠨ ᠹᠠᠢᠯ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠪᠤᠰᠤᠳ ᠢ ᠦᠭᠡ ᠪᠡᠷ ᠲᠠᠢᠯᠪᠤᠷᠢᠯᠠᠬᠤ ᠪᠤᠶᠤ ᠹᠠᠢᠯ ᠢᠶᠠᠨ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ ᠲᠦ ᠢᠷᠡᠵᠦ ᠪᠡᠶ᠎ᠡ ᠪᠡᠷ ᠲᠤᠰᠢᠶᠠᠭᠠᠷᠠᠢ᠃
web-error-upload-busy = ᠡᠮᠦᠨᠡᠬᠢ ᠹᠠᠢᠯ ᠢᠯᠡᠭᠡᠭᠳᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠃
web-error-too-many-sessions = ᠡᠨᠡ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠡᠴᠡ ᠬᠡᠲᠦᠷᠡᠢ ᠣᠯᠠᠨ ᠰᠢᠨ᠎ᠡ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠡᠬᠢᠯᠡᠭᠰᠡᠨ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠠᠷᠪᠠᠨ ᠮᠢᠨᠦ᠋ᠲ ᠬᠦᠯᠢᠶᠡᠭᠡᠳ ᠨᠢᠭᠤᠷ ᠢ ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠡᠷᠡᠢ᠃ ᠶᠠᠷᠠᠯᠲᠠᠢ ᠪᠠᠢᠳᠠᠯ ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ: 110᠃
web-bye-title = ᠰᠢᠨ᠎ᠡ ᠨᠢᠭᠤᠷ
web-bye-text = ᠨᠢᠭᠤᠷ ᠬᠠᠭᠠᠭᠳᠠᠪᠠ᠃
# No browser speaks traditional Mongolian: phones here show their blank tab in Chinese, so the disguise does too.
web-blank-tab-title = 新标签页
