package nl.hgw.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactedTest {

    @Test
    void namesTheExceptionsAndWhereButNeverTheirMessages() {
        Throwable error = new IllegalStateException("Joost-geheim-42 is druk",
            new NumberFormatException("For input string: \"Joost-geheim-42\""));

        String logged = Redacted.describe(error);

        assertThat(logged).contains("java.lang.IllegalStateException at ", "caused by java.lang.NumberFormatException")
            .doesNotContain("Joost-geheim-42");
    }
}
