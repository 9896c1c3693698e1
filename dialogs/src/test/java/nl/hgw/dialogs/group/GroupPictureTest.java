package nl.hgw.dialogs.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.hgw.dialogs.Messages;
import nl.hgw.dialogs.pupil.Engines;
import nl.hgw.dialogs.pupil.PupilPlan;
import org.junit.jupiter.api.Test;

class GroupPictureTest {

    private static final Messages DUTCH = Messages.forLocale("nl");

    private final GroupPicture picture = new GroupPicture();

    private final GroupOverview overview = new GroupPlanner(Engines.shared().needKinds())
        .plan(Groups.pupils(), GroupLayout.empty().withName(Circle.INTENSIVE, "Instructietafel"), DUTCH);

    /** A canvas that writes down what is drawn. */
    static final class Recording implements Canvas {

        final List<String> texts = new ArrayList<>();

        final List<double[]> circles = new ArrayList<>();

        int width;

        int height;

        @Override
        public void background(int width, int height, Color color) {
            this.width = width;
            this.height = height;
        }

        @Override
        public void circle(double centerX, double centerY, double radius, Color fill, Color outline) {
            circles.add(new double[] {centerX, centerY, radius});
        }

        @Override
        public void text(String text, double x, double baseline, Font font, Color color) {
            texts.add(text);
        }
    }

    @Test
    void everyPupilsNameIsDrawnInsideItsCircle() {
        GroupPicture.Layout layout = picture.layout(overview);
        Recording canvas = new Recording();
        picture.draw(layout, canvas);

        assertThat(canvas.width).isEqualTo(layout.width());
        assertThat(canvas.circles).hasSize(Circle.values().length);
        for (PupilPlan pupil : overview.pupils()) {
            assertThat(canvas.texts).as("the picture names %s", pupil.name()).contains(pupil.name());
        }
        assertThat(canvas.texts).contains("Instructietafel", "Basisaanbod");
        for (GroupPicture.Placed circle : layout.circles()) {
            Set<String> inside = new HashSet<>();
            circle.texts().forEach(text -> inside.add(text.text()));
            overview.members(circle.circle()).forEach(member -> assertThat(inside)
                .as("%s is drawn in circle %s", member.name(), circle.circle()).contains(member.name()));
            for (TextFit.Placed text : circle.texts()) {
                double width = new TextFit().width(text.text(), text.font());
                double x = Math.max(Math.abs(text.dx()), Math.abs(text.dx() + width));
                double y = Math.max(Math.abs(text.baseline() - 0.72 * TextFit.LINE),
                    Math.abs(text.baseline() + 0.28 * TextFit.LINE));
                assertThat(Math.hypot(x, y)).as("'%s' stays inside its circle", text.text())
                    .isLessThanOrEqualTo(circle.radius());
            }
        }
    }

    @Test
    void theTextAlternativeNamesEveryPupilAndEveryCircle() {
        String text = new GroupText().whole(overview, DUTCH);

        overview.pupils().forEach(pupil -> assertThat(text).contains(pupil.name()));
        assertThat(text).contains("1. Basisaanbod", "2. Instructietafel", "3. Verdiept", "Groepsoverzicht (27 leerlingen)",
            "Deze 6 leerlingen hebben allemaal nodig");
    }

    @Test
    void aCircleWithMorePupilsHasTheLargerArea() {
        List<GroupPicture.Placed> circles = picture.layout(overview).circles();

        for (GroupPicture.Placed a : circles) {
            for (GroupPicture.Placed b : circles) {
                if (a.pupils() > b.pupils()) {
                    assertThat(a.area()).as("%s (%d) against %s (%d)", a.circle(), a.pupils(), b.circle(), b.pupils())
                        .isGreaterThan(b.area());
                }
            }
            for (GroupPicture.Placed b : circles) {
                if (a != b) {
                    assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("%s and %s do not overlap", a.circle(),
                        b.circle()).isGreaterThanOrEqualTo(a.radius() + b.radius());
                }
            }
        }
    }

    @Test
    void thePngHasTheLayoutsSizeAndIsNotEmpty() throws IOException {
        byte[] png = picture.png(overview);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        GroupPicture.Layout layout = picture.layout(overview);

        assertThat(image.getWidth()).isEqualTo(layout.width()).isGreaterThan(300).isLessThan(2000);
        assertThat(image.getHeight()).isEqualTo(layout.height()).isGreaterThan(300).isLessThan(2000);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("circles and text, not a blank image").hasSizeGreaterThan(10);
        Path snapshot = Path.of("target", "group-overview.png");
        Files.createDirectories(snapshot.getParent());
        Files.write(snapshot, png);
    }
}
