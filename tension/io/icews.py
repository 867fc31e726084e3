def read_icews(*a, **k):
    raise NotImplementedError
