"""Reading PYPYLOG=jit-log-opt:FILE output: the optimized loops, their
debug_merge_point locations and their operations."""
import re

MERGE = re.compile(r"debug_merge_point\(\d+, \d+, '(.*)'\)")


class Loop(object):
    def __init__(self, title, lines):
        self.title = title
        self.lines = lines

    def body(self):
        """The operations after the last label: the loop proper (unrolling
        puts a preamble before it)."""
        last = 0
        for i, line in enumerate(self.lines):
            if re.search(r'(^|\s|:\s)label\(', line):
                last = i
        return self.lines[last:]

    def merge_points(self, lines=None):
        out = []
        for line in (self.lines if lines is None else lines):
            m = MERGE.search(line)
            if m:
                out.append(m.group(1))
        return out

    def operations(self, lines=None):
        ops = []
        for line in (self.lines if lines is None else lines):
            line = line.strip()
            if not line or line.startswith('#') or line.startswith('['):
                continue
            line = re.sub(r'^\+\d+:\s*', '', line)
            m = re.match(r'(?:[a-z]\d+ = )?([a-z_0-9]+)\(', line)
            if m:
                ops.append((m.group(1), line))
        return ops


def read_loops(path):
    loops = []
    current = None
    with open(path) as f:
        for line in f:
            if '{jit-log-opt-loop' in line:
                current = []
                continue
            if 'jit-log-opt-loop}' in line:
                if current:
                    loops.append(Loop(current[0], current))
                current = None
                continue
            if current is not None:
                current.append(line.rstrip('\n'))
    return loops
