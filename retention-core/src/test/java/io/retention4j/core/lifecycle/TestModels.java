package io.retention4j.core.lifecycle;

import io.retention4j.core.time.TimeScale;

/**
 * Test-only {@link AliveProbability} models (core cannot use retention-metrics): a BG/NBD closed
 * form written out here from Fader, Hardie &amp; Lee (2005), eq. (13) for P(alive) and the
 * conditional P(Y(t) = 0) derived from it, and a linear toy model whose thresholds can be crossed by
 * hand.
 */
final class TestModels {
    private TestModels() {
    }

    /**
     * BG/NBD with parameters r, alpha, a, b in a unit:
     * P(alive) = 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x)) for x &gt; 0, 1 for
     * x = 0; P(no purchase in (T, T + t]) = (1 - P(alive)) + P(alive) * ((alpha + T) / (alpha + T + t))^(r + x).
     */
    record BgNbd(double r, double alpha, double a, double b, TimeScale unit) implements AliveProbability {
        /** The CDNOW fit of Fader, Hardie &amp; Lee (2005), in weeks. */
        static BgNbd cdnowWeeks() {
            return new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEKS);
        }

        /** The CDNOW fit with alpha rescaled to days. */
        static BgNbd cdnowDays() {
            return new BgNbd(0.243, 4.414 * 7, 0.793, 2.426, TimeScale.DAYS);
        }

        @Override
        public double probabilityAlive(int x, double tx, double T) {
            if (x == 0) {
                return 1;
            }
            return 1 / (1 + a / (b + x - 1) * Math.pow((alpha + T) / (alpha + tx), r + x));
        }

        @Override
        public double probabilityNoPurchase(double t, int x, double tx, double T) {
            double alive = probabilityAlive(x, tx, T);
            return (1 - alive) + alive * Math.pow((alpha + T) / (alpha + T + t), r + x);
        }
    }

    /**
     * A toy model in days for hand counts: P(alive) = 1 - (T - t_x) / 100 (floored at 0) for x &gt; 0
     * and 1 for x = 0; P(no purchase in the next t) = min(1, (T - t_x + t) / 100). With daily periods
     * T - t_x is the number of days since the last purchase day.
     */
    record Linear() implements AliveProbability {
        @Override
        public TimeScale unit() {
            return TimeScale.DAYS;
        }

        @Override
        public double probabilityAlive(int x, double tx, double T) {
            return x == 0 ? 1 : Math.max(0, 1 - (T - tx) / 100);
        }

        @Override
        public double probabilityNoPurchase(double t, int x, double tx, double T) {
            return Math.min(1, (T - tx + t) / 100);
        }
    }
}
