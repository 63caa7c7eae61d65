package io.retention4j.core.io;

/**
 * Parses the text of one time column into epoch milliseconds. An instance belongs to one read (it
 * may cache the last day or text), so it is not thread-safe.
 */
interface TimeParser {
    /** Returned for text that does not parse; no accepted text maps to it. */
    long INVALID = Long.MIN_VALUE;

    /**
     * The instant the text denotes.
     *
     * @param text trimmed text
     * @return epoch milliseconds, or {@link #INVALID}
     */
    long parse(String text);
}
