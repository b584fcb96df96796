from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
x, y = p
print(x, y, list(p), tuple(p))
print(p._asdict(), p._replace(x=10), Point._fields)
print(Point._make([5, 6]), Point(x=3, y=4), p == (1, 2), p == Point(1, 2))
print(Point)
Color = namedtuple('Color', 'red green blue')
c = Color(255, 128, 0)
print(c, c.green, max(c), sum(c))
Person = namedtuple('Person', 'name age city', defaults=['Unknown'])
print(Person('Ann', 30), Person('Bob', 25, 'Paris'))
people = [Person('Zed', 40), Person('Amy', 22)]
print(sorted(people, key=lambda q: q.age))
print(hash(p) == hash((1, 2)))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple('P', ['a', 'a']), lambda: namedtuple('P', ['_a'])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
