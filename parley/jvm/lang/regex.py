"""A small backtracking implementation of java.util.regex, enough for the
String methods that take a regex (split, matches, replaceAll,
replaceFirst): literals and escapes, `.`, character classes (ranges,
negation, nesting, \\d \\s \\w \\p{...}), groups (capturing,
non-capturing, named), alternation, greedy/lazy/possessive quantifiers
(possessive ones behave as greedy), anchors ^ $ \\b \\B \\A \\z \\Z,
back references, lookahead, and the (?i) flag.  Not supported:
lookbehind, class intersection (&&), other flags."""

# instructions
CHAR = 0
ANY = 1
CLASS = 2
SPLIT = 3
JMP = 4
SAVE = 5
MATCH = 6
BOL = 7
EOL = 8
WORDB = 9
NWORDB = 10
BACKREF = 11
MARK = 12
CHECK = 13
BEGIN = 14      # \A
END = 15        # \z
ENDZ = 16       # \Z
LOOK = 17       # lookahead: arg1 = sub-program index, arg2 = 1 negated
CHARI = 18      # case-insensitive char

# class predicates
P_RANGE = 0
P_DIGIT = 1
P_SPACE = 2
P_WORD = 3
P_LETTER = 4
P_UPPER = 5
P_LOWER = 6
P_ALNUM = 7
P_PUNCT = 8
P_ALPHA_ASCII = 9
P_UPPER_ASCII = 10
P_LOWER_ASCII = 11
P_ALNUM_ASCII = 12
P_UNI_DIGIT = 13
P_UNI_SPACE = 14
P_XDIGIT = 15
P_ANY = 16


class RegexError(Exception):
    def __init__(self, desc, index):
        self.desc = desc
        self.index = index


class CharClass(object):
    def __init__(self):
        self.kinds = []
        self.los = []
        self.his = []
        self.negs = []
        self.negated = False
        self.ignore_case = False

    def add_range(self, lo, hi):
        self.kinds.append(P_RANGE)
        self.los.append(lo)
        self.his.append(hi)
        self.negs.append(False)

    def add_pred(self, kind, neg):
        self.kinds.append(kind)
        self.los.append(0)
        self.his.append(0)
        self.negs.append(neg)

    def add_class(self, other):
        # union with a nested class
        if other.negated:
            sub = len(self.kinds)
            self.kinds.append(P_ANY)
            self.los.append(0)
            self.his.append(0)
            self.negs.append(False)
            # approximate: [^...] nested in a union is rare
            self.kinds[sub] = P_ANY
            return
        for i in range(len(other.kinds)):
            self.kinds.append(other.kinds[i])
            self.los.append(other.los[i])
            self.his.append(other.his[i])
            self.negs.append(other.negs[i])

    def matches(self, c):
        r = self._matches(c)
        if not r and self.ignore_case:
            from parley.jvm.lang import chars
            u = chars.to_upper(c)
            l = chars.to_lower(c)
            r = (u != c and self._matches(u)) or (l != c and self._matches(l))
        if self.negated:
            return not r
        return r

    def _matches(self, c):
        for i in range(len(self.kinds)):
            k = self.kinds[i]
            if k == P_RANGE:
                if self.los[i] <= c <= self.his[i]:
                    return True
                continue
            r = pred(k, c)
            if self.negs[i]:
                r = not r
            if r:
                return True
        return False


def pred(k, c):
    from parley.jvm.lang import chars
    if k == P_DIGIT:
        return 48 <= c <= 57
    if k == P_SPACE:
        return c == 32 or (9 <= c <= 13)
    if k == P_WORD:
        return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c == 95
    if k == P_LETTER:
        return chars.is_letter(c)
    if k == P_UPPER:
        return chars.is_upper(c)
    if k == P_LOWER:
        return chars.is_lower(c)
    if k == P_ALNUM:
        return chars.is_letter_or_digit(c)
    if k == P_PUNCT:
        return ((33 <= c <= 47) or (58 <= c <= 64) or (91 <= c <= 96) or
                (123 <= c <= 126))
    if k == P_ALPHA_ASCII:
        return (65 <= c <= 90) or (97 <= c <= 122)
    if k == P_UPPER_ASCII:
        return 65 <= c <= 90
    if k == P_LOWER_ASCII:
        return 97 <= c <= 122
    if k == P_ALNUM_ASCII:
        return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122)
    if k == P_UNI_DIGIT:
        return chars.is_digit(c)
    if k == P_UNI_SPACE:
        return chars.is_whitespace(c)
    if k == P_XDIGIT:
        return (48 <= c <= 57) or (65 <= c <= 70) or (97 <= c <= 102)
    if k == P_ANY:
        return True
    return False


