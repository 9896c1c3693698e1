package nl.hgw.dialogs.spiegel;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * Saves the spiegel in progress after every answer, marked unfinished, so another
 * conversation of the team can continue it, and stores reflections on the previous
 * commitment. When the store is away the draft keeps everything (conversation state), the
 * team is told once, and the next answer tries again: nothing is lost.
 */
final class SpiegelStore {

    private final SpiegelRepository repository;

    private final Clock clock;

    SpiegelStore(SpiegelRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    SpiegelRepository repository() {
        return repository;
    }

    Instant now() {
        return clock.instant();
    }

    /** Saves what there is to save; says once when the store is away. */
    CompletableFuture<Void> autosave(TurnContext turn, SpiegelDraft draft) {
        try {
            save(turn, draft, false);
        } catch (SpiegelRepository.UnavailableException e) {
            if (draft.storeWarned) {
                return CompletableFuture.completedFuture(null);
            }
            draft.storeWarned = true;
            String text = Messages.forLocale(turn.getActivity().getLocale()).text("spiegel.storage.unavailable");
            return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
        }
        draft.storeWarned = false;
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Stores the pending reflections and the spiegel ({@code finished} or not).
     *
     * @throws SpiegelRepository.UnavailableException when the store is away (the draft keeps it all)
     */
    Spiegel save(TurnContext turn, SpiegelDraft draft, boolean finished) {
        flushReflections(turn, draft);
        if (!draft.chosen()) {
            return null;
        }
        return repository.save(TeamScope.of(turn.getActivity()), draft.toSpiegel(finished, now()));
    }

    /** Stores the reflections on the previous commitment that are still in the draft. */
    void flushReflections(TurnContext turn, SpiegelDraft draft) {
        TeamScope team = TeamScope.of(turn.getActivity());
        Iterator<SpiegelDraft.Entry> pending = draft.pendingReflections.iterator();
        while (pending.hasNext()) {
            SpiegelDraft.Entry entry = pending.next();
            repository.addReflection(team, draft.previousId, new Reflection(entry.text, entry.authorId,
                entry.authorName, Instant.ofEpochMilli(entry.at)));
            pending.remove();
        }
    }
}
