# Modules in another folder: add the folder to sys.path, or import through
# the folder as a namespace package (a folder without __init__.py).
import os
import sys

try:
    import hello_plugin
except ModuleNotFoundError as e:
    print("before:", e)

sys.path.insert(0, "plugins")
import hello_plugin

print(hello_plugin.run("you"))
print(os.path.relpath(hello_plugin.__file__))

# The folder itself can be imported without an __init__.py.
import plugins.hello_plugin

print(plugins.hello_plugin.NAME, plugins.hello_plugin is hello_plugin)
print(plugins.__file__, list(plugins.__path__) == [os.path.abspath("plugins")])
