# await in a comprehension needs an async function around it
async def fetch(x):
    return x


results = [await fetch(i) for i in range(3)]
