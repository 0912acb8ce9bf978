"""RPython implementations of the `native` methods declared by the Java
half of the core library (parley/jvm/lib).  Keyed by
'internal/ClassName.name(descriptor)'; bound when the class is defined."""

NATIVES = {}


def native(key):
    def register(func):
        assert key not in NATIVES, key
        NATIVES[key] = func
        return func
    return register
