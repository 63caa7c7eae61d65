package io.retention4j.loyalty.feedback;

import java.util.List;

/**
 * A response id was recorded before with other content. Response ids are idempotency keys: the same
 * response again returns its case, another response under the same id is refused. Nothing changed.
 */
public final class ResponseConflictException extends IllegalArgumentException {
    /** Serialisation version. */
    private static final long serialVersionUID = 1L;

    /** The response id. */
    private final String responseId;

    /**
     * The exception.
     *
     * @param responseId  the response id
     * @param differences the fields that differ, each with the new and the recorded value
     */
    public ResponseConflictException(String responseId, List<String> differences) {
        super("response '" + responseId + "' was recorded before with other content: " + String.join("; ", differences)
                + ". A response id may be recorded again only with identical content. Nothing changed.");
        this.responseId = responseId;
    }

    /**
     * The response id.
     *
     * @return the id recorded twice
     */
    public String responseId() {
        return responseId;
    }
}
