"""A module with a syntax error: importing it fails."""

def broken(:
    pass
