# Dataclass inheritance: fields are collected base first; a subclass can
# redefine a field's default, keeping its position.
from dataclasses import dataclass, fields


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: int = 0


@dataclass
class Puppy(Dog):
    age: int = 1


d = Dog("rex")
print(d, d.speak())
print(Puppy("bit", tricks=2), [f.name for f in fields(Puppy)])
print(Dog("a") == Animal("a", "woof"), isinstance(d, Animal))


class Plain(Animal):
    pass


print(Plain("p"), Plain.__dataclass_fields__.keys())
