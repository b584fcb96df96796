class Point(:
    pass
