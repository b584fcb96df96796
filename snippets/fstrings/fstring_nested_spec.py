width = 8
precision = 3
value = 2.718281828
for w in (4, 6, 8):
    print(f"[{'x':>{w}}]")
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width + 2}.{precision - 1}f}]")
fill = "*"
print(f"[{'mid':{fill}^{width}}]")
