# Private names: __name inside a class becomes _Class__name, in attribute
# access and in the class body, so subclasses cannot reach it by __name.
class Account:
    __bank = "snippy bank"
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
    def deposit(self, amount):
        self.__balance += amount
        return self.__balance
    def __audit(self):
        return f"{self.owner}: {self.__balance} at {Account.__bank}"
    def report(self):
        return self.__audit()
a = Account("ann", 10)
print(a.deposit(5), a.report())
print(a.__dict__)
print(a._Account__balance, Account._Account__bank)
try:
    a.__balance
except AttributeError as e:
    print(e)
class _Hidden:
    def __init__(self):
        self.__x = 1
print(vars(_Hidden()))
class Child(Account):
    def peek(self):
        return self.__balance
try:
    Child("bo", 1).peek()
except AttributeError as e:
    print(e)
print(sorted(k for k in Account.__dict__ if not k.startswith("__")))
