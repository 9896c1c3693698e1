package nl.hgw.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the load client says and what it expects back: the goal-first conversation of
 * {@code PupilConversationEndToEndTest} (note, goal, the needs card submitted as shown with
 * "Klaar, verder", "1: intensief", "3 en 4" and then "Opgeslagen!" with the pupil's card), or
 * for the echo bot the same five messages, each echoed once.
 */
final class Dialog {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The five turns of one round, for the per-turn figures. */
    static final List<String> STEPS = List.of("note", "goal", "needs-card", "reach", "support+save");

    static final String REACH_ANSWER = "1: intensief";

    static final String SUPPORT_ANSWER = "3 en 4";

    /** What a reply is, as far as the client needs to know. */
    enum Kind {
        /** "Hallo! Ik ben de HGW-assistent …": the first message of a conversation is welcomed first. */
        WELCOME(false),
        /** "Eerst het doel: …". */
        GOAL_PROMPT(true),
        NEEDS_CARD(true),
        REACH_CARD(true),
        SUPPORT_CARD(true),
        /** "Opgeslagen! Dit staat er nu voor …:" (the pupil's card follows). */
        SAVED(false),
        /** The pupil's card after the save: the round is done. */
        PUPIL_CARD(true),
        ECHO(true),
        /** Anything else: an apology, "Die kaart is niet meer actief", a question we did not expect. */
        UNEXPECTED(true);

        /** Whether this reply is the last one of its turn (the next question, or the end). */
        final boolean last;

        Kind(boolean last) {
            this.last = last;
        }
    }

    /** The reply the HGW bot must send last in each step; {@code null}: one reply only, for the echo bot. */
    static final List<Kind> HGW_EXPECTED = List.of(Kind.GOAL_PROMPT, Kind.NEEDS_CARD, Kind.REACH_CARD,
        Kind.SUPPORT_CARD, Kind.PUPIL_CARD);

    private Dialog() {
    }

    static Kind kind(JsonNode reply) {
        String text = reply.path("text").asText("");
        if (text.startsWith("Echo: ")) {
            return Kind.ECHO;
        }
        if (text.startsWith("Hallo! Ik ben de HGW-assistent")) {
            return Kind.WELCOME;
        }
        if (text.startsWith("Eerst het doel:")) {
            return Kind.GOAL_PROMPT;
        }
        if (text.startsWith("Opgeslagen!")) {
            return Kind.SAVED;
        }
        JsonNode card = card(reply);
        if (card != null) {
            for (JsonNode action : card.path("actions")) {
                JsonNode data = action.path("data");
                switch (data.path("hgwCard").asText("")) {
                    case "needs":
                        return Kind.NEEDS_CARD;
                    case "reach":
                        return Kind.REACH_CARD;
                    case "support":
                        return Kind.SUPPORT_CARD;
                    default:
                        break;
                }
                if ("edit".equals(data.path("hgwCommand").asText(""))) {
                    return Kind.PUPIL_CARD;
                }
            }
        }
        return Kind.UNEXPECTED;
    }

    /** The Adaptive Card of a reply, or null. */
    static JsonNode card(JsonNode reply) {
        JsonNode attachment = reply.path("attachments").path(0);
        return "application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())
            ? attachment.path("content") : null;
    }

    /** The needs on a needs card (one keep toggle each): what the save must store. */
    static int needsOn(JsonNode card) {
        int[] count = {0};
        walk(card, node -> {
            if ("Input.Toggle".equals(node.path("type").asText()) && node.path("id").asText().endsWith(".keep")) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** An Action.Submit of the card: its inputs as shown, plus the button's data (as the end-to-end test does). */
    static void submitValue(JsonNode card, String action, ObjectNode value) {
        walk(card, node -> {
            if (node.path("type").asText().startsWith("Input.")) {
                value.put(node.path("id").asText(), node.path("value").asText(""));
            }
        });
        for (JsonNode button : card.path("actions")) {
            if (action.equals(button.path("data").path("hgwAction").asText())) {
                value.setAll((ObjectNode) button.path("data"));
            }
        }
    }

    private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
        visit.accept(node);
        node.forEach(child -> walk(child, visit));
    }

    static List<String> lines(String resource) {
        try (InputStream in = Dialog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pupil name of letters only, new for every conversation and round: "Joost" + letters for both numbers. */
    static String pupilName(List<String> firstNames, int conversation, long round) {
        return firstNames.get((int) ((conversation + round) % firstNames.size())) + letters(conversation) + "q"
            + letters(round);
    }

    /** A number in base 16 written with the letters a–p. */
    static String letters(long number) {
        String hex = Long.toHexString(number);
        StringBuilder out = new StringBuilder(hex.length());
        for (char c : hex.toCharArray()) {
            out.append((char) ('a' + Character.digit(c, 16)));
        }
        return out.toString();
    }
}
