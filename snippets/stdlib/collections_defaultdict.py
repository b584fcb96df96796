from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd)
print(dd['a'], dd['missing'], len(dd))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
print(dict(counts.items()))
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x']['y'], 'x' in nested, 'z' in nested)
s = defaultdict(set)
s['k'].add(1)
print(s, type(dd))
plain = defaultdict()
try:
    plain['nope']
except KeyError as e:
    print("KeyError", e)
od = OrderedDict()
od['one'] = 1
od['two'] = 2
od['three'] = 3
print(od)
od.move_to_end('one')
print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm))
child = cm.new_child({'c': 4})
print(child['c'], child['b'], child)
