# A tiny binary protocol: messages are packed into bytes with int.to_bytes
# and parsed back with int.from_bytes and slicing.
#
# Layout of one message (big-endian):
#   magic    2 bytes  b"SP"
#   version  1 byte
#   type     1 byte
#   length   2 bytes  length of the payload
#   payload  length bytes
#   checksum 1 byte   sum of the payload bytes modulo 256

MAGIC = b"SP"
TYPES = {1: "hello", 2: "data", 3: "bye"}

def checksum(payload):
    return sum(payload) % 256

def pack(kind, payload, version=1):
    out = bytearray(MAGIC)
    out.append(version)
    out.append(kind)
    out += len(payload).to_bytes(2, "big")
    out += payload
    out.append(checksum(payload))
    return bytes(out)

class ProtocolError(Exception):
    pass

def unpack(frame):
    if len(frame) < 7:
        raise ProtocolError(f"frame too short: {len(frame)} bytes")
    if frame[:2] != MAGIC:
        raise ProtocolError(f"bad magic {frame[:2]!r}")
    version, kind = frame[2], frame[3]
    length = int.from_bytes(frame[4:6], "big")
    payload = frame[6:6 + length]
    if len(payload) != length or len(frame) != 7 + length:
        raise ProtocolError("length mismatch")
    if frame[-1] != checksum(payload):
        raise ProtocolError(f"checksum {frame[-1]:#04x} != {checksum(payload):#04x}")
    return version, TYPES.get(kind, "unknown"), payload

# Build a stream of messages.
messages = [
    pack(1, b"client-7"),
    pack(2, "température=21.5°C".encode()),
    pack(2, bytes(range(10))),
    pack(3, b""),
]
stream = b"".join(messages)
print("stream:", len(stream), "bytes")
print(stream[:16].hex(" "))

# Parse it back, message by message.
pos = 0
while pos < len(stream):
    length = int.from_bytes(stream[pos + 4:pos + 6], "big")
    frame = stream[pos:pos + 7 + length]
    version, kind, payload = unpack(frame)
    shown = payload.decode("utf-8", "replace") if kind == "hello" else payload
    print(f"v{version} {kind:5} {len(payload):2} {shown!r}")
    pos += len(frame)

# Signed and little-endian numbers.
reading = (-1234).to_bytes(4, "little", signed=True)
print(reading, int.from_bytes(reading, "little", signed=True))
print((65535).to_bytes(2, "big"), int.from_bytes(b"\xff\xff", "big", signed=True))

# Corrupt frames are rejected.
good = pack(2, b"abc")
corrupt = [
    good[:5],
    b"XX" + good[2:],
    good[:-1] + bytes([good[-1] ^ 0xFF]),
    good[:6] + b"ab" + good[-1:],
]
for frame in corrupt:
    try:
        unpack(frame)
    except ProtocolError as e:
        print("ProtocolError:", e)

try:
    (70000).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError:", e)
