class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key


def load():
    raise ConfigError("port")


load()
