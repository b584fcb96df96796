import inspect

async def fetch():
    return 1

def regular():
    return 1

print(type(fetch))
print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(regular))
print(inspect.isfunction(fetch), inspect.isgeneratorfunction(fetch))
