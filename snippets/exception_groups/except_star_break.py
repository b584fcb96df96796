# break may not leave an except* clause either (a loop inside is fine).
for attempt in range(3):
    try:
        print(attempt)
    except* OSError:
        for i in range(2):
            continue
        break
