package nl.hgw.bot.fuzz;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.hgw.documents.TestFiles;

/**
 * Requests for the REST API: {@code POST /api/reformulate} (JSON) and
 * {@code POST /api/reformulate/document} (multipart), well-formed and broken.
 */
final class ApiFuzzer {

    static final String NOTE = "/api/reformulate";

    static final String DOCUMENT = "/api/reformulate/document";

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final JsonFuzzer json;

    private final int index;

    private final long maxReport;

    /** @param maxReport the bot's report limit in bytes (a file above it is 413) */
    ApiFuzzer(JsonFuzzer json, int index, long maxReport) {
        this.json = json;
        this.index = index;
        this.maxReport = maxReport;
    }

    FuzzCase note() {
        int roll = json.random().nextInt(100);
        if (roll < 30) {
            ObjectNode body = validNote();
            return FuzzCase.json(index, "note/valid", NOTE, body.toString(), Set.of(200, 400), null);
        }
        if (roll < 45) {
            return anyNote("wrong-type", json.withWrongType(validNote()).toString());
        }
        if (roll < 55) {
            return anyNote("missing-field", json.withoutField(validNote()).toString());
        }
        if (roll < 65) {
            return anyNote("random-json", json.value(4).toString());
        }
        if (roll < 70) {
            return new FuzzCase(index, "note/invalid-utf8", NOTE, new String[] {"Content-Type", "application/json"},
                json.invalidUtf8(validNote().toString()), Set.of(), null);
        }
        if (roll < 75) {
            return new FuzzCase(index, "note/truncated", NOTE, new String[] {"Content-Type", "application/json"},
                json.truncated(validNote().toString().getBytes(StandardCharsets.UTF_8)), Set.of(400), null);
        }
        if (roll < 80) {
            return FuzzCase.json(index, "note/deep", NOTE, json.random().nextBoolean() ? json.deep(10_000)
                : "{\"text\":\"Joost is druk\",\"x\":" + json.deep(10_000) + "}", Set.of(400), null);
        }
        if (roll < 85) {
            ObjectNode body = validNote();
            body.put(json.pick("text", "goal", "pupil", "locale", "x-unknown"),
                json.huge(json.between(ActivityFuzzer.HUGE_MIN, ActivityFuzzer.HUGE_MAX)));
            return FuzzCase.json(index, "note/huge", NOTE, body.toString(), Set.of(413), null);
        }
        if (roll < 92) {
            ObjectNode body = validNote();
            body.put(json.pick("goal", "pupil"), json.huge(json.between(501, 50_000)));
            return FuzzCase.json(index, "note/long-field", NOTE, body.toString(), Set.of(400), null);
        }
        String type = json.pick("text/plain", "application/xml", "application/x-www-form-urlencoded", "garbage", "*/*",
            "multipart/form-data; boundary=x", "application/json; charset=nope");
        return new FuzzCase(index, "note/content-type", NOTE, new String[] {"Content-Type", type},
            validNote().toString().getBytes(StandardCharsets.UTF_8), Set.of(), null);
    }

