# The socket module underneath asyncio's streams: connected pairs,
# listening sockets, reprs, timeouts and non-blocking errors.
import socket

# socketpair(): two connected sockets (AF_UNIX on Linux).
a, b = socket.socketpair()
print(a.family, repr(a.family), repr(a.type))
print(a)  # no addresses: unnamed AF_UNIX sockets
a.sendall(b"ping")
print(b.recv(1024))
b.send(b"pong")
print(a.recv(2), a.recv(2))

# A TCP listener on a free port; the port varies, so it is masked.
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("SO_REUSEADDR:", server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
server.bind(("127.0.0.1", 0))
server.listen()
port = server.getsockname()[1]
print(repr(server).replace(str(port), "PORT"))

client = socket.create_connection(("127.0.0.1", port))
conn, addr = server.accept()
print("peer is the client:", addr == client.getsockname())
client.sendall(b"x" * 100_000)  # more than one recv returns
total = 0
while total < 100_000:
    total += len(conn.recv(65536))
print("received", total, "bytes")

# shutdown(SHUT_WR) sends EOF: recv returns b''.
client.shutdown(socket.SHUT_WR)
print(conn.recv(10))

# Timeouts: None blocks, 0.0 is non-blocking, a number waits that long.
print(conn.gettimeout(), conn.getblocking())
client.setblocking(False)
try:
    client.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e, "errno", e.errno)
client.settimeout(0.05)
try:
    client.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, "(socket.timeout is TimeoutError:", socket.timeout is TimeoutError, ")")

for s in (client, conn, server, a, b):
    s.close()
print(server)

# Using a closed socket, and bad addresses.
for call in (lambda: server.recv(1),
             lambda: socket.socket().connect("127.0.0.1"),
             lambda: socket.socket().connect(("127.0.0.1",)),
             lambda: socket.socket().bind(("127.0.0.1", 70000)),
             lambda: socket.socket().settimeout(-1)):
    try:
        call()
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# The context manager closes the socket.
with socket.socket() as s:
    print("open:", s.fileno() >= 0)
print("closed:", s.fileno())
print(socket.gaierror.__mro__[1].__name__, socket.error is OSError)
