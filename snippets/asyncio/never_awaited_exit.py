# A coroutine still alive at exit warns from sys:1.
async def pending_job():
    return 1


coro = pending_job()
print(type(coro))
