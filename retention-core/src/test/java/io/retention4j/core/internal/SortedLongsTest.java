package io.retention4j.core.internal;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link SortedLongs} against sorting a list. */
class SortedLongsTest {

    @Test
    void median_handCounted() {
        SortedLongs m = new SortedLongs();
        m.add(5);
        m.add(1);
        m.add(3);
        assertThat(m.median()).isEqualTo(3.0);     // 1 3 5
        m.add(10);
        assertThat(m.median()).isEqualTo(4.0);     // 1 3 5 10 -> (3 + 5) / 2
        m.add(3);
        assertThat(m.median()).isEqualTo(3.0);     // 1 3 3 5 10
        m.remove(1);
        assertThat(m.median()).isEqualTo(4.0);     // 3 3 5 10 -> (3 + 5) / 2
        m.remove(3);
        assertThat(m.median()).isEqualTo(5.0);     // 3 5 10
        assertThat(m.size()).isEqualTo(3);
    }

    @Test
    void remove_missingValue_rejected() {
        SortedLongs m = new SortedLongs();
        m.add(2);
        assertRejects(IllegalArgumentException.class, () -> m.remove(7), "value 7 is not among the 1 values");
        m.clear();
        assertThat(m.size()).isZero();
        assertRejects(IllegalStateException.class, m::median, "median of no values");
    }

    /**
     * Adds the values one by one, then removes the last {@code removed} of them in reverse order,
     * comparing the median after every step with the middle of a sorted copy.
     */
    @Property(tries = 500)
    void median_afterAddsAndRemoves_matchesSortedMiddle(
            @ForAll @Size(max = 200) List<@LongRange(min = -50, max = 50) Long> values,
            @ForAll @IntRange(min = 0, max = 200) int removed) {
        SortedLongs m = new SortedLongs();
        List<Long> held = new ArrayList<>();
        for (long v : values) {
            m.add(v);
            held.add(v);
            assertThat(m.median()).as("median of %s", held).isEqualTo(median(held));
        }
        for (int k = 0; k < Math.min(removed, values.size() - 1); k++) {
            long v = held.remove(held.size() - 1);
            m.remove(v);
            assertThat(m.size()).isEqualTo(held.size());
            assertThat(m.median()).as("median of %s", held).isEqualTo(median(held));
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
