def worker(name):
    print(name, "start")
    try:
        while True:
            job = yield
            print(name, "got", job)
    except ValueError as e:
        print(name, "recovering from", e)
        yield "recovered"
    finally:
        print(name, "cleanup")

w = worker("w1")
next(w)
w.send("a")
print(w.throw(ValueError("bad job")))
w.close()
w2 = worker("w2")
next(w2)
del w2
print("end")
