# UnicodeDecodeError / UnicodeEncodeError texts
for data, enc in [(b"\xff", "utf-8"), (b"a\xffb\xfe", "ascii"), (b"\xe9\x80", "utf-8"), (b"\xe9", "utf-8"), (b"ab\xc3", "utf-8"),
                  (b"\xc3\x28", "utf-8"), (b"\xf0\x9f\x98", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\x80abc", "utf-8")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(e)
print(b"\xf0\x9f\x98\x80".decode(), b"a\xf0\x9f\x98b".decode("utf-8", "replace"), b"\xed\xa0\x80x".decode("utf-8", "replace"))
for s, enc in [("é", "ascii"), ("aéé", "ascii"), ("a€", "latin-1"), ("😀", "ascii"), ("ab\u1234", "latin1")]:
    try:
        print(s.encode(enc))
    except UnicodeEncodeError as e:
        print(e)
b"abc\xff".decode()
