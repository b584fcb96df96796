# Environment variables and facts about the process.
import os

print(type(os.environ).__name__)
print("HOME" in os.environ, os.environ["HOME"] == os.path.expanduser("~"))
print(os.environ.get("SURELY_NOT_SET"), os.environ.get("SURELY_NOT_SET", "fallback"))
print(os.getenv("SURELY_NOT_SET", "via getenv"))

os.environ["SNIPPET_COLOR"] = "blue"
print(os.environ["SNIPPET_COLOR"], os.getenv("SNIPPET_COLOR"))
print("SNIPPET_COLOR" in os.environ)
del os.environ["SNIPPET_COLOR"]
print("SNIPPET_COLOR" in os.environ)

try:
    os.environ["SURELY_NOT_SET"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ["NUMBER"] = 42
except TypeError as e:
    print("TypeError:", e)

print(os.environ.setdefault("SNIPPET_MODE", "fast"), os.environ.pop("SNIPPET_MODE"))
print(isinstance(os.getpid(), int), os.getpid() > 0)
print(isinstance(os.cpu_count(), int))
print(os.name, os.sep, os.getcwd() == os.path.abspath("."))
