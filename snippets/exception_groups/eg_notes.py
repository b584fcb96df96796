# Notes (PEP 678) are printed under the message, inside the group's margin too.
def validate(record):
    errors = []
    for field in ("name", "age"):
        if field not in record:
            e = KeyError(field)
            e.add_note(f"record: {record!r}")
            errors.append(e)
    if errors:
        eg = ExceptionGroup("invalid record", errors)
        eg.add_note("while validating input")
        eg.add_note("second note\nspanning two lines")
        raise eg

try:
    validate({"age": 3})
except ExceptionGroup as eg:
    print("notes:", eg.__notes__)
    print("sub notes:", eg.exceptions[0].__notes__)

# except* keeps the notes on the parts it hands out.
try:
    validate({})
except* KeyError as eg:
    print("part notes:", eg.__notes__)
    print("leaves:", [e.args[0] for e in eg.exceptions])

validate({})
