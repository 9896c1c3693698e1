package nl.hgw.dialogs.pupil;

/**
 * What an answer on a card did: the step is done, or the card is shown again (after an
 * addition, a removal, or an answer that could not be read), with a message before it.
 */
record Outcome(boolean done, String message) {

    static final Outcome DONE = new Outcome(true, null);

    static Outcome again(String message) {
        return new Outcome(false, message);
    }
}
