package nl.hgw.bot.report;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code hgw.reports.*} settings.
 *
 * @param maxSize      the largest report file ({@code HGW_REPORT_MAX_SIZE}, default 10MB)
 * @param publicUrl    the bot's address as users reach it, for download links ({@code HGW_PUBLIC_URL});
 *                     empty = {@code http://localhost:<port>}
 * @param linkLifetime how long a download link works
 */
@ConfigurationProperties("hgw.reports")
public record ReportSettings(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("") String publicUrl,
        @DefaultValue("1h") Duration linkLifetime) {

    public ReportSettings {
        if (maxSize.toBytes() < 1024) {
            throw new IllegalArgumentException("hgw.reports.max-size (HGW_REPORT_MAX_SIZE) must be at least 1KB");
        }
        if (!publicUrl.isBlank() && !publicUrl.matches("https?://[^\\s]+")) {
            throw new IllegalArgumentException("HGW_PUBLIC_URL must be an http(s) address, e.g. https://bot.school.nl");
        }
    }

    /** The base of download links. */
    URI base(int port) {
        String base = publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.replaceAll("/+$", "");
        return URI.create(base + "/");
    }
}