# ---- AST ----------------------------------------------------------------------

N_CHAR = 0
N_ANY = 1
N_CLASS = 2
N_SEQ = 3
N_ALT = 4
N_GROUP = 5
N_REPEAT = 6
N_ASSERT = 7
N_BACKREF = 8
N_LOOK = 9


class Node(object):
    def __init__(self, kind):
        self.kind = kind
        self.value = 0          # char, group index, assert op, backref
        self.cls = None
        self.children = []
        self.min = 0
        self.max = 0
        self.greedy = True
        self.neg = False
        self.ignore_case = False


def _char_node(c, ignore_case):
    n = Node(N_CHAR)
    n.value = c
    n.ignore_case = ignore_case
    return n


class Parser(object):
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.ngroups = 0
        self.ignore_case = False

    def error(self, desc):
        return RegexError(desc, self.i)

    def peek(self):
        if self.i < len(self.p):
            return ord(self.p[self.i])
        return -1

    def parse(self):
        node = self.parse_alt()
        if self.i < len(self.p):
            if self.p[self.i] == u')':
                raise RegexError('Unmatched closing \')\'', self.i - 1)
            raise self.error('Unexpected character')
        return node

    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.peek() == ord('|'):
            self.i += 1
            branches.append(self.parse_seq())
        if len(branches) == 1:
            return branches[0]
        n = Node(N_ALT)
        n.children = branches
        return n

    def parse_seq(self):
        items = []
        while True:
            c = self.peek()
            if c == -1 or c == ord('|') or c == ord(')'):
                break
            atom = self.parse_atom()
            if atom is None:
                continue
            atom = self.parse_quant(atom)
            items.append(atom)
        n = Node(N_SEQ)
        n.children = items
        return n

    def parse_quant(self, atom):
        while True:
            c = self.peek()
            lo = 0
            hi = 0
            if c == ord('*'):
                lo, hi = 0, -1
                self.i += 1
            elif c == ord('+'):
                lo, hi = 1, -1
                self.i += 1
            elif c == ord('?'):
                lo, hi = 0, 1
                self.i += 1
            elif c == ord('{'):
                start = self.i
                self.i += 1
                lo = self.parse_int()
                if lo < 0:
                    self.i = start
                    raise self.error('Illegal repetition')
                hi = lo
                if self.peek() == ord(','):
                    self.i += 1
                    if self.peek() == ord('}'):
                        hi = -1
                    else:
                        hi = self.parse_int()
                        if hi < 0:
                            raise self.error('Unclosed counted closure')
                if self.peek() != ord('}'):
                    raise self.error('Unclosed counted closure')
                self.i += 1
                if hi != -1 and hi < lo:
                    raise self.error('Illegal repetition range')
            else:
                return atom
            greedy = True
            if self.peek() == ord('?'):
                greedy = False
                self.i += 1
            elif self.peek() == ord('+'):
                self.i += 1
            if atom.kind == N_ASSERT:
                raise self.error('Dangling meta character \'' +
                                 chr(c) + '\'')
            n = Node(N_REPEAT)
            n.children = [atom]
            n.min = lo
            n.max = hi
            n.greedy = greedy
            atom = n

    def parse_int(self):
        v = -1
        while True:
            c = self.peek()
            if 48 <= c <= 57:
                if v < 0:
                    v = 0
                v = v * 10 + (c - 48)
                if v > 100000:
                    v = 100000
                self.i += 1
            else:
                return v

    def parse_atom(self):
        c = self.peek()
        ic = self.ignore_case
        if c == ord('('):
            return self.parse_group()
        if c == ord('['):
            self.i += 1
            n = Node(N_CLASS)
            n.cls = self.parse_class()
            n.cls.ignore_case = ic
            return n
        if c == ord('.'):
            self.i += 1
            return Node(N_ANY)
        if c == ord('^'):
            self.i += 1
            n = Node(N_ASSERT)
            n.value = BOL
            return n
        if c == ord('$'):
            self.i += 1
            n = Node(N_ASSERT)
            n.value = EOL
            return n
        if c == ord('*') or c == ord('+') or c == ord('?'):
            raise self.error('Dangling meta character \'' + chr(c) + '\'')
        if c == ord('{'):
            raise self.error('Illegal repetition')
        if c == ord('\\'):
            return self.parse_escape()
        self.i += 1
        return _char_node(c, ic)

    def parse_group(self):
        self.i += 1     # '('
        capture = -1
        look = 0
        if self.peek() == ord('?'):
            self.i += 1
            c = self.peek()
            if c == ord(':'):
                self.i += 1
            elif c == ord('='):
                self.i += 1
                look = 1
            elif c == ord('!'):
                self.i += 1
                look = 2
            elif c == ord('<'):
                self.i += 1
                c2 = self.peek()
                if c2 == ord('=') or c2 == ord('!'):
                    raise self.error('Look-behind is not supported')
                while self.peek() != ord('>'):
                    if self.peek() == -1:
                        raise self.error('named capturing group is missing trailing \'>\'')
                    self.i += 1
                self.i += 1
                self.ngroups += 1
                capture = self.ngroups
            else:
                # inline flags (?i) (?-i) (?i:...)
                on = True
                while True:
                    c = self.peek()
                    if c == ord('i'):
                        self.ignore_case = on
                    elif c == ord('-'):
                        on = False
                    elif c == ord('s') or c == ord('m') or c == ord('x') or \
                            c == ord('u') or c == ord('d') or c == ord('U'):
                        pass
                    else:
                        break
                    self.i += 1
                if self.peek() == ord(')'):
                    self.i += 1
                    return None
                if self.peek() != ord(':'):
                    raise self.error('Unknown inline modifier')
                self.i += 1
        else:
            self.ngroups += 1
            capture = self.ngroups
        saved_ic = self.ignore_case
        body = self.parse_alt()
        self.ignore_case = saved_ic
        if self.peek() != ord(')'):
            raise self.error('Unclosed group')
        self.i += 1
        if look:
            n = Node(N_LOOK)
            n.children = [body]
            n.neg = look == 2
            return n
        n = Node(N_GROUP)
        n.value = capture
        n.children = [body]
        return n

    def parse_escape(self):
        self.i += 1     # backslash
        c = self.peek()
        ic = self.ignore_case
        if c == -1:
            raise self.error('Unexpected internal error')
        if c == ord('Q'):
            self.i += 1
            items = []
            while self.i < len(self.p):
                if (self.p[self.i] == u'\\' and self.i + 1 < len(self.p) and
                        self.p[self.i + 1] == u'E'):
                    self.i += 2
                    break
                items.append(_char_node(ord(self.p[self.i]), ic))
                self.i += 1
            n = Node(N_SEQ)
            n.children = items
            return n
        if c in (ord('b'), ord('B'), ord('A'), ord('z'), ord('Z'), ord('G')):
            self.i += 1
            n = Node(N_ASSERT)
            if c == ord('b'):
                n.value = WORDB
            elif c == ord('B'):
                n.value = NWORDB
            elif c == ord('A') or c == ord('G'):
                n.value = BEGIN
            elif c == ord('z'):
                n.value = END
            else:
                n.value = ENDZ
            return n
        if 49 <= c <= 57:
            self.i += 1
            n = Node(N_BACKREF)
            n.value = c - 48
            return n
        cls = self.class_escape()
        if cls is not None:
            n = Node(N_CLASS)
            n.cls = cls
            return n
        return _char_node(self.char_escape(), ic)

    def class_escape(self):
        """\\d \\s \\w \\p{..} and their negations as a class, or None
        (position unchanged) for another escape."""
        c = self.peek()
        cls = CharClass()
        if c == ord('d') or c == ord('D'):
            cls.add_pred(P_DIGIT, c == ord('D'))
        elif c == ord('s') or c == ord('S'):
            cls.add_pred(P_SPACE, c == ord('S'))
        elif c == ord('w') or c == ord('W'):
            cls.add_pred(P_WORD, c == ord('W'))
        elif c == ord('p') or c == ord('P'):
            self.i += 1
            name = u''
            if self.peek() == ord('{'):
                pos = self.i
                assert pos >= 0
                end = self.p.find(u'}', pos)
                if end < 0:
                    raise self.error('Unclosed character family')
                start = self.i + 1
                assert start >= 0
                name = self.p[start:end]
                self.i = end
            else:
                start = self.i
                assert start >= 0
                name = self.p[start:start + 1]
            kind = _property(name)
            if kind < 0:
                from parley.interop.console import encode_utf8
                raise self.error('Unknown character property name {' +
                                 encode_utf8(name) + '}')
            cls.add_pred(kind, c == ord('P'))
        else:
            return None
        self.i += 1
        return cls

    def char_escape(self):
        c = self.peek()
        self.i += 1
        if c == ord('t'):
            return 9
        if c == ord('n'):
            return 10
        if c == ord('r'):
            return 13
        if c == ord('f'):
            return 12
        if c == ord('a'):
            return 7
        if c == ord('e'):
            return 27
        if c == ord('0'):
            v = 0
            k = 0
            while k < 3 and 48 <= self.peek() <= 55:
                nv = v * 8 + self.peek() - 48
                if nv > 255:
                    break
                v = nv
                self.i += 1
                k += 1
            return v
        if c == ord('x'):
            return self.hex_digits(2)
        if c == ord('u'):
            return self.hex_digits(4)
        if c == ord('c'):
            v = self.peek()
            self.i += 1
            return v ^ 64
        if (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122):
            self.i -= 1
            raise self.error('Illegal/unsupported escape sequence')
        return c

    def hex_digits(self, n):
        v = 0
        for k in range(n):
            c = self.peek()
            if 48 <= c <= 57:
                d = c - 48
            elif 97 <= c <= 102:
                d = c - 87
            elif 65 <= c <= 70:
                d = c - 55
            else:
                raise self.error('Illegal hexadecimal escape sequence')
            v = v * 16 + d
            self.i += 1
        return v

    def parse_class(self):
        cls = CharClass()
        if self.peek() == ord('^'):
            cls.negated = True
            self.i += 1
        first = True
        while True:
            c = self.peek()
            if c == -1:
                raise self.error('Unclosed character class')
            if c == ord(']') and not first:
                self.i += 1
                return cls
            first = False
            if c == ord('['):
                self.i += 1
                cls.add_class(self.parse_class())
                continue
            if c == ord('&') and self.i + 1 < len(self.p) and \
                    self.p[self.i + 1] == u'&':
                raise self.error('Character class intersection is not supported')
            lo = 0
            if c == ord('\\'):
                self.i += 1
                sub = self.class_escape()
                if sub is not None:
                    cls.add_class(sub)
                    continue
                if self.peek() == ord('Q'):
                    self.i += 1
                    while self.i < len(self.p):
                        if (self.p[self.i] == u'\\' and self.i + 1 < len(self.p)
                                and self.p[self.i + 1] == u'E'):
                            self.i += 2
                            break
                        q = ord(self.p[self.i])
                        cls.add_range(q, q)
                        self.i += 1
                    continue
                lo = self.char_escape()
            else:
                lo = c
                self.i += 1
            hi = lo
            if (self.peek() == ord('-') and self.i + 1 < len(self.p) and
                    self.p[self.i + 1] != u']' and self.p[self.i + 1] != u'['):
                self.i += 1
                c2 = self.peek()
                if c2 == ord('\\'):
                    self.i += 1
                    hi = self.char_escape()
                else:
                    hi = c2
                    self.i += 1
                if hi < lo:
                    raise self.error('Illegal character range')
            cls.add_range(lo, hi)


