import inspect

def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"

light = traffic_light()
print(inspect.getgeneratorstate(light))
print([next(light) for _ in range(5)])
print(inspect.getgeneratorstate(light))
light.close()
print(inspect.getgeneratorstate(light))
print(next(light, "stopped"))
