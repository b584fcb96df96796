total = compute(1, 2 3)
name = "unterminated
