# saving a report as ASCII fails when the text has a non-ASCII character
def save(lines):
    payload = "\n".join(lines)
    return payload.encode("ascii")

print(save(["total: 10", "status: ok"]))
print(save(["total: 10", "price: 5 €", "status: ok"]))
