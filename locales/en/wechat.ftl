# The WeChat channel's own words (bot/channels/wechat/).

wechat-choose-hint = Reply with the number of your choice.
wechat-menu-hint = Tap your choice.
wechat-safety-note = A note for your safety: WeChat keeps this conversation on your phone, and this service cannot delete it, not even with "Quick exit". If someone else may look at your phone, delete the chat yourself when you are done: in the Chats list, press and hold this conversation and choose "Delete".
wechat-staff-refused = Staff cannot work through the WeChat account. Please use your invitation code in the web chat, Telegram or Matrix instead; the code is still valid.
wechat-menu-help = Get help
wechat-menu-cases = My cases
wechat-menu-danger = Danger now
wechat-card-unreachable = She cannot be reached by WeChat until she writes again: her last message is more than 48 hours old.
channel-wechat = WeChat
cli-wechat-failed = WeChat could not start: { $detail }. The other channels keep running.
cli-wechat-running = WeChat is running for the account { $app } at the server address { $path }.
cli-wechat-retrying = The WeChat API is unreachable for now; messages wait in the outbox until it answers.
cli-wechat-off = WeChat is not configured: set WALKING_HOME_WECHAT_APP_ID, WALKING_HOME_WECHAT_APP_SECRET and WALKING_HOME_WECHAT_TOKEN.
cli-wechat-menu-pushed = The account menu is set: { $labels }.
cli-wechat-menu-failed = The account menu could not be set: { $detail }.
