# bytes support % formatting too (PEP 461), producing bytes.
print(b"%d apples, %i pears" % (3, -2))
print(b"%s and %b" % (b"bytes", bytearray(b"bytearray")))
print(b"%x %X %#o %e %.2f %g" % (255, 255, 8, 1.5, 2.345, 0.0001))
print(b"[%5s] [%-5s] [%.2s] [%05d] [%+d]" % (b"ab", b"cd", b"xyz", 42, 7))
print(b"%c%c%c" % (72, b"i", 33))
print(b"%(key)s=%(num)d" % {b"key": b"answer", b"num": 42})
print(b"100%%" % ())

# %r and %a give the ascii() of any object.
print(b"%r %a %a" % ("é", [1, 2], 1.5))


# Objects with __bytes__ work with %s.
class Packet:
    def __bytes__(self):
        return b"\x01\x02"


print(b"<%s>" % Packet())

# The result has the template's type; non-ASCII bytes pass through.
print(bytearray(b"%d-%d") % (1, 2), b"\xff%s\x00" % b"\xfe")
