# A default_factory raising inside the generated __init__, uncaught: the
# traceback shows the generated code's frame.
from dataclasses import dataclass, field
counter = iter([1])
@dataclass
class Ticket:
    number: int = field(default_factory=lambda: next(counter))
print(Ticket())
print(Ticket())
