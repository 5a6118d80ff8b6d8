"""Case registry: each case function returns its messages and its truth; build.py writes them out."""
CASES: list[tuple[str, object]] = []


def case(filename: str):
    def deco(fn):
        CASES.append((filename, fn))
        return fn
    return deco
