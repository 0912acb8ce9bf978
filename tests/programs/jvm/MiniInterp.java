import java.util.*;

// A small stack-machine interpreter with a tokenizer and a recursive-descent
// compiler for arithmetic with variables, while loops and printing.
public class MiniInterp {
    enum Op { PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, LT, JZ, JMP, PRINT, HALT }
    record Insn(Op op, int arg) {
        public String toString() { return op + (op == Op.PUSH || op == Op.LOAD || op == Op.STORE || op == Op.JZ || op == Op.JMP ? " " + arg : ""); }
    }
    static class Compiler {
        final List<String> toks; int pos = 0;
        final List<Insn> code = new ArrayList<>();
        final Map<String, Integer> vars = new HashMap<>();
        Compiler(String src) { toks = tokenize(src); }
        static List<String> tokenize(String s) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) { i++; continue; }
                if (Character.isDigit(c) || Character.isLetter(c)) {
                    int j = i;
                    while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
                    out.add(s.substring(i, j)); i = j;
                } else { out.add(String.valueOf(c)); i++; }
            }
            return out;
        }
        String peek() { return pos < toks.size() ? toks.get(pos) : ""; }
        String next() { return toks.get(pos++); }
        int slot(String v) { return vars.computeIfAbsent(v, k -> vars.size()); }
        void emit(Op op, int arg) { code.add(new Insn(op, arg)); }
        void program() { while (pos < toks.size()) statement(); emit(Op.HALT, 0); }
        void statement() {
            String t = next();
            if (t.equals("print")) { expr(); emit(Op.PRINT, 0); next(); }
            else if (t.equals("while")) {
                int top = code.size(); expr(); int jz = code.size(); emit(Op.JZ, -1); next();
                while (!peek().equals("}")) statement();
                next(); emit(Op.JMP, top); code.set(jz, new Insn(Op.JZ, code.size()));
            } else { next(); expr(); emit(Op.STORE, slot(t)); next(); }
        }
        void expr() { sum(); if (peek().equals("<")) { next(); sum(); emit(Op.LT, 0); } }
        void sum() { term(); while (peek().equals("+") || peek().equals("-")) { Op op = next().equals("+") ? Op.ADD : Op.SUB; term(); emit(op, 0); } }
        void term() { atom(); while (peek().equals("*") || peek().equals("/")) { Op op = next().equals("*") ? Op.MUL : Op.DIV; atom(); emit(op, 0); } }
        void atom() {
            String t = next();
            if (t.equals("(")) { expr(); next(); }
            else if (Character.isDigit(t.charAt(0))) emit(Op.PUSH, Integer.parseInt(t));
            else emit(Op.LOAD, slot(t));
        }
    }
    static void run(List<Insn> code, int nvars) {
        int[] stack = new int[64]; int sp = 0; int[] vars = new int[nvars]; int pc = 0; int steps = 0;
        while (true) {
            Insn in = code.get(pc++); steps++;
            switch (in.op()) {
                case PUSH -> stack[sp++] = in.arg();
                case LOAD -> stack[sp++] = vars[in.arg()];
                case STORE -> vars[in.arg()] = stack[--sp];
                case ADD -> { sp--; stack[sp - 1] += stack[sp]; }
                case SUB -> { sp--; stack[sp - 1] -= stack[sp]; }
                case MUL -> { sp--; stack[sp - 1] *= stack[sp]; }
                case DIV -> { sp--; stack[sp - 1] /= stack[sp]; }
                case LT -> { sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; }
                case JZ -> { if (stack[--sp] == 0) pc = in.arg(); }
                case JMP -> pc = in.arg();
                case PRINT -> System.out.println(stack[--sp]);
                case HALT -> { System.out.println("halted after " + steps + " steps"); return; }
            }
        }
    }
    public static void main(String[] args) {
        String src = "n = 10; a = 0; b = 1; i = 0; while i < n { print a; t = a + b; a = b; b = t; i = i + 1; } print (a * 3 - 4) / 2;";
        Compiler c = new Compiler(src);
        c.program();
        System.out.println(c.code.size() + " instructions, " + c.vars.size() + " variables");
        for (int i = 0; i < 6; i++) System.out.println(i + ": " + c.code.get(i));
        run(c.code, c.vars.size());
    }
}
