# heapq (a min-heap in a list) and bisect (searching sorted lists).
import bisect
import heapq

h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), h)
heapq.heappush(h, 0)
print(h, heapq.heappushpop(h, 10), heapq.heapreplace(h, 4), h)
print(heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3]))
print(heapq.nlargest(2, ["aa", "b", "cccc"], key=len), heapq.nsmallest(1, [(2, "b"), (1, "a")]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)), list(heapq.merge([3, 1], [4, 2], reverse=True)))

a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 4, lo=3))
bisect.insort(a, 5)
bisect.insort_left(a, 0)
print(a)
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]))
bisect.insort(records, ("d", 4), key=lambda r: r[1])
print(records)

try:
    bisect.bisect([], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
heapq.heappop([])
