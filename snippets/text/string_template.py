# string.Template: $-substitution with substitute and safe_substitute
from string import Template

t = Template("$who likes $what")
print(t.substitute(who="Tim", what="kung pao"))
print(t.substitute({"who": "Ann", "what": "tea"}))
print(t.substitute({"who": "Ann", "what": "tea"}, what="coffee"))   # keywords win

print(Template("${noun}ification costs $$10").substitute(noun="simple"))
print(Template("$who owes $amount").safe_substitute(who="Bob"))
print(Template("Hi $name").get_identifiers(), Template("$a $b ${a}").get_identifiers())
print(Template("ok $x").is_valid(), Template("bad $").is_valid())
print(t.template)

# Missing keys and bad placeholders
try:
    Template("$who likes $what").substitute(who="Tim")
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template("cost: $ 5").substitute()
except ValueError as e:
    print(type(e).__name__, e)
try:
    Template("line one\nline $1two").substitute()
except ValueError as e:
    print(type(e).__name__, e)

# A subclass with another delimiter
class Percent(Template):
    delimiter = "%"

print(Percent("%greeting, %name!").substitute(greeting="Hello", name="you"))
