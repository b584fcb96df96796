# Template.substitute with a missing key: the KeyError names the placeholder
# (caught: an uncaught one would show CPython's string.py frames)
from string import Template

letter = Template("Dear $name,\nyour order $order ships on $date.\n")
print(letter.substitute(name="Ada", order="#42", date="Monday"), end="")
print(letter.safe_substitute(name="Ada"), end="")
print(sorted(letter.get_identifiers()))
fields = {"name": "Bob", "order": "#7"}
try:
    print(letter.substitute(fields))
except KeyError as e:
    print("missing", e)
print(letter.substitute(fields, date="today"), end="")