def _property(name):
    if name == u'L' or name == u'IsL' or name == u'IsLetter' or name == u'IsAlphabetic':
        return P_LETTER
    if name == u'Lu' or name == u'IsLu' or name == u'IsUppercase':
        return P_UPPER
    if name == u'Ll' or name == u'IsLl' or name == u'IsLowercase':
        return P_LOWER
    if name == u'Alpha':
        return P_ALPHA_ASCII
    if name == u'Upper':
        return P_UPPER_ASCII
    if name == u'Lower':
        return P_LOWER_ASCII
    if name == u'Digit':
        return P_DIGIT
    if name == u'Alnum':
        return P_ALNUM_ASCII
    if name == u'Punct':
        return P_PUNCT
    if name == u'Space':
        return P_SPACE
    if name == u'XDigit':
        return P_XDIGIT
    if name == u'Nd' or name == u'IsDigit' or name == u'N':
        return P_UNI_DIGIT
    if name == u'IsWhite_Space' or name == u'IsWhiteSpace' or name == u'javaWhitespace':
        return P_UNI_SPACE
    if name == u'javaLetterOrDigit':
        return P_ALNUM
    if name == u'javaLetter':
        return P_LETTER
    if name == u'javaUpperCase':
        return P_UPPER
    if name == u'javaLowerCase':
        return P_LOWER
    if name == u'javaDigit':
        return P_UNI_DIGIT
    return -1


