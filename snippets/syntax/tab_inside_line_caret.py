pairs = [(1,	2 3)]
