"""Corrupt and truncated images must raise BadImageFormat -- never any
other exception, never hang.  Uses a valid mcs-compiled image as seed."""

import os
import subprocess
import sys
import tempfile
import shutil

import pytest
from hypothesis import given, settings, strategies as st, HealthCheck

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))

from parley.clr import metadata as md
from parley.clr import signature as S
from parley.clr.errors import BadImageFormat
from parley.clr.metadata import load_image

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, 'cs', 'program.cs')

_cache = {}


def seed_image():
    """(bytes, Image) of program.cs compiled by mcs; cached per run."""
    if 'data' not in _cache:
        tmp = tempfile.mkdtemp(prefix='parley_clr_')
        try:
            out = os.path.join(tmp, 'prog.exe')
            try:
                subprocess.check_call(['mcs', '-nologo', '-unsafe',
                                       '-out:' + out, SOURCE],
                                      stdout=subprocess.PIPE)
            except OSError:
                pytest.skip('mcs missing')
            with open(out, 'rb') as f:
                data = f.read()
        finally:
            shutil.rmtree(tmp)
        _cache['data'] = data
        _cache['img'] = load_image('prog.exe', data)
    return _cache['data'], _cache['img']


def exercise(data):
    """Load an image and touch everything a VM would: all bodies, all
    signatures, user strings used by ldstr, names, field data."""
    img = load_image('fuzz.exe', data)
    img.check_all()
    for m in img.methods:
        ms = S.parse_method_sig(m.sig)
        img.describe_method_sig(ms, m.name)
        img.token_name(md.make_token(md.TABLE_METHODDEF, m.rid))
        img.method_params(m)
        if m.rva and not (m.impl_flags & 3):
            code = img.read_method_body(m.rva).code
            for i in range(len(code) - 4):
                if ord(code[i]) == 0x72 and ord(code[i + 4]) == 0x70:
                    idx = (ord(code[i + 1]) | (ord(code[i + 2]) << 8) |
                           (ord(code[i + 3]) << 16))
                    try:
                        img.get_user_string(idx)
                    except BadImageFormat:
                        pass
    for td in img.typedefs:
        img.token_name(td.token())
    for f in img.fields:
        img.describe_type(S.parse_field_sig(f.sig))
        if f.rva:
            img.read_field_rva_data(f.rva, 8)
    for ts in img.typespecs:
        S.parse_typespec(ts.sig).describe()
    for mr in img.memberrefs:
        img.token_name(md.make_token(md.TABLE_MEMBERREF, mr.rid))
    return img


def outcome(data):
    """'ok' or 'bad'; any other exception propagates and fails the test."""
    try:
        exercise(data)
    except BadImageFormat as e:
        assert isinstance(e.msg, str) and e.msg
        return 'bad'
    return 'ok'


def expect_bad(data, *fragments):
    with pytest.raises(BadImageFormat) as info:
        exercise(data)
    for frag in fragments:
        assert frag in info.value.msg, info.value.msg
    return info.value.msg


def patch(data, offset, new):
    return data[:offset] + new + data[offset + len(new):]


def le16(v):
    return chr(v & 0xff) + chr((v >> 8) & 0xff)


def le32(v):
    return le16(v & 0xffff) + le16((v >> 16) & 0xffff)


def metadata_range(img):
    return img.metadata_file_offset, img.pe.metadata_size


FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def test_seed_is_valid():
    data, img = seed_image()
    assert outcome(data) == 'ok'


# ---------------------------------------------------------------------------
# random corruption

@FUZZ
@given(st.data())
def test_truncated(d):
    data, _ = seed_image()
    n = d.draw(st.integers(0, len(data) - 1))
    assert outcome(data[:n]) in ('ok', 'bad')


@FUZZ
@given(st.data())
def test_flipped_bytes(d):
    data, img = seed_image()
    start, size = metadata_range(img)
    offset = st.one_of(st.integers(0, len(data) - 1),
                       st.integers(start, start + size - 1))
    flips = d.draw(st.lists(st.tuples(offset, st.integers(1, 255)),
                            min_size=1, max_size=8))
    buf = bytearray(data)
    for off, x in flips:
        buf[off] ^= x
    assert outcome(str(buf)) in ('ok', 'bad')


@FUZZ
@given(st.data())
def test_overwritten_range(d):
    data, img = seed_image()
    start, size = metadata_range(img)
    off = d.draw(st.one_of(st.integers(0, len(data) - 1),
                           st.integers(start, start + size - 1)))
    junk = d.draw(st.one_of(
        st.binary(min_size=1, max_size=64),
        st.sampled_from(['\xff' * 16, '\x00' * 16, '\x7f\xff\xff\xff' * 4])))
    junk = junk[:len(data) - off]
    assert outcome(patch(data, off, junk)) in ('ok', 'bad')


