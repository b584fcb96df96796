# json.decoder / json.encoder submodules, decoder subclasses through cls=,
# raw_decode, and bytes in every encoding json.loads detects.
import json
try: json.loads("{bad")
except json.decoder.JSONDecodeError as e: print("caught", e)
import json.decoder, json.encoder
from json.decoder import JSONDecodeError
print(json.decoder.JSONDecoder, json.encoder.JSONEncoder, JSONDecodeError is json.JSONDecodeError)
class D(json.JSONDecoder):
    def decode(self, s): return ("custom", super().decode(s))
class D2(json.JSONDecoder):
    def __init__(self, **kw): kw["parse_float"] = lambda s: "F" + s; super().__init__(**kw)
print(json.loads("[1]", cls=D), json.loads("[1.5]", cls=D2))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'), json.JSONDecoder().raw_decode('  [2]', 2))
print(json.__all__)
print(json.loads(b'\xef\xbb\xbf{"a": 1}'), json.loads('{"b": 2}'.encode('utf-16')), json.loads('[3]'.encode('utf-16-le')), json.loads('[4]'.encode('utf-32')))
print(json.loads('{"x": 1.5}', object_hook=lambda d: sorted(d.items())))
try:
    json.loads('[1]', strict=False, bogus=1)
except TypeError as e:
    print(e)
print(json.loads('["a\tb"]', strict=False))
try:
    json.JSONDecoder().raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(e)
