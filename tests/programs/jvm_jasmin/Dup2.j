.class public Dup2
.super java/lang/Object

.method static pi(I)V
    .limit stack 2
    .limit locals 1
    getstatic java/lang/System/out Ljava/io/PrintStream;
    iload_0
    invokevirtual java/io/PrintStream/println(I)V
    return
.end method

.method static pj(J)V
    .limit stack 3
    .limit locals 2
    getstatic java/lang/System/out Ljava/io/PrintStream;
    lload_0
    invokevirtual java/io/PrintStream/println(J)V
    return
.end method

.method static pd(D)V
    .limit stack 3
    .limit locals 2
    getstatic java/lang/System/out Ljava/io/PrintStream;
    dload_0
    invokevirtual java/io/PrintStream/println(D)V
    return
.end method

.method static pf(F)V
    .limit stack 2
    .limit locals 1
    getstatic java/lang/System/out Ljava/io/PrintStream;
    fload_0
    invokevirtual java/io/PrintStream/println(F)V
    return
.end method

.method static mark(Ljava/lang/String;)V
    .limit stack 2
    .limit locals 1
    getstatic java/lang/System/out Ljava/io/PrintStream;
    aload_0
    invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
    return
.end method

.method public static main([Ljava/lang/String;)V
    .limit stack 24
    .limit locals 4

    ldc "dup2_x1 cat1 cat2"
    invokestatic Dup2/mark(Ljava/lang/String;)V
    bipush 7
    ldc2_w 100
    dup2_x1
    invokestatic Dup2/pj(J)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pj(J)V

    ldc "dup2_x1 cat1 x3"
    invokestatic Dup2/mark(Ljava/lang/String;)V
    iconst_1
    iconst_2
    iconst_3
    dup2_x1
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V

    ldc "dup2_x2 cat2 cat2"
    invokestatic Dup2/mark(Ljava/lang/String;)V
    ldc2_w 10
    ldc2_w 2.5
    dup2_x2
    invokestatic Dup2/pd(D)V
    invokestatic Dup2/pj(J)V
    invokestatic Dup2/pd(D)V

    ldc "dup2_x2 cat1 cat1 cat2"
    invokestatic Dup2/mark(Ljava/lang/String;)V
    iconst_4
    iconst_5
    ldc2_w 6.5
    dup2_x2
    invokestatic Dup2/pd(D)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pd(D)V

    ldc "dup2_x2 cat2 cat1 cat1"
    invokestatic Dup2/mark(Ljava/lang/String;)V
    ldc2_w 9
    bipush 8
    ldc 7.5
    dup2_x2
    invokestatic Dup2/pf(F)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pj(J)V
    invokestatic Dup2/pf(F)V
    invokestatic Dup2/pi(I)V

    ldc "dup2_x2 cat1 x4"
    invokestatic Dup2/mark(Ljava/lang/String;)V
    iconst_1
    iconst_2
    iconst_3
    iconst_4
    dup2_x2
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V

    ldc "dup_x2 cat2 cat1"
    invokestatic Dup2/mark(Ljava/lang/String;)V
    ldc2_w 11
    bipush 12
    dup_x2
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pj(J)V
    invokestatic Dup2/pi(I)V

    ldc "dup2 long, dup2 ints, pop2, swap"
    invokestatic Dup2/mark(Ljava/lang/String;)V
    ldc2_w 13
    dup2
    ladd
    invokestatic Dup2/pj(J)V
    bipush 14
    bipush 15
    dup2
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    invokestatic Dup2/pi(I)V
    bipush 16
    ldc2_w 3.25
    pop2
    invokestatic Dup2/pi(I)V
    bipush 17
    bipush 18
    bipush 19
    pop2
    invokestatic Dup2/pi(I)V
    ldc 1.5
    bipush 20
    swap
    invokestatic Dup2/pf(F)V
    invokestatic Dup2/pi(I)V
    ldc2_w 21
    lstore_2
    lload_2
    lload_2
    lmul
    invokestatic Dup2/pj(J)V
    return
.end method
