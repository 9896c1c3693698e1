package nl.hgw.bot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.CardAction;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.SuggestedActions;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Replies serialised for the Bot Connector without the SDK's flattening are the same JSON as with it:
 * every card the bot sends (all card templates of the dialogs) in a reply with the fields a Teams
 * reply carries, keys with dots included.
 */
class ReplySerializerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cardTemplates() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:nl/hgw/dialogs/**/*.json");
        List<String> names = new ArrayList<>();
        for (Resource resource : found) {
            names.add(resource.getURL().toString());
        }
        assertThat(names).as("the dialogs' card templates").hasSizeGreaterThan(5);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("cardTemplates")
    void aReplyWithEachCardIsTheSameJson(String template) throws IOException {
        JsonNode card;
        try (InputStream in = new java.net.URL(template).openStream()) {
            card = JSON.readTree(in);
        }
        assertSameJson(() -> reply(card.deepCopy()));
    }

    @Test
    void aTextReplyWithMentionsChannelDataSuggestionsAndExtraPropertiesIsTheSameJson() throws IOException {
        assertSameJson(() -> {
            Activity reply = reply(null);
            reply.setText("Opgeslagen! <at>Juf Anna</at>, dit staat er nu voor Joost.");
            Mention mention = new Mention();
            mention.setMentioned(new ChannelAccount("29:user", "Juf Anna"));
            mention.setText("<at>Juf Anna</at>");
            reply.setMentions(List.of(mention));
            TeamsChannelData channelData = new TeamsChannelData();
            channelData.setTenant(new TenantInfo("tenant-a"));
            reply.setChannelData(channelData);
            SuggestedActions suggestions = new SuggestedActions();
            CardAction yes = new CardAction();
            yes.setType(com.microsoft.bot.schema.ActionTypes.IM_BACK);
            yes.setTitle("ja");
            yes.setValue("ja");
            suggestions.setActions(List.of(yes));
            reply.setSuggestedActions(suggestions);
            reply.setProperties("odata.type", JSON.getNodeFactory().textNode("dotted key"));
            reply.setValue(new LinkedHashMap<>(Map.of("need.1.keep", "true", "plain", List.of(Map.of("a.b", 1)))));
            return reply;
        });
    }

    @Test
    void aNewConversationForAReminderIsTheSameJson() throws IOException {
        assertSameJson(() -> {
            ConversationParameters parameters = new ConversationParameters();
            parameters.setIsGroup(false);
            parameters.setBot(new ChannelAccount("28:bot", "HGW-assistent"));
            parameters.setMembers(List.of(new ChannelAccount("29:user", "Juf Anna")));
            parameters.setTenantId("tenant-a");
            parameters.setActivity(reply(null));
            return parameters;
        });
    }

    /**
     * Where the two differ: the SDK nests a key with a dot inside a card ({@code "a.b": 1} goes out as
     * {@code "a": {"b": 1}}), so the channel would get another card than the bot built. None of the
     * bot's cards has such a key (the test above); this serializer sends the card as built.
     */
    @Test
    void aKeyWithADotInACardStaysAsTheBotBuiltIt() throws IOException {
        ObjectNode card = JSON.createObjectNode().put("type", "AdaptiveCard");
        card.putArray("actions").addObject().put("type", "Action.Submit").putObject("data").put("need.1.keep", "true");
        JsonNode ours = JSON.readTree(new ReplySerializer().serialize(reply(card.deepCopy())));
        JsonNode sdk = JSON.readTree(new JacksonAdapter().serialize(reply(card.deepCopy())));
        assertThat(ours.at("/attachments/0/content")).isEqualTo(card);
        assertThat(sdk.at("/attachments/0/content/actions/0/data/need/1/keep").asText()).isEqualTo("true");
    }

    @Test
    void theBotsConnectorClientsUseIt() {
        com.microsoft.bot.connector.ConnectorClient client = new ConnectorClients(ConnectorSettings.defaults())
            .get("http://127.0.0.1:9/", com.microsoft.bot.connector.authentication.MicrosoftAppCredentials.empty());
        assertThat(((com.microsoft.bot.connector.rest.RestConnectorClient) client).getRestClient().serializerAdapter())
            .isInstanceOf(ReplySerializer.class);
    }

    @Test
    void theConnectorsAnswerReadsTheSame() throws IOException {
        String answer = "{\"id\":\"1:reply-id\",\"extra.key\":\"x\"}";
        ResourceResponse sdk = new JacksonAdapter().deserialize(answer, ResourceResponse.class);
        ResourceResponse ours = new ReplySerializer().deserialize(answer, ResourceResponse.class);
        assertThat(ours.getId()).isEqualTo(sdk.getId()).isEqualTo("1:reply-id");
    }

    /** Builds the value twice: the SDK's flattening changes map keys inside the value it writes. */
    private static void assertSameJson(java.util.function.Supplier<Object> value) throws IOException {
        String sdk = new JacksonAdapter().serialize(value.get());
        String ours = new ReplySerializer().serialize(value.get());
        assertThat(JSON.readTree(ours)).isEqualTo(JSON.readTree(sdk));
        assertThat(ours.length()).isGreaterThan(20);
    }

    private static Activity reply(JsonNode card) {
        Activity reply;
        if (card != null) {
            Attachment attachment = new Attachment();
            attachment.setContentType("application/vnd.microsoft.card.adaptive");
            attachment.setContent(card);
            reply = MessageFactory.attachment(attachment);
        } else {
            reply = MessageFactory.text("");
        }
        reply.setType(ActivityTypes.MESSAGE);
        reply.setId("reply-1");
        reply.setChannelId("msteams");
        reply.setServiceUrl("https://smba.trafficmanager.net/emea/");
        reply.setFrom(new ChannelAccount("28:bot", "HGW-assistent"));
        reply.setRecipient(new ChannelAccount("29:user", "Juf Anna"));
        ConversationAccount conversation = new ConversationAccount();
        conversation.setId("a:conversation");
        conversation.setTenantId("tenant-a");
        reply.setConversation(conversation);
        reply.setReplyToId("1:activity");
        reply.setLocale("nl-NL");
        reply.setTimestamp(OffsetDateTime.of(2026, 11, 25, 9, 30, 0, 0, ZoneOffset.UTC));
        return reply;
    }
}
