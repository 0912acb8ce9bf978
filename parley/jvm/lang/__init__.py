"""java.lang classes implemented natively in RPython, one module per
family; importing the package registers them with parley.jvm.corelib."""
