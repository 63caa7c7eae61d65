package io.retention4j.loyalty.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.experiment.Assignment;
import io.retention4j.core.experiment.AssignmentStatus;
import io.retention4j.core.experiment.Experiment;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.CampaignTrigger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The journal form of a fired occasion. */
class CampaignMarkTest {
    private static final Instant DUE = Instant.parse("2026-04-04T22:00:00Z");

    private static LedgerEntry mark(String customerId, String rule, String note) {
        return new LedgerEntry(3, customerId, EntryType.MARK, 0, DUE, rule + "@" + customerId, rule, null, null, null,
                null, note, 0, null, null);
    }

    private static LedgerEntry mark(String rule, String note) {
        return mark("c1", rule, note);
    }

    @Test
    void of_noteWithAssignment_readsEveryField() {
        Experiment experiment = Experiment.builder("wb").variant("offer", 0.5).holdout("hold", 0.5).build();
        java.util.Set<AssignmentStatus> seen = java.util.EnumSet.noneOf(AssignmentStatus.class);
        for (int i = 0; i < 10; i++) {
            String id = "c" + i;
            Assignment assignment = experiment.assign(id);
            seen.add(assignment.status());
            String name = CampaignMark.name(CampaignTrigger.WIN_BACK, "2026-01-05");
            CampaignMark m = CampaignMark.of(mark(id, name, CampaignMark.note("win-back; since; due soon", DUE, 0,
                    assignment))).orElseThrow();
            assertThat(m.mark()).isEqualTo("campaign:win-back:2026-01-05");
            assertThat(m.trigger()).isEqualTo(CampaignTrigger.WIN_BACK);
            assertThat(m.due()).isEqualTo(DUE);
            assertThat(m.detail()).isEqualTo("win-back; since; due soon");
            assertThat(m.assignment()).isEqualTo(assignment);
            assertThat(m.heldOut()).isEqualTo(assignment.status() == AssignmentStatus.HOLDOUT);
            assertThat(m.exposure()).hasValueSatisfying(e -> assertThat(e.at()).isEqualTo(DUE));
        }
        assertThat(seen).containsExactlyInAnyOrder(AssignmentStatus.IN_VARIANT, AssignmentStatus.HOLDOUT);
    }

    @Test
    void of_noteWithoutAssignmentAndOtherEntries() {
        CampaignMark m = CampaignMark.of(mark("campaign:expiry-reminder:2026-09-20T12:00:00Z",
                CampaignMark.note("30 points expire", DUE, 30, null))).orElseThrow();
        assertThat(m.trigger()).isEqualTo(CampaignTrigger.EXPIRY_REMINDER);
        assertThat(m.points()).isEqualTo(30);
        assertThat(m.assignment()).isNull();
        assertThat(m.exposure()).isEmpty();
        assertThat(CampaignMark.of(mark("goal:streak", "done"))).isEmpty();
    }

    @Test
    void of_campaignMarkInAnotherForm_isRejectedNamingTheEntry() {
        assertThatThrownBy(() -> CampaignMark.of(mark("campaign:birthday:2026", "free text")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 3 of 'c1'");
        assertThatThrownBy(() -> CampaignMark.of(mark("campaign:unknown:1", CampaignMark.note("x", DUE, 0, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaign:unknown:1");
    }
}
