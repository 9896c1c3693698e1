package nl.hgw.dialogs.spiegel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One HGW-spiegel of a team: the principles it walks, every answer with its author, the
 * commitment "Morgen ga ik …" and, once the next spiegel asked, how that went. Everything a
 * written report (.docx) of the spiegel needs is here; the texts of the principles
 * themselves come from {@link Principles}.
 *
 * @param id         random id, unique within the team
 * @param date       the day it was started (Dutch time); how teachers name it
 * @param principles the ids of the principles chosen, in order
 * @param progress   where an unfinished spiegel was (the index of the open question)
 * @param finished   whether the commitment was made and the spiegel closed
 */
public record Spiegel(String id, LocalDate date, List<String> principles, List<Answer> answers,
        List<CommitmentAnswer> commitment, List<Reflection> evaluation, int progress, boolean finished,
        String startedBy, Instant createdAt, Instant updatedAt) {

    public Spiegel {
        principles = List.copyOf(principles);
        answers = List.copyOf(answers);
        commitment = List.copyOf(commitment);
        evaluation = List.copyOf(evaluation);
    }

    /** The answers to one prompt of one principle, in the order they were given. */
    public List<Answer> answers(String principle, Feed feed) {
        return answers.stream().filter(answer -> answer.principle().equals(principle) && answer.feed() == feed)
            .toList();
    }

    /** The answer to one step of the commitment, if it was given. */
    public Optional<CommitmentAnswer> commitment(CommitmentStep step) {
        return commitment.stream().filter(answer -> answer.step() == step).findFirst();
    }

    /** This spiegel with one more reflection on its commitment. */
    public Spiegel withReflection(Reflection reflection, Instant now) {
        List<Reflection> more = new java.util.ArrayList<>(evaluation);
        more.add(reflection);
        return new Spiegel(id, date, principles, answers, commitment, more, progress, finished, startedBy, createdAt,
            now);
    }
}
