# Tutorial: lists as stacks, and a simple queue, with bracket matching.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for sample in ["(a[b]{c})", "([)]", "((", "", "{[()()]}"]:
    print(repr(sample), balanced(sample))

# A queue: append at the back, pop from the front.
queue = ["ann", "ben"]
queue.append("cy")
served = []
while queue:
    served.append(queue.pop(0))
print(served, queue)

# Undo history with a bounded stack.
history = []
for action in ["type a", "type b", "bold", "type c", "undo", "undo"]:
    if action == "undo":
        print("undo ->", history.pop() if history else None)
    else:
        history.append(action)
        del history[:-3]
print(history)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
