package nl.hgw.dialogs;

import java.net.URI;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * Makes a document the bot wrote downloadable for a while: a link that is hard to guess,
 * expires, and belongs to one team. Implemented in the bot module (MongoDB, an HTTP endpoint).
 */
public interface DownloadLinks {

    /**
     * @throws nl.hgw.dialogs.pupil.PupilRepository.UnavailableException when the store is away
     */
    URI publish(TeamScope team, String fileName, String mediaType, byte[] content);
}
