package nl.hgw.bot.auth;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import retrofit2.Retrofit;

/**
 * The clients the adapter sends replies with, one per service URL and credentials, built around
 * one shared connection pool and dispatcher, with {@link ConnectorRetry} and bounded timeouts. The
 * SDK builds each client with its own pool (and, while it holds connections, its own clean-up
 * thread), read timeout 120 s, and keeps every client forever: in local mode a caller choosing
 * service URLs grows that without limit. Here the least recently used client is dropped past
 * {@link ConnectorSettings#maxClients()}.
 */
final class ConnectorClients {

    /** The SDK's own retry, switched off: {@link ConnectorRetry} does it. */
    private static final RetryStrategy NEVER = new RetryStrategy("none", false) {
        @Override
        public boolean shouldRetry(int retryCount, Response response) {
            return false;
        }
    };

    private final ConnectorSettings settings;

    private final ConnectionPool pool = new ConnectionPool(16, 5, TimeUnit.MINUTES);

    private final Dispatcher dispatcher = new Dispatcher();

    private final Map<String, ConnectorClient> clients;

    ConnectorClients(ConnectorSettings settings) {
        this.settings = settings;
        this.dispatcher.setMaxRequestsPerHost(16);
        this.clients = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ConnectorClient> eldest) {
                return size() > settings.maxClients();
            }
        });
    }

    ConnectorClient get(String serviceUrl, AppCredentials credentials) {
        String key = serviceUrl + '\n' + credentials.getAppId() + '\n' + credentials.oAuthScope();
        synchronized (clients) {
            return clients.computeIfAbsent(key, unused -> build(serviceUrl, credentials));
        }
    }

    int size() {
        return clients.size();
    }

    private ConnectorClient build(String serviceUrl, AppCredentials credentials) {
        OkHttpClient.Builder http = new OkHttpClient.Builder().connectionPool(pool).dispatcher(dispatcher);
        RestClient rest = new RestClient.Builder(http, new Retrofit.Builder())
            .withBaseUrl(serviceUrl)
            .withCredentials(credentials)
            .withSerializerAdapter(new ReplySerializer())
            .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
            .withRetryStrategy(NEVER)
            .withInterceptor(new ConnectorRetry(settings))
            .withConnectionTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .withReadTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .build();
        return new RestConnectorClient(rest);
    }
}
