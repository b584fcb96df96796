# zlib and gzip: compressing and decompressing bytes, checksums, and the
# errors for data that is not compressed. (Compressed bytes can differ
# between zlib builds, so this prints what comes back, not the bytes.)
import gzip
import zlib

text = b"coroutines pause, functions return. " * 20

packed = zlib.compress(text)
print(len(text), len(packed) < len(text), zlib.decompress(packed) == text)
print(zlib.decompress(zlib.compress(text, 9)) == text)

# Data compressed by CPython's zlib decompresses the same everywhere.
blob = b"x\x9c\xcbH\xcd\xc9\xc9W\xc8@'\x01h\x03\x08\xb1"
print(zlib.decompress(blob))
raw = zlib.compress(b"raw deflate", wbits=-15)
print(zlib.decompress(raw, wbits=-15))
print(gzip.decompress(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcb\xc8\x04\x00\xac*\x93\xd8\x02\x00\x00\x00"))
print(gzip.decompress(gzip.compress(b"round trip")))

# wbits=MAX_WBITS|16 reads gzip; |32 detects zlib or gzip from the header.
print(zlib.decompress(gzip.compress(b"gz"), zlib.MAX_WBITS | 16))
print(zlib.decompress(blob, zlib.MAX_WBITS | 32), zlib.decompress(gzip.compress(b"auto"), 47))

# A decompressobj takes the data in pieces, as HTTP bodies arrive.
d = zlib.decompressobj()
pieces = [d.decompress(packed[i:i + 10]) for i in range(0, len(packed), 10)]
print(b"".join(pieces) + d.flush() == text)

# Checksums.
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b"lo", zlib.crc32(b"hel")))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION)

# Not compressed data: zlib.error with zlib's message.
damaged = blob[:-1] + b"\x00"  # the checksum at the end is wrong
for bad in [b"plain text", blob[:-4], damaged]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print(type(e).__name__, e)
print(issubclass(zlib.error, Exception))
