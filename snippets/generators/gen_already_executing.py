# A running generator cannot be resumed from inside itself
def selfref():
    yield me.send(None)

me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_running, me.gi_frame)

def closer():
    print("running", gen.gi_running)
    try:
        gen.close()
    except ValueError as e:
        print("close:", e)
    try:
        gen.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    yield 1

gen = closer()
print(next(gen))
print(gen.gi_running)

def recurse():
    yield next(r)

r = recurse()
next(r)
