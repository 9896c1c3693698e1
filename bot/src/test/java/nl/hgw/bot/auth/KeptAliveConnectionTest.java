package nl.hgw.bot.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Why the build pins OkHttp 4: the Bot SDK's OkHttp 3.12 checks a kept-alive connection before
 * every POST by reading from it with a 1 ms timeout, so each reply the bot sends waited 1 ms for
 * nothing. OkHttp 4 checks only connections that were idle for a second or more. Shown without a
 * clock: the client's sockets record every read timeout they are given.
 */
class KeptAliveConnectionTest {

    @Test
    void repliesOnAKeptAliveConnectionAreSentWithoutAOneMillisecondReadCheck() throws IOException {
        WireMockServer connector = new WireMockServer(options().dynamicPort());
        connector.start();
        try {
            connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"r1\"}")));
            RecordingSockets sockets = new RecordingSockets();
            OkHttpClient http = new OkHttpClient.Builder().socketFactory(sockets).build();
            for (int reply = 0; reply < 3; reply++) {
                Request request = new Request.Builder()
                    .url(connector.baseUrl() + "/v3/conversations/c1/activities/a1")
                    .post(RequestBody.create("{\"type\":\"message\"}", MediaType.get("application/json")))
                    .build();
                try (Response response = http.newCall(request).execute()) {
                    assertThat(response.code()).isEqualTo(200);
                }
            }

            assertThat(sockets.created).as("one kept-alive connection for the three replies").isEqualTo(1);
            assertThat(sockets.readTimeouts).as("read timeouts given to the socket").doesNotContain(1);
        } finally {
            connector.stop();
        }
    }

    /** Plain sockets that note how many were made and every read timeout set on them. */
    private static final class RecordingSockets extends SocketFactory {

        final List<Integer> readTimeouts = new CopyOnWriteArrayList<>();

        volatile int created;

        @Override
        public Socket createSocket() {
            created++;
            return new Socket() {
                @Override
                public synchronized void setSoTimeout(int timeout) throws SocketException {
                    readTimeouts.add(timeout);
                    super.setSoTimeout(timeout);
                }
            };
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException("OkHttp connects an unconnected socket");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException("OkHttp connects an unconnected socket");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException("OkHttp connects an unconnected socket");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException("OkHttp connects an unconnected socket");
        }
    }
}