# ---- code generation ------------------------------------------------------------

class Program(object):
    def __init__(self):
        self.ops = []
        self.a = []
        self.b = []
        self.classes = []
        self.subs = []          # lookahead sub-programs
        self.ngroups = 0
        self.nmarks = 0

    def emit(self, op, a, b):
        self.ops.append(op)
        self.a.append(a)
        self.b.append(b)
        return len(self.ops) - 1

    def nslots(self):
        return 2 * (self.ngroups + 1) + self.nmarks


def _gen(prog, node):
    k = node.kind
    if k == N_CHAR:
        if node.ignore_case:
            prog.emit(CHARI, node.value, 0)
        else:
            prog.emit(CHAR, node.value, 0)
    elif k == N_ANY:
        prog.emit(ANY, 0, 0)
    elif k == N_CLASS:
        prog.classes.append(node.cls)
        prog.emit(CLASS, len(prog.classes) - 1, 0)
    elif k == N_SEQ:
        for child in node.children:
            _gen(prog, child)
    elif k == N_ALT:
        jumps = []
        n = len(node.children)
        for i in range(n):
            if i < n - 1:
                split = prog.emit(SPLIT, 0, 0)
                prog.a[split] = split + 1
                _gen(prog, node.children[i])
                jumps.append(prog.emit(JMP, 0, 0))
                prog.b[split] = len(prog.ops)
            else:
                _gen(prog, node.children[i])
        for j in jumps:
            prog.a[j] = len(prog.ops)
    elif k == N_GROUP:
        if node.value > 0:
            prog.emit(SAVE, 2 * node.value, 0)
        _gen(prog, node.children[0])
        if node.value > 0:
            prog.emit(SAVE, 2 * node.value + 1, 0)
    elif k == N_REPEAT:
        child = node.children[0]
        for i in range(node.min):
            _gen(prog, child)
        if node.max == -1:
            mark = 2 * (prog.ngroups + 1) + prog.nmarks
            prog.nmarks += 1
            loop = prog.emit(SPLIT, 0, 0)
            body = len(prog.ops)
            prog.emit(MARK, mark, 0)
            _gen(prog, child)
            prog.emit(CHECK, mark, 0)
            prog.emit(JMP, loop, 0)
            end = len(prog.ops)
            if node.greedy:
                prog.a[loop] = body
                prog.b[loop] = end
            else:
                prog.a[loop] = end
                prog.b[loop] = body
        else:
            splits = []
            for i in range(node.max - node.min):
                s = prog.emit(SPLIT, 0, 0)
                splits.append(s)
                _gen(prog, child)
            end = len(prog.ops)
            for s in splits:
                if node.greedy:
                    prog.a[s] = s + 1
                    prog.b[s] = end
                else:
                    prog.a[s] = end
                    prog.b[s] = s + 1
    elif k == N_ASSERT:
        prog.emit(node.value, 0, 0)
    elif k == N_BACKREF:
        prog.emit(BACKREF, node.value, 0)
    elif k == N_LOOK:
        sub = Program()
        sub.ngroups = prog.ngroups
        sub.nmarks = prog.nmarks
        _gen(sub, node.children[0])
        sub.emit(MATCH, 0, 0)
        prog.nmarks = sub.nmarks
        prog.subs.append(sub)
        prog.emit(LOOK, len(prog.subs) - 1, 1 if node.neg else 0)


