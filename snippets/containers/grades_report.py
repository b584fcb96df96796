# Tutorial: a gradebook with dicts, tuples and sorting.
grades = {
    "ann": [88, 92, 79],
    "bob": [72, 65, 80],
    "cy": [95, 98, 91],
    "dee": [],
}

def average(scores):
    return sum(scores) / len(scores) if scores else None

report = {name: average(scores) for name, scores in grades.items()}
print(report)

ranked = sorted((avg, name) for name, avg in report.items() if avg is not None)
ranked.reverse()
for place, (avg, name) in enumerate(ranked, start=1):
    print(f"{place}. {name:<4} {avg:6.2f}")

best_name, best_scores = max(grades.items(), key=lambda kv: max(kv[1], default=0))
print("best single score:", best_name, max(best_scores))

# Invert: which students got each letter grade?
def letter(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C"

by_letter = {}
for name, scores in grades.items():
    for s in scores:
        by_letter.setdefault(letter(s), set()).add(name)
print({k: sorted(v) for k, v in sorted(by_letter.items())})

# Unpacking records and catching the bad one.
records = [("ann", 88), ("bob", 72, "late"), ("cy",)]
for rec in records:
    try:
        name, score = rec
        print(name, score)
    except ValueError as e:
        print(rec, "->", e)
print(min(report, key=lambda n: report[n] if report[n] is not None else 101))
