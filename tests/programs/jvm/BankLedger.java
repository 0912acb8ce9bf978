import java.util.*;

// A bank ledger: accounts, transfers with checked and unchecked exceptions,
// an audit log, and a final report sorted by balance.
public class BankLedger {
    static class InsufficientFunds extends Exception {
        final long shortBy;
        InsufficientFunds(String msg, long shortBy) { super(msg); this.shortBy = shortBy; }
    }
    static final class Account {
        final String id; long balance; final List<String> history = new ArrayList<>();
        Account(String id, long opening) { this.id = id; this.balance = opening; history.add("open " + opening); }
        void withdraw(long amount) throws InsufficientFunds {
            if (amount <= 0) throw new IllegalArgumentException("amount must be positive: " + amount);
            if (amount > balance) throw new InsufficientFunds(id + " lacks funds", amount - balance);
            balance -= amount; history.add("out " + amount);
        }
        void deposit(long amount) {
            if (amount <= 0) throw new IllegalArgumentException("amount must be positive: " + amount);
            balance += amount; history.add("in " + amount);
        }
    }
    final Map<String, Account> accounts = new LinkedHashMap<>();
    final List<String> audit = new ArrayList<>();
    int failures = 0;
    void open(String id, long amount) { accounts.put(id, new Account(id, amount)); }
    void transfer(String from, String to, long amount) {
        Account a = accounts.get(from), b = accounts.get(to);
        try {
            if (a == null || b == null) throw new NoSuchElementException("unknown account " + (a == null ? from : to));
            a.withdraw(amount);
            b.deposit(amount);
            audit.add("OK " + from + "->" + to + " " + amount);
        } catch (InsufficientFunds e) {
            failures++;
            audit.add("FAIL " + e.getMessage() + " (short by " + e.shortBy + ")");
        } catch (RuntimeException e) {
            failures++;
            audit.add("ERROR " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            audit.add("checked " + from);
        }
    }
    public static void main(String[] args) {
        BankLedger bank = new BankLedger();
        bank.open("alice", 500); bank.open("bob", 120); bank.open("carol", 0);
        bank.transfer("alice", "bob", 200);
        bank.transfer("bob", "carol", 1000);
        bank.transfer("carol", "alice", -5);
        bank.transfer("dave", "alice", 1);
        long seed = 42;
        String[] ids = {"alice", "bob", "carol"};
        for (int i = 0; i < 30; i++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            int from = (int) ((seed >>> 33) % 3), to = (int) ((seed >>> 40) % 3);
            long amt = (seed >>> 50) % 150 + 1;
            if (from != to) bank.transfer(ids[from], ids[to], amt);
        }
        for (String line : bank.audit.subList(0, 10)) System.out.println(line);
        System.out.println("audit entries: " + bank.audit.size() + ", failures: " + bank.failures);
        List<Account> sorted = new ArrayList<>(bank.accounts.values());
        sorted.sort(Comparator.comparingLong((Account x) -> x.balance).reversed().thenComparing(x -> x.id));
        long total = 0;
        for (Account a : sorted) { System.out.println(a.id + " " + a.balance + " " + a.history.size()); total += a.balance; }
        System.out.println("total " + total);
    }
}
