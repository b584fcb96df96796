# Generator send() ping-pong: a coroutine-style accumulator driven by send.
def accumulator():
    total = 0
    while True:
        x = yield total
        total = (total + x * 7) % 1_000_003

acc = accumulator()
next(acc)
value = 0
for i in range(5_000_000):
    value = acc.send(i)
print("checksum:", value)