def compile_pattern(pattern):
    """Compile a Java regex; raises RegexError."""
    parser = Parser(pattern)
    node = parser.parse()
    prog = Program()
    prog.ngroups = parser.ngroups
    _gen(prog, node)
    prog.emit(MATCH, 0, 0)
    # lookahead sub-programs share the slot layout of the whole program
    _fix_slots(prog, prog.nmarks)
    return prog


def _fix_slots(prog, nmarks):
    prog.nmarks = nmarks
    for sub in prog.subs:
        _fix_slots(sub, nmarks)


_cache = {}


def get_program(pattern):
    prog = _cache.get(pattern, None)
    if prog is None:
        prog = compile_pattern(pattern)
        if len(_cache) > 64:
            _cache.clear()
        _cache[pattern] = prog
    return prog


# ---- matching ----------------------------------------------------------------------

def _is_word(s, i):
    if i < 0 or i >= len(s):
        return False
    c = ord(s[i])
    return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c == 95


def _is_line_term(c):
    return c == 10 or c == 13 or c == 0x85 or c == 0x2028 or c == 0x2029


def run(prog, s, start, anchored_end, slots):
    """Try to match prog at s[start:]; on success slots (len nslots) hold
    the group bounds (slot 0/1: the whole match)."""
    n = len(s)
    stack_kind = []
    stack_a = []
    stack_b = []
    pc = 0
    sp = start
    ops = prog.ops
    while True:
        op = ops[pc]
        ok = True
        if op == CHAR:
            if sp < n and ord(s[sp]) == prog.a[pc]:
                sp += 1
                pc += 1
            else:
                ok = False
        elif op == CHARI:
            if sp < n and _eq_ignore_case(ord(s[sp]), prog.a[pc]):
                sp += 1
                pc += 1
            else:
                ok = False
        elif op == ANY:
            if sp < n and not _is_line_term(ord(s[sp])):
                sp += 1
                pc += 1
            else:
                ok = False
        elif op == CLASS:
            if sp < n and prog.classes[prog.a[pc]].matches(ord(s[sp])):
                sp += 1
                pc += 1
            else:
                ok = False
        elif op == SPLIT:
            stack_kind.append(0)
            stack_a.append(prog.b[pc])
            stack_b.append(sp)
            pc = prog.a[pc]
        elif op == JMP:
            pc = prog.a[pc]
        elif op == SAVE or op == MARK:
            slot = prog.a[pc]
            stack_kind.append(1)
            stack_a.append(slot)
            stack_b.append(slots[slot])
            slots[slot] = sp
            pc += 1
        elif op == CHECK:
            if slots[prog.a[pc]] == sp:
                ok = False
            else:
                pc += 1
        elif op == MATCH:
            if anchored_end and sp != n:
                ok = False
            else:
                slots[0] = start
                slots[1] = sp
                return True
        elif op == BOL or op == BEGIN:
            if sp == 0:
                pc += 1
            else:
                ok = False
        elif op == END:
            if sp == n:
                pc += 1
            else:
                ok = False
        elif op == EOL or op == ENDZ:
            if sp == n:
                pc += 1
            elif sp == n - 1 and _is_line_term(ord(s[sp])):
                pc += 1
            elif (sp == n - 2 and ord(s[sp]) == 13 and ord(s[sp + 1]) == 10):
                pc += 1
            else:
                ok = False
        elif op == WORDB or op == NWORDB:
            b = _is_word(s, sp - 1) != _is_word(s, sp)
            if b == (op == WORDB):
                pc += 1
            else:
                ok = False
        elif op == BACKREF:
            g = prog.a[pc]
            if g > prog.ngroups:
                ok = False
            else:
                gs = slots[2 * g]
                ge = slots[2 * g + 1]
                if gs < 0 or ge < 0:
                    ok = False
                else:
                    length = ge - gs
                    if sp + length > n:
                        ok = False
                    else:
                        for k in range(length):
                            if s[gs + k] != s[sp + k]:
                                ok = False
                                break
                        if ok:
                            sp += length
                            pc += 1
        elif op == LOOK:
            sub = prog.subs[prog.a[pc]]
            sub_slots = [-1] * len(slots)
            for k in range(len(slots)):
                sub_slots[k] = slots[k]
            found = run(sub, s, sp, False, sub_slots)
            if found != (prog.b[pc] == 1):
                if found:
                    for k in range(2, len(slots)):
                        if sub_slots[k] != slots[k]:
                            stack_kind.append(1)
                            stack_a.append(k)
                            stack_b.append(slots[k])
                            slots[k] = sub_slots[k]
                pc += 1
            else:
                ok = False
        else:
            ok = False
        if not ok:
            # backtrack
            while True:
                if not stack_kind:
                    return False
                kind = stack_kind.pop()
                a = stack_a.pop()
                b = stack_b.pop()
                if kind == 1:
                    slots[a] = b
                else:
                    pc = a
                    sp = b
                    break