@FUZZ
@given(st.data())
def test_corrupted_table_cell(d):
    """Set one cell of one metadata table to an arbitrary value."""
    data, img = seed_image()
    tables = [t for t in range(md.NUM_TABLES) if img.num_rows(t) > 0]
    t = d.draw(st.sampled_from(tables))
    rid = d.draw(st.integers(1, img.num_rows(t)))
    col = d.draw(st.integers(0, len(md.SCHEMAS[t]) - 1))
    off, size = img.column_file_offset(t, rid, col)
    value = d.draw(st.integers(0, (1 << (8 * size)) - 1))
    cell = le16(value) if size == 2 else le32(value)
    assert outcome(patch(data, off, cell)) in ('ok', 'bad')


@FUZZ
@given(st.data())
def test_corrupted_method_body(d):
    """Scribble over a method body (header, code or EH sections)."""
    data, img = seed_image()
    ms = [m for m in img.methods if m.rva]
    m = d.draw(st.sampled_from(ms))
    base = img.pe.rva_to_offset(m.rva, 1, 'body')
    off = base + d.draw(st.integers(0, 80))
    junk = d.draw(st.binary(min_size=1, max_size=16))
    junk = junk[:len(data) - off]
    assert outcome(patch(data, off, junk)) in ('ok', 'bad')


# ---------------------------------------------------------------------------
# named cases

def test_empty_file():
    expect_bad('', 'too small')


def test_not_mz():
    data, _ = seed_image()
    expect_bad('XY' + data[2:], 'MZ')
    expect_bad('MZ' + '\x00' * 10, 'too small')


def test_bad_pe_signature():
    data, _ = seed_image()
    lfanew = ord(data[0x3c]) | (ord(data[0x3d]) << 8)
    expect_bad(patch(data, lfanew, 'PX\x00\x00'), 'PE signature')
    expect_bad(patch(data, 0x3c, le32(len(data) + 100)), 'PE header offset')


def test_bad_optional_header_and_sections():
    data, img = seed_image()
    lfanew = ord(data[0x3c]) | (ord(data[0x3d]) << 8)
    expect_bad(patch(data, lfanew + 24, le16(0x999)), 'magic')
    expect_bad(patch(data, lfanew + 6, le16(0)), 'sections')
    # CLI header data directory (14) zeroed
    cli_dir = lfanew + 24 + 96 + 8 * 14
    expect_bad(patch(data, cli_dir, le32(0) + le32(0)), 'CLI header')
    # CLI header RVA pointing nowhere
    expect_bad(patch(data, cli_dir, le32(0x7f000000)), 'CLI header')


def test_bad_metadata_signature():
    data, img = seed_image()
    expect_bad(patch(data, img.metadata_file_offset, 'BSJX'), 'BSJB')


def test_bad_stream_header():
    data, img = seed_image()
    mdoff = img.metadata_file_offset
    vlen = ord(data[mdoff + 12])
    first = mdoff + 16 + vlen + 4
    expect_bad(patch(data, first, le32(0x100000)), 'extends past')
    expect_bad(patch(data, mdoff + 12, le32(0x10000)), 'version string')


def test_missing_tables_stream():
    data, img = seed_image()
    mdoff = img.metadata_file_offset
    vlen = ord(data[mdoff + 12])
    p = mdoff + 16 + vlen + 4
    idx = data.find('#~\x00', p)
    assert idx > 0
    expect_bad(patch(data, idx, '#X'), 'no tables stream')


def test_table_row_index_out_of_range():
    data, img = seed_image()
    # TypeDef row 2 FieldList beyond the Field table
    off, size = img.column_file_offset(md.TABLE_TYPEDEF, 2, 4)
    msg = expect_bad(patch(data, off, le16(999)), 'TypeDef row 2',
                     'out of range')
    assert 'Field' in msg
    # NestedClass enclosing class
    off, size = img.column_file_offset(md.TABLE_NESTEDCLASS, 1, 1)
    expect_bad(patch(data, off, le16(500)),
               'metadata table NestedClass row 1: TypeDef row 500 out of '
               'range')
    # coded index with an out-of-range rid (MemberRef parent)
    off, size = img.column_file_offset(md.TABLE_MEMBERREF, 1, 0)
    expect_bad(patch(data, off, le16((300 << 3) | 1)), 'MemberRef row 1',
               'TypeRef row 300 out of range')
    # coded index with an unused tag (CustomAttributeType tag 0)
    off, size = img.column_file_offset(md.TABLE_CUSTOMATTRIBUTE, 1, 1)
    expect_bad(patch(data, off, le16(1 << 3)), 'CustomAttributeType')


