package nl.hgw.dialogs.spiegel;

import com.microsoft.bot.builder.TurnContext;
import java.time.LocalDate;
import java.util.Map;
import nl.hgw.dialogs.ConfirmedDeleteDialog;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.TeamScope;

/**
 * "verwijder spiegel 24-11-2026": asks for a confirmation, then deletes the team's spiegels of
 * that day for real. Started with the ISO date.
 */
final class DeleteSpiegelDialog extends ConfirmedDeleteDialog {

    static final String ID = "deleteSpiegelDialog";

    private final SpiegelRepository repository;

    DeleteSpiegelDialog(SpiegelRepository repository) {
        super(ID, "spiegel.delete", "spiegel.storage.deleteFailed");
        this.repository = repository;
    }

    @Override
    protected Map<String, String> names(String date, Messages messages) {
        return Map.of("date", SpiegelDates.display(LocalDate.parse(date), messages.locale()));
    }

    @Override
    protected Outcome delete(TurnContext turn, String date) {
        try {
            long deleted = repository.deleteOnDate(TeamScope.of(turn.getActivity()), LocalDate.parse(date));
            return deleted > 0 ? Outcome.DELETED : Outcome.GONE;
        } catch (SpiegelRepository.UnavailableException e) {
            return Outcome.STORE_AWAY;
        }
    }
}
