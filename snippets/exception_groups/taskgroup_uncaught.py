# A TaskGroup failure collected in main() and raised again at the end of
# the program: the tree shows where each task failed.
import asyncio

async def step(n):
    await asyncio.sleep(0.05 * n)
    if n % 2:
        raise ValueError(f"odd step {n}")
    return n

async def main():
    failed = ()
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(step(n))
    except* ValueError as eg:
        # return is not allowed inside except*: keep the errors instead.
        print("failed steps:", len(eg.exceptions))
        failed = eg.exceptions
    return failed

errors = asyncio.run(main())
raise ExceptionGroup("steps failed", list(errors))
