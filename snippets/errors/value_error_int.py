text = "x"
number = int(text)
