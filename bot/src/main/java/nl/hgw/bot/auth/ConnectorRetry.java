package nl.hgw.bot.auth;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request to the Bot Connector again when it answers 408, 429, 500, 502, 503 or 504, or
 * does not answer at all (connection refused or reset, timeout), at most
 * {@link ConnectorSettings#attempts()} times within {@link ConnectorSettings#deadline()}: after the
 * Connector's {@code Retry-After} (seconds or a date) when it gives one and it is not longer than
 * {@link ConnectorSettings#maxRetryAfter()}, else after an exponential backoff with jitter. A
 * resend after a timeout can show the reply twice if the first one did arrive; a lost reply would
 * leave the user waiting. Replaces the SDK's retry, which resends 5xx three times at once, never
 * 429, never after a timeout, and ignores {@code Retry-After}.
 */
final class ConnectorRetry implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRetry.class);

    static final Set<Integer> RETRIED = Set.of(408, 429, 500, 502, 503, 504);

    private final ConnectorSettings settings;

    ConnectorRetry(ConnectorSettings settings) {
        this.settings = settings;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        for (int attempt = 1; ; attempt++) {
            long left = deadline - System.nanoTime();
            Chain timed = chain.withReadTimeout((int) Math.max(1, Math.min(settings.readTimeout().toMillis(),
                TimeUnit.NANOSECONDS.toMillis(left))), TimeUnit.MILLISECONDS);
            Response response;
            try {
                response = timed.proceed(request);
            } catch (IOException failure) {
                Duration wait = backoff(attempt);
                if (!mayRetry(attempt, wait, deadline)) {
                    throw failure;
                }
                LOG.info("Connector unreachable ({}), attempt {} of {}: again in {} ms",
                    failure.getClass().getSimpleName(), attempt, settings.attempts(), wait.toMillis());
                sleep(wait);
                continue;
            }
            if (!RETRIED.contains(response.code())) {
                return response;
            }
            Optional<Duration> asked = retryAfter(response.header("Retry-After"));
            Duration wait = asked.orElse(backoff(attempt));
            if (asked.isPresent() && asked.get().compareTo(settings.maxRetryAfter()) > 0
                    || !mayRetry(attempt, wait, deadline)) {
                LOG.warn("Connector answered {} after {} attempt(s); not sent again", response.code(), attempt);
                return response;
            }
            LOG.info("Connector answered {}, attempt {} of {}: again in {} ms", response.code(), attempt,
                settings.attempts(), wait.toMillis());
            response.close();
            sleep(wait);
        }
    }

    private boolean mayRetry(int attempt, Duration wait, long deadline) {
        return attempt < settings.attempts() && System.nanoTime() + wait.toNanos() < deadline;
    }

    /** {@code backoff × 2^(attempt-1)}, plus up to half of that at random (so retries do not come in step). */
    Duration backoff(int attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    /** {@code Retry-After} as seconds or an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static void sleep(Duration wait) throws InterruptedIOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to resend to the Connector");
        }
    }
}
