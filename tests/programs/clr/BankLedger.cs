using System;
using System.Collections.Generic;
class InsufficientFunds : Exception { public decimal Dummy; public int Needed; public InsufficientFunds(string m, int needed) : base(m) { Needed = needed; } }
class FrozenAccount : InvalidOperationException { public FrozenAccount(string m, Exception inner) : base(m, inner) { } }
class Account { public string Id; public int Balance; public bool Frozen; public List<string> Log = new List<string>();
  public Account(string id, int b) { Id = id; Balance = b; }
  public void Withdraw(int amt) {
    if (amt <= 0) throw new ArgumentOutOfRangeException("amt", "must be positive");
    if (Frozen) throw new FrozenAccount("account " + Id + " is frozen", new Exception("compliance hold"));
    if (amt > Balance) throw new InsufficientFunds("need " + (amt - Balance) + " more", amt - Balance);
    Balance -= amt; Log.Add("-" + amt); } 
  public void Deposit(int amt) { Balance += amt; Log.Add("+" + amt); } }
class Bank {
  Dictionary<string, Account> accts = new Dictionary<string, Account>();
  public Account Open(string id, int b) { var a = new Account(id, b); accts.Add(id, a); return a; }
  public Account Get(string id) { Account a; if (!accts.TryGetValue(id, out a)) throw new KeyNotFoundException("no account " + id); return a; }
  public void Transfer(string from, string to, int amt) {
    var a = Get(from); var b = Get(to);
    try { a.Withdraw(amt); b.Deposit(amt); Console.WriteLine("ok " + from + "->" + to + " " + amt); }
    catch (InsufficientFunds e) when (e.Needed < 50) { Console.WriteLine("small shortfall: " + e.Message); }
    finally { Console.WriteLine("audit " + from + " " + a.Balance); } }
  public int Total() { int t = 0; foreach (var kv in accts) t += kv.Value.Balance; return t; } }
class Ledger {
  static void Main() {
    var bank = new Bank(); bank.Open("alice", 100); bank.Open("bob", 50); var c = bank.Open("carol", 10);
    string[][] ops = { new[] { "alice", "bob", "30" }, new[] { "bob", "carol", "100" }, new[] { "carol", "alice", "20" }, new[] { "dave", "bob", "1" }, new[] { "alice", "bob", "-5" }, new[] { "carol", "bob", "5" } };
    c.Frozen = false;
    foreach (var op in ops) {
      try { bank.Transfer(op[0], op[1], int.Parse(op[2])); }
      catch (InsufficientFunds e) { Console.WriteLine("declined: " + e.Message + " (" + e.Needed + ")"); }
      catch (KeyNotFoundException e) { Console.WriteLine("unknown: " + e.Message); }
      catch (ArgumentException e) { Console.WriteLine("bad: " + e.GetType().Name); }
    }
    c.Frozen = true;
    try { bank.Transfer("carol", "bob", 1); } catch (InvalidOperationException e) { Console.WriteLine(e.Message + " / " + e.InnerException.Message); }
    Console.WriteLine("total " + bank.Total());
    foreach (var l in bank.Get("bob").Log) Console.Write(l + " "); Console.WriteLine();
    bank.Get("zed");
  }
}
