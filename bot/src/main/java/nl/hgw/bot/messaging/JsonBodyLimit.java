package nl.hgw.bot.messaging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.hgw.bot.Causes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest JSON body {@code /api/messages} and {@code /api/reformulate} read
 * ({@code HGW_JSON_MAX_SIZE}, default 1 MB): a Teams activity is a few KB, a pasted report at
 * its 300,000-character limit fits with room to spare. A larger body is a 413 with a JSON error,
 * before anything parses it: at once when its Content-Length says so, else as soon as reading
 * passes the limit ({@link TooLargeException}, mapped to 413 where the body is read).
 */
@Component
public class JsonBodyLimit extends OncePerRequestFilter {

    static final Set<String> PATHS = Set.of("/api/messages", "/api/reformulate");

    /** The same code and (Dutch) message as the reformulation API's {@code body_too_large}. */
    static final String ERROR = "{\"error\":\"body_too_large\",\"message\":\"De aanvraag is te groot: maximaal %d bytes.\"}";

    private final long maxBytes;

    JsonBodyLimit(@Value("${hgw.json-max-size:1MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    /** Reading went past the limit; says nothing about the body. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("The request body is too large");
        }
    }

    /** Whether the failure of reading a body was this limit. */
    public static boolean isTooLarge(Throwable error) {
        return Causes.firstOf(error, TooLargeException.class) != null;
    }

    static String errorBody(long maxBytes) {
        return ERROR.formatted(maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the servlet path, not the raw URI: "/api/messages;x=1" reaches the same controller
        return !"POST".equals(request.getMethod()) || !PATHS.contains(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(errorBody(maxBytes).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    /** The request with an input stream that fails once more than the limit was read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;

        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;

        private final long maxBytes;

        private long read;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new TooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
