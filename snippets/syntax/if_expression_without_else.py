value = 5
result = value if value > 3
print(result)
