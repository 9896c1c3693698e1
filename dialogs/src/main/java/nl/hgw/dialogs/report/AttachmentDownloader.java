package nl.hgw.dialogs.report;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Attachment;
import nl.hgw.documents.DocumentException;

/**
 * Fetches the bytes of a file a user attached: in Teams the pre-authorised download URL of a
 * file in a personal chat, elsewhere the attachment's content URL. Implemented where HTTP and
 * credentials live (the bot module).
 */
public interface AttachmentDownloader {

    /**
     * @param maxBytes stop and fail with {@code TOO_LARGE} past this many bytes
     * @throws DocumentException {@code TOO_LARGE} past the limit
     * @throws Unreachable when the file cannot be fetched (gone, refused, timed out)
     */
    byte[] download(TurnContext turn, Attachment attachment, long maxBytes) throws DocumentException;

    /** The file could not be fetched; the reason names no user data. */
    class Unreachable extends RuntimeException {

        public Unreachable(String reason) {
            super(reason);
        }
    }
}
