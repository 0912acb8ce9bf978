"""How a CLR type's name is spelled in Java (../shared/INTEROP-CONVENTIONS.md,
"Naming and stubs"): `Ns.Type` is `cli.Ns.Type`, a nested `Outer/Inner` is
`cli.Ns.Outer$Inner`, and - as IKVM spells them - the backquote of a
generic type's arity is `$$0060` (`System.Func`2` is `cli.System.Func$$00602`),
since Java identifiers cannot hold a backquote."""

BACKQUOTE = '$$0060'


def java_internal_of_clr(fullname):
    """Ns.Outer/Inner`1 -> cli/Ns/Outer$Inner$$00601."""
    parts = ['cli/']
    for c in fullname:
        if c == '/':
            parts.append('$')
        elif c == '.':
            parts.append('/')
        elif c == '`':
            parts.append(BACKQUOTE)
        else:
            parts.append(c)
    return ''.join(parts)


def clr_of_java_internal(name):
    """cli/Ns/Outer$Inner$$00601 -> Ns.Outer/Inner`1 (name without cli/)."""
    parts = []
    i = 0
    n = len(name)
    while i < n:
        c = name[i]
        if c == '$' and i + 6 <= n and name[i:i + 6] == BACKQUOTE:
            parts.append('`')
            i += len(BACKQUOTE)
            continue
        if c == '/':
            parts.append('.')
        elif c == '$':
            parts.append('/')
        else:
            parts.append(c)
        i += 1
    return ''.join(parts)


def java_internal_name(fullname):
    """The Java class a type of a `stubs --csharp` assembly
    (the inverse of csstubs.StubWriter.cs_name) stands for:
    pkg.Outer/Inner -> pkg/Outer$Inner; a class nested in an interface
    is in the namespace Outer_ (java.util.Map_.Entry -> java/util/Map$Entry)."""
    s = fullname.replace('/', '$')
    parts = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '_' and i + 1 < n and s[i + 1] == '.':
            parts.append('$')
            i += 2
            continue
        parts.append('/' if c == '.' else c)
        i += 1
    return ''.join(parts)
