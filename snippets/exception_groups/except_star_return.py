# return, break and continue may not leave an except* clause.
def handle(tasks):
    try:
        run(tasks)
    except* ValueError as eg:
        print("handled", eg)
        return len(eg.exceptions)
    return 0
