package nl.hgw.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The JSON body limit holds however the path of the endpoint is written. */
class JsonBodyLimitTest {

    private final JsonBodyLimit limit = new JsonBodyLimit(DataSize.ofBytes(100));

    @Test
    void aBodyOverTheLimitIs413AlsoWithPathParameters() throws Exception {
        for (String uri : new String[] {"/api/messages", "/api/messages;x=1", "/api/reformulate;jsessionid=1"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
            request.setServletPath(uri.replaceAll(";.*", ""));
            request.setContent(new byte[500]);
            MockHttpServletResponse response = new MockHttpServletResponse();

            limit.doFilter(request, response, new MockFilterChain());

            assertThat(response.getStatus()).as(uri).isEqualTo(413);
        }
    }
}
