package io.retention4j.loyalty.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Four threads share one loop. Each records the same 2,000 responses (so every id races four ways) plus
 * its own conflicting copy of every 10th, then every thread tries to start and resolve every case. The
 * counts the lock must guarantee: one case per id, the first content kept, exactly one successful start
 * and one successful resolve per case, one FEEDBACK_RESOLVED action per case.
 */
class FeedbackConcurrencyTest {
    private static final int THREADS = 4;
    private static final int RESPONSES = 2000;

    @Test
    void commands_fromFourThreads_eachCaseOnceAndEachMoveOnce() throws Exception {
        FeedbackClock clock = new FeedbackClock("2026-03-10T00:00:00Z");
        ConcurrentLinkedQueue<Action> actions = new ConcurrentLinkedQueue<>();
        FeedbackLoop loop = FeedbackFixtures.loop(clock).listener(actions::add).build();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger starts = new AtomicInteger();
        AtomicInteger resolves = new AtomicInteger();
        AtomicInteger refusedMoves = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < RESPONSES; i++) {
                    int k = (i + thread * 500) % RESPONSES; // each thread starts elsewhere
                    Response r = response(k, k % 11);
                    assertThat(loop.record(r).response()).isEqualTo(r);
                    if (k % 10 == 0) {
                        try {
                            loop.record(response(k, (k + 1) % 11));
                        } catch (ResponseConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                for (int i = 0; i < RESPONSES; i++) {
                    String id = "r" + ((i + thread * 500) % RESPONSES);
                    try {
                        loop.start(id, "t" + thread);
                        starts.incrementAndGet();
                    } catch (IllegalCaseTransitionException e) {
                        refusedMoves.incrementAndGet();
                    }
                    try {
                        loop.resolve(id, "t" + thread, "fixed by t" + thread);
                        resolves.incrementAndGet();
                    } catch (IllegalCaseTransitionException e) {
                        refusedMoves.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(loop.cases()).hasSize(RESPONSES);
        // every 10th id: each of the 4 threads sends a conflicting copy, and all 4 are refused
        assertThat(conflicts.get()).isEqualTo(THREADS * RESPONSES / 10);
        assertThat(loop.cases()).allSatisfy(c -> {
            int k = Integer.parseInt(c.id().substring(1));
            assertThat(c.response().score()).isEqualTo(k % 11);
            assertThat(c.state()).isEqualTo(CaseState.RESOLVED);
        });
        // a start can lose to another start or to a resolve; a resolve only to another resolve. The cases
        // that were started have the history opened, OPEN -> IN_PROGRESS, IN_PROGRESS -> RESOLVED
        assertThat(resolves.get()).isEqualTo(RESPONSES);
        assertThat(starts.get()).isEqualTo((int) loop.cases().stream().filter(c -> c.history().size() == 3).count());
        assertThat(starts.get() + resolves.get() + refusedMoves.get()).isEqualTo(2 * THREADS * RESPONSES);
        assertThat(actions).hasSize(RESPONSES).allMatch(a -> a.type() == ActionType.FEEDBACK_RESOLVED);
        assertThat(actions.stream().map(Action::customerId).distinct().count()).isEqualTo(RESPONSES);
    }

    private static Response response(int k, int score) {
        return FeedbackFixtures.response("r" + k, "c" + k, "nps", "2026-03-09T00:00:00Z").score(score)
                .text(k % 3 == 0 ? "app crashes" : "ok").build();
    }
}
