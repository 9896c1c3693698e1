package nl.hgw.bot.reformulate;

/** The body of {@code POST /api/reformulate} (HGW.md): only {@code text} is required. */
record ReformulateRequest(String text, String goal, String pupil, String locale) {
}
