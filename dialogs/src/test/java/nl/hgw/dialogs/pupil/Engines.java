package nl.hgw.dialogs.pupil;

import nl.hgw.nlp.reformulate.Reformulator;

/** One engine for all tests of the module: it takes about a second to load. */
public final class Engines {

    private static NoteEngine engine;

    private Engines() {
    }

    public static synchronized NoteEngine shared() {
        if (engine == null) {
            engine = new NoteEngine(Reformulator.load());
        }
        return engine;
    }
}
