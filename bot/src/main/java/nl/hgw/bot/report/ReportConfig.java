package nl.hgw.bot.report;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.MultipartConfigElement;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import nl.hgw.bot.auth.BotCredentials;
import nl.hgw.dialogs.report.ReportDesk;
import nl.hgw.documents.DocumentLimits;
import nl.hgw.documents.DocumentReader;
import nl.hgw.nlp.reformulate.Reformulator;
import nl.hgw.nlp.report.ReportReformulator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * Reports wired together: the document reader with the configured size limit (the same limit
 * for chat uploads and for multipart requests), the report reformulator around the one engine,
 * attachment downloads and download links.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
public class ReportConfig {

    /** Dutch schools: dates in Dutch time. */
    private static final Clock SCHOOL_CLOCK = Clock.system(ZoneId.of("Europe/Amsterdam"));

    @Bean
    DocumentReader documentReader(ReportSettings settings) {
        return new DocumentReader(DocumentLimits.withMaxBytes(settings.maxSize().toBytes()));
    }

    @Bean
    ReportReformulator reportReformulator(Reformulator engine) {
        return new ReportReformulator(engine);
    }

    /** Multipart uploads up to the report limit (plus room for the form's other fields); larger ones get 413. */
    @Bean
    MultipartConfigElement multipartConfigElement(ReportSettings settings) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(settings.maxSize());
        factory.setMaxRequestSize(DataSize.ofBytes(settings.maxSize().toBytes() + 64 * 1024));
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }

    @Bean
    MongoDownloadLinks downloadLinks(MongoDatabase database, ReportSettings settings, Environment environment) {
        MongoDownloadLinks links = new MongoDownloadLinks(database, Clock.systemUTC(), settings.linkLifetime(),
            () -> settings.base(environment.getProperty("local.server.port", Integer.class,
                environment.getProperty("server.port", Integer.class, 3978))));
        links.createIndexes();
        return links;
    }

    @Bean
    ReportDesk reportDesk(DocumentReader reader, ReportReformulator reformulator, MongoDownloadLinks links,
            BotCredentials credentials) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new ReportDesk(reader, reformulator, new HttpAttachmentDownloader(http, credentials.localMode()), links,
            SCHOOL_CLOCK);
    }
}
