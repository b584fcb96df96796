# %(name)s looks values up in a mapping.
record = {"name": "Widget", "price": 9.5, "qty": 3}
print("%(name)s: %(qty)d x $%(price).2f = $%(total).2f" % dict(record, total=9.5 * 3))
print("%(name)-10s|%(qty)05d|%(price)+8.3f" % record)

# Keys may repeat, and extra keys are ignored.
print("%(a)s %(a)r %(a)s" % {"a": "x", "unused": 0})

# Keys can contain parentheses as long as they balance.
print("%(f(x))s" % {"f(x)": "nested"})

# Any object with __getitem__ works as the mapping.
class Upper:
    def __getitem__(self, key):
        return key.upper()


print("%(hello)s %(world)s" % Upper())

# Errors.
for template, args in [("%(missing)s", {}), ("%(a)s", (1,)), ("%(a)s", 5),
                       ("%(a", {"a": 1}), ("%(a)s %s", {"a": 1})]:
    try:
        print(template % args)
    except (KeyError, TypeError, ValueError) as e:
        print(repr(template), type(e).__name__, e)
