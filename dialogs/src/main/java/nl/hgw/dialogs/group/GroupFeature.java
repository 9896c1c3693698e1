package nl.hgw.dialogs.group;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import nl.hgw.dialogs.DownloadLinks;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.PupilPlan;
import nl.hgw.dialogs.pupil.PupilRepository;
import nl.hgw.dialogs.pupil.TeamScope;
import nl.hgw.documents.DocumentType;
import nl.hgw.nlp.kinds.NeedKinds;

/**
 * The group overview as the activity handler sees it: "groepsoverzicht" (the picture with the
 * circles in a card, and the same as text), moving a pupil and renaming a circle (on the card or
 * typed; stored per team), and the Word exports "exporteer groep" and "exporteer &lt;naam&gt;",
 * published behind the team's expiring download links. Every read is scoped by the team.
 */
public final class GroupFeature {

    private final PupilRepository pupils;

    private final GroupRepository groups;

    private final DownloadLinks links;

    private final Clock clock;

    private final GroupPlanner planner;

    private final GroupPicture picture = new GroupPicture();

    private final GroupCard card = new GroupCard();

    private final GroupText text = new GroupText();

    private final GroupTyping typing = new GroupTyping();

    private final GroupDocx docx = new GroupDocx();

    /**
     * @param kinds which needs are one kind (the engine's, {@code NoteEngine#needKinds})
     * @param links where the picture and the .docx files are published for the team
     */
    public GroupFeature(PupilRepository pupils, GroupRepository groups, DownloadLinks links, NeedKinds kinds,
            Clock clock) {
        this.pupils = pupils;
        this.groups = groups;
        this.links = links;
        this.clock = clock;
        this.planner = new GroupPlanner(kinds);
    }

    /** What a team's group is now. */
    private record Loaded(TeamScope team, GroupLayout layout, GroupOverview overview) {
    }

    /** "groepsoverzicht": the card with the picture; the text alone when the picture cannot be published. */
    public CompletableFuture<Void> overview(TurnContext turn) {
        Messages messages = messages(turn);
        Optional<Loaded> loaded;
        try {
            loaded = load(turn, messages);
        } catch (PupilRepository.UnavailableException e) {
            return send(turn, messages.text("group.storage.failed"));
        }
        if (loaded.isEmpty()) {
            return send(turn, messages.text("group.none"));
        }
        return sendOverview(turn, loaded.get(), messages);
    }

    /** "verplaats 3 naar 2", or the card's move: the pupil's circle is stored for the team. */
    public CompletableFuture<Void> move(TurnContext turn, String argument) {
        Messages messages = messages(turn);
        return change(turn, messages, loaded -> {
            Optional<GroupTyping.Move> move = cardValue(turn, "circle").flatMap(Circle::fromId)
                .flatMap(circle -> loaded.overview().pupil(argument).map(plan -> new GroupTyping.Move(plan, circle)))
                .or(() -> typing.move(argument, loaded.overview(), messages));
            if (move.isEmpty()) {
                boolean knownShape = typing.pupilPart(argument).isPresent() || cardValue(turn, "circle").isPresent();
                boolean knownPupil = typing.pupilPart(argument).flatMap(loaded.overview()::pupil).isPresent()
                    || loaded.overview().pupil(argument).isPresent();
                return new Change(null, messages.text(knownShape && !knownPupil ? "group.move.noPupil"
                    : "group.move.unknown"));
            }
            Circle circle = move.get().circle();
            return new Change(loaded.layout().withMove(GroupOverview.key(move.get().pupil()), circle),
                messages.text("group.moved.done", Map.of("pupil", move.get().pupil().name(),
                    "circle", circle.number() + ". " + loaded.overview().title(circle))));
        });
    }

    /** "hernoem cirkel 1 Rekengroep", or the card's rename; without a name the usual one comes back. */
    public CompletableFuture<Void> rename(TurnContext turn, String argument) {
        Messages messages = messages(turn);
        return change(turn, messages, loaded -> {
            Optional<GroupTyping.Rename> rename = cardValue(turn, "renameCircle").flatMap(Circle::fromId)
                .map(circle -> new GroupTyping.Rename(circle,
                    GroupTyping.clean(cardValue(turn, "circleName").orElse(""))))
                .or(() -> typing.rename(argument, loaded.overview(), messages));
            if (rename.isEmpty()) {
                return new Change(null, messages.text("group.rename.unknown"));
            }
            Circle circle = rename.get().circle();
            String name = rename.get().name();
            Map<String, String> values = Map.of("number", String.valueOf(circle.number()),
                "name", name.isEmpty() ? GroupPlanner.defaultTitle(circle, messages) : name);
            return new Change(loaded.layout().withName(circle, name.isEmpty() ? null : name),
                messages.text(name.isEmpty() ? "group.rename.reset" : "group.rename.done", values));
        });
    }

