count = 3
count()
