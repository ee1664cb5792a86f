# The web chat page's own words (bot/channels/web_static).
# The title and the exit page stay neutral: someone may see the browser tab or its history.

web-title = Messages
web-conversation-label = Conversation
web-quick-exit = Quick exit
web-quick-exit-hint = Close this page now and clear the conversation
web-danger = I'm in danger now
web-danger-hint = Show the emergency numbers now
web-danger-local = If you are in danger now, call right away.
web-call-110 = Police 110
web-call-120 = Ambulance 120
web-call-12338 = Women's rights hotline 12338
web-input-label = Type a message
web-input-placeholder = Type a message…
web-send = Send
web-attach = Send a file
web-file-label = File
web-you = You
web-bot = Reply
web-connecting = Connecting…
web-reconnecting = Connection lost, reconnecting…
web-uploading = Sending the file…
web-error-too-large = This message is too long. Please send it in several parts.
web-error-upload-too-large = This file is too large to send.
web-error-upload-failed = The file was not sent. Please try again.
web-error-bad-request = This message could not be handled. Please try again.
web-error-session-expired = The connection has expired. Please reload the page.
web-error-failed = Something went wrong. Please try again later.
web-error-not-recorded = Your message could not be saved just now. It stays here and is sent again by itself; you do not need to type it again.
web-error-upload-quota = This chat cannot take more files for now. Please describe the rest in words, or bring the files to a women's home.
web-error-upload-busy = Another file is still being sent. Please wait until it has arrived.
web-error-too-many-sessions = Too many new conversations were started from this network. Please wait ten minutes and reload the page. In an emergency call 110.
web-bye-title = New page
web-bye-text = This page is closed.
# The tab title of the page quick exit falls back to: exactly what a browser shows for a blank new tab.
web-blank-tab-title = New Tab
