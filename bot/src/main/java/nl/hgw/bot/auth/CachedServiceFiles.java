package nl.hgw.bot.auth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A context class loader that reads each {@code META-INF/services/} file of the class path once.
 *
 * <p>The SDK makes a new {@code ObjectMapper().findAndRegisterModules()} for every dialog context
 * and every cached bot state, i.e. several times per turn, and each one lets a
 * {@link java.util.ServiceLoader} search all the application's jars for Jackson modules and read
 * what it finds. Under load that search was 11 to 14 % of the bot's CPU time (a JFR profile,
 * bench/results). Turns run with this loader as their context class loader: the first lookup of a
 * service file searches the parent and keeps the files' bytes, later lookups answer from memory,
 * all files of one name as one (a {@code ServiceLoader} reads each file it is given through new
 * buffers: for the three Jackson module files that was 13 % of what the bot allocated under load).
 * Classes and every other resource come from the parent unchanged. The class path does not change
 * while the application runs, so nothing goes stale.
 */
public final class CachedServiceFiles extends ClassLoader {

    private static final String SERVICES = "META-INF/services/";

    static {
        // turns load classes through it at the same time; lock per class name, not on the loader
        registerAsParallelCapable();
    }

    private final ConcurrentMap<String, List<URL>> files = new ConcurrentHashMap<>();

    private final InMemory memory = new InMemory();

    public CachedServiceFiles(ClassLoader parent) {
        super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICES)) {
            return super.getResources(name);
        }
        List<URL> cached = files.get(name);
        if (cached == null) {
            cached = read(name);
            List<URL> earlier = files.putIfAbsent(name, cached);
            if (earlier != null) {
                cached = earlier;
            }
        }
        return Collections.enumeration(cached);
    }

    /**
     * The files of that name on the parent's class path, one after the other in class path order,
     * as one URL that serves a copy of their bytes; none when there is no such file.
     */
    private List<URL> read(String name) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        Enumeration<URL> found = getParent().getResources(name);
        if (!found.hasMoreElements()) {
            return List.of();
        }
        while (found.hasMoreElements()) {
            try (InputStream in = found.nextElement().openStream()) {
                in.transferTo(all);
            }
            all.write('\n');
        }
        return List.of(memory.url(all.toByteArray()));
    }

    /** URLs whose content is held in memory. */
    private static final class InMemory extends URLStreamHandler {

        private final ConcurrentMap<String, byte[]> contents = new ConcurrentHashMap<>();

        private final AtomicInteger next = new AtomicInteger();

        URL url(byte[] bytes) throws MalformedURLException {
            String path = "/" + next.incrementAndGet();
            contents.put(path, bytes);
            return new URL("hgw-memory", "", -1, path, this);
        }

        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            byte[] bytes = contents.get(url.getPath());
            if (bytes == null) {
                throw new IOException("No such in-memory file: " + url);
            }
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(bytes);
                }
            };
        }
    }
}
