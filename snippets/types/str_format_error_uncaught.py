print("{} {}".format("only one"))
