"""Channel-neutral dialogs: what the bot asks and answers, step by step."""
