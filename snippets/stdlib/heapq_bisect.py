import heapq
import bisect

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [1, 8, 2, 9, 4]), heapq.nsmallest(2, [1, 8, 2, 9, 4]))
print(heapq.nsmallest(2, ['apple', 'fig', 'banana'], key=len))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
while tasks:
    print(heapq.heappop(tasks))
h = [1, 3, 5]
print(heapq.heapreplace(h, 4), h, heapq.heappushpop(h, 0), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 5), bisect.bisect_left(a, 0))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect([(1, 'a'), (3, 'c')], (2, 'z')), bisect.bisect_left([1, 5, 9], 6, key=lambda v: v))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
