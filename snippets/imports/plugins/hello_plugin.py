"""A plugin module found through sys.path (run alone, it says so)."""

NAME = "hello"


def run(who):
    return f"hello plugin greets {who}"


if __name__ == "__main__":
    print("hello_plugin.py run directly")
