# Growing a dict while looping over it, uncaught: RuntimeError traceback.
scores = {"ann": 3, "bob": 5}
bonus = {}
for name in scores:
    bonus[name + "_bonus"] = scores[name] * 2
print(bonus)

def add_bonuses(table):
    for name in table:
        table[name + "!"] = 0

add_bonuses(scores)
