package nl.hgw.bot.webchat;

import nl.hgw.bot.auth.BotCredentials;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no {@code MicrosoftAppId} is set: the bot then listens on 127.0.0.1 only. With an
 * app id the bot faces the internet, and what this guards does not exist at all.
 */
final class LocalModeOnly implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return BotCredentials.localMode(context.getEnvironment());
    }
}
