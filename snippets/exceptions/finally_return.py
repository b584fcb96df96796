def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def override():
    try:
        return "try"
    finally:
        print("finally runs before return")

def both():
    try:
        return 1
    finally:
        return 2

print(swallow())
print(override())
print(both())

def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return "loop done"

print(loop())
