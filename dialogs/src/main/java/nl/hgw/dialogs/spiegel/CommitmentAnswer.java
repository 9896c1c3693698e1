package nl.hgw.dialogs.spiegel;

import java.time.Instant;

/** The answer to one step of "Morgen ga ik …", with who wrote it and when. */
public record CommitmentAnswer(CommitmentStep step, String text, String authorId, String authorName, Instant at) {
}
