# IntFlag: flags that also act as ints.
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw == 6, int(rw), rw + 1)
print(rw | 1, repr(rw | 1), Perm.R & 4, repr(Perm.R & 1))
print(Perm.W in rw, list(rw), repr(Perm(0)))
print(sorted([Perm.R, Perm.X, Perm.W]), f"{Perm.R:03b}")
