# Tutorial: breadth-first search over a graph stored as a dict of lists.
graph = {
    "A": ["B", "C"],
    "B": ["D"],
    "C": ["D", "E"],
    "D": ["F"],
    "E": ["F"],
    "F": [],
    "G": ["A"],
}

def bfs(start, goal):
    frontier = [[start]]
    visited = {start}
    while frontier:
        path = frontier.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in visited:
                visited.add(nxt)
                frontier.append(path + [nxt])
    return None

print(bfs("A", "F"), bfs("C", "F"), bfs("F", "A"), bfs("G", "E"))

# Reverse the edges, count degrees, find sources and sinks.
incoming = {node: [] for node in graph}
for node, targets in graph.items():
    for t in targets:
        incoming[t].append(node)
print(incoming)
degrees = {node: (len(incoming[node]), len(graph[node])) for node in graph}
print(degrees)
print("sources:", sorted(n for n, (i, o) in degrees.items() if i == 0))
print("sinks:", sorted(n for n, (i, o) in degrees.items() if o == 0))

# Reachability as sets; set algebra compares neighbourhoods.
def reachable(node):
    seen = set()
    stack = [node]
    while stack:
        n = stack.pop()
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen

print(sorted(reachable("A")), sorted(reachable("C") & reachable("B")), sorted(reachable("G") - reachable("A")))
try:
    bfs("Z", "A")
except KeyError as e:
    print("KeyError:", e)
