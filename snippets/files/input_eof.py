# input() with no input left raises EOFError; uncaught, it ends the program.
print("before")
answer = input("Type something: ")
print("never reached", answer)
