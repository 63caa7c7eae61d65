package io.retention4j.loyalty.personalize;

import static io.retention4j.loyalty.personalize.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.lifecycle.AliveProbability;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import io.retention4j.core.model.Transaction;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import io.retention4j.core.time.TimeScale;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NextBestOfferTest {
    private static final double EPS = 1e-9;

    /** c1: VIP, bought 50 on day 1, 30 on day 11, 40 on day 21 (spend 120); profiles as of day 31. */
    private static CustomerProfile profile() {
        TransactionLog log = TransactionLog.of(List.of(
                Transaction.of("c1", day(1), 50), Transaction.of("c1", day(11), 30), Transaction.of("c1", day(21), 40)));
        return CustomerProfiles.builder().transactions(log)
                .customers(List.of(Customer.of("c1", day(1)).withAttributes(Map.of("vip", "yes"))))
                .asOf(day(31)).build().get("c1");
    }

    private static final Offer DOUBLE_POINTS = Offer.builder("double-points", OfferKind.BONUS_POINTS).cost(2)
            .responseRate(0.10).boost(ProfileRule.attribute("vip", "yes"), 1.5).build();
    private static final Offer TEN_OFF = Offer.builder("10-off", OfferKind.DISCOUNT).cost(10).responseRate(0.3)
            .eligibleIf(ProfileRule.of("spent 100+", p -> p.totalSpend() >= 100)).build();
    private static final Offer TIPS = Offer.builder("tips", OfferKind.CONTENT).responseRate(0.02).build();
    private static final Offer FREE_COFFEE = Offer.builder("free-coffee", OfferKind.REWARD).cost(3).responseRate(0.2)
            .segments("loyal").minimumGap(Duration.ofDays(30)).build();

    private static NextBestOffer.Builder nbo() {
        return NextBestOffer.builder(CustomerValue.constant(100)).offers(DOUBLE_POINTS, TEN_OFF, TIPS, FREE_COFFEE);
    }

    @Test
    void decide_rankedByExpectedValue() {
        OfferDecision d = nbo().build().decide(profile(), "loyal", day(31), OfferHistory.inMemory());
        // EV = p * V - cost with V = 100: 10-off 0.3*100-10 = 20; free-coffee 0.2*100-3 = 17;
        // double-points (0.10*1.5 for the VIP boost)*100-2 = 13; tips 0.02*100-0 = 2
        assertThat(d.ranked()).extracting(RankedOffer::offerId)
                .containsExactly("10-off", "free-coffee", "double-points", "tips");
        double[] expected = {20, 17, 13, 2};
        for (int i = 0; i < expected.length; i++) {
            assertThat(d.ranked().get(i).expectedValue()).isCloseTo(expected[i], within(EPS));
        }
        assertThat(d.ranked().get(2).responseProbability()).isCloseTo(0.15, within(EPS));
        assertThat(d.ranked().get(2).toString())
                .isEqualTo("double-points (BONUS_POINTS): EV = 0.1500 x 100.00 - 2.00 = 13.00; boosted: attribute vip = yes x1.5");
        assertThat(d.best()).get().extracting(RankedOffer::offerId).isEqualTo("10-off");
    }

    @Test
    void decide_otherSegment_segmentOfferRejectedWithReason() {
        OfferDecision d = nbo().build().decide(profile(), "new", day(31), OfferHistory.inMemory());
        assertThat(d.ranked()).extracting(RankedOffer::offerId).containsExactly("10-off", "double-points", "tips");
        assertThat(d.rejected()).containsExactly("free-coffee: not for segment new");
    }

    @Test
    void decide_ineligible_rejectedNamingTheRule() {
        Offer big = Offer.builder("big", OfferKind.DISCOUNT).eligibleIf(ProfileRule.of("spent 1000+",
                p -> p.totalSpend() >= 1000)).build();
        OfferDecision d = NextBestOffer.builder(CustomerValue.constant(100)).offers(big).build()
                .decide(profile(), null, day(31), OfferHistory.inMemory());
        assertThat(d.best()).isEmpty();
        assertThat(d.rejected()).containsExactly("big: not eligible (spent 1000+)");
    }

    @Test
    void decide_minimumGap_sameOfferNotAgainWithinIt() {
        OfferHistory history = OfferHistory.inMemory().record("c1", "free-coffee", day(21));
        OfferDecision d = nbo().build().decide(profile(), "loyal", day(31), history);
        assertThat(d.rejected()).containsExactly(
                "free-coffee: made at 2026-01-21T00:00:00Z, not again before 2026-02-20T00:00:00Z");
    }

    @Test
    void decide_frequencyCap_oneOfferAWeek() {
        NextBestOffer capped = nbo().frequencyCap(1, Duration.ofDays(7)).build();
        OfferHistory history = OfferHistory.inMemory().record("c1", "tips", day(28));
        OfferDecision d = capped.decide(profile(), "loyal", day(31), history);
        assertThat(d.best()).isEmpty();
        assertThat(d.capped()).isEqualTo("frequency cap: 1 offer(s) in the PT168H before 2026-01-31T00:00:00Z"
                + " (at most 1); next possible after 2026-02-04T00:00:00Z");
        // eight days later the offer of day 28 is out of the window
        assertThat(capped.decide(profile(), "loyal", day(36), history).best()).isPresent();
        // an offer exactly 7 days before asOf is outside (asOf - 7d, asOf]
        assertThat(capped.decide(profile(), "loyal", day(35), history).capped()).isNull();
    }

    @Test
    void decide_recordThenDecideAgain_capApplies() {
        NextBestOffer capped = nbo().frequencyCap(1, Duration.ofDays(7)).build();
        OfferHistory history = OfferHistory.inMemory();
        history.record(capped.decide(profile(), "loyal", day(31), history));
        assertThat(history.of("c1")).containsExactly(new OfferHistory.Made("10-off", day(31)));
        assertThat(capped.decide(profile(), "loyal", day(32), history).capped()).isNotNull();
    }

    @Test
    void decide_minimumExpectedValue_dropsSmallOffers() {
        OfferDecision d = nbo().minimumExpectedValue(5).build().decide(profile(), "loyal", day(31),
                OfferHistory.inMemory());
        assertThat(d.rejected()).containsExactly("tips: expected value 2.00 below 5.00");
    }

    @Test
    void aliveTimesAverageOrder_passesTheBtydHistoryInTheModelUnit() {
        // x = repeat periods = 3 purchase days - 1 = 2; t_x = day 21 - day 1 = 20 days; T = day 31 - day 1 = 30 days
        AliveProbability model = new AliveProbability() {
            @Override
            public TimeScale unit() {
                return TimeScale.DAYS;
            }

            @Override
            public double probabilityAlive(int x, double tx, double t) {
                return x == 2 && Math.abs(tx - 20) < 1e-9 && Math.abs(t - 30) < 1e-9 ? 0.5 : 0;
            }

            @Override
            public double probabilityNoPurchase(double t, int x, double tx, double age) {
                throw new UnsupportedOperationException();
            }
        };
        // V = 0.5 * average order value (120 / 3 = 40) = 20
        assertThat(CustomerValue.aliveTimesAverageOrder(model).value(profile())).isCloseTo(20, within(EPS));
        // 10-off: EV = 0.3 * 20 - 10 = -4 < 0: rejected; tips: 0.02 * 20 = 0.4
        OfferDecision d = NextBestOffer.builder(CustomerValue.aliveTimesAverageOrder(model)).offers(TEN_OFF, TIPS)
                .build().decide(profile(), null, day(31), OfferHistory.inMemory());
        assertThat(d.ranked()).extracting(RankedOffer::offerId).containsExactly("tips");
        assertThat(d.rejected()).containsExactly("10-off: expected value -4.00 below 0.00");
    }

    @Test
    void decide_segmentBoost_appliesInThatSegmentOnly() {
        Offer o = Offer.builder("o", OfferKind.CONTENT).responseRate(0.1).boostSegment("loyal", 2).build();
        NextBestOffer nbo = NextBestOffer.builder(CustomerValue.constant(100)).offers(o).build();
        // loyal: p = 0.1 * 2 = 0.2, EV = 20; elsewhere p = 0.1, EV = 10
        RankedOffer loyal = nbo.decide(profile(), "loyal", day(31), OfferHistory.inMemory()).ranked().get(0);
        assertThat(loyal.expectedValue()).isCloseTo(20, within(EPS));
        assertThat(loyal.why()).isEqualTo("boosted: segment loyal x2.0");
        assertThat(nbo.decide(profile(), "new", day(31), OfferHistory.inMemory()).ranked().get(0).expectedValue())
                .isCloseTo(10, within(EPS));
        assertThatThrownBy(() -> Offer.builder("o", OfferKind.CONTENT).boostSegment("loyal", 0))
                .hasMessage("offer 'o' boost multiplier must be positive and finite, got 0.0");
    }

    @Test
    void equalExpectedValues_keepTheOrderAdded() {
        Offer a = Offer.builder("a", OfferKind.CONTENT).responseRate(0.1).build();
        Offer b = Offer.builder("b", OfferKind.CONTENT).responseRate(0.1).build();
        assertThat(NextBestOffer.builder(CustomerValue.constant(10)).offers(b, a).build()
                .decide(profile(), null, day(31), OfferHistory.inMemory()).ranked())
                .extracting(RankedOffer::offerId).containsExactly("b", "a");
    }

    @Test
    void builders_badValues_throw() {
        assertThatThrownBy(() -> Offer.builder("o", OfferKind.DISCOUNT).responseRate(1.5))
                .hasMessage("offer 'o' responseRate must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> nbo().frequencyCap(0, Duration.ofDays(7)))
                .hasMessage("frequency cap must allow 1..1000 offers, got 0");
        assertThatThrownBy(() -> nbo().offers(TIPS)).hasMessage("offer id 'tips' is added twice");
        assertThatThrownBy(() -> NextBestOffer.builder(CustomerValue.of("broken", p -> Double.NaN)).offers(TIPS).build()
                .decide(profile(), null, day(31), OfferHistory.inMemory()))
                .hasMessage("customer value 'broken' of 'c1' must be finite and non-negative, got NaN");
    }
}
