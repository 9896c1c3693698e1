package nl.hgw.bot.auth;

import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsValidator;
import com.microsoft.bot.connector.authentication.SkillValidation;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Rejects tokens of other bots calling this one as a skill: the bot is no skill. Throws
 * instead of returning a failed future, because the SDK ignores the future.
 */
final class NoSkillCallsValidator extends ClaimsValidator {

    @Override
    public CompletableFuture<Void> validateClaims(Map<String, String> claims) {
        if (SkillValidation.isSkillClaim(claims)) {
            throw new AuthenticationException("Skill calls are not accepted");
        }
        return CompletableFuture.completedFuture(null);
    }
}
