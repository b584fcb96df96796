import sys
import time
print(sys)
print(time)
print(hasattr(time, "sleep"), callable(time.sleep), type(time.sleep))
print(repr(time.sleep))
sys.flag_from_snippet = [1, 2]
sys.flag_from_snippet.append(3)
print(sys.flag_from_snippet)
