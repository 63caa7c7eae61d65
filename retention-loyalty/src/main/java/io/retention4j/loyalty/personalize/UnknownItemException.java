package io.retention4j.loyalty.personalize;

/** An item id that the catalogue (or a similarity index) does not have. */
public final class UnknownItemException extends IllegalArgumentException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The unknown id. */
    private final String itemId;

    /**
     * Creates the exception.
     *
     * @param itemId    the unknown id
     * @param itemCount how many items the catalogue has
     */
    public UnknownItemException(String itemId, int itemCount) {
        super("unknown item '" + itemId + "': not in the catalogue of " + itemCount + " items");
        this.itemId = itemId;
    }

    /**
     * The unknown id.
     *
     * @return the id
     */
    public String itemId() {
        return itemId;
    }
}
