# An __init__ that takes extra arguments passes the rest to the base.
class LabeledList(list):
    def __init__(self, label, items=()):
        super().__init__(items)
        self.label = label

    def __repr__(self):
        return f"{self.label}: {list.__repr__(self)}"


scores = LabeledList("scores", [90, 75])
scores.append(60)
print(scores, scores.label, len(scores), vars(scores))


class History(list):
    def __init__(self, *args, limit=3, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]


h = History([1], limit=2)
for i in range(2, 6):
    h.append(i)
print(h, h.limit)

# Unbound base methods apply to instances of the subclass.
print(list.__len__(h), list.count(h, 5))

# Incompatible built-in bases.
try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)

# The base's own errors and messages.
class Number(int):
    pass

print(Number("42"), Number("ff", 16))
Number("not a number")