    /** "exporteer groep": the overview with the picture as a .docx. */
    public CompletableFuture<Void> exportGroup(TurnContext turn) {
        Messages messages = messages(turn);
        try {
            Optional<Loaded> loaded = load(turn, messages);
            if (loaded.isEmpty()) {
                return send(turn, messages.text("group.none"));
            }
            GroupOverview overview = loaded.get().overview();
            GroupPicture.Layout layout = picture.layout(overview);
            LocalDate today = LocalDate.now(clock);
            byte[] file = docx.group(overview, picture.png(overview), layout.width(), layout.height(), today,
                messages);
            URI link = links.publish(loaded.get().team(), messages.text("group.docx.fileName",
                Map.of("date", today.toString())) + ".docx", DocumentType.DOCX.mediaType(), file);
            return sendActivity(turn, card.download(messages.text("group.docx.ready"),
                messages.text("group.docx.link", Map.of("url", link.toString())), link, messages));
        } catch (PupilRepository.UnavailableException e) {
            return send(turn, messages.text("group.export.failed"));
        }
    }

    /** "exporteer Joost": one pupil's plan as a .docx. */
    public CompletableFuture<Void> exportPupil(TurnContext turn, String name) {
        Messages messages = messages(turn);
        try {
            Optional<Loaded> loaded = load(turn, messages);
            Optional<PupilPlan> plan = loaded.flatMap(found -> found.overview().pupil(name));
            if (plan.isEmpty()) {
                return send(turn, messages.text("pupil.export.unknown"));
            }
            LocalDate today = LocalDate.now(clock);
            Map<String, String> values = Map.of("pupil", plan.get().name(), "date", today.toString());
            byte[] file = docx.pupil(plan.get(), loaded.get().overview(), today, messages);
            URI link = links.publish(loaded.get().team(), messages.text("pupil.docx.fileName", values) + ".docx",
                DocumentType.DOCX.mediaType(), file);
            return sendActivity(turn, card.download(messages.text("pupil.docx.ready", values),
                messages.text("pupil.docx.link", Map.of("pupil", plan.get().name(), "url", link.toString())), link,
                messages));
        } catch (PupilRepository.UnavailableException e) {
            return send(turn, messages.text("group.export.failed"));
        }
    }

    /** A change to the layout and what to say; no layout when nothing changes. */
    private record Change(GroupLayout layout, String message) {
    }

    private CompletableFuture<Void> change(TurnContext turn, Messages messages,
            java.util.function.Function<Loaded, Change> change) {
        Loaded changed;
        Change result;
        try {
            Optional<Loaded> loaded = load(turn, messages);
            if (loaded.isEmpty()) {
                return send(turn, messages.text("group.none"));
            }
            result = change.apply(loaded.get());
            if (result.layout() == null) {
                return send(turn, result.message());
            }
            Set<String> keys = loaded.get().overview().pupils().stream().map(GroupOverview::key)
                .collect(Collectors.toSet());
            GroupLayout saved = groups.save(loaded.get().team(), result.layout().keepOnly(keys),
                TeamScope.authorOf(turn.getActivity()));
            changed = new Loaded(loaded.get().team(), saved, planner.plan(loaded.get().overview().pupils(), saved,
                messages));
        } catch (PupilRepository.UnavailableException e) {
            return send(turn, messages.text("group.storage.failed"));
        }
        return send(turn, result.message()).thenCompose(sent -> sendOverview(turn, changed, messages));
    }

    private Optional<Loaded> load(TurnContext turn, Messages messages) {
        TeamScope team = TeamScope.of(turn.getActivity());
        List<PupilPlan> plans = pupils.list(team);
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        GroupLayout layout = groups.find(team).orElse(GroupLayout.empty());
        return Optional.of(new Loaded(team, layout, planner.plan(plans, layout, messages)));
    }

    private CompletableFuture<Void> sendOverview(TurnContext turn, Loaded loaded, Messages messages) {
        URI image;
        try {
            image = links.publish(loaded.team(), messages.text("group.picture.fileName") + ".png", "image/png",
                picture.png(loaded.overview()));
        } catch (PupilRepository.UnavailableException e) {
            return send(turn, text.whole(loaded.overview(), messages));
        }
        return sendActivity(turn, card.activity(loaded.overview(), image, messages));
    }

    private static Optional<String> cardValue(TurnContext turn, String field) {
        if (turn.getActivity().getValue() instanceof Map<?, ?> value && value.get(field) instanceof String text
                && !text.isBlank()) {
            return Optional.of(text.strip());
        }
        return Optional.empty();
    }

    private static CompletableFuture<Void> send(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    private static CompletableFuture<Void> sendActivity(TurnContext turn, Activity activity) {
        return turn.sendActivity(activity).thenApply(sent -> null);
    }

    private static Messages messages(TurnContext turn) {
        return Messages.forLocale(turn.getActivity().getLocale());
    }
}
