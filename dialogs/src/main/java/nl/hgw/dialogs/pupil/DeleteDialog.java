package nl.hgw.dialogs.pupil;

import com.microsoft.bot.builder.TurnContext;
import java.util.Map;
import nl.hgw.dialogs.ConfirmedDeleteDialog;
import nl.hgw.dialogs.Messages;

/**
 * "verwijder Joost": asks for a confirmation, then deletes the pupil's record for real.
 * Started with the pupil's name as stored.
 */
final class DeleteDialog extends ConfirmedDeleteDialog {

    static final String ID = "deleteDialog";

    private final PupilRepository repository;

    DeleteDialog(PupilRepository repository) {
        super(ID, "delete", "storage.deleteFailed");
        this.repository = repository;
    }

    @Override
    protected Map<String, String> names(String pupil, Messages messages) {
        return Map.of("pupil", pupil);
    }

    @Override
    protected Outcome delete(TurnContext turn, String pupil) {
        try {
            return repository.delete(TeamScope.of(turn.getActivity()), pupil) ? Outcome.DELETED : Outcome.GONE;
        } catch (PupilRepository.UnavailableException e) {
            return Outcome.STORE_AWAY;
        }
    }
}
