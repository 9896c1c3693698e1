package nl.hgw.dialogs;

/** What the bot remembers about a user across conversations (user state). */
public class UserProfile {

    private Role role;

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
