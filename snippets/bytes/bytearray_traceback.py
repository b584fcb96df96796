# Writing a value that is not a byte into a bytearray is an uncaught error.

def fill(buf, values):
    for i, value in enumerate(values):
        buf[i] = value
    return buf

print(fill(bytearray(3), [1, 2, 3]))
print(fill(bytearray(3), b"xyz"))
print(fill(bytearray(3), [10, 200, 300]))
