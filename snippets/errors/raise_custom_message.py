print("working")
raise ValueError("something went wrong: 42")
