package nl.hgw.bot.reformulate;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A broken school lexicon stops the start with Spring Boot's short report, which names the file,
 * the line and the reason, instead of a stack trace (registered in META-INF/spring.factories).
 */
public class SchoolWordingFailureAnalyzer extends AbstractFailureAnalyzer<SchoolWordingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchoolWordingException cause) {
        return new FailureAnalysis(cause.getMessage(),
            "Correct the entry in the school's own wording (" + SchoolWording.ENV + "=" + cause.dir()
                + "; the format is in the README, \"A school's own wording\"), or unset " + SchoolWording.ENV
                + " to start with the built-in rules only.",
            cause);
    }
}
