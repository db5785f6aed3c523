for s in ['hello world', 'HELLO', 'hElLo', "it's a dog's life", 'a1b2 c3', '', '123', 'ΣΑΣ', 'ΌΣΟΣ ΟΣ', 'ǅemal', 'ﬃ', 'ß', 'İI', 'Straße', 'tschüß']:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.isupper(), s.islower(), s.istitle())
