def tally(source):
    return [x async for x in source]
