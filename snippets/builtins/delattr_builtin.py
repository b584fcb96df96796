# delattr(obj, name) is `del obj.name` with the name as a string.
class Settings:
    theme = "dark"


s = Settings()
s.font = "mono"
for name in ("font", "theme"):
    print(name, hasattr(s, name))
delattr(s, "font")
print("font after delattr:", hasattr(s, "font"))
delattr(Settings, "theme")
print("theme after delattr on the class:", hasattr(s, "theme"))
try:
    delattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(s, 3)
except TypeError as e:
    print("TypeError:", e)
delattr(s, "font")
