# The PIN gate's guards and her duress (safety) PIN: bot.pin_guard, bot.dialogs.cases.

cases-button-duress = Set a safety PIN
duress-explain = A safety PIN is for when someone forces you to open your cases: typed instead of your PIN, it shows "No cases were found for you." and quietly alerts our staff, who then treat your case as urgent. Enter 6 digits that are not your PIN.
duress-same-as-pin = That is your PIN. The safety PIN must be different: enter 6 other digits.
duress-set = Your safety PIN is set. Tell no one about it either.

staff-alert-duress = 🆘 Case { $reference } ({ $region }, { $service }, language: { $language }): the reporter typed her safety PIN — someone may be forcing her to open her cases. The case is now high risk. She was shown "no cases"; do not write to her in the chat until you know it is safe.
staff-alert-pin-spray = ⚠️ PIN guessing: { $count } wrong PINs for { $cases } cases in the last { $minutes } minutes. Lookups by case reference and PIN are now limited more tightly for 24 hours.
staff-timeline-duress = { $at } the reporter typed her safety PIN: the case was raised to high risk and the staff on duty alerted
