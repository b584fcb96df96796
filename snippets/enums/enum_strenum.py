# StrEnum members act as their string values; auto() gives the lower-cased name.
from enum import StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "delete"


print(Method.GET, repr(Method.POST), f"<{Method.DELETE}>")
print(Method.GET == "get", Method.POST.upper(), Method.DELETE + "!", len(Method.POST))
print(Method("post"), list(Method), Method.GET.startswith("g"))
print({"get": 1}[Method.GET], sorted(Method, key=str))