    private ObjectNode validNote() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("text", json.random().nextBoolean() ? "Joost heeft ADHD en pikt instructies onvoldoende op. "
            + json.string(30) : json.nasty());
        if (json.random().nextBoolean()) {
            body.put("goal", json.random().nextBoolean() ? "de rekeninstructie volgen" : json.string(30));
        }
        if (json.random().nextBoolean()) {
            body.put("pupil", json.random().nextBoolean() ? "Joost" : json.string(10));
        }
        if (json.random().nextBoolean()) {
            body.put("locale", json.pick("nl", "en", "nl-NL", "en-GB", "de", "", "xx"));
        }
        return body;
    }

    private FuzzCase anyNote(String kind, String body) {
        return FuzzCase.json(index, "note/" + kind, NOTE, body, Set.of(), null);
    }

    FuzzCase document() {
        Map<String, Part> parts = new LinkedHashMap<>();
        String kind;
        Set<Integer> allowed = Set.of();
        int roll = json.random().nextInt(100);
        if (roll < 15) {
            kind = "document/valid";
            boolean docx = json.random().nextBoolean();
            parts.put("file", new Part(docx ? "verslag.docx" : "verslag.pdf", docx ? DOCX : "application/pdf",
                docx ? TestFiles.docx(FuzzFiles.REPORT) : TestFiles.pdf(FuzzFiles.REPORT)));
            allowed = Set.of(200);
        } else if (roll < 55) {
            kind = "document/lying-type";
            parts.put("file", new Part(json.pick("verslag.docx", "verslag.pdf", "x.txt", "", "../../x", json.string(8)),
                json.pick(DOCX, "application/pdf", "text/plain", "image/png", "", "garbage", "application/json"),
                lyingContent()));
        } else if (roll < 60) {
            kind = "document/too-large";
            parts.put("file", new Part("verslag.docx", DOCX, new byte[(int) maxReport + 1 + json.random().nextInt(1000)]));
            allowed = Set.of(413);
        } else if (roll < 65) {
            kind = "document/huge-field";
            parts.put("file", new Part("verslag.docx", DOCX, TestFiles.docx(FuzzFiles.REPORT)));
            parts.put(json.pick("goal", "pupil", "locale", "x-unknown"),
                new Part(null, null, json.huge(json.between(ActivityFuzzer.HUGE_MIN, 3 * 1024 * 1024))
                    .getBytes(StandardCharsets.UTF_8)));
        } else if (roll < 80) {
            kind = "document/odd-fields";
            parts.put("file", new Part("verslag.docx", DOCX, TestFiles.docx(FuzzFiles.REPORT)));
            for (int i = 0; i < 1 + json.random().nextInt(3); i++) {
                parts.put(json.pick("goal", "pupil", "locale", "file", "x"), new Part(null, null,
                    (json.random().nextBoolean() ? json.nasty() : json.string(json.between(0, 800)))
                        .getBytes(StandardCharsets.UTF_8)));
            }
        } else {
            kind = "document/no-file";
            parts.put(json.pick("goal", "document", "upload"), new Part(null, null, json.string().getBytes(StandardCharsets.UTF_8)));
        }
        String boundary = "fz" + Long.toHexString(json.random().nextLong());
        byte[] body = multipart(boundary, parts);
        String contentType = "multipart/form-data; boundary=" + boundary;
        if (json.random().nextInt(10) == 0) {
            kind = kind + "+broken";
            allowed = Set.of();
            switch (json.random().nextInt(4)) {
                case 0 -> body = json.truncated(body);
                case 1 -> contentType = "multipart/form-data";
                case 2 -> contentType = "multipart/form-data; boundary=other";
                default -> body = json.randomBytes(json.between(0, 5000));
            }
        }
        String accept = json.random().nextInt(5) == 0
            ? json.pick(DOCX, "application/json", "garbage", "*/*", "text/html;q=abc", "", ",,,", DOCX + ";q=0.1, */*")
            : "application/json";
        if (accept.isEmpty()) {
            return new FuzzCase(index, kind, DOCUMENT, new String[] {"Content-Type", contentType}, body, allowed, null);
        }
        return new FuzzCase(index, kind, DOCUMENT, new String[] {"Content-Type", contentType, "Accept", accept}, body,
            allowed, null);
    }

    private byte[] lyingContent() {
        return switch (json.random().nextInt(8)) {
            case 0 -> TestFiles.pdf(FuzzFiles.REPORT);
            case 1 -> FuzzFiles.PNG;
            case 2 -> json.randomBytes(json.between(1, 20_000));
            case 3 -> TestFiles.zip(new String[] {"word/document.xml"}, new long[] {200_000_000});
            case 4 -> TestFiles.encryptedDocx(FuzzFiles.REPORT);
            case 5 -> json.string(json.between(1, 3000)).getBytes(StandardCharsets.UTF_8);
            case 6 -> TestFiles.scannedPdf(1);
            default -> TestFiles.docx(FuzzFiles.REPORT);
        };
    }

    private record Part(String fileName, String contentType, byte[] content) {
    }

    private static byte[] multipart(String boundary, Map<String, Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach((name, part) -> {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName().replace("\"", "").replaceAll("[\r\n]", "")).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null && !part.contentType().isEmpty()) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
