package nl.hgw.dialogs.group;

import java.util.Optional;

/**
 * The circles of the differentiation picture ("Mickey Mouse"): the head is the basic offer, what
 * most pupils need; the ears are the subgroups that need more instruction and practice
 * (intensive) or less instruction and more challenge (deepened); the earrings are the very few
 * who need even more of either. Each has the messages {@code group.circle.<id>} and
 * {@code group.circle.<id>.synonyms}; the order here is the order everywhere (numbers 1-5).
 */
public enum Circle {

    HEAD("head"),
    INTENSIVE("intensive"),
    DEEPENED("deepened"),
    VERY_INTENSIVE("very_intensive"),
    VERY_DEEPENED("very_deepened");

    private final String id;

    Circle(String id) {
        this.id = id;
    }

    /** The id in data and card values. */
    public String id() {
        return id;
    }

    /** The 1-based number a teacher can type. */
    public int number() {
        return ordinal() + 1;
    }

    /** An earring hangs at an ear: its size follows the very few. */
    public boolean earring() {
        return this == VERY_INTENSIVE || this == VERY_DEEPENED;
    }

    public static Optional<Circle> fromId(String id) {
        for (Circle circle : values()) {
            if (circle.id.equals(id)) {
                return Optional.of(circle);
            }
        }
        return Optional.empty();
    }
}
