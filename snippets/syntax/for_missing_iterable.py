values = [1, 2]
for v in :
    print(v)
