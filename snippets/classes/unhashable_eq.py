class K:
    def __eq__(self, other):
        return True


s = {K()}
