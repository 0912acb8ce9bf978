"""`parley describe`: the VM-neutral resource description as JSON, for a CLI
assembly and for Java classes (parsed back with the json module)."""
import json
from harness import compile_cs, compile_java, run_parley

LIB_CS = '''
using System;
namespace Res {
  [Obsolete("old")] public class Account {
    int balance;
    public static int Count;
    public Account() { }
    static Account() { Count = 0; }
    public int Balance { get { return balance; } set { balance = value; } }
    public int this[int i] { get { return i; } }
    public event EventHandler Changed;
    public static Account operator +(Account a, int x) { a.balance += x; return a; }
    public virtual void Deposit(int x) { balance += x; }
  }
  public struct Money { public long Cents; }
  public enum Color { Red, Green }
  public delegate int Op(int x);
  public interface IShape { double Area(); }
}
'''

JAVA = {'p/Thing.java': '''
package p;
public class Thing implements Runnable {
  public static final int K = 3;
  public String name;
  public Thing(String n) { name = n; }
  public void run() { }
  public static int twice(int x) { return 2 * x; }
}'''}


def describe(args):
    res = run_parley(['describe'] + args)
    assert res.status == 0, res.stderr
    return {t['name']: t for t in json.loads(res.stdout.decode('utf-8'))['types']}


def funcs(t):
    return {f['name']: f for f in t['functions']}


def test_describe_assembly():
    dll = compile_cs({'Res.cs': LIB_CS}, out='Res.dll', target='library')
    types = describe([dll])
    acc = types['Res.Account']
    assert acc['kind'] == 'class' and acc['parley_name'] == 'cli/Res/Account'
    assert "System.ObsoleteAttribute" in acc["attributes"]
    f = funcs(acc)
    assert f['<init>']['hint'] == 'constructor'
    assert f['<clinit>']['hint'] == 'static initializer'
    assert f['get_Balance']['hint'] == 'property getter'
    assert f['set_Balance']['hint'] == 'property setter'
    assert f['get_Item']['hint'] == 'indexer getter'
    assert f['add_Changed']['hint'] == 'event add'
    assert f['remove_Changed']['hint'] == 'event remove'
    assert f['op_Addition']['hint'] == 'operator'
    assert f['op_Addition']['static'] and f['Deposit']['virtual']
    assert f['Deposit']['signature'] == '(I)V'
    slots = {s['name']: s for s in acc['slots']}
    assert slots['Count']['static'] and slots['balance']['type'] == 'I'
    assert types['Res.Money']['kind'] == 'valuetype'
    assert types['Res.Color']['kind'] == 'enum'
    assert types['Res.Op']['kind'] == 'delegate'
    assert funcs(types['Res.Op'])['Invoke']['hint'] == 'delegate invoke'
    assert types['Res.IShape']['kind'] == 'interface'
    assert funcs(types['Res.IShape'])['Area']['abstract']


def test_describe_class_directory():
    classes = compile_java(JAVA)
    types = describe([classes])
    t = types['p.Thing']
    assert t['vm'] == 'jvm' and t['kind'] == 'class'
    assert t['interfaces'] == ['java/lang/Runnable']
    f = funcs(t)
    assert f['twice']['static'] and f['twice']['signature'] == '(I)I'
    assert f['<init>']['signature'] == '(Ljava/lang/String;)V'
    assert {s['name'] for s in t['slots']} == {'K', 'name'}


def test_describe_missing_file():
    res = run_parley(['describe', 'no-such.dll'])
    assert res.status != 0
    assert b'Traceback' not in res.stderr
