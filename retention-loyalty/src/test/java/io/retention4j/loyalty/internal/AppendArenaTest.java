package io.retention4j.loyalty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppendArenaTest {
    @Test
    void appendArena_reservationsAcrossChunks_keepTheirElements() {
        AppendArena<Integer> arena = new AppendArena<>("2^31 numbers");
        int[] sizes = {0, 1, 16_383, 2, 40_000, 7, 255, 256};
        int[] firsts = new int[sizes.length];
        for (int r = 0; r < sizes.length; r++) {
            firsts[r] = arena.reserve(sizes[r]);
            for (int i = 0; i < sizes[r]; i++) {
                arena.set(firsts[r] + i, r * 100_000 + i);
            }
        }
        for (int r = 0; r < sizes.length; r++) {
            for (int i = 0; i < sizes[r]; i++) {
                assertThat(arena.get(firsts[r] + i)).isEqualTo(r * 100_000 + i);
            }
        }
        // reservations never overlap: each starts at or after the end of the one before (one thread)
        for (int r = 1; r < sizes.length; r++) {
            assertThat(firsts[r]).isGreaterThanOrEqualTo(firsts[r - 1] + sizes[r - 1]);
        }
        assertThat(arena.reserved()).isGreaterThanOrEqualTo(firsts[sizes.length - 1] + 256);
    }

    @Test
    void appendArena_twoThreads_neverHandOutOneSlotTwice() throws InterruptedException {
        AppendArena<Integer> arena = new AppendArena<>("2^31 numbers");
        int perThread = 100_000;
        int[][] got = new int[2][perThread];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    got[id][i] = arena.reserve(1);
                    arena.set(got[id][i], id);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        java.util.BitSet seen = new java.util.BitSet();
        for (int t = 0; t < 2; t++) {
            for (int slot : got[t]) {
                assertThat(seen.get(slot)).as("slot %d handed out twice", slot).isFalse();
                seen.set(slot);
                assertThat(arena.get(slot)).isEqualTo(t);
            }
        }
    }
}
