# memoryview: looking at the bytes of another object without copying them.

data = b"header:payload:trailer"
view = memoryview(data)
print(type(view).__name__, len(view), view[0], view[-1])

# Slicing a view gives another view onto the same bytes.
payload = view[7:14]
print(payload.tobytes(), bytes(payload), len(payload))
print(payload.tolist())
print(view[::7].tobytes(), view[::-1][:7].tobytes())
print(view[:6].hex(), view[:6].hex(":"))

# A view compares equal to bytes with the same contents, and works where
# bytes-like objects are accepted.
print(payload == b"payload", payload == bytearray(b"payload"), payload == "payload")
print(b"<" + payload + b">")
print(b"|".join([view[:6], payload]))
print(data.find(payload), payload in data)
print(list(view[:3]), sum(view[:3]))

# A view of a bytearray sees later changes.
buf = bytearray(b"mutable")
live = memoryview(buf)
buf[0] = ord("M")
print(bytes(live), live[0])

# After release() the view is unusable.
live.release()
try:
    len(live)
except ValueError as e:
    print("ValueError:", e)

# As a context manager the view is released when the block ends.
with memoryview(b"scoped") as scoped:
    print(scoped[:3].tobytes())
try:
    scoped[0]
except ValueError as e:
    print("ValueError:", e)

for call in [
    lambda: view[100],
    lambda: view["0"],
    lambda: memoryview("text"),
    lambda: memoryview(42),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
