package nl.hgw.dialogs;

import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SDK's TestAdapter and TestFlow print every message both ways to System.out
 * ("USER SAYS: …"). Message text does not belong in logs, test logs included, so this
 * silences System.out while a conversation test runs. Failures still report in full.
 */
public class QuietTestKit implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(QuietTestKit.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("out", System.out);
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(context.getStore(NAMESPACE).get("out", PrintStream.class));
    }
}
