package nl.hgw.bot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedServiceFilesTest {

    @TempDir
    Path classes;

    /** The parent, counting how often a service file is looked up in it. */
    private static final class Counting extends URLClassLoader {

        final AtomicInteger serviceLookups = new AtomicInteger();

        Counting(Path root) throws IOException {
            super(new URL[] {root.toUri().toURL()}, CachedServiceFilesTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith("META-INF/services/")) {
                serviceLookups.incrementAndGet();
            }
            return super.getResources(name);
        }
    }

    @Test
    void aServiceFileIsLookedUpOnceAndServedFromMemoryAfterwards() throws IOException {
        Path file = classes.resolve("META-INF/services/nl.hgw.Example");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "nl.hgw.First\nnl.hgw.Second\n");
        Counting parent = new Counting(classes);
        CachedServiceFiles cache = new CachedServiceFiles(parent);

        List<String> first = contents(cache.getResources("META-INF/services/nl.hgw.Example"));
        Files.writeString(file, "changed on disk");
        List<String> second = contents(cache.getResources("META-INF/services/nl.hgw.Example"));

        assertThat(first).containsExactly("nl.hgw.First\nnl.hgw.Second\n\n");
        assertThat(second).as("the class path does not change while the bot runs").isEqualTo(first);
        assertThat(parent.serviceLookups).hasValue(1);
    }

    @Test
    void theFilesOfOneNameInSeveralJarsAreServedAsOneInClassPathOrder(@TempDir Path otherJar) throws IOException {
        Path file = classes.resolve("META-INF/services/nl.hgw.Example");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "nl.hgw.First");
        Path other = otherJar.resolve("META-INF/services/nl.hgw.Example");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "# a comment\nnl.hgw.Second\n");
        URLClassLoader parent = new URLClassLoader(new URL[] {classes.toUri().toURL(), otherJar.toUri().toURL()},
            CachedServiceFilesTest.class.getClassLoader());

        List<String> served = contents(new CachedServiceFiles(parent).getResources("META-INF/services/nl.hgw.Example"));

        assertThat(served).containsExactly("nl.hgw.First\n# a comment\nnl.hgw.Second\n\n");
    }

    @Test
    void otherResourcesAndClassesComeFromTheParent() throws Exception {
        Files.writeString(classes.resolve("plain.txt"), "first");
        Counting parent = new Counting(classes);
        CachedServiceFiles cache = new CachedServiceFiles(parent);

        assertThat(contents(cache.getResources("plain.txt"))).containsExactly("first");
        Files.writeString(classes.resolve("plain.txt"), "second");
        assertThat(contents(cache.getResources("plain.txt"))).containsExactly("second");
        assertThat(cache.loadClass(ObjectMapper.class.getName())).isSameAs(ObjectMapper.class);
        assertThat(contents(cache.getResources("META-INF/services/nl.hgw.Missing"))).isEmpty();
    }

    @Test
    void jacksonFindsTheSameModulesThroughIt() {
        ClassLoader application = getClass().getClassLoader();
        CachedServiceFiles cache = new CachedServiceFiles(application);

        List<String> direct = moduleClasses(application);
        List<String> cachedOnce = moduleClasses(cache);
        List<String> cachedTwice = moduleClasses(cache);

        assertThat(direct).isNotEmpty();
        assertThat(cachedOnce).isEqualTo(direct);
        assertThat(cachedTwice).isEqualTo(direct);
    }

    private static List<String> moduleClasses(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(Module.class, loader).forEach(module -> names.add(module.getClass().getName()));
        Collections.sort(names);
        return names;
    }

    private static List<String> contents(Enumeration<URL> urls) throws IOException {
        List<String> texts = new ArrayList<>();
        while (urls.hasMoreElements()) {
            try (InputStream in = urls.nextElement().openStream()) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
