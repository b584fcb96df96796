# Subclassing list: the instance is a list, with extra methods.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), type(s).__name__)
print(isinstance(s, list), isinstance(s, Stack), s == [1, 2, 3])
print(s + [4], sorted(s, reverse=True), 2 in s, list(reversed(s)), s[0:2])
print(s.pop(), s, s.index(2), s.count(1))
s += [9]
print(s, type(s).__name__)
s[0] = 100
del s[1]
print(s, sum(s), max(s), ", ".join(str(x) for x in s))
print(bool(Stack()), Stack(), Stack("abc"))
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)

# Methods that make new lists return plain lists, as in CPython.
print(type(s.copy()).__name__, type(s[:]).__name__, type(s + s).__name__)
print(Stack.__mro__)
