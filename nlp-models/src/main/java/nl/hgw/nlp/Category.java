package nl.hgw.nlp;

import java.util.Optional;

/** The six forms an education need takes (HGW.md): ids for data and APIs. */
public enum Category {

    INSTRUCTION("instruction"), TASKS_ENVIRONMENT("tasks_environment"), FEEDBACK("feedback"), TEACHER("teacher"),
    PEERS("peers"), PARENTS("parents");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return this.id;
    }

    public static Optional<Category> fromId(String id) {
        for (Category c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

}
