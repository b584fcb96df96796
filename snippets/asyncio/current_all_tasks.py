# current_task and all_tasks, with names.
import asyncio


async def child(n):
    me = asyncio.current_task()
    print("child", n, "runs as", me.get_name())
    await asyncio.sleep(0.05)


async def main():
    me = asyncio.current_task()
    print("main task name:", me.get_name())
    me.set_name("the-main")
    tasks = [asyncio.create_task(child(i), name=f"child-{i}") for i in range(3)]
    await asyncio.sleep(0)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", names)
    await asyncio.gather(*tasks)
    print("after gather:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me, me in asyncio.all_tasks())

print(asyncio.current_task.__name__)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
