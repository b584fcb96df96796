class E(Exception):
    pass


e = E("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
err = ValueError("v")
print(err.with_traceback(None) is err)
raise e
