message = "hello"
print(mesage)
