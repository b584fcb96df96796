# When TaskGroup children fail and nobody catches the ExceptionGroup,
# the program ends with the group's traceback (each sub-exception numbered).
import asyncio


async def download(url, delay):
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return url


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(download("https://ok.example", 0.05))
        tg.create_task(download("https://bad.example", 0.05))
        tg.create_task(download("https://bad2.example", 0.05))
    print("never printed")


asyncio.run(main())
