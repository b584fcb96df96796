s = "python"
# Alignment with fill characters; strings align left by default.
print(format(s, "10") + "|", format(s, "<10") + "|", format(s, ">10") + "|", format(s, "^10") + "|")
print(format(s, "*^11"), format(s, "-<9"), format(s, "0>9"), format(s, "010"))

# Precision truncates.
print(format(s, ".2"), format(s, "^8.3") + "|", format(s, ".0") + "|", format(s, ".10"))

# Width counts characters, not bytes.
print(format("héllo", "^9") + "|", format("日本", ">4") + "|")

# Other objects use str() for an empty spec, and their own __format__
# otherwise; None, lists and friends only accept an empty spec.
print(format(None), format([1, 2]), format((3,), ""), format(s, "s"))
for value in [None, [1, 2]]:
    try:
        format(value, ">10")
    except TypeError as e:
        print("TypeError:", e)
