package nl.hgw.dialogs;

import java.util.List;

/**
 * What the user does at school, asked once and kept in user state. It decides which
 * task comes first in the overview.
 */
public enum Role {

    TEACHER("teacher", List.of(Task.NOTE, Task.REPORT, Task.MIRROR)),

    /** Intern begeleider / kwaliteitscoördinator. */
    CARE_COORDINATOR("care", List.of(Task.REPORT, Task.NOTE, Task.MIRROR)),

    /** School leader, team coach, anyone else: the team's mirror first. */
    OTHER("other", List.of(Task.MIRROR, Task.NOTE, Task.REPORT));

    /** The order when the role is not known yet. */
    static final List<Task> DEFAULT_ORDER = TEACHER.tasks;

    private final String key;

    private final List<Task> tasks;

    Role(String key, List<Task> tasks) {
        this.key = key;
        this.tasks = tasks;
    }

    /** The message key prefix of this role: {@code role.<key>}, {@code role.<key>.synonyms}, … */
    String key() {
        return key;
    }

    static List<Task> taskOrder(Role role) {
        return role == null ? DEFAULT_ORDER : role.tasks;
    }
}
