# caseless search in a small catalogue
catalogue = ["Straße Atlas", "The Big Book of ﬁsh", "Ǆemal's Diary", "ΟΔΥΣΣΕΙΑ", "python Tricks"]

def search(query):
    q = query.casefold()
    return [title for title in catalogue if q in title.casefold()]

for query in ["STRASSE", "fish", "ǆemal", "οδυσσεια", "PYTHON", "java"]:
    print(f"{query!r:12} -> {search(query)}")

# lower() is not enough for German or ligatures
print("STRASSE".lower() == "straße".lower(), "STRASSE".casefold() == "straße".casefold())
print("ﬁsh".lower() == "fish", "ﬁsh".casefold() == "fish")

# a caseless, accent-sensitive word count
text = "Fish fish FISH ﬁsh Straße STRASSE strasse"
counts = {}
for w in text.split():
    counts[w.casefold()] = counts.get(w.casefold(), 0) + 1
print(counts)