def test_unsorted_lists():
    data, img = seed_image()
    off, size = img.column_file_offset(md.TABLE_TYPEDEF, 3, 5)
    expect_bad(patch(data, off, le16(img.num_rows(md.TABLE_METHODDEF))),
               'not sorted')


def test_heap_offset_out_of_range():
    data, img = seed_image()
    assert len(img.strings_heap) < 0xfff0 and len(img.blob_heap) < 0xfff0
    off, size = img.column_file_offset(md.TABLE_TYPEDEF, 2, 1)
    assert size == 2
    expect_bad(patch(data, off, le16(0xfff0)), '#Strings offset 0xfff0')
    off, size = img.column_file_offset(md.TABLE_METHODDEF, 1, 4)
    expect_bad(patch(data, off, le16(0xfff0)), '#Blob offset 0xfff0')
    off, size = img.column_file_offset(md.TABLE_MODULE, 1, 2)
    expect_bad(patch(data, off, le16(77)), '#GUID')


def test_bad_table_header():
    data, img = seed_image()
    ts = img.tables_file_offset
    # an unknown table (0x2D) marked present
    valid_hi = ord(data[ts + 13])
    expect_bad(patch(data, ts + 13, chr(valid_hi | 0x20)),
               'unknown metadata table 0x2d')
    # huge row count for Module
    expect_bad(patch(data, ts + 24, le32(0x00ffffff)), 'extends past')
    expect_bad(patch(data, ts + 24, le32(0x7fffffff)), 'too many rows')


def _body_offset(img, name):
    m = [m for m in img.methods if m.name == name][0]
    return m, img.pe.rva_to_offset(m.rva, 1, 'body')


def test_bad_method_header():
    data, img = seed_image()
    m, off = _body_offset(img, 'Main')
    expect_bad(patch(data, off, '\x00'), 'bad method header at RVA 0x%x'
               % m.rva)
    expect_bad(patch(data, off, '\x01'), 'bad method header')
    assert ord(data[off]) & 3 == 3       # fat
    expect_bad(patch(data, off + 4, le32(0x7ffffff0)),
               'truncated method body at RVA')
    expect_bad(patch(data, off + 1, '\x10'), 'fat method header size')
    expect_bad(patch(data, off + 8, le32(0x06000001)), 'local variable')
    # locals token naming a missing StandAloneSig row
    expect_bad(patch(data, off + 8, le32(0x11000fff)), 'local variable')


def test_bad_exception_section():
    data, img = seed_image()
    m, off = _body_offset(img, 'Guarded')
    body = img.read_method_body(m.rva)
    assert body.clauses
    code_size = len(body.code)
    sect = off + ((12 + code_size + 3) & ~3)
    kind = ord(data[sect])
    assert kind & 1                     # EH table
    expect_bad(patch(data, sect + 1, '\x00'), 'data section size')
    # clause pointing past the end of the code
    if kind & 0x40:
        clause = sect + 4
        expect_bad(patch(data, clause + 4, le32(code_size + 10)),
                   'outside method code')
        expect_bad(patch(data, clause, le32(9)), 'clause kind')
    else:
        clause = sect + 4
        expect_bad(patch(data, clause + 2, le16(code_size + 10)),
                   'outside method code')
        expect_bad(patch(data, clause, le16(9)), 'clause kind')


def test_bad_entry_point():
    data, img = seed_image()
    lfanew = ord(data[0x3c]) | (ord(data[0x3d]) << 8)
    cli_dir = lfanew + 24 + 96 + 8 * 14
    cli_rva = (ord(data[cli_dir]) | (ord(data[cli_dir + 1]) << 8) |
               (ord(data[cli_dir + 2]) << 16))
    cli = img.pe.rva_to_offset(cli_rva, 72, 'cli')
    expect_bad(patch(data, cli + 20, le32(0x06000fff)), 'entry point')
    expect_bad(patch(data, cli + 20, le32(0x02000001)), 'entry point')


def test_bad_user_string_and_blob_entries():
    data, img = seed_image()
    with pytest.raises(BadImageFormat):
        img.get_user_string(len(img.us_heap))
    with pytest.raises(BadImageFormat):
        img.get_blob(-1)
    # a #US entry whose length runs past the heap
    us_off = data.find(img.us_heap)
    assert us_off > 0
    bad = patch(data, us_off + 1, '\xbf\xff')
    img2 = load_image('x', bad)
    with pytest.raises(BadImageFormat) as info:
        img2.get_user_string(1)
    assert '#US' in info.value.msg
