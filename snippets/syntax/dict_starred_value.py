defaults = {"x": 1}
merged = {"a": *defaults}
