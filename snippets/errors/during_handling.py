def risky():
    try:
        return {}["missing"]
    except KeyError:
        return 1 / 0

risky()