def _eq_ignore_case(c1, c2):
    if c1 == c2:
        return True
    from parley.jvm.lang import chars
    u1 = chars.to_upper(c1)
    u2 = chars.to_upper(c2)
    if u1 == u2:
        return True
    return chars.to_lower(u1) == chars.to_lower(u2)


class Match(object):
    def __init__(self, slots):
        self.slots = slots

    def start(self):
        return self.slots[0]

    def end(self):
        return self.slots[1]


def search(prog, s, start):
    """Matcher.find from `start`: the first match at or after it, or
    None."""
    n = len(s)
    i = start
    while i <= n:
        slots = [-1] * prog.nslots()
        if run(prog, s, i, False, slots):
            return Match(slots)
        i += 1
    return None


def full_match(prog, s):
    slots = [-1] * prog.nslots()
    return run(prog, s, 0, True, slots)


def find_all(prog, s):
    """The successive matches of Matcher.find()."""
    out = []
    start = 0
    n = len(s)
    while start <= n:
        m = search(prog, s, start)
        if m is None:
            break
        out.append(m)
        if m.end() == m.start():
            start = m.end() + 1
        else:
            start = m.end()
    return out


def split(prog, s, limit):
    """Pattern.split(input, limit)."""
    index = 0
    limited = limit > 0
    parts = []
    n = len(s)
    for m in find_all(prog, s):
        if not limited or len(parts) < limit - 1:
            if index == 0 and m.start() == 0 and m.start() == m.end():
                continue
            st = m.start()
            assert st >= 0 and index >= 0
            parts.append(s[index:st])
            index = m.end()
        elif len(parts) == limit - 1:
            assert index >= 0
            parts.append(s[index:n])
            index = m.end()
            break
    if index == 0:
        return [s]
    if not limited or len(parts) < limit:
        assert index >= 0
        parts.append(s[index:n])
    size = len(parts)
    if limit == 0:
        while size > 0 and len(parts[size - 1]) == 0:
            size -= 1
    assert size >= 0
    return parts[:size]


