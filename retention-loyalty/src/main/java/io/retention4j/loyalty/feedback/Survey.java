package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;

/**
 * A survey definition: what was asked and on which scale. In-product prompts, e-mails and call
 * scripts are the caller's; the feedback loop records and analyses the answers.
 *
 * <p>Scales are inclusive whole-number ranges within 0..10: NPS surveys always use 0..10,
 * satisfaction surveys any {@code min..max} with {@code 0 <= min < max <= 10} (1..5 for CSAT),
 * free-text surveys have no scale ({@code 0..0} by convention, never used).
 *
 * @param id       the survey's id: letters, digits, '.', '_', ':' or '-'
 * @param kind     NPS, satisfaction scale or free text
 * @param question the question as shown to customers
 * @param scaleMin the lowest score allowed (0 for NPS and free text)
 * @param scaleMax the highest score allowed (10 for NPS, 0 for free text)
 */
public record Survey(String id, SurveyKind kind, String question, int scaleMin, int scaleMax) {
    /**
     * Validates the definition.
     *
     * @param id       letters, digits, '.', '_', ':' or '-'
     * @param kind     not null
     * @param question non-blank
     * @param scaleMin NPS: 0; SATISFACTION: 0..9; FREE_TEXT: 0
     * @param scaleMax NPS: 10; SATISFACTION: scaleMin+1..10; FREE_TEXT: 0
     * @throws IllegalArgumentException naming the survey, the field, the value and what is allowed
     */
    public Survey {
        Checks.id("survey.id", id);
        Require.notNull("survey '" + id + "' kind", kind);
        Require.notBlank("survey '" + id + "' question", question);
        switch (kind) {
            case NPS -> {
                if (scaleMin != 0 || scaleMax != 10) {
                    throw new IllegalArgumentException("survey '" + id + "' is an NPS survey, whose scale is 0..10, got "
                            + scaleMin + ".." + scaleMax);
                }
            }
            case SATISFACTION -> {
                Checks.inRange("survey '" + id + "' scaleMin", scaleMin, 0, 9);
                Checks.inRange("survey '" + id + "' scaleMax", scaleMax, scaleMin + 1, 10);
            }
            case FREE_TEXT -> {
                if (scaleMin != 0 || scaleMax != 0) {
                    throw new IllegalArgumentException("survey '" + id + "' is a free-text survey, which has no scale"
                            + " (0..0), got " + scaleMin + ".." + scaleMax);
                }
            }
        }
    }

    /**
     * The NPS question on 0..10.
     *
     * @param id       the survey id
     * @param question the question
     * @return the survey
     */
    public static Survey nps(String id, String question) {
        return new Survey(id, SurveyKind.NPS, question, 0, 10);
    }

    /**
     * A satisfaction question on a scale such as 1..5.
     *
     * @param id       the survey id
     * @param question the question
     * @param min      the lowest score, 0..9
     * @param max      the highest score, min+1..10
     * @return the survey
     */
    public static Survey satisfaction(String id, String question, int min, int max) {
        return new Survey(id, SurveyKind.SATISFACTION, question, min, max);
    }

    /**
     * An open question answered in text only.
     *
     * @param id       the survey id
     * @param question the question
     * @return the survey
     */
    public static Survey freeText(String id, String question) {
        return new Survey(id, SurveyKind.FREE_TEXT, question, 0, 0);
    }

    /**
     * Whether answers carry a score.
     *
     * @return true for NPS and satisfaction surveys
     */
    public boolean scored() {
        return kind != SurveyKind.FREE_TEXT;
    }

    /**
     * Checks that a response fits this survey: a scored survey needs a score on its scale, a free-text
     * survey needs text and takes no score.
     *
     * @param response a response to this survey
     * @return the response
     * @throws IllegalArgumentException naming the response, the field, the value and the allowed range
     */
    public Response check(Response response) {
        Require.notNull("response", response);
        if (!response.surveyId().equals(id)) {
            throw new IllegalArgumentException("response '" + response.id() + "' answers survey '" + response.surveyId()
                    + "', not '" + id + "'");
        }
        Integer score = response.score();
        String what = "response '" + response.id() + "' score";
        if (!scored()) {
            if (score != null) {
                throw new IllegalArgumentException(what + " must be absent for free-text survey '" + id + "', got " + score);
            }
            if (response.text() == null) {
                throw new IllegalArgumentException("response '" + response.id() + "' text must be present for free-text survey '"
                        + id + "', got none");
            }
        } else if (score == null) {
            throw new IllegalArgumentException(what + " must be " + scaleMin + ".." + scaleMax + " for " + kindName()
                    + " survey '" + id + "', got none");
        } else if (score < scaleMin || score > scaleMax) {
            throw new IllegalArgumentException(what + " must be " + scaleMin + ".." + scaleMax + " for " + kindName()
                    + " survey '" + id + "', got " + score);
        }
        return response;
    }

    private String kindName() {
        return kind == SurveyKind.NPS ? "NPS" : "satisfaction";
    }

    @Override
    public String toString() {
        return id + " (" + kind + (scored() ? " " + scaleMin + ".." + scaleMax : "") + "): " + question;
    }
}
