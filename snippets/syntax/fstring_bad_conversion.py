x = 5
print(f"{x!z}")
