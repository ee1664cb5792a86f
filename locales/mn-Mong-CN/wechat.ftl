# The WeChat channel's own words (bot/channels/wechat/).

wechat-choose-hint = ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠳ᠋ᠤᠭᠠᠷ ᠢᠶᠠᠨ ᠪᠢᠴᠢᠵᠦ ᠬᠠᠷᠢᠭᠤᠯᠠᠭᠠᠷᠠᠢ᠃
wechat-menu-hint = ᠰᠣᠩᠭᠣᠯᠲᠠ ᠪᠠᠨ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
wechat-safety-note = ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ ᠦ ᠲᠥᠯᠦᠭᠡ: WeChat ᠡᠨᠡ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠢ ᠲᠠᠨ ᠤ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠳᠠᠭ᠂ ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠲᠡᠭᠦᠨ ᠢ ᠬᠠᠰᠤᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ «ᠬᠤᠷᠳᠤᠨ ᠭᠠᠷᠬᠤ» ᠴᠤ ᠬᠠᠰᠤᠬᠤ ᠦᠭᠡᠢ᠃ ᠪᠤᠰᠤᠳ ᠬᠦᠮᠦᠨ ᠲᠠᠨ ᠤ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢ ᠦᠵᠡᠵᠦ ᠮᠡᠳᠡᠬᠦ ᠪᠣᠯ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠪᠠᠨ ᠥᠪᠡᠷ ᠢ ᠪᠡᠨ ᠬᠠᠰᠤᠭᠠᠷᠠᠢ: ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠡᠭᠡᠷ᠎ᠡ ᠡᠨᠡ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠢ ᠤᠳᠠᠭᠠᠨ ᠳᠠᠷᠤᠭᠠᠳ «ᠬᠠᠰᠤᠬᠤ» ᠶᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
wechat-staff-refused = ᠠᠵᠢᠯᠲᠠᠨ WeChat ᠳᠠᠩᠰᠠ ᠪᠠᠷ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠪᠣᠯᠤᠮᠵᠢ ᠦᠭᠡᠢ᠃ ᠤᠷᠢᠯᠭ᠎ᠠ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠢᠶᠠᠨ ᠰᠦᠯᠵᠢᠶᠡᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ᠂ Telegram ᠪᠤᠶᠤ Matrix ᠳᠡᠭᠡᠷ᠎ᠡ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠷᠡᠢ; ᠺᠣᠳ᠋ ᠬᠦᠴᠦᠨ ᠲᠡᠢ ᠬᠡᠪᠡᠷ ᠪᠠᠢᠨ᠎ᠠ᠃
wechat-menu-help = ᠲᠤᠰᠠ
wechat-menu-cases = ᠬᠡᠷᠡᠭ
wechat-menu-danger = ᠠᠶᠤᠯ
wechat-card-unreachable = ᠲᠡᠷᠡ ᠳᠠᠬᠢᠨ ᠪᠢᠴᠢᠬᠦ ᠬᠦᠷᠲᠡᠯ WeChat ᠢᠶᠠᠷ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠪᠣᠯᠤᠮᠵᠢ ᠦᠭᠡᠢ: ᠰᠡᠭᠦᠯ ᠦᠨ ᠮᠡᠳᠡᠭᠡ ᠨᠢ 48 ᠴᠠᠭ ᠠᠴᠠ ᠬᠠᠭᠤᠴᠢᠨ᠃
channel-wechat = WeChat
cli-wechat-failed = WeChat ᠡᠬᠢᠯᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ: { $detail }᠃ ᠪᠤᠰᠤᠳ ᠰᠤᠪᠠᠭ ᠬᠡᠪ ᠦᠨ ᠶᠣᠰᠣᠭᠠᠷ ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
cli-wechat-running = WeChat ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠳᠠᠩᠰᠠ { $app }᠂ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠴᠢ ᠮᠠᠰᠢᠨ ᠤ ᠬᠠᠶᠢᠭ { $path }᠃
cli-wechat-retrying = ᠲᠦᠷ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠤ WeChat API ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠮᠡᠳᠡᠭᠡ ᠭᠠᠷᠬᠤ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠳᠤ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃
cli-wechat-off = WeChat ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠳᠠᠭᠠ ᠦᠭᠡᠢ: WALKING_HOME_WECHAT_APP_ID᠂ WALKING_HOME_WECHAT_APP_SECRET᠂ WALKING_HOME_WECHAT_TOKEN ᠢ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃
cli-wechat-menu-pushed = ᠳᠠᠩᠰᠠᠨ ᠤ ᠲᠣᠪᠶᠣᠭ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠳᠠᠪᠠ: { $labels }᠃
cli-wechat-menu-failed = ᠳᠠᠩᠰᠠᠨ ᠤ ᠲᠣᠪᠶᠣᠭ ᠢ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ: { $detail }᠃
