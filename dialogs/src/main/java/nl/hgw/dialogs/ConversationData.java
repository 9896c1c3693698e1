package nl.hgw.dialogs;

/** What the bot remembers within one conversation (conversation state). */
public class ConversationData {

    private boolean welcomed;

    public boolean isWelcomed() {
        return welcomed;
    }

    public void setWelcomed(boolean welcomed) {
        this.welcomed = welcomed;
    }
}
