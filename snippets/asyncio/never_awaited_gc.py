# A coroutine dropped without being awaited warns at the line dropping it.
async def job():
    return 1


def make():
    job()
    print("after make")


make()
for i in range(3):
    job()
c = job()
c.close()
del c
print("end")
