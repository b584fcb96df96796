# OrderedDict's move_to_end/popitem(last=), and ChainMap's layered lookups.
from collections import ChainMap, OrderedDict

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od, repr(OrderedDict()))

defaults = {"color": "red", "user": "guest"}
overrides = {"user": "admin"}
cm = ChainMap(overrides, defaults)
print(cm, cm["user"], cm["color"], len(cm), sorted(cm))
print(cm.maps, cm.parents)
child = cm.new_child({"theme": "dark"})
print(child["theme"], child["user"])
cm["color"] = "blue"          # writes go to the first map
print(overrides, defaults)
