# The weekly digest to each supervisor (bot/workers/digest.py).
digest-weekly =
    ᠳᠣᠯᠣᠭ᠎ᠠ ᠬᠣᠨᠣᠭ ᠤᠨ ᠲᠣᠢᠮᠣ · { $week }
    { $lines }
    /stats ᠪᠤᠶᠤ /dashboard ᠭᠡᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃
