package nl.hgw.bot.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One generated request.
 *
 * @param index     its number in the run: with the run's seed it regenerates the case
 * @param kind      what the generator meant to test, e.g. {@code "message/huge-text"}
 * @param path      where it goes, e.g. {@code /api/messages}
 * @param headers   the Content-Type (and for multipart its boundary) and any other header
 * @param body      the request body as sent
 * @param allowed   the statuses allowed; empty = any status below 500
 * @param replyTo   a conversation that must get a reply at the Connector, or null
 */
record FuzzCase(int index, String kind, String path, String[] headers, byte[] body, Set<Integer> allowed,
        String replyTo) {

    static FuzzCase json(int index, String kind, String path, String json, Set<Integer> allowed, String replyTo) {
        return new FuzzCase(index, kind, path, new String[] {"Content-Type", "application/json"},
            json.getBytes(StandardCharsets.UTF_8), allowed, replyTo);
    }

    FuzzCase withHeaders(String... replacement) {
        return new FuzzCase(index, kind, path, replacement, body, allowed, replyTo);
    }

    /** How a failure names the case: enough to find it again, never more than a screen. */
    String describe(long seed) {
        String preview = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8)
            .replaceAll("[\\p{Cntrl}&&[^\n]]", "?");
        return "seed=" + seed + " case=" + index + " kind=" + kind + " path=" + path + " headers="
            + String.join(" ", headers) + " bytes=" + body.length + " body=" + preview
            + (body.length > 300 ? "…" : "") + "  (replay: -Dhgw.fuzz.seed=" + seed + " -Dhgw.fuzz.case=" + index + ")";
    }
}
