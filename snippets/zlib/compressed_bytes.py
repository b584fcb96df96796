# Compressed bytes are the system zlib's, as in CPython: zlib, raw deflate and
# gzip wrappers at every level, and gzip.compress's own header when mtime is set.
import zlib, gzip
data = b"hello gzip " * 10
print(len(zlib.compress(data)), zlib.compress(data).hex())
for level in range(10):
    print(level, zlib.compress(bytes(range(256)) * 20 + data, level)[:40].hex())
g = gzip.compress(data, mtime=0)
print(g.hex())
co = zlib.compressobj(6, zlib.DEFLATED, -15)
print((co.compress(data * 3) + co.flush()).hex())
print(zlib.crc32(data), zlib.adler32(data))
print(gzip.compress(data, mtime=1234).hex(), gzip.compress(data, 1, mtime=5).hex(), gzip.compress(data, 5, mtime=5).hex())
print(zlib.compress(data, 9, 31).hex(), zlib.compress(data, 1, 31).hex(), zlib.compress(data, 6, 31).hex())
print(gzip.decompress(gzip.compress(data)) == data)
