package nl.hgw.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.schema.Activity;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ActivityJsonTest {

    private final ActivityJson json = new ActivityJson();

    @Test
    void readsATimestampWithoutFraction() throws Exception {
        Activity activity = read("{\"type\":\"message\",\"timestamp\":\"2026-11-24T10:00:00Z\"}");
        assertThat(activity.getTimestamp().getSecond()).isZero();
        assertThat(activity.getTimestamp().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void readsMillisecondsAsMilliseconds() throws Exception {
        Activity activity = read("{\"type\":\"message\",\"timestamp\":\"2026-11-24T10:00:00.123Z\"}");
        assertThat(activity.getTimestamp().getNano()).isEqualTo(123_000_000);
    }

    @Test
    void readsSevenDigitFractionsAndKeepsTheLocalOffset() throws Exception {
        Activity activity = read("{\"type\":\"message\",\"timestamp\":\"2026-11-24T10:00:00.1234567Z\","
            + "\"localTimestamp\":\"2026-11-24T11:00:00.1234567+01:00\"}");
        assertThat(activity.getTimestamp().getNano()).isEqualTo(123_456_700);
        assertThat(activity.getLocalTimestamp().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(activity.getLocalTimestamp().getHour()).isEqualTo(11);
    }

    @Test
    void keepsUnknownFieldsAndCardValues() throws Exception {
        Activity activity = read("{\"type\":\"message\",\"value\":{\"hgwCommand\":\"role\"},\"somethingNew\":1}");
        assertThat(activity.getValue()).isInstanceOf(java.util.Map.class);
    }

    @Test
    void saysNothingAboutTheBodyWhenItIsMalformed() {
        assertThatThrownBy(() -> read("{\"text\": \"geheim"))
            .isInstanceOf(ActivityJson.MalformedActivityException.class)
            .hasMessageNotContaining("geheim");
    }

    private Activity read(String body) throws ActivityJson.MalformedActivityException {
        return json.read(body.getBytes(StandardCharsets.UTF_8));
    }
}
