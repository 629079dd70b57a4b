package io.jointclear.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progressive numbers for the declarations tests file, unique within the test JVM: every test class
 * files into the same embedded databases (contexts are cached), so numbers drawn at random per class
 * could meet and turn a test into a DUPLICATE_DECLARATION_NUMBER. One counter, started at a random
 * point so that a database reused by a later run rarely meets its earlier numbers either.
 */
public final class TestNumbers {

    private static final AtomicInteger NEXT = new AtomicInteger(600_000 + (int) Math.floorMod(System.nanoTime(), 300_000L));

    private TestNumbers() {
    }

    /** The next progressive number (6 digits, as a pedimento's and below an entry's 7). */
    public static int next() {
        return 100_000 + Math.floorMod(NEXT.getAndIncrement() - 100_000, 900_000);
    }
}
