package nl.hgw.dialogs.spiegel;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The spiegel in progress, in conversation state (plain fields, so every state store can
 * keep it): what was chosen, every answer with its author, where the team is, and the
 * previous spiegel whose commitment is evaluated first. It is also saved to the
 * {@link SpiegelRepository}, marked unfinished, after every answer, so another conversation
 * of the team can continue it.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class SpiegelDraft {

    /** What the open question is about. */
    enum Kind { EVALUATION, CHOICE, FEED, COMMIT, FINISH }

    /** One question of the walk; {@code principle}, {@code feed}, {@code step} as they apply. */
    record Step(Kind kind, String principle, Feed feed, CommitmentStep step) {
    }

    /** An answer as kept in state: {@code topic} is a principle id or a commitment step id. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static class Entry {

        String topic;

        String feed;

        String text;

        String authorId;

        String authorName;

        long at;

        Entry() {
        }

        Entry(String topic, String feed, String text, String authorId, String authorName, Instant at) {
            this.topic = topic;
            this.feed = feed;
            this.text = text;
            this.authorId = authorId;
            this.authorName = authorName;
            this.at = at.toEpochMilli();
        }
    }

    String id;

    /** ISO date (yyyy-MM-dd) the spiegel was started. */
    String date;

    String startedBy;

    long createdAt;

    /** The chosen principle ids, in order; empty until chosen. */
    List<String> principles = new ArrayList<>();

    /** The index of the open question in {@link #steps()}. */
    int position;

    List<Entry> answers = new ArrayList<>();

    List<Entry> commitment = new ArrayList<>();

    /** The finished spiegel whose "Morgen ga ik …" is asked about first, if any. */
    String previousId;

    String previousDate;

    /** The previous commitment's "what" and "how we will know", to ask about (may be null). */
    String previousWhat;

    String previousCheck;

    /** Reflections on the previous commitment that could not be stored yet (the store was away). */
    List<Entry> pendingReflections = new ArrayList<>();

    /** How many reflections were given in this run (nothing is stored without one). */
    int reflections;

    /** Said instead of the whole question when it is asked again after an answer. */
    String acknowledgement;

    /** The last save failed; the teacher was told once. */
    boolean storeWarned;

    /** The questions, in order, for what is chosen so far. */
    List<Step> steps(List<String> allPrinciples) {
        List<Step> steps = new ArrayList<>();
        if (previousId != null) {
            steps.add(new Step(Kind.EVALUATION, null, null, null));
        }
        steps.add(new Step(Kind.CHOICE, null, null, null));
        for (String principle : principles) {
            if (allPrinciples.contains(principle)) {
                for (Feed feed : Feed.values()) {
                    steps.add(new Step(Kind.FEED, principle, feed, null));
                }
            }
        }
        if (!principles.isEmpty()) {
            for (CommitmentStep step : CommitmentStep.values()) {
                steps.add(new Step(Kind.COMMIT, null, null, step));
            }
            steps.add(new Step(Kind.FINISH, null, null, null));
        }
        return steps;
    }

    Step current(List<String> allPrinciples) {
        List<Step> steps = steps(allPrinciples);
        return steps.get(Math.min(position, steps.size() - 1));
    }

    boolean chosen() {
        return !principles.isEmpty();
    }

    /** Whether anyone answered anything yet (a spiegel without answers is not kept on "stop"). */
    boolean hasAnswers() {
        return !answers.isEmpty() || !commitment.isEmpty();
    }

    void addAnswer(String principle, Feed feed, String text, String authorId, String authorName, Instant at) {
        answers.add(new Entry(principle, feed.id(), text, authorId, authorName, at));
    }

    /** The step's answer; a second answer to the same step replaces the first ("terug"). */
    void commit(CommitmentStep step, String text, String authorId, String authorName, Instant at) {
        commitment.removeIf(entry -> entry.topic.equals(step.id()));
        commitment.add(new Entry(step.id(), null, text, authorId, authorName, at));
    }

    /** A new spiegel, started now by this author. */
    static SpiegelDraft start(String id, LocalDate date, String startedBy, Instant now) {
        SpiegelDraft draft = new SpiegelDraft();
        draft.id = id;
        draft.date = date.toString();
        draft.startedBy = startedBy;
        draft.createdAt = now.toEpochMilli();
        return draft;
    }

    /** A stored unfinished spiegel, to continue where it was. */
    static SpiegelDraft of(Spiegel spiegel) {
        SpiegelDraft draft = new SpiegelDraft();
        draft.id = spiegel.id();
        draft.date = spiegel.date().toString();
        draft.startedBy = spiegel.startedBy();
        draft.createdAt = spiegel.createdAt().toEpochMilli();
        draft.principles = new ArrayList<>(spiegel.principles());
        for (Answer answer : spiegel.answers()) {
            draft.addAnswer(answer.principle(), answer.feed(), answer.text(), answer.authorId(), answer.authorName(),
                answer.at());
        }
        for (CommitmentAnswer answer : spiegel.commitment()) {
            draft.commit(answer.step(), answer.text(), answer.authorId(), answer.authorName(), answer.at());
        }
        draft.position = Math.max(spiegel.progress(), 0);
        return draft;
    }

    /** The spiegel as stored: unfinished until {@code finished}. */
    Spiegel toSpiegel(boolean finished, Instant now) {
        List<Answer> stored = answers.stream().map(entry -> new Answer(entry.topic, Feed.fromId(entry.feed)
            .orElseThrow(), entry.text, entry.authorId, entry.authorName, Instant.ofEpochMilli(entry.at))).toList();
        List<CommitmentAnswer> steps = commitment.stream().map(entry -> new CommitmentAnswer(
            CommitmentStep.fromId(entry.topic).orElseThrow(), entry.text, entry.authorId, entry.authorName,
            Instant.ofEpochMilli(entry.at))).toList();
        // the evaluation question is not part of this spiegel: progress counts from the choice
        int progress = previousId == null ? position : Math.max(position - 1, 0);
        return new Spiegel(id, LocalDate.parse(date), principles, stored, steps, List.of(), progress, finished,
            startedBy, Instant.ofEpochMilli(createdAt), now);
    }
}
