package nl.hgw.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The zip the build made (target/hgw-teams-app.zip), read back as the tests need it. */
final class TeamsPackage {

    static final Path ZIP = Path.of(System.getProperty("hgw.teams.zip", "target/hgw-teams-app.zip"));

    private TeamsPackage() {
    }

    /** Every entry by its name inside the zip, in zip order. */
    static Map<String, byte[]> entries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ZIP.toAbsolutePath(), e);
        }
        return entries;
    }

    /** Writes the entries into {@code folder}; they are all at the zip's root. */
    static void unpackTo(Path folder) throws IOException {
        for (Map.Entry<String, byte[]> entry : entries().entrySet()) {
            Path file = folder.resolve(entry.getKey()).normalize();
            if (!file.getParent().equals(folder.normalize())) {
                throw new IOException("not at the zip's root: " + entry.getKey());
            }
            Files.write(file, entry.getValue());
        }
    }
}
