def level(n):
    try:
        try:
            if n == 1:
                raise KeyError("inner")
            if n == 2:
                raise ValueError("passes through")
        except KeyError as e:
            print("inner handler", repr(e))
            raise RuntimeError("re-raised") from None
        finally:
            print("inner finally", n)
    except (RuntimeError, ValueError) as e:
        print("outer handler", type(e), e)
    finally:
        print("outer finally", n)

for n in range(3):
    level(n)
