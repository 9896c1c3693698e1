package nl.hgw.bot.webchat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code hgw.webchat.*} settings: the local try-out page at {@code /} (local mode only).
 *
 * @param scriptUrl where the page loads Microsoft's Web Chat ({@code webchat.js}) from: an absolute
 *                  http(s) URL; by default Microsoft's CDN, so a school can point it at its own copy
 *                  ({@code HGW_WEBCHAT_SCRIPT_URL})
 */
@ConfigurationProperties("hgw.webchat")
public record WebChatProperties(
        @DefaultValue(WebChatProperties.MICROSOFT_CDN) String scriptUrl) {

    /** Microsoft's own copy of the current Web Chat bundle. */
    public static final String MICROSOFT_CDN = "https://cdn.botframework.com/botframework-webchat/4.18.1/webchat.js";
}