class ReplacementError(Exception):
    def __init__(self, cls, msg):
        self.cls = cls
        self.msg = msg


def expand_replacement(prog, s, m, repl, out):
    """Matcher.appendReplacement's treatment of `repl`: \\x is x, $n and
    ${name} insert a group (named groups are not kept: ${...} fails)."""
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c == u'\\':
            i += 1
            if i >= n:
                raise ReplacementError('java/lang/IllegalArgumentException',
                                       'character to be escaped is missing')
            out.append(repl[i])
            i += 1
        elif c == u'$':
            i += 1
            if i >= n:
                raise ReplacementError('java/lang/IllegalArgumentException',
                                       'Illegal group reference: group index is missing')
            d = ord(repl[i]) - 48
            if d < 0 or d > 9:
                raise ReplacementError('java/lang/IllegalArgumentException',
                                       'Illegal group reference')
            g = d
            i += 1
            while i < n:
                d = ord(repl[i]) - 48
                if d < 0 or d > 9:
                    break
                ng = g * 10 + d
                if ng > prog.ngroups:
                    break
                g = ng
                i += 1
            if g > prog.ngroups:
                raise ReplacementError('java/lang/IndexOutOfBoundsException',
                                       'No group ' + str(g))
            gs = m.slots[2 * g]
            ge = m.slots[2 * g + 1]
            if gs >= 0 and ge >= gs:
                assert ge >= 0
                out.append(s[gs:ge])
        else:
            out.append(c)
            i += 1


def replace(prog, s, repl, all):
    matches = find_all(prog, s)
    if not matches:
        return s
    out = []
    last = 0
    for m in matches:
        st = m.start()
        assert st >= 0 and last >= 0
        out.append(s[last:st])
        expand_replacement(prog, s, m, repl, out)
        last = m.end()
        if not all:
            break
    assert last >= 0
    out.append(s[last:len(s)])
    return u''.join(out)
