def total(*args):
    print(type(args), args)
    return sum(args)

print(total())
print(total(1, 2, 3))
nums = [4, 5]
print(total(*nums, 6, *range(2)))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1), head_tail(1, 2, 3))
