def t(name):
    print("t", name)
    return True

def f(name):
    print("f", name)
    return False

print(f("a") and t("b"))
print(t("c") or f("d"))
print(f("e") or t("g") and f("h"))
print([] or {} or "last", 0 and 1 / 0)
