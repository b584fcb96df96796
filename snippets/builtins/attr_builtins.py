import sys
print(hasattr(sys, "argv"), hasattr(sys, "no_such_thing"))
print(getattr(sys, "no_such_thing", "fallback"))
setattr(sys, "custom", 42)
print(sys.custom, getattr(sys, "custom"))
f = getattr(sys, "exit")
print(f, hasattr(sys, "version_info"))
print(callable(len), callable(sys), callable(lambda: 1), callable("s"))
