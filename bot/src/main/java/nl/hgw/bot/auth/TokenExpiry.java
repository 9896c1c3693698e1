package nl.hgw.bot.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;

/**
 * The SDK (4.14.3) verifies a token's {@code exp} only when it is there: java-jwt, which it
 * uses, accepts a token without one, and such a token would never expire. Bot Framework
 * tokens always carry it, so one without is refused.
 */
final class TokenExpiry {

    private TokenExpiry() {
    }

    /**
     * Whether the header holds a JWT without {@code exp}. Anything that is no bearer JWT is
     * left to the SDK, which refuses it.
     */
    static boolean lacking(String authHeader) {
        if (authHeader == null) {
            return false;
        }
        String[] parts = authHeader.strip().split(" ");
        if (parts.length != 2 || !"bearer".equalsIgnoreCase(parts[0])) {
            return false;
        }
        try {
            return JWT.decode(parts[1]).getExpiresAt() == null;
        } catch (JWTDecodeException notAJwt) {
            return false;
        }
    }
}
