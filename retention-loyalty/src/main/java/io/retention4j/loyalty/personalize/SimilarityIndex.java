package io.retention4j.loyalty.personalize;

import io.retention4j.core.log.IdDictionary;
import io.retention4j.loyalty.internal.Require;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A compact top-k item-to-item neighbour index: for each item its most similar items ("customers
 * who bought X also bought Y"), best first, ties by lower item code. Built by {@link ItemSimilarity};
 * saved to and loaded from a file.
 *
 * <p>Layout: CSR arrays; item {@code i}'s neighbours are positions {@code offsets[i] ..
 * offsets[i+1] - 1} of {@code int} neighbour codes, {@code float} scores and {@code int} supports
 * (about 12 bytes per kept pair). Item codes are those of the catalogue the index was built over.
 *
 * <p>File format (version 1, big-endian, as {@link DataOutputStream} writes): the 8 ASCII bytes
 * {@code R4JSIMIX}; int version = 1; byte measure ordinal; byte kind ordinal; int minSupport; int k;
 * int customer count N; int item count n; n item ids (modified UTF-8, {@code writeUTF}); n ints
 * {@code n(i)}; n + 1 ints offsets; int pair count m; m ints neighbour codes; m floats scores; m ints
 * supports; then a long, the CRC-32 of every byte before it. Loading checks the magic, version,
 * ranges and checksum and names the problem in a {@link FileFormatException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SimilarityIndex {
    private static final byte[] MAGIC = {'R', '4', 'J', 'S', 'I', 'M', 'I', 'X'};
    /** The file format version this class writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private final IdDictionary items;
    private final SimilarityMeasure measure;
    private final InteractionKind kind;
    private final int minSupport;
    private final int k;
    private final int customerCount;
    private final int[] itemCustomers;
    final int[] offsets;
    final int[] neighbours;
    final float[] scores;
    final int[] supports;

    SimilarityIndex(IdDictionary items, SimilarityMeasure measure, InteractionKind kind, int minSupport, int k,
                    int customerCount, int[] itemCustomers, int[] offsets, int[] neighbours, float[] scores,
                    int[] supports) {
        this.items = items;
        this.measure = measure;
        this.kind = kind;
        this.minSupport = minSupport;
        this.k = k;
        this.customerCount = customerCount;
        this.itemCustomers = itemCustomers;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.scores = scores;
        this.supports = supports;
    }

    /**
     * The item ids, by code (those of the catalogue the index was built over).
     *
     * @return the dictionary
     */
    public IdDictionary items() {
        return items;
    }

    /**
     * The number of items.
     *
     * @return the count
     */
    public int itemCount() {
        return items.size();
    }

    /**
     * The measure the scores are in.
     *
     * @return the measure
     */
    public SimilarityMeasure measure() {
        return measure;
    }

    /**
     * The interactions counted: PURCHASE for co-purchase, VIEW for co-view.
     *
     * @return the kind
     */
    public InteractionKind kind() {
        return kind;
    }

    /**
     * The least support of a kept pair.
     *
     * @return the minimum support
     */
    public int minSupport() {
        return minSupport;
    }

    /**
     * The most neighbours kept per item (k).
     *
     * @return k
     */
    public int maxNeighbours() {
        return k;
    }

    /**
     * The number of customers with at least one counted interaction (N of the lift).
     *
     * @return the count
     */
    public int customerCount() {
        return customerCount;
    }

    /**
     * The number of customers with an item, {@code n(i)}.
     *
     * @param item an item code
     * @return the count
     */
    public int itemCustomers(int item) {
        return itemCustomers[item];
    }

    /**
     * The number of neighbours an item has (at most k; fewer when fewer pairs reach the support).
     *
     * @param item an item code
     * @return the count
     */
    public int neighbourCount(int item) {
        return offsets[item + 1] - offsets[item];
    }

    /**
     * A neighbour's code.
     *
     * @param item an item code
     * @param rank 0 for the most similar
     * @return the neighbour's item code
     */
    public int neighbour(int item, int rank) {
        return neighbours[offsets[item] + rank];
    }

    /**
     * A neighbour's score.
     *
     * @param item an item code
     * @param rank 0 for the most similar
     * @return the similarity
     */
    public float score(int item, int rank) {
        return scores[offsets[item] + rank];
    }

    /**
     * A neighbour's support.
     *
     * @param item an item code
     * @param rank 0 for the most similar
     * @return the number of customers with both items
     */
    public int support(int item, int rank) {
        return supports[offsets[item] + rank];
    }

    /**
     * The number of kept (item, neighbour) pairs.
     *
     * @return the count
     */
    public int pairCount() {
        return neighbours.length;
    }

    /**
     * All neighbours of an item, best first.
     *
     * @param itemId an item id
     * @return the neighbours (empty when none reaches the minimum support)
     * @throws UnknownItemException when the index has no such item
     */
    public List<Neighbour> neighbours(String itemId) {
        return alsoBought(itemId, k);
    }

    /**
     * "Customers who bought X also bought": the best {@code n} neighbours of an item.
     *
     * @param itemId an item id
     * @param n      how many, positive
     * @return at most {@code n} neighbours, best first
     * @throws UnknownItemException     when the index has no such item
     * @throws IllegalArgumentException when {@code n <= 0}
     */
    public List<Neighbour> alsoBought(String itemId, int n) {
        Require.notNull("itemId", itemId);
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
        int item = items.indexOf(itemId);
        if (item < 0) {
            throw new UnknownItemException(itemId, items.size());
        }
        int count = Math.min(n, neighbourCount(item));
        List<Neighbour> out = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            out.add(new Neighbour(items.id(neighbour(item, r)), score(item, r), support(item, r)));
        }
        return out;
    }

    /**
     * Writes the index to a file (format in the class comment), replacing it.
     *
     * @param path the file
     * @throws IOException when it cannot be written
     */
    public void save(Path path) throws IOException {
        Require.notNull("path", path);
        CRC32 crc = new CRC32();
        try (OutputStream file = Files.newOutputStream(path);
             BufferedOutputStream buffered = new BufferedOutputStream(file, 1 << 16);
             CheckedOutputStream checked = new CheckedOutputStream(buffered, crc);
             DataOutputStream out = new DataOutputStream(checked)) {
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeByte(measure.ordinal());
            out.writeByte(kind.ordinal());
            out.writeInt(minSupport);
            out.writeInt(k);
            out.writeInt(customerCount);
            out.writeInt(items.size());
            for (int i = 0; i < items.size(); i++) {
                out.writeUTF(items.id(i));
            }
            writeInts(out, itemCustomers);
            writeInts(out, offsets);
            out.writeInt(neighbours.length);
            writeInts(out, neighbours);
            for (float s : scores) {
                out.writeFloat(s);
            }
            writeInts(out, supports);
            out.flush();
            new DataOutputStream(buffered).writeLong(crc.getValue());
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        for (int v : values) {
            out.writeInt(v);
        }
    }

    /**
     * Reads an index written by {@link #save(Path)}.
     *
     * @param path the file
     * @return the index
     * @throws FileFormatException naming the file and the problem: not an index file, another
     *                             version, truncated, a value out of range, or a checksum mismatch
     * @throws IOException         when the file cannot be read
     */
    public static SimilarityIndex load(Path path) throws IOException {
        Require.notNull("path", path);
        String name = path.toString();
        int limit = (int) Math.min(Integer.MAX_VALUE, Files.size(path)); // no count can exceed the byte count
        CRC32 crc = new CRC32();
        try (InputStream file = Files.newInputStream(path);
             BufferedInputStream buffered = new BufferedInputStream(file, 1 << 16);
             CheckedInputStream checked = new CheckedInputStream(buffered, crc);
             DataInputStream in = new DataInputStream(checked)) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new FileFormatException(name + ": not a similarity index file (the first 8 bytes are not 'R4JSIMIX')");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new FileFormatException(name + ": similarity index format version " + version
                        + " is not supported; this library reads version " + FORMAT_VERSION);
            }
            SimilarityMeasure measure = enumAt(name, "measure", SimilarityMeasure.values(), in.readByte());
            InteractionKind kind = enumAt(name, "kind", InteractionKind.values(), in.readByte());
            int minSupport = range(name, "minSupport", in.readInt(), 1, Integer.MAX_VALUE);
            int k = range(name, "k", in.readInt(), 1, ItemSimilarity.Builder.MAX_NEIGHBOURS);
            int customers = range(name, "customer count", in.readInt(), 0, Integer.MAX_VALUE);
            int n = range(name, "item count", in.readInt(), 0, limit);
            String[] ids = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = in.readUTF();
            }
            IdDictionary items;
            try {
                items = IdDictionary.of(ids);
            } catch (IllegalArgumentException e) {
                throw new FileFormatException(name + ": bad item ids: " + e.getMessage(), e);
            }
            int[] itemCustomers = readInts(in, n);
            int[] offsets = readInts(in, n + 1);
            int m = range(name, "pair count", in.readInt(), 0, limit);
            if (offsets[0] != 0 || offsets[n] != m) {
                throw new FileFormatException(name + ": offsets run from " + offsets[0] + " to " + offsets[n]
                        + "; expected 0 to the pair count " + m);
            }
            for (int i = 0; i < n; i++) {
                int size = offsets[i + 1] - offsets[i];
                if (size < 0 || size > k) {
                    throw new FileFormatException(name + ": item '" + ids[i] + "' has " + size
                            + " neighbours; expected 0.." + k);
                }
            }
            int[] neighbours = readInts(in, m);
            float[] scores = new float[m];
            for (int p = 0; p < m; p++) {
                scores[p] = in.readFloat();
            }
            int[] supports = readInts(in, m);
            for (int p = 0; p < m; p++) {
                if (neighbours[p] < 0 || neighbours[p] >= n || !(scores[p] > 0) || supports[p] < minSupport) {
                    throw new FileFormatException(name + ": pair " + p + " (neighbour " + neighbours[p] + ", score "
                            + scores[p] + ", support " + supports[p] + ") is out of range");
                }
            }
            long expected = crc.getValue();
            long stored = new DataInputStream(buffered).readLong();
            if (stored != expected) {
                throw new FileFormatException(name + ": checksum mismatch (stored " + Long.toHexString(stored)
                        + ", computed " + Long.toHexString(expected) + "): the file is corrupt");
            }
            if (buffered.read() != -1) {
                throw new FileFormatException(name + ": unexpected bytes after the checksum");
            }
            return new SimilarityIndex(items, measure, kind, minSupport, k, customers, itemCustomers, offsets,
                    neighbours, scores, supports);
        } catch (EOFException e) {
            throw new FileFormatException(name + ": truncated similarity index file (ends early)", e);
        }
    }

    private static int[] readInts(DataInputStream in, int n) throws IOException {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static <E extends Enum<E>> E enumAt(String name, String field, E[] values, int ordinal)
            throws FileFormatException {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new FileFormatException(name + ": " + field + " code " + ordinal + " is not in 0.." + (values.length - 1));
        }
        return values[ordinal];
    }

    private static int range(String name, String field, int value, int min, int max) throws FileFormatException {
        if (value < min || value > max) {
            throw new FileFormatException(name + ": " + field + " " + value + " is not in " + min + ".." + max);
        }
        return value;
    }

    @Override
    public String toString() {
        return "SimilarityIndex[" + measure + " over " + kind + ", " + items.size() + " items, k=" + k
                + ", min support " + minSupport + ", " + neighbours.length + " pairs, " + customerCount + " customers]";
    }
}
