package nl.hgw.dialogs.spiegel;

import java.time.Instant;

/**
 * How a commitment went, told at the start of the next spiegel (the evaluation that closes
 * the HGW cycle). Kept with the spiegel whose commitment it evaluates.
 */
public record Reflection(String text, String authorId, String authorName, Instant at) {
}
