package io.retention4j.examples;

import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.feedback.Category;
import io.retention4j.loyalty.feedback.CategoryRule;
import io.retention4j.loyalty.feedback.FeedbackCase;
import io.retention4j.loyalty.feedback.FeedbackRules;
import io.retention4j.loyalty.feedback.Response;
import io.retention4j.loyalty.feedback.Severity;
import io.retention4j.loyalty.feedback.Survey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The feedback loop of a web shop over March 2026, on bundled <em>synthetic</em> data (written for
 * this example, no real customers): {@code feedback/responses.csv} holds 54 survey responses (NPS,
 * support satisfaction 1..5, free-text comments and NPS follow-ups), {@code feedback/work.csv} what the
 * teams did (start, resolve, reopen, close, re-categorise, and one refused move). The program replays
 * both in time order with the loop's clock moved to each row's instant, then prints the SLA breaches,
 * the backlog, the most frequent categories per week, the FEEDBACK_RESOLVED and FOLLOW_UP_SURVEY
 * actions the listener received, the NPS movement and the feedback improvement report.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexample.main=io.retention4j.examples.FeedbackLoop}.
 */
public final class FeedbackLoop {
    /** The instant the report is made. */
    static final Instant END = Instant.parse("2026-04-03T18:00:00Z");
    /** The shop's zone, for weeks. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private FeedbackLoop() {
    }

    /**
     * Prints the report.
     *
     * @param args ignored
     * @throws IOException when the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        List<Row> rows = new ArrayList<>();
        for (List<String> f : csv("feedback/responses.csv")) {
            Response.Builder r = Response.builder(f.get(0), f.get(1), f.get(2)).at(Instant.parse(f.get(3))).text(f.get(7));
            if (!f.get(4).isEmpty()) {
                r.score(Integer.parseInt(f.get(4)));
            }
            if (!f.get(5).isEmpty()) {
                r.channel(f.get(5));
            }
            if (!f.get(6).isEmpty()) {
                r.product(f.get(6));
            }
            rows.add(new Row(Instant.parse(f.get(3)), 0, r.build(), null));
        }
        int responses = rows.size();
        for (List<String> f : csv("feedback/work.csv")) {
            rows.add(new Row(Instant.parse(f.get(0)), 1, null, f));
        }
        rows.sort(Comparator.comparing(Row::at).thenComparingInt(Row::kind)); // stable: file order on ties

        MovableClock clock = new MovableClock(rows.get(0).at());
        List<Action> actions = new ArrayList<>();
        io.retention4j.loyalty.feedback.FeedbackLoop loop = io.retention4j.loyalty.feedback.FeedbackLoop.builder(rules())
                .clock(clock)
                .surveys(Survey.nps("nps-q1", "How likely are you to recommend ShopCo to a friend?"),
                        Survey.satisfaction("csat-support", "How satisfied are you with our support?", 1, 5),
                        Survey.freeText("comments", "Anything else you want to tell us?"),
                        Survey.nps("nps-follow-up", "We looked into your feedback. How likely are you to recommend us now?"))
                .followUp("nps-follow-up", Duration.ofDays(7))
                .listener(actions::add)
                .build();
        out.println("Feedback loop over " + responses + " synthetic responses and " + (rows.size() - responses)
                + " work items, replayed in time order");
        out.println(loop.rules());
        out.println();
        out.println("== Work refused");
        for (Row row : rows) {
            clock.now = row.at();
            loop.advance();
            if (row.response() != null) {
                loop.record(row.response());
            } else {
                try {
                    work(loop, row.work());
                } catch (IllegalStateException e) {
                    out.println(row.at() + " " + row.work().get(2) + " " + row.work().get(1) + " by " + row.work().get(3)
                            + ": " + e.getMessage());
                }
            }
        }
        clock.now = END;
        loop.advance();
        out.println();
        out.println(loop);
        out.println("re-categorised: " + loop.get("r07").recategorisations());
        out.println();
        out.println("== SLA breaches as of " + END + " (deadlines are elapsed hours, round the clock)");
        loop.breaches(END).forEach(out::println);
        out.println();
        out.println(loop.backlog(END));
        out.println();
        out.println(loop.frequentCategories(CalendarPeriod.weeks(ZONE, DayOfWeek.MONDAY)));
        out.println();
        long resolved = actions.stream().filter(a -> a.type() == ActionType.FEEDBACK_RESOLVED).count();
        out.println("== Actions for the caller: " + resolved + " FEEDBACK_RESOLVED, " + (actions.size() - resolved)
                + " FOLLOW_UP_SURVEY");
        actions.forEach(out::println);
        out.println();
        out.println(loop.npsMovement(END));
        out.println();
        out.println(loop.improvementReport(CalendarPeriod.weeks(ZONE, DayOfWeek.MONDAY), 2));
    }

    private static FeedbackCase work(io.retention4j.loyalty.feedback.FeedbackLoop loop, List<String> f) {
        String caseId = f.get(1);
        String by = f.get(3);
        String note = f.get(4);
        String[] command = f.get(2).split(" ");
        return switch (command[0]) {
            case "start" -> loop.start(caseId, by);
            case "resolve" -> loop.resolve(caseId, by, note);
            case "reopen" -> loop.reopen(caseId, by, note);
            case "close" -> loop.close(caseId, by);
            case "recategorise" -> loop.recategorise(caseId, command[1], Severity.valueOf(command[2]), by, note);
            default -> throw new IllegalArgumentException("unknown command '" + f.get(2) + "' in work.csv");
        };
    }

    /** The shop's categories (owner, deadline per severity) and rules, first match by priority. */
    static FeedbackRules rules() {
        return FeedbackRules.builder()
                .categories(Category.of("product-issue", "app-team", Duration.ofHours(72))
                                .withDeadline(Severity.HIGH, Duration.ofHours(24))
                                .withDeadline(Severity.CRITICAL, Duration.ofHours(8)),
                        Category.of("delivery-problem", "logistics", Duration.ofHours(48))
                                .withDeadline(Severity.HIGH, Duration.ofHours(24)),
                        Category.of("experience-complaint", "cx-team", Duration.ofHours(48))
                                .withDeadline(Severity.HIGH, Duration.ofHours(24)),
                        Category.of("service-suggestion", "product-management", Duration.ofDays(14)),
                        Category.of("praise", "marketing", Duration.ofDays(14)),
                        Category.of("follow-up", "cx-team", Duration.ofDays(30)),
                        Category.of("uncategorised", "triage", Duration.ofHours(72)))
                .rules(CategoryRule.when("follow-up-ok").surveys("nps-follow-up").scoreBetween(7, 10)
                                .then("follow-up", Severity.LOW),
                        CategoryRule.when("crash-detractor").keywords("crash", "crashes", "freezes", "error message")
                                .scoreBetween(0, 4).then("product-issue", Severity.CRITICAL),
                        CategoryRule.when("app-bug").keywords("crash", "crashes", "freezes", "error message", "bug", "login")
                                .then("product-issue", Severity.HIGH),
                        CategoryRule.when("late-delivery").keywords("late", "delayed", "never arrived", "parcel")
                                .then("delivery-problem", Severity.HIGH),
                        CategoryRule.when("damaged").keywords("damaged").then("delivery-problem", Severity.MEDIUM),
                        CategoryRule.when("rude").keywords("rude", "unhelpful", "on hold").scoreBetween(0, 6)
                                .then("experience-complaint", Severity.HIGH),
                        CategoryRule.when("support-csat-low").surveys("csat-support").scoreBetween(1, 2)
                                .then("experience-complaint", Severity.MEDIUM),
                        CategoryRule.when("suggestion").keywords("would be nice", "please add", "suggest", "wish")
                                .then("service-suggestion", Severity.LOW),
                        CategoryRule.when("praise").keywords("love", "great", "excellent", "thanks").scoreBetween(9, 10)
                                .then("praise", Severity.LOW))
                .fallback("uncategorised", Severity.LOW)
                .build();
    }

    /** A response to record or a work item to apply, at its instant; kind 0 = response, 1 = work. */
    private record Row(Instant at, int kind, Response response, List<String> work) {
    }

    /** The data rows of a bundled CSV file (header skipped): comma-separated, double quotes around fields with commas. */
    static List<List<String>> csv(String resource) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(FeedbackLoop.class.getClassLoader().getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(fields(line));
                }
            }
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The replay's clock: the program moves it to each row's instant. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the replay clock is UTC only");
        }
    }
}
