def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("a"))
print(connect("b", port=443, secure=True))

def required(*, key):
    return key

print(required(key="k"))
try:
    connect("c", 8080)
except TypeError as e:
    print("TypeError:", e)
try:
    required()
except TypeError as e:
    print("TypeError:", e)
