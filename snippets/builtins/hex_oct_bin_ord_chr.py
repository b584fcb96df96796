print(hex(255), hex(-255), hex(0), hex(2 ** 70))
print(oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(ord("A"), ord("\n"), ord("€"), chr(65), chr(8364), repr(chr(0)))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
