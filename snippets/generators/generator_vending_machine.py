# A coroutine-style generator as a state machine: values are sent in,
# the generator keeps its state in local variables between sends.

PRICES = {"tea": 120, "coffee": 150}


def vending_machine():
    credit = 0
    message = "insert coins"
    while True:
        event = yield message
        kind, value = event
        if kind == "coin":
            if value not in (10, 50, 100):
                message = f"rejected coin {value}"
                continue
            credit += value
            message = f"credit {credit}"
        elif kind == "select":
            price = PRICES.get(value)
            if price is None:
                message = f"unknown item {value!r}"
            elif credit < price:
                message = f"{value} costs {price}, credit {credit}"
            else:
                credit -= price
                message = f"dispensed {value}, change {credit}"
                credit = 0
        elif kind == "refund":
            message = f"refunded {credit}"
            credit = 0
        else:
            raise ValueError(f"unknown event {kind!r}")


machine = vending_machine()
print(next(machine))  # prime it: run to the first yield
for event in [("coin", 100), ("coin", 5), ("select", "coffee"), ("coin", 50),
              ("select", "cocoa"), ("select", "coffee"), ("coin", 100), ("refund", None)]:
    print(f"{event!s:24} -> {machine.send(event)}")

# Sending before priming is an error.
fresh = vending_machine()
try:
    fresh.send(("coin", 10))
except TypeError as e:
    print(type(e).__name__, e)

# An unknown event escapes from the generator and finishes it.
try:
    machine.send(("kick", None))
except ValueError as e:
    print(type(e).__name__, e)
print(next(machine, "machine is finished"))
