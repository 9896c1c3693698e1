package nl.hgw.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package against the official Teams schemas, offline: validate.mjs (src/test/node) with the
 * schemas bundled in {@code @microsoft/app-manifest}, which the build installed beside it. The
 * broken-package tests show that the validator really rejects things.
 */
class ManifestSchemaIT {

    private static final Path VALIDATOR =
            Path.of(System.getProperty("hgw.teams.validator", "target/validator/validate.mjs"));

    @TempDir
    Path unpacked;

    @Test
    void packageIsValid() throws Exception {
        TeamsPackage.unpackTo(unpacked);

        Validation validation = validate(unpacked);

        assertThat(validation.exitCode()).as(validation.output()).isZero();
        assertThat(validation.output()).contains("manifest.json: checked", "en.json: checked", "valid");
        System.out.print(validation.output());
    }

    @Test
    void aLowerCaseGroupChatScopeIsRejected() throws Exception {
        TeamsPackage.unpackTo(unpacked);
        replace("manifest.json", "\"groupChat\"", "\"groupchat\"");

        Validation validation = validate(unpacked);

        assertThat(validation.exitCode()).as(validation.output()).isEqualTo(1);
        assertThat(validation.output()).contains("/bots/0/scopes/2");
    }

    @Test
    void aUrlAsBotDomainIsRejected() throws Exception {
        TeamsPackage.unpackTo(unpacked);
        replace("manifest.json", "\"hgw-bot.example.org\"", "\"https://hgw-bot.example.org/api/messages\"");

        Validation validation = validate(unpacked);

        assertThat(validation.exitCode()).as(validation.output()).isEqualTo(1);
        assertThat(validation.output()).contains("not a bare host name");
    }

    @Test
    void aTranslationForACommandThatIsNotThereIsRejected() throws Exception {
        TeamsPackage.unpackTo(unpacked);
        replace("en.json", "commandLists[1].commands[5].title", "commandLists[1].commands[10].title");

        Validation validation = validate(unpacked);

        assertThat(validation.exitCode()).as(validation.output()).isEqualTo(1);
        assertThat(validation.output()).contains(
                "\"bots[0].commandLists[1].commands[10].title\" names no text",
                "no translation for \"bots[0].commandLists[1].commands[5].title\"");
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = unpacked.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private static Validation validate(Path folder) throws IOException, InterruptedException {
        assertThat(VALIDATOR.resolveSibling("node_modules/@microsoft/app-manifest"))
                .as("the validator's npm install (exec-maven-plugin, pre-integration-test) ran")
                .isDirectory();
        Process node;
        try {
            node = new ProcessBuilder("node", VALIDATOR.toString(), folder.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IOException("node (20 or later) must be on the PATH to validate the Teams manifest", e);
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        return new Validation(node.exitValue(), output);
    }

    private record Validation(int exitCode, String output) {
    }
}
