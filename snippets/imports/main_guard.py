# __name__ is "__main__" only in the file that was run.
import greet


def main():
    print("main() runs; greet's __name__ is", greet.__name__)
    print(greet.greet("main"))


if __name__ == "__main__":
    main()
print(__file__.endswith("main_guard.py"))
