# Unicode case mappings can change the length of a string
print("ß".upper(), len("ß".upper()))          # German sharp s -> SS
print("ß".capitalize(), "ß".title())          # title case of ß is Ss
print("ﬁ".upper(), "ﬁ".title(), "ﬁsh".capitalize())  # the fi ligature splits
print("ŉ".upper())
print(ascii("İ".lower()), len("İ".lower()))   # dotted capital I -> i + combining dot

# Greek final sigma: capital sigma lowers to ς at the end of a word
print("ΟΔΥΣΣΕΥΣ".lower())
print("ΣΑΣ ΛΕΣ".lower(), "Σ".lower())
print("ΟΔΥΣΣΕΥΣ".capitalize(), "ΟΔΥΣΣΕΥΣ".title())

# titlecase digraphs: ǆ has three forms
for ch in "ǄǅǆǇǈǉ":
    print(ch, ch.upper(), ch.lower(), ch.title(), ch.swapcase(), ch.istitle(), ch.isupper(), ch.islower())

# casefold is the tool for caseless matching
words = ["Straße", "STRASSE", "strasse", "ﬁne", "FINE", "Ǆ", "ǆ"]
folded = {}
for w in words:
    folded.setdefault(w.casefold(), []).append(w)
for key, group in folded.items():
    print(key, group)

# Cherokee folds to uppercase, unlike lower()
print(ascii("ꭰ".casefold()), ascii("ꭰ".lower()), ascii("Ꭰ".lower()))
print(ascii("ᾳ".upper()), ascii("ᾳ".title()), ascii("ᾳ".casefold()))
