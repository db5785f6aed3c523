# concurrent: a package of modules for concurrent execution.
