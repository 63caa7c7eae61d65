package io.retention4j.loyalty.personalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarityIndexFileTest {
    @TempDir
    Path dir;

    private final SimilarityIndex index = ItemSimilarity.builder().measure(SimilarityMeasure.LIFT).minSupport(1)
            .neighbours(2).build(Fixtures.fourBuyers());

    @Test
    void saveThenLoad_sameIndex() throws IOException {
        Path file = dir.resolve("index.bin");
        index.save(file);
        SimilarityIndex loaded = SimilarityIndex.load(file);
        assertThat(loaded.toString()).isEqualTo(index.toString());
        assertThat(loaded.items()).isEqualTo(index.items());
        for (String id : index.items().ids()) {
            assertThat(loaded.neighbours(id)).isEqualTo(index.neighbours(id));
        }
        assertThat(loaded.itemCustomers(1)).isEqualTo(3);
    }

    @Test
    void load_flippedSupportBit_reportsChecksumMismatch() throws IOException {
        Path file = dir.resolve("index.bin");
        index.save(file);
        byte[] bytes = Files.readAllBytes(file);
        // bytes length-12 .. length-9 hold the last support (big-endian); flipping the lowest bit of its
        // high byte adds 2^24, still a valid support, so only the checksum notices
        bytes[bytes.length - 12] ^= 0x01;
        Files.write(file, bytes);
        assertThatThrownBy(() -> SimilarityIndex.load(file)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void load_flippedScoreBit_reportsChecksumMismatch() throws IOException {
        Path file = dir.resolve("index.bin");
        index.save(file);
        byte[] bytes = Files.readAllBytes(file);
        // the last 8 bytes are the CRC; before them m supports (4 bytes each), before them m scores.
        int m = index.pairCount();
        int lastScoreLowByte = bytes.length - 8 - 4 * m - 1;
        bytes[lastScoreLowByte] ^= 0x01; // the score stays positive, so only the checksum notices
        Files.write(file, bytes);
        assertThatThrownBy(() -> SimilarityIndex.load(file)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining("checksum mismatch").hasMessageContaining("the file is corrupt");
    }

    @Test
    void load_truncated_saysTruncated() throws IOException {
        Path file = dir.resolve("index.bin");
        index.save(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
        assertThatThrownBy(() -> SimilarityIndex.load(file)).isInstanceOf(FileFormatException.class)
                .hasMessageEndingWith("index.bin: truncated similarity index file (ends early)");
    }

    @Test
    void load_otherFile_saysNotAnIndex() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello, this is not an index");
        assertThatThrownBy(() -> SimilarityIndex.load(file)).isInstanceOf(FileFormatException.class)
                .hasMessageEndingWith("notes.txt: not a similarity index file (the first 8 bytes are not 'R4JSIMIX')");
    }

    @Test
    void load_otherVersion_namesVersions() throws IOException {
        Path file = dir.resolve("index.bin");
        index.save(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[11] = 7; // version int at bytes 8..11
        Files.write(file, bytes);
        assertThatThrownBy(() -> SimilarityIndex.load(file))
                .hasMessageEndingWith("index.bin: similarity index format version 7 is not supported; this library reads version 1");
    }
}
