package nl.hgw.bot.messaging;

import java.util.ArrayList;
import java.util.List;

/**
 * An exception as the log may show it: the classes of its cause chain and where they were thrown,
 * never their messages, which can quote what a user wrote ("For input string: …").
 */
public final class Redacted {

    private static final int FRAMES = 6;

    private Redacted() {
    }

    /**
     * An id from a request as the log may show it: at most 64 characters, without line breaks or
     * other control characters (ids are the sender's to choose, so they could forge log lines).
     */
    public static String id(String id) {
        if (id == null) {
            return "null";
        }
        String clean = id.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…(" + clean.length() + ")" : clean;
    }

    public static String describe(Throwable error) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = error; t != null && parts.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            StringBuilder part = new StringBuilder(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                part.append(i == 0 ? " at " : " < ").append(frames[i].getClassName()).append('.')
                    .append(frames[i].getMethodName()).append(':').append(frames[i].getLineNumber());
            }
            parts.add(part.toString());
        }
        return String.join(" | caused by ", parts);
    }
}
